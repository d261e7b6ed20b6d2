/**
 * The workbook check: what a workbook (or the sheets the task pane read) adds up to, decided once for the
 * command line, the check page and the task pane.
 */
export { checkWorkbook, type WorkbookInput } from './checkWorkbook';
export { isOwnReport } from './ownReport';
export { noteFinding, type ReadNote, type WorkbookGrids } from './readNotes';
export { summarize } from './summarize';
export { orderedFindings, sheetFindings } from './findingOrder';
export { tableCounts } from './tableCounts';
export { groupProblems, countProblems, type Problem } from './problems';
export { updateChecklist, checklistOf, EMPTY_CHECKLIST, type ChecklistState, type ChecklistTable, type ChecklistRun } from './checklist';
export {
  workbookVerdict,
  SUBMISSION_KINDS,
  type WorkbookVerdict,
  type WorkbookTableKind,
  type WorkbookChecklist,
  type WorkbookChecklistTable,
} from './workbookVerdict';
export type { CheckSummary, SheetFinding, SheetResult, TableCounts, WorkbookCheck, WorkbookFinding, WorkbookFindingCode } from './types';
