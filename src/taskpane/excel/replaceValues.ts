/**
 * The one change Målkoll makes to a user's values, and only when asked: numbers stored as text
 * ("8 100") written as the numbers the core read them as. Nothing else is ever overwritten.
 */
import { excelFailure, succeeded, type Outcome } from './outcome';

export interface ValueChange {
  sheet: string;
  /** A1 address of one cell. */
  cell: string;
  /** The text the cell held when it was checked. */
  from: string;
  /** The number to write instead. */
  to: number;
}

/**
 * Writes each change, but only where the cell still holds exactly the text it was checked with (a cell
 * edited since is left alone and counted). A cell formatted as Text gets Excel's General format, or the
 * number would be stored as text again. Two context.sync calls.
 *
 * @example
 * await replaceValues([{ sheet: 'Volymer 2025', cell: 'B7', from: '8 100', to: 8100 }]);
 * // → { ok: true, value: { changed: 1, skipped: 0 } }
 */
export async function replaceValues(changes: ValueChange[]): Promise<Outcome<{ changed: number; skipped: number }>> {
  if (changes.length === 0) return succeeded({ changed: 0, skipped: 0 });
  try {
    return await Excel.run(async (context) => {
      const cells = changes.map((change) => ({
        change,
        range: context.workbook.worksheets.getItem(change.sheet).getRange(change.cell).load('values,numberFormat'),
      }));
      await context.sync();
      let changed = 0;
      for (const { change, range } of cells) {
        if (range.values[0]?.[0] !== change.from) continue;
        if (range.numberFormat[0]?.[0] === '@') range.numberFormat = [['General']];
        range.values = [[change.to]];
        changed += 1;
      }
      if (changed > 0) await context.sync();
      return succeeded({ changed, skipped: changes.length - changed });
    });
  } catch (error) {
    return excelFailure(error);
  }
}
