import { excelFailure, succeeded, type Outcome } from './outcome';

/**
 * Selects a cell or range in Excel (activating its sheet), so a click on a finding shows the cell.
 * One context.sync.
 *
 * @example
 * await selectRange('Volymer 2025', 'C31');
 * await selectRange('Indikatorer', 'A12:F12'); // a whole indicator row
 */
export async function selectRange(sheet: string, address: string): Promise<Outcome<void>> {
  try {
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem(sheet).getRange(address).select();
      await context.sync();
    });
    return succeeded(undefined);
  } catch (error) {
    return excelFailure(error);
  }
}
