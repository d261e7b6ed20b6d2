import { excelFailure, succeeded, type Outcome } from './outcome';

/**
 * Shows a cell or range in Excel: activates its sheet, then selects it, in one context.sync. Excel
 * ignores a selection on a sheet that is not active, so a finding on another sheet needs both.
 *
 * @example
 * await selectRange('Volymer 2025', 'C31');
 * await selectRange('Indikatorer', 'A12:F12'); // a whole indicator row
 */
export async function selectRange(sheet: string, address: string): Promise<Outcome<void>> {
  try {
    await Excel.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      worksheet.getRange(address).select();
      await context.sync();
    });
    return succeeded(undefined);
  } catch (error) {
    return excelFailure(error);
  }
}
