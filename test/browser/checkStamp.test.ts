/**
 * /check.html says of each workbook whether it is stamped and unchanged, changed after the check (which table,
 * which rows) or not stamped, from the stamp its worker verifies with Web Crypto. The stamped workbook is the
 * one `malkoll stamp` made for the command line's tests (test/fixtures/stamp).
 */
import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { axeViolations } from '../support/axe';
import { useCheckPage } from '../support/checkPage';

const ROOT = path.resolve(__dirname, '..', '..');
const STAMPED = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'stamp', 'stamped.xlsx'));
const TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('/check.html and the stamp', () => {
  const suite = useCheckPage({ needs: ['check.js'] });

  async function open(name: string, buffer: Buffer) {
    const { page } = suite.watched;
    await page.goto(`${suite.server.url}check.html`);
    await page.getByTestId('file-input').setInputFiles({ name, mimeType: TYPE, buffer });
    await page.getByTestId('result').waitFor();
    return page.getByTestId('stamp');
  }

  it('says a stamped workbook is unchanged since, when and by which version', async () => {
    const stamp = await open('SV.xlsx', STAMPED);
    await expect(stamp.getAttribute('data-status')).resolves.toBe('unchanged');
    await expect(stamp.textContent()).resolves.toMatch(
      /^Stämplad som kontrollerad \d{4}-\d\d-\d\d\s\d\d:\d\d \(med malkoll stamp, Målkoll 0\.1\.0\) och oförändrad sedan dess\.$/,
    );
  });

  it('says where a workbook changed after its stamp', async () => {
    const zip = await JSZip.loadAsync(STAMPED);
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    zip.file('xl/worksheets/sheet1.xml', sheet.replace('<c r="E10" s="3"><v>590</v>', '<c r="E10" s="3"><v>591</v>'));
    const stamp = await open('SV ändrad.xlsx', await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    await expect(stamp.getAttribute('data-status')).resolves.toBe('changed');
    await expect(stamp.getByTestId('stamp-table').allTextContents()).resolves.toEqual(["'Volymer 2025'!A1:E61: ändrad på rad 10"]);
    // The page's accessibility with the stamp's list in it (axe-core, as test/browser/accessibility.test.ts).
    expect(await axeViolations(suite.watched.page)).toEqual([]);
  });

  it('says a workbook is not stamped', async () => {
    const stamp = await open('exempel.xlsx', fs.readFileSync(path.join(ROOT, 'samples', 'malkoll-exempel.xlsx')));
    await expect(stamp.textContent()).resolves.toBe('Inte stämplad som kontrollerad.');
  });
});
