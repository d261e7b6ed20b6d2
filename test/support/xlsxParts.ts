/**
 * .xlsx packages built part by part, for tests that need what no spreadsheet program writes: a part
 * missing, a relationship gone, two sheets on one part, huge declared ranges, escapes in texts. Every
 * part is plain XML text, changed with ordinary string operations before it is zipped.
 */
import JSZip from 'jszip';
import { writeZip } from './zipWriter';
import { columnLetters } from '../../src/core';

export type Parts = Record<string, string | Uint8Array>;

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

export interface SheetSpec {
  name: string;
  /** The worksheet part's XML; see sheetXml. */
  xml: string;
}

/** A cell value as a test writes it: a number, a text (written inline), a boolean, or blank. */
export type TestCell = number | string | boolean | null | undefined;

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** One `<c>` element for a value at (row, column), 1-based. */
export function cellXml(row: number, column: number, value: TestCell): string {
  const r = `${columnLetters(column)}${row}`;
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return `<c r="${r}"><v>${value}</v></c>`;
  if (typeof value === 'boolean') return `<c r="${r}" t="b"><v>${value ? 1 : 0}</v></c>`;
  return `<c r="${r}" t="inlineStr"><is><t>${escapeXml(value)}</t></is></c>`;
}

/**
 * A worksheet part holding `rows` from A1, with `before` inserted before `<sheetData>` (e.g. a
 * `<dimension>` or `<cols>`) and `after` after it (e.g. `<mergeCells>` or `<dataValidations>`).
 *
 * @example
 * sheetXml([['BUP', 760, 516, 244]], { after: '<mergeCells count="1"><mergeCell ref="A1:D1"/></mergeCells>' })
 */
export function sheetXml(rows: TestCell[][], extra: { before?: string; after?: string } = {}): string {
  const body = rows.map((cells, r) => `<row r="${r + 1}">${cells.map((v, c) => cellXml(r + 1, c + 1, v)).join('')}</row>`).join('');
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${REL}">` +
    `${extra.before ?? ''}<sheetData>${body}</sheetData>${extra.after ?? ''}</worksheet>`
  );
}

/** A shared texts part holding `texts`, numbered from 0. */
export function sharedStringsXml(texts: string[]): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${MAIN}" count="${texts.length}" uniqueCount="${texts.length}">` +
    texts.map((t) => `<si><t xml:space="preserve">${escapeXml(t)}</t></si>`).join('') +
    '</sst>'
  );
}

/**
 * The parts of a workbook with these sheets (sheet i at xl/worksheets/sheet{i+1}.xml, relationship
 * rId{i+1}), and a shared texts part when `sharedStrings` is given.
 */
export function workbookParts(sheets: SheetSpec[], sharedStrings?: string[]): Parts {
  const parts: Parts = {
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      sheets
        .map(
          (_, i) =>
            `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
        )
        .join('') +
      '</Types>',
    '_rels/.rels':
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL}">` +
      `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml':
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>` +
      sheets.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
      '</sheets></workbook>',
    'xl/_rels/workbook.xml.rels':
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL}">` +
      sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('') +
      (sharedStrings ? `<Relationship Id="rId${sheets.length + 1}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` : '') +
      '</Relationships>',
  };
  sheets.forEach((s, i) => {
    parts[`xl/worksheets/sheet${i + 1}.xml`] = s.xml;
  });
  if (sharedStrings) parts['xl/sharedStrings.xml'] = sharedStringsXml(sharedStrings);
  return parts;
}

/** Zips the parts (deflated) into the bytes of an .xlsx file. */
export function zipParts(parts: Parts): Uint8Array {
  return new Uint8Array(writeZip(Object.entries(parts)));
}

/** The parts of an .xlsx file, each as text. */
export async function unzipParts(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts: Record<string, string> = {};
  for (const entry of Object.values(zip.files)) {
    if (!entry.dir) parts[entry.name] = await entry.async('string');
  }
  return parts;
}

const STYLES_REL = `<Relationship Id="rIdS" Type="${REL}/styles" Target="styles.xml"/>`;

/**
 * A styles part: the file's own number formats, and the number format id of each cell style in turn.
 *
 * @example
 * stylesXml([[164, 'yyyy-mm-dd']], [0, 164]) // style 1 shows a date
 */
export function stylesXml(own: Array<[number, string]>, styleFormats: number[]): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${MAIN}">` +
    (own.length > 0
      ? `<numFmts count="${own.length}">${own.map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`).join('')}</numFmts>`
      : '') +
    '<cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs>' +
    `<cellXfs count="${styleFormats.length}">${styleFormats.map((id) => `<xf numFmtId="${id}" xfId="0" applyNumberFormat="1"/>`).join('')}</cellXfs></styleSheet>`
  );
}

/** The parts with a styles part added (and related from the workbook). */
export function withStyles(parts: Parts, styles: string): Parts {
  return {
    ...parts,
    'xl/_rels/workbook.xml.rels': String(parts['xl/_rels/workbook.xml.rels']).replace('</Relationships>', `${STYLES_REL}</Relationships>`),
    'xl/styles.xml': styles,
  };
}

/** The parts of a workbook saved in the 1904 date system (old Mac Excel, some other programs). */
export function with1904(parts: Parts): Parts {
  return { ...parts, 'xl/workbook.xml': String(parts['xl/workbook.xml']).replace('<sheets>', '<workbookPr date1904="1"/><sheets>') };
}

/** The parts named, and their relationships' targets written, with backslashes, as some Windows programs write them. */
export function withBackslashes(parts: Parts): Parts {
  const out: Parts = {};
  for (const [name, content] of Object.entries(parts)) {
    const text =
      typeof content === 'string' && name.endsWith('.rels')
        ? content.replace(/Target="([^"]*)"/g, (_, t: string) => `Target="${t.replace(/\//g, '\\')}"`)
        : content;
    out[name.replace(/\//g, '\\')] = text;
  }
  return out;
}
