/**
 * Finding and deleting Målkoll's own conditional formats among the user's. A rule is ours when its formula
 * carries one of our markers (see records.ts); the user's rules are left alone. Our rules are looked for
 * on the whole sheet, not at the addresses they were added to: Excel moves a rule when rows or columns are
 * inserted, and a moved mark must still be removable.
 */

/**
 * Queues the deletion of every conditional format on the given sheets whose formula carries one of the
 * markers. At most two context.sync calls, however many sheets: the rules' types, then the formulas of
 * the custom ones (Excel refuses to load `custom` of a rule of another type, so the types must be known
 * first); one when no sheet has a custom rule. Whatever the caller queued before rides on the first.
 * The deletes are queued, not sent: the caller sends them together with its other changes.
 *
 * @example
 * const n = await queueDeleteRules(context, [sheet], MARK_MARKERS);
 * context.workbook.settings.getItem(MARKS_KEY).delete();
 * await context.sync();
 */
export async function queueDeleteRules(
  context: Excel.RequestContext,
  sheets: Excel.Worksheet[],
  markers: readonly string[],
): Promise<number> {
  const collections = sheets.map((sheet) => sheet.getRange().conditionalFormats.load('items/type'));
  await context.sync();

  const custom = collections.flatMap((collection) => collection.items.filter((cf) => cf.type === 'Custom'));
  if (custom.length === 0) return 0;
  for (const cf of custom) cf.custom.rule.load('formula');
  await context.sync();

  const ours = custom.filter((cf) => markers.some((m) => cf.custom.rule.formula.includes(m)));
  for (const cf of ours) cf.delete();
  return ours.length;
}

/** Excel's union addresses get unwieldy past a couple of hundred characters: split into such pieces. */
export function chunkAddresses(addresses: string[], maxLength = 240): string[][] {
  const chunks: string[][] = [];
  let current: string[] = [];
  let length = 0;
  for (const a of addresses) {
    if (current.length > 0 && length + a.length + 1 > maxLength) {
      chunks.push(current);
      current = [];
      length = 0;
    }
    current.push(a);
    length += a.length + 1;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
