/**
 * Excel's data types, as a custom function declared with allowCustomDataForDataTypeAny receives them:
 * a cell value may arrive as an object such as `{ type: 'Double', basicValue: 5 }` or
 * `{ type: 'String', basicValue: '8 100' }` (the Excel JavaScript API's CellValue shapes) instead of
 * the plain value. Every reader of a cell unwraps it here first.
 */
import { EXCEL_ERROR_CODES, isCellError, type CellError, type ExcelErrorCode } from '../types';

const ERROR_CODES: ReadonlySet<string> = new Set(EXCEL_ERROR_CODES);

/** Excel's ErrorCellValueType names and the codes a cell shows; those Målkoll does not list read as #VALUE!. */
const ERROR_TYPES: ReadonlyMap<string, ExcelErrorCode> = new Map([
  ['blocked', '#BLOCKED!'],
  ['busy', '#BUSY!'],
  ['calc', '#CALC!'],
  ['connect', '#CONNECT!'],
  ['div0', '#DIV/0!'],
  ['field', '#FIELD!'],
  ['gettingdata', '#GETTING_DATA'],
  ['notavailable', '#N/A'],
  ['name', '#NAME?'],
  ['null', '#NULL!'],
  ['num', '#NUM!'],
  ['ref', '#REF!'],
  ['spill', '#SPILL!'],
  ['value', '#VALUE!'],
]);

function errorOf(o: { basicValue?: unknown; errorType?: unknown }): CellError {
  if (typeof o.basicValue === 'string' && ERROR_CODES.has(o.basicValue)) return { error: o.basicValue as ExcelErrorCode };
  const byType = typeof o.errorType === 'string' ? ERROR_TYPES.get(o.errorType.toLowerCase()) : undefined;
  return { error: byType ?? '#VALUE!' };
}

/** Unwrapping stops here: Excel never nests a value this deep, a hostile object might. */
const MAX_DEPTH = 4;

/**
 * The plain value behind a data-typed cell value or a 1×1 range: a number, text, boolean, `null` (blank)
 * or a CellError. Anything else (an entity, an image, a range of several cells, any other object) comes
 * back unchanged, for the caller to say it is no single value.
 *
 * @example
 * plainValue({ type: 'Double', basicValue: 5 })          // 5
 * plainValue({ type: 'String', basicValue: '8 100' })    // '8 100'
 * plainValue({ type: 'Error', errorType: 'Div0' })       // { error: '#DIV/0!' }
 * plainValue([[{ type: 'Boolean', basicValue: true }]])  // true
 * plainValue({ code: '#REF!' })                          // { error: '#REF!' } (CustomFunctions.Error)
 * plainValue([[1, 2]])                                   // [[1, 2]] (unchanged)
 */
export function plainValue(v: unknown, depth = 0): unknown {
  if (v === null || typeof v !== 'object' || depth > MAX_DEPTH || isCellError(v)) return v;
  if (Array.isArray(v)) {
    if (v.length === 1 && Array.isArray(v[0]) && v[0].length === 1) return plainValue(v[0][0], depth + 1);
    return v;
  }
  const o = v as { type?: unknown; basicValue?: unknown; errorType?: unknown; code?: unknown };
  // Office's own error objects (CustomFunctions.Error) carry the code as `code`.
  if (typeof o.code === 'string' && ERROR_CODES.has(o.code) && o.type === undefined) return { error: o.code as ExcelErrorCode };
  if (typeof o.type !== 'string') return v;
  const b = o.basicValue;
  switch (o.type.toLowerCase()) {
    case 'double':
    case 'formattednumber':
      return typeof b === 'number' ? b : v;
    case 'string':
      return typeof b === 'string' ? b : v;
    case 'boolean':
      return typeof b === 'boolean' ? b : v;
    case 'empty':
      return null;
    case 'error':
      return errorOf(o);
    default:
      return v;
  }
}

/**
 * How many cells a range argument holds, or null when `v` is no range of several cells.
 *
 * @example
 * rangeCellCount([[7000, 1]])   // 2
 * rangeCellCount([[1], [2], [3]]) // 3
 * rangeCellCount(5)             // null
 */
export function rangeCellCount(v: unknown): number | null {
  if (!Array.isArray(v)) return null;
  const cells = v.reduce<number>((n, row) => n + (Array.isArray(row) ? row.length : 1), 0);
  return cells > 1 ? cells : null;
}
