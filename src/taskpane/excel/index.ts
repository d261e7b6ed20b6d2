/**
 * The task pane's Excel adapter: the only code that calls Excel.run. Every function returns an Outcome
 * (a value, or a message for the user) and never throws.
 */
export { excelAvailable } from './availability';
export {
  readTable,
  readWorkbook,
  toCells,
  MAX_CELLS,
  MAX_LOADED_PER_SYNC,
  type TableRead,
  type WorkbookRead,
  type SheetValues,
  type SkipReason,
  type WorkbookRecords,
} from './readTable';
export { selectRange } from './selectRange';
export { markCells, clearMarks, ERROR_MARK, WARNING_MARK, type MarkRequest } from './marks';
export { createReport, reportLayout, asText, REPORT_COLUMN_WIDTHS, type ReportInput, type ReportChart, type ReportCell } from './report';
export { writeBlock, removeBlock, statusColouring, type SheetBlock, type BlockKind, type BlockRemoval, type BlockWritten, type ColourRule, type StatusWords } from './sheetBlocks';
export type { Outcome } from './outcome';
export type { MarksRecord, BlockRecord } from './records';
export { replaceValues, type ValueChange } from './replaceValues';
