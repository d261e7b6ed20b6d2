import { sheetXml, workbookParts, type Parts } from '../../test/support/xlsxParts';
import { writeZip } from '../../test/support/zipWriter';
import { MAX_CUSTOM_XML_CHARS } from '../xlsx/customXmlParts';
import { readWorkbookBytes } from '../xlsx/readWorkbookBytes';
import { readStamp, stampStatusOf } from './readStamp';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const STAMP = (at: string) =>
  `<stamp xmlns="urn:malkoll:stamp:1" version="0.1.0" checkedAt="${at}" source="cli"><counts errors="0" warnings="0" missed="0"/>` +
  `<table sheet="Blad1" range="A1:B1" kind="volumes" sha256="${'0'.repeat(64)}"/></stamp>`;

/** A one-sheet workbook with custom XML parts related from the workbook part (Excel) or from the package (LibreOffice). */
function workbook(items: { xml: string; from?: 'workbook' | 'package'; crc?: number }[]): Uint8Array {
  const parts: Parts = workbookParts([{ name: 'Blad1', xml: sheetXml([['BUP', 760]]) }]);
  const entries: [string, string | Uint8Array, number?][] = [];
  items.forEach((item, i) => {
    const rels = item.from === 'package' ? '_rels/.rels' : 'xl/_rels/workbook.xml.rels';
    parts[rels] = (parts[rels] as string).replace(
      '</Relationships>',
      `<Relationship Id="rIdX${i}" Type="${REL}/customXml" Target="../customXml/item${i + 1}.xml"/></Relationships>`,
    );
    entries.push([`customXml/item${i + 1}.xml`, item.xml, item.crc]);
  });
  return new Uint8Array(writeZip([...Object.entries(parts), ...entries]));
}

async function statusOf(bytes: Uint8Array) {
  const read = await readWorkbookBytes(bytes);
  if (!read.ok) throw new Error(read.code);
  return stampStatusOf(read);
}

describe("finding the stamp among a workbook's custom XML parts", () => {
  it("finds it related from the workbook or from the package, past other programs' parts, the newest of two", async () => {
    const other = '<Reviewers xmlns="urn:example:review:1.0"><Reviewer>Juan</Reviewer></Reviewers>';
    expect(await statusOf(workbook([{ xml: other }, { xml: STAMP('2025-09-05T14:02:11Z') }]))).toMatchObject({
      status: 'changed',
      checkedAt: '2025-09-05T14:02:11Z',
    });
    expect(await statusOf(workbook([{ xml: STAMP('2025-09-05T14:02:11Z'), from: 'package' }]))).toMatchObject({ status: 'changed' });
    expect(await statusOf(workbook([{ xml: STAMP('2025-09-05T14:02:11Z') }, { xml: STAMP('2025-10-01T08:00:00Z'), from: 'package' }]))).toMatchObject({
      checkedAt: '2025-10-01T08:00:00Z',
    });
    expect(await statusOf(workbook([{ xml: other }]))).toEqual({ status: 'none' });
  });

  it("says a damaged or oversized stamp cannot be read, and passes over another program's damaged part", async () => {
    expect(await statusOf(workbook([{ xml: STAMP('2025-09-05T14:02:11Z'), crc: 1 }]))).toEqual({
      status: 'unreadable',
      reason: { key: 'stamp.unreadable.damaged', params: { part: 'customXml/item1.xml' } },
    });
    expect(await statusOf(workbook([{ xml: '<Reviewers xmlns="urn:example:review:1.0"/>', crc: 1 }]))).toEqual({ status: 'none' });
    const huge = STAMP('2025-09-05T14:02:11Z').replace('<counts', `${'<!---->'.repeat(MAX_CUSTOM_XML_CHARS / 7)}<counts`);
    expect(await statusOf(workbook([{ xml: huge }]))).toEqual({
      status: 'unreadable',
      reason: { key: 'stamp.unreadable.tooLarge', params: { part: 'customXml/item1.xml' } },
    });
    expect(await statusOf(workbook([{ xml: '<stamp xmlns="urn:malkoll:stamp:1" version="0.1.0"' }]))).toEqual({
      status: 'unreadable',
      reason: { key: 'stamp.unreadable.xml', params: { part: 'customXml/item1.xml' } },
    });
  });

  it("reads a stamp from a file's bytes for a caller that has its grids (the settlement)", async () => {
    const bytes = workbook([{ xml: STAMP('2025-09-05T14:02:11Z') }]);
    expect(await readStamp(bytes, [{ sheet: 'Blad1', top: 1, left: 1, cells: [['BUP', 760]] }])).toMatchObject({
      status: 'changed',
      tables: [{ sheet: 'Blad1', status: 'changed' }],
    });
    expect(await readStamp(new Uint8Array([1, 2, 3]), [])).toMatchObject({ status: 'unreadable' });
  });
});
