/**
 * The pane's stamp as the pane will make it: a check of the whole workbook read through the adapter, then
 * one call into the core (makeStamp of the values read again as the stamp is written) and one adapter call
 * (writeStamp) — against the fake Excel, for the adapter's tests and the command line's.
 */
import { makeStamp, stampXml } from '../../src/core/stamp';
import { checkWorkbook } from '../../src/core/workbook';
import { readWorkbook } from '../../src/taskpane/excel';
import { writeStamp } from '../../src/taskpane/excel/stamp';
import { webSha256 } from '../../src/stamp/webCrypto';
import type { FakeCellValue } from '../fakes/fake-excel';
import { indicatorRows, seedVolumeRows } from './workbooks';

/** The seed's volume table and an indicator table that check without errors (outcomes of 16 digits among them). */
export function stampableSheets(): { name: string; rows: FakeCellValue[][] }[] {
  const indicators = indicatorRows().slice(0, -1);
  indicators[7][3] = 1 / 3;
  return [
    { name: 'Volymer 2025', rows: seedVolumeRows() },
    { name: 'Indikatorer', rows: indicators },
  ];
}

/**
 * Checks the workbook the fake holds and stamps it; `between` runs after the check and before the stamp (a
 * user typing in the meantime).
 */
export async function checkAndStamp(between: () => void = () => undefined) {
  const read = await readWorkbook();
  if (!read.ok) throw new Error('read failed');
  const grids = read.value.sheets.map((s) => s.grid);
  const check = checkWorkbook({ grids, notes: [] });
  between();
  return writeStamp(check.tables, async (reread) => {
    const made = await makeStamp(
      { tables: check.tables, summary: check.summary, grids, reread, version: '0.1.0', checkedAt: new Date('2025-09-05T14:02:11Z'), source: 'pane' },
      webSha256,
    );
    return made.ok ? stampXml(made.stamp) : made.message;
  });
}
