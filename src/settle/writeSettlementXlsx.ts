/**
 * The settlement workbook as .xlsx bytes, written with write-excel-file (one small library, the same
 * code in Node and in the check page's worker): a title row, a bold header that stays put (frozen, as Excel
 * freezes top rows) and filters (an AutoFilter); the library leaves both to a "feature", ours writes the
 * sheet's pane and `autoFilter` and the hidden `_xlnm._FilterDatabase` name Excel itself writes with one; figures as numbers with number
 * formats that Excel shows in the reader's locale (`# ##0 kr`, `0,0 %` in Swedish Excel).
 */
import writeXlsxFile, { type Feature, type Row, type Sheet } from 'write-excel-file/universal';
import { getOrderOfSiblings, insertElementMarkupAccordingToOrderOfSiblings, sanitizeTextContent } from 'write-excel-file/utility';
import { columnLetters, quoteSheetName, type Locale } from '../core';
import { PLAN_FORMATS, type PlanStyle, type SheetPlan } from '../core/settlement';
import { renderPlan, type RenderedSheet, type RenderedValue } from './renderPlan';

/** Number formats in the file's invariant form; Excel displays them with the reader's separators. */
const FORMATS = PLAN_FORMATS;

/** Where each table sheet's filter lies: header row 2 to its last row, across its columns. */
function filterRange(sheet: RenderedSheet): string | null {
  if (!sheet.table || sheet.columns.length === 0) return null;
  const last = 2 + Math.max(sheet.rows.length, 1);
  return `A2:${columnLetters(sheet.columns.length)}${last}`;
}

function cell(value: RenderedValue, style: PlanStyle, bold = false): Row[number] {
  if (value === null || value === '') return null;
  if (typeof value === 'number') {
    const format = FORMATS[style];
    return { value, type: Number, ...(format ? { format } : {}), ...(bold ? { fontWeight: 'bold' as const } : {}) };
  }
  return { value, type: String, ...(bold ? { fontWeight: 'bold' as const } : {}) };
}

function sheetData(sheet: RenderedSheet): Row[] {
  const styles = sheet.columns.map((c) => c.style);
  const line = (values: RenderedValue[], bold = false): Row => values.map((v, i) => cell(v, styles[i] ?? 'general', bold));
  return [
    [{ value: sheet.title, type: String, fontWeight: 'bold' as const }],
    sheet.columns.map((c) => ({ value: c.header, type: String, fontWeight: 'bold' as const, wrap: true })),
    ...sheet.rows.map((r) => line(r)),
    ...sheet.footer.map((r) => line(r, true)),
  ];
}

/**
 * The AutoFilter of each sheet that has one (by sheet index), as Excel writes it: the sheet's
 * `<autoFilter ref>` and the workbook's hidden `_xlnm._FilterDatabase` name for that range.
 */
function autoFilters(sheets: readonly RenderedSheet[]): Feature<Blob> {
  const ranges = sheets.map(filterRange);
  return {
    files: {
      transform: {
        'xl/worksheets/sheet{id}.xml': {
          transform: (xml, _options, { sheetIndex }) => {
            const order = getOrderOfSiblings('xl/worksheets/sheet{id}.xml', 'worksheet') ?? [];
            // The title and header rows frozen as Excel freezes top rows: the pane below them is the active one.
            const views =
              `<sheetViews><sheetView${sheetIndex === 0 ? ' tabSelected="1"' : ''} workbookViewId="0">` +
              '<pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A3" sqref="A3"/>' +
              '</sheetView></sheetViews>';
            let out = insertElementMarkupAccordingToOrderOfSiblings(xml.replace(/<sheetViews>[\s\S]*?<\/sheetViews>/, ''), views, order, 'worksheet');
            const ref = ranges[sheetIndex];
            if (ref) out = insertElementMarkupAccordingToOrderOfSiblings(out, `<autoFilter ref="${ref}"/>`, order, 'worksheet');
            return out;
          },
        },
        'xl/workbook.xml': {
          transform: (xml) => {
            const names = ranges
              .map((ref, i) => {
                if (!ref) return '';
                const [from, to] = ref.split(':').map((a) => a.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2'));
                const target = sanitizeTextContent(`${quoteSheetName(sheets[i].name)}!${from}:${to}`);
                return `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${target}</definedName>`;
              })
              .join('');
            if (names === '') return xml;
            const order = getOrderOfSiblings('xl/workbook.xml', 'workbook') ?? [];
            return insertElementMarkupAccordingToOrderOfSiblings(xml, `<definedNames>${names}</definedNames>`, order, 'workbook');
          },
        },
      },
    },
  };
}

/**
 * The settlement workbook's bytes, its texts in `locale`.
 *
 * @example
 * const bytes = await writeSettlementXlsx(settlementPlan(settlement, 'malkoll 0.1.0'), 'sv');
 * await writeFile('avrakning-augusti.xlsx', bytes);
 */
export async function writeSettlementXlsx(plan: readonly SheetPlan[], locale: Locale): Promise<Uint8Array> {
  const rendered = renderPlan(plan, locale);
  const sheets: Sheet<Blob>[] = rendered.map((s) => ({
    data: sheetData(s),
    sheet: s.name,
    columns: s.columns.map((c) => ({ width: c.width })),
  }));
  const blob = await writeXlsxFile(sheets, { features: [autoFilters(rendered)] }).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
