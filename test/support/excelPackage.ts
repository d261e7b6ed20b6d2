/**
 * An .xlsx package of what the fake Excel holds, laid out the way Excel stores a workbook and its custom XML
 * parts (ECMA-376 Part 1, "Custom XML Data Storage Part" and "Custom XML Data Storage Properties Part"): each
 * part in customXml/itemN.xml, its properties (a GUID and the part's namespace) in customXml/itemPropsN.xml,
 * related from the item by customXml/_rels/itemN.xml.rels, the item related from the workbook part
 * (../customXml/itemN.xml), and the properties' content type declared. Texts go to the shared texts, as
 * Excel writes them; numbers as their shortest decimal. So the command line can read what the pane wrote.
 */
import { randomUUID } from 'crypto';
import type { FakeSnapshot } from '../fakes/fake-excel';
import { columnLetters } from '../../src/core';
import { EXCEL_ERROR_CODES } from '../../src/core';
import { workbookParts, zipParts } from './xlsxParts';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const ERRORS = new Set<string>(EXCEL_ERROR_CODES);

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * @example
 * writeFileSync('frán-excel.xlsx', excelPackage(fake.snapshot()));
 */
export function excelPackage(snapshot: FakeSnapshot): Uint8Array {
  const texts: string[] = [];
  const textIndex = new Map<string, number>();
  const shared = (t: string) => {
    if (!textIndex.has(t)) textIndex.set(t, texts.push(t) - 1);
    return textIndex.get(t) as number;
  };
  const sheets = snapshot.sheets.map((s) => {
    const rows = new Map<number, string[]>();
    const order = Object.keys(s.cells)
      .map((a) => ({ a, m: /^([A-Z]+)(\d+)$/.exec(a) as RegExpExecArray }))
      .map(({ a, m }) => ({ a, row: Number(m[2]), column: m[1].split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) }))
      .sort((x, y) => x.row - y.row || x.column - y.column);
    for (const { a, row, column } of order) {
      const v = s.cells[a].value;
      const r = `${columnLetters(column)}${row}`;
      let xml: string | null = null;
      if (typeof v === 'number') xml = `<c r="${r}"><v>${String(v)}</v></c>`;
      else if (typeof v === 'boolean') xml = `<c r="${r}" t="b"><v>${v ? 1 : 0}</v></c>`;
      else if (typeof v === 'string' && ERRORS.has(v)) xml = `<c r="${r}" t="e"><v>${escapeXml(v)}</v></c>`;
      else if (typeof v === 'string' && v !== '') xml = `<c r="${r}" t="s"><v>${shared(v)}</v></c>`;
      if (xml) rows.set(row, [...(rows.get(row) ?? []), xml]);
    }
    const body = [...rows.entries()].map(([row, cells]) => `<row r="${row}">${cells.join('')}</row>`).join('');
    return {
      name: s.name,
      xml: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>${body}</sheetData></worksheet>`,
    };
  });
  const parts = workbookParts(sheets, texts);
  snapshot.customXmlParts.forEach((p, i) => {
    const n = i + 1;
    parts[`customXml/item${n}.xml`] = p.xml;
    parts[`customXml/itemProps${n}.xml`] =
      `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="{${randomUUID().toUpperCase()}}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">` +
      `<ds:schemaRefs>${p.namespaceUri ? `<ds:schemaRef ds:uri="${escapeXml(p.namespaceUri)}"/>` : ''}</ds:schemaRefs></ds:datastoreItem>`;
    parts[`customXml/_rels/item${n}.xml.rels`] =
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/customXmlProps" Target="itemProps${n}.xml"/></Relationships>`;
    parts['xl/_rels/workbook.xml.rels'] = (parts['xl/_rels/workbook.xml.rels'] as string).replace(
      '</Relationships>',
      `<Relationship Id="rIdXml${n}" Type="${REL}/customXml" Target="../customXml/item${n}.xml"/></Relationships>`,
    );
    parts['[Content_Types].xml'] = (parts['[Content_Types].xml'] as string).replace(
      '</Types>',
      `<Override PartName="/customXml/itemProps${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/></Types>`,
    );
  });
  return zipParts(parts);
}
