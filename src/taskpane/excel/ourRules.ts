/**
 * Finding and deleting Målkoll's own conditional formats among the user's. A rule is ours when its formula
 * carries RULE_MARKER; the user's rules on the same cells are left alone.
 */
import { RULE_MARKER } from './records';

/**
 * Queues the deletion of every conditional format of ours on the given ranges of a sheet.
 * Two context.sync calls: the rules' types, then the formulas of the custom ones (Excel refuses to load
 * `custom` of a rule of another type, so the types must be known first). The deletes are queued, not sent:
 * the caller sends them together with its other changes.
 *
 * @example
 * const n = await queueDeleteOurRules(context, [{ sheet: 'Volymer 2025', addresses: ['C31', 'D40'] }]);
 * context.workbook.settings.getItem(MARKS_KEY).delete();
 * await context.sync();
 */
export async function queueDeleteOurRules(
  context: Excel.RequestContext,
  places: { sheet: Excel.Worksheet; addresses: string[] }[],
): Promise<number> {
  const collections = places.flatMap(({ sheet, addresses }) =>
    chunkAddresses(addresses).map((chunk) => sheet.getRanges(chunk.join(',')).conditionalFormats.load('items/type,items/id')),
  );
  if (collections.length === 0) return 0;
  await context.sync();

  // The same rule shows up in every chunk it touches: visit each once.
  const seen = new Set<string>();
  const custom: Excel.ConditionalFormat[] = [];
  for (const collection of collections) {
    for (const cf of collection.items) {
      if (cf.type !== 'Custom' || seen.has(cf.id)) continue;
      seen.add(cf.id);
      cf.custom.rule.load('formula');
      custom.push(cf);
    }
  }
  if (custom.length === 0) return 0;
  await context.sync();

  const ours = custom.filter((cf) => cf.custom.rule.formula.includes(RULE_MARKER));
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
