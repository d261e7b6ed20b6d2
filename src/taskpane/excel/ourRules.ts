/**
 * Finding and deleting Målkoll's own conditional formats among the user's. A rule is ours when its formula
 * carries one of our markers (see records.ts); the user's rules are left alone. Our rules are looked for
 * on the whole sheet, not at the addresses they were added to: Excel moves a rule when rows or columns are
 * inserted, and a moved mark must still be removable.
 */
import { a1Range, parseA1 } from '../../core';

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
export async function queueDeleteRules(context: Excel.RequestContext, sheets: Excel.Worksheet[], markers: readonly string[]): Promise<number> {
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

/**
 * The fewest rectangles that cover exactly these cells: each column's runs of consecutive rows, then equal
 * runs of neighbouring columns joined. A mark is one conditional format per rectangle, on a range of one
 * area: Worksheet.getRanges("A1,B2") would need the list separator of the user's regional settings (";"
 * in Swedish Windows Excel, "," on the web; office-js issues 1167 and 1985), which office.js does not tell,
 * and a wrong guess fails the whole marking. Addresses that are not one cell (a range already) stay as they
 * are.
 *
 * @example
 * cellRectangles(['C31', 'C32', 'D31', 'D32', 'B5']) // → ['B5', 'C31:D32']
 * cellRectangles(['A1', 'A3'])                        // → ['A1', 'A3']
 */
export function cellRectangles(addresses: string[]): string[] {
  const others: string[] = [];
  const rowsByColumn = new Map<number, number[]>();
  for (const address of new Set(addresses)) {
    const p = parseA1(address);
    if (!p) {
      others.push(address);
      continue;
    }
    const rows = rowsByColumn.get(p.column) ?? [];
    rows.push(p.row);
    rowsByColumn.set(p.column, rows);
  }
  // Runs of consecutive rows, per column.
  const runs: { top: number; bottom: number; left: number; right: number }[] = [];
  for (const [column, rows] of [...rowsByColumn].sort((a, b) => a[0] - b[0])) {
    rows.sort((a, b) => a - b);
    let top = rows[0];
    for (let i = 1; i <= rows.length; i++) {
      if (i < rows.length && rows[i] === rows[i - 1] + 1) continue;
      runs.push({ top, bottom: rows[i - 1], left: column, right: column });
      top = rows[i];
    }
  }
  // The same run in the next column widens the rectangle.
  const rects: typeof runs = [];
  for (const run of runs) {
    const widen = rects.find((r) => r.right === run.left - 1 && r.top === run.top && r.bottom === run.bottom);
    if (widen) widen.right = run.left;
    else rects.push({ ...run });
  }
  rects.sort((a, b) => a.top - b.top || a.left - b.left);
  return [...rects.map((r) => a1Range(r.top, r.left, r.bottom, r.right)), ...others];
}
