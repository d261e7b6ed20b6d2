/**
 * "Markera i bladet" and "Rensa markeringar". Problem cells are coloured by conditional formats of our own,
 * never by changing a cell's format, so removing our rules gives every cell its own look back exactly,
 * and the user's own conditional formats stay as they were.
 */
import { excelFailure, succeeded, type Outcome } from './outcome';
import { BYTES_PER_RULE, REQUEST_BUDGET } from './payload';
import { cellRectangles, queueDeleteRules } from './ourRules';
import { ERROR_MARK, MARK_MARKERS, WARNING_MARK } from '../model/markers';
import { isSheet, MARKS_KEY, readMarksRecord, storeRecord, type MarksRecord } from './records';

export interface MarkRequest {
  sheet: string;
  /** The sheet's id as the check read it: marks go on that sheet even if it was renamed since. */
  sheetId?: string;
  /** A1 addresses of the cells with an error, e.g. ["C31"]. */
  errors: string[];
  /** A1 addresses of the cells with only warnings. */
  warnings: string[];
}

/**
 * Marks the problem cells, on one sheet or several. Marks on other sheets stay, and are still remembered;
 * a sheet marked before gets its old marks replaced, wherever they have moved to. One rule per rectangle of
 * neighbouring problem cells (see cellRectangles: no multi-area address, whose list separator depends on
 * the user's regional settings).
 * One context.sync when the sheets carry no marks of ours yet (`previous`, as the check's read found it)
 * and their ids are known; three when old marks must be found and removed first (the rules' types, their
 * formulas, then the marking); one more to learn the sheets' ids when the request lacks them; one more per
 * 4 000 rules past the first 4 000 (Excel on the web refuses a request past 5 MB).
 *
 * @example
 * await markCells([{ sheet: 'Volymer 2025', sheetId: '{…}', errors: ['C31'], warnings: ['D12'] }], read.marks);
 * // → { ok: true, value: { marked: 2, record: { sheets: [ …other sheets' marks, { sheetId: '{…}', sheet: 'Volymer 2025', cells: ['C31', 'D12'] }] } } }
 */
export async function markCells(requests: MarkRequest[], previous: MarksRecord | null): Promise<Outcome<{ marked: number; record: MarksRecord | null }>> {
  const plan = requests
    .map((r) => {
      const errors = [...new Set(r.errors)];
      const errorSet = new Set(errors);
      return { ...r, errors, warnings: [...new Set(r.warnings)].filter((c) => !errorSet.has(c)) };
    })
    .filter((r) => r.errors.length + r.warnings.length > 0);
  const marked = plan.reduce((n, r) => n + r.errors.length + r.warnings.length, 0);
  if (marked === 0) return succeeded({ marked: 0, record: previous });
  const markedBefore = plan.some((r) => previous?.sheets.some((e) => isSheet(e, { id: r.sheetId, name: r.sheet })));
  const idsKnown = plan.every((r) => r.sheetId !== undefined);
  try {
    const record = await Excel.run(async (context) => {
      const sheets = plan.map((r) => context.workbook.worksheets.getItem(r.sheetId ?? r.sheet));
      let before = previous;
      let ids = plan.map((r) => r.sheetId);
      if (markedBefore || !idsKnown) {
        for (const s of sheets) s.load('id');
        const setting = context.workbook.settings.getItemOrNullObject(MARKS_KEY).load('value');
        // Only the sheets marked now lose their old marks; the loads above ride on the first sync.
        if (markedBefore) await queueDeleteRules(context, sheets, MARK_MARKERS);
        else await context.sync();
        before = setting.isNullObject ? null : readMarksRecord(setting.value);
        ids = sheets.map((s) => s.id);
      }
      const rules = plan.flatMap((r, i) =>
        (
          [
            [r.errors, ERROR_MARK],
            [r.warnings, WARNING_MARK],
          ] as const
        ).flatMap(([cells, look]) => cellRectangles(cells).map((rectangle) => ({ sheet: sheets[i], rectangle, look }))),
      );
      // Many scattered cells make many rules: sent in round trips Excel on the web takes (5 MB a request).
      const perSync = Math.floor(REQUEST_BUDGET / BYTES_PER_RULE);
      for (const [n, { sheet, rectangle, look }] of rules.entries()) {
        if (n > 0 && n % perSync === 0) await context.sync();
        const cf = sheet.getRange(rectangle).conditionalFormats.add('Custom');
        cf.custom.rule.formula = look.formula;
        cf.custom.format.fill.color = look.fill;
        cf.custom.format.font.color = look.font;
      }
      const now = plan.map((r, i) => ({ ...(ids[i] !== undefined ? { sheetId: ids[i] } : {}), sheet: r.sheet, cells: [...r.errors, ...r.warnings] }));
      const others = (before?.sheets ?? []).filter((e) => !now.some((n) => isSheet(e, { id: n.sheetId, name: n.sheet })));
      const merged: MarksRecord = { sheets: [...others, ...now] };
      context.workbook.settings.add(MARKS_KEY, storeRecord(merged));
      await context.sync();
      return merged;
    });
    return succeeded({ marked, record });
  } catch (error) {
    return excelFailure(error);
  }
}

/**
 * Removes every mark of ours on every sheet, found by its marker wherever it is now (a sheet renamed, rows
 * inserted above a mark, a record lost), and forgets them. Four context.sync calls: the sheets and the
 * record; the rules' types; the custom rules' formulas; the deletion. Fewer when there is nothing to
 * delete.
 *
 * @example
 * await clearMarks(); // → { ok: true, value: { removed: 2 } }
 */
export async function clearMarks(): Promise<Outcome<{ removed: number }>> {
  try {
    return await Excel.run(async (context) => {
      const setting = context.workbook.settings.getItemOrNullObject(MARKS_KEY).load('value');
      const sheets = context.workbook.worksheets.load('items/id');
      await context.sync();
      const removed = await queueDeleteRules(context, sheets.items, MARK_MARKERS);
      if (!setting.isNullObject) setting.delete();
      if (removed > 0 || !setting.isNullObject) await context.sync();
      return succeeded({ removed });
    });
  } catch (error) {
    return excelFailure(error);
  }
}
