/**
 * The task pane's Excel adapter: the only code that calls Excel.run. Every function returns an Outcome
 * (a value, or a message for the user) and never throws.
 */
export { excelAvailable } from './availability';
export { readTable, toCells, MAX_CELLS, MAX_LOADED_PER_SYNC, type TableRead, type WorkbookRecords } from './readTable';
export { readWorkbook, type WorkbookRead, type SheetValues, type SkipReason } from './readWorkbook';
export { selectRange } from './selectRange';
export { markCells, clearMarks, type MarkRequest } from './marks';
export { createReport, reportLayout, asText, REPORT_COLUMN_WIDTHS } from './report';
export { writeBlock, type BlockWritten } from './blockWrite';
export { removeBlock, type BlockRemoval } from './blockRemove';
export type { BlockKind } from '../model/blockKinds';
export type { Outcome, FailureReason } from './outcome';
export type { MarksRecord, BlockRecord, JudgingSettings } from './records';
export { saveSettings } from './settings';
export { replaceValues, type ValueChange } from './replaceValues';
export { writeStamp, type StampPlace } from './stamp';
