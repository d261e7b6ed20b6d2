/**
 * The region's round: the assignment's hospitals, each hospital's submission matched and settled against
 * its assigned volumes (pro rata or annual, to the krona), an earlier settlement taken into account, the
 * round's findings, and the settlement workbook's content. Pure: workbooks come in read and checked.
 */
export { settleRound } from './settleRound';
export { roundWorkbook } from './roundWorkbook';
export { monthFromHeader } from './month';
export { rowFigures, roundHalfUp, shown } from './settleFigures';
export { readPreviousSettlement, PREVIOUS_COLUMNS, type PreviousColumn, type SettlementWords } from './previous';
export { DEFAULT_PRICES } from './rowPrice';
export { PLAN_FORMATS } from './planFormats';
export { describeRow } from './settleHospital';
export {
  settlementPlan,
  settlementTitle,
  OVERVIEW_COLUMNS,
  ROW_COLUMNS,
  type SheetPlan,
  type PlanColumn,
  type PlanStyle,
  type PlanValue,
} from './workbookPlan';
export type {
  HospitalIndicator,
  HospitalStatus,
  OwnFinding,
  PreviousSettlement,
  PriceSetting,
  RoundFile,
  RoundFinding,
  RoundFindingCode,
  RoundInput,
  RoundOutcome,
  RoundWorkbook,
  SettledHospital,
  SettledRow,
  Settlement,
  SettlementRule,
  SettlementTotals,
} from './types';
