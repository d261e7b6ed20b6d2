/**
 * A stamp the pane writes through Excel's custom XML parts (here the fake's, as Microsoft documents them),
 * read back by the command line from the workbook file laid out the way Excel stores custom XML parts
 * (test/support/excelPackage.ts).
 */
import { writeFileSync } from 'fs';
import path from 'path';
import { excelPackage } from '../support/excelPackage';
import { checkAndStamp, stampableSheets } from '../taskpane/stampFlow';
import { installFake } from '../taskpane/workbooks';
import { assertCliBuilt, runCliJson, tempDir } from './support';

beforeAll(assertCliBuilt);

describe("the pane's stamp, read by the command line", () => {
  it('reads unchanged from the file Excel saves, and changed on the row a figure was edited on afterwards', async () => {
    const fake = installFake({
      sheets: stampableSheets(),
      customXmlParts: ['<p:properties xmlns:p="http://schemas.microsoft.com/office/2006/metadata/properties"><documentManagement/></p:properties>'],
    });
    expect((await checkAndStamp()).ok).toBe(true);
    const dir = tempDir();
    const saved = path.join(dir, 'SV från Excel.xlsx');
    writeFileSync(saved, excelPackage(fake.snapshot()));
    const json = runCliJson(['check', saved, '--require-stamp']);
    expect(json.report.files[0].stamp).toEqual({
      status: 'unchanged',
      checkedAt: '2025-09-05T14:02:11Z',
      version: '0.1.0',
      source: 'pane',
      tables: [
        { sheet: 'Volymer 2025', range: 'A1:D61', status: 'unchanged' },
        { sheet: 'Indikatorer', range: 'A3:E11', status: 'unchanged' },
      ],
    });
    expect(json.status).toBe(0);

    fake.setCell('Indikatorer', 'D6', 0.94);
    const edited = path.join(dir, 'SV ändrad.xlsx');
    writeFileSync(edited, excelPackage(fake.snapshot()));
    const after = runCliJson(['check', edited, '--require-stamp']);
    expect(after.report.files[0].stamp).toMatchObject({
      status: 'changed',
      tables: [{ status: 'unchanged' }, { sheet: 'Indikatorer', status: 'changed', rows: [6] }],
    });
    expect(after.status).toBe(1);
  });
});
