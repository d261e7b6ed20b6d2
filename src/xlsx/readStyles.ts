/**
 * The number format of each cell style, from the workbook's styles part (`xl/styles.xml`): a cell's `s`
 * is an index into `<cellXfs>`, whose `numFmtId` names either a format of the file's own (`<numFmts>`) or
 * one of Excel's built-in formats. The formats say how many decimals a figure shows and whether a number
 * is shown as a date, which is what a production table's check needs of them.
 *
 * Formats are help, not data: a workbook without a styles part, or with one that cannot be read, is read
 * with every value as it is and no formats (Excel itself opens such a file with its formatting dropped).
 * The read limits still hold: its bytes count against the unpacked limit, and time is time.
 */
import type { ReadBudget } from './readBudget';
import { DamagedPart } from './readProblem';
import { xmlStream } from './xmlEvents';
import type { ZipPackage } from './zipPackage';

export interface CellFormats {
  /** The number format of cell style `style` ("0.0%", "#,##0"); undefined for General or an unknown style. */
  formatOf(style: number): string | undefined;
}

/** Excel's limit on cell formats in a workbook; a styles part listing more is no file Excel wrote. */
const MAX_STYLES = 65_536;
/** Excel's limit on a format code's length. */
const MAX_FORMAT_CODE = 255;

/** No styles, or none that could be read: every cell General. */
export const NO_FORMATS: CellFormats = { formatOf: () => undefined };

/**
 * Excel's built-in number formats by id (ECMA-376 part 1, 18.8.30), in their invariant form. The currency
 * formats 5–8 depend on the machine's locale; their symbol is left out here, since only their digits matter
 * to the checks. The East Asian date formats (27–36, 50–58) are dates whatever their exact code.
 */
const BUILT_IN: Readonly<Record<number, string>> = {
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  5: '#,##0_);(#,##0)',
  6: '#,##0_);[Red](#,##0)',
  7: '#,##0.00_);(#,##0.00)',
  8: '#,##0.00_);[Red](#,##0.00)',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy h:mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};
const EAST_ASIAN_DATES = new Set([27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/**
 * The format code of number format `id`, the file's own first.
 *
 * @example
 * formatCode(10, new Map())                    // → '0.00%'
 * formatCode(164, new Map([[164, '0.0%']]))    // → '0.0%'
 * formatCode(0, new Map())                     // → undefined (General)
 */
export function formatCode(id: number, custom: ReadonlyMap<number, string>): string | undefined {
  const code = custom.get(id) ?? BUILT_IN[id] ?? (EAST_ASIAN_DATES.has(id) ? 'yyyy-mm-dd' : undefined);
  if (code === undefined || code === '' || code.length > MAX_FORMAT_CODE || /^general$/i.test(code.trim())) return undefined;
  return code;
}

/**
 * Reads the styles part at `part` (none: NO_FORMATS).
 *
 * @example
 * const formats = await readStyles(zip, 'xl/styles.xml', budget);
 * formats.formatOf(3); // → '0.0%' when the fourth cell style shows one decimal of a percentage
 */
export async function readStyles(zip: ZipPackage, part: string | undefined, budget: ReadBudget): Promise<CellFormats> {
  if (part === undefined || !zip.has(part)) return NO_FORMATS;
  const custom = new Map<number, string>();
  const styleFormats: number[] = [];
  let inCellXfs = false;
  let inNumFmts = false;
  const xml = xmlStream(part, {
    open(name, a) {
      if (name === 'numFmts') inNumFmts = true;
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'numFmt' && inNumFmts) {
        const id = whole(a.numFmtId);
        if (id !== null && typeof a.formatCode === 'string') custom.set(id, a.formatCode);
      } else if (name === 'xf' && inCellXfs) {
        // A style past Excel's limit is no style Excel wrote: the part is dropped as unreadable.
        if (styleFormats.length >= MAX_STYLES) throw new DamagedPart({ key: 'read.package.unreadable' });
        styleFormats.push(whole(a.numFmtId) ?? 0);
      }
    },
    close(name) {
      if (name === 'numFmts') inNumFmts = false;
      else if (name === 'cellXfs') inCellXfs = false;
    },
  });
  try {
    await zip.streamText(part, (text) => xml.write(text), budget);
    xml.end();
  } catch (error) {
    // Damage in the styles costs the formats, not the workbook; limits and time end the file as always.
    if (error instanceof DamagedPart) return NO_FORMATS;
    throw error;
  }
  const codes = styleFormats.map((id) => formatCode(id, custom));
  if (codes.every((c) => c === undefined)) return NO_FORMATS;
  return { formatOf: (style) => codes[style] };
}

function whole(text: string | undefined): number | null {
  if (text === undefined || !/^\s*\d{1,6}\s*$/.test(text)) return null;
  return Number(text);
}
