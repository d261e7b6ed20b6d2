/**
 * "Markera i bladet" and "Rensa markeringar". Problem cells are coloured by conditional formats of our own,
 * never by changing a cell's format, so removing our rules gives every cell its own look back exactly,
 * and the user's own conditional formats stay as they were.
 */
import { excelFailure, succeeded, type Outcome } from './outcome';
import { chunkAddresses, queueDeleteOurRules } from './ourRules';
import { MARKS_KEY, readMarksRecord, storeRecord, type MarksRecord } from './records';

export const ERROR_MARK = { formula: '=N("Målkoll:error")=0', fill: '#FFC7CE', font: '#9C0006' };
export const WARNING_MARK = { formula: '=N("Målkoll:warning")=0', fill: '#FFEB9C', font: '#9C5700' };

export interface MarkRequest {
  sheet: string;
  /** A1 addresses of the cells with an error, e.g. ["C31"]. */
  errors: string[];
  /** A1 addresses of the cells with only warnings. */
  warnings: string[];
}

/**
 * Marks the problem cells, on one sheet or several. One context.sync when nothing of ours is marked yet
 * (`previous` as the check's read found it); otherwise the old marks are cleared first (see clearMarks).
 *
 * @example
 * await markCells([{ sheet: 'Volymer 2025', errors: ['C31'], warnings: ['D12'] }], read.marks);
 * // → { ok: true, value: { marked: 2 } }
 */
export async function markCells(requests: MarkRequest[], previous: MarksRecord | null): Promise<Outcome<{ marked: number }>> {
  if (previous) {
    const cleared = await clearMarks();
    if (!cleared.ok) return cleared;
  }
  const plan = requests
    .map((r) => {
      const errors = [...new Set(r.errors)];
      const errorSet = new Set(errors);
      return { sheet: r.sheet, errors, warnings: [...new Set(r.warnings)].filter((c) => !errorSet.has(c)) };
    })
    .filter((r) => r.errors.length + r.warnings.length > 0);
  const marked = plan.reduce((n, r) => n + r.errors.length + r.warnings.length, 0);
  if (marked === 0) return succeeded({ marked: 0 });
  try {
    await Excel.run(async (context) => {
      for (const r of plan) {
        const sheet = context.workbook.worksheets.getItem(r.sheet);
        for (const [cells, look] of [
          [r.errors, ERROR_MARK],
          [r.warnings, WARNING_MARK],
        ] as const) {
          for (const chunk of chunkAddresses(cells)) {
            const cf = sheet.getRanges(chunk.join(',')).conditionalFormats.add('Custom');
            cf.custom.rule.formula = look.formula;
            cf.custom.format.fill.color = look.fill;
            cf.custom.format.font.color = look.font;
          }
        }
      }
      const record: MarksRecord = { sheets: plan.map((r) => ({ sheet: r.sheet, cells: [...r.errors, ...r.warnings] })) };
      context.workbook.settings.add(MARKS_KEY, storeRecord(record));
      await context.sync();
    });
    return succeeded({ marked });
  } catch (error) {
    return excelFailure(error);
  }
}

/**
 * Removes every mark of ours and forgets them. Four context.sync calls when there are marks (what is
 * remembered; the rules on those cells; their formulas; the deletion), one when there are none.
 *
 * @example
 * await clearMarks(); // → { ok: true, value: { removed: 2 } }
 */
export async function clearMarks(): Promise<Outcome<{ removed: number }>> {
  try {
    return await Excel.run(async (context) => {
      const setting = context.workbook.settings.getItemOrNullObject(MARKS_KEY).load('value');
      const sheets = context.workbook.worksheets.load('items/name');
      await context.sync();
      if (setting.isNullObject) return succeeded({ removed: 0 });
      const record = readMarksRecord(setting.value);
      const names = new Set(sheets.items.map((s) => s.name));
      // A sheet deleted since it was marked took its rules with it.
      const places = (record?.sheets ?? [])
        .filter((s) => names.has(s.sheet) && s.cells.length > 0)
        .map((s) => ({ sheet: context.workbook.worksheets.getItem(s.sheet), addresses: s.cells }));
      const removed = await queueDeleteOurRules(context, places);
      setting.delete();
      await context.sync();
      return succeeded({ removed });
    });
  } catch (error) {
    return excelFailure(error);
  }
}
