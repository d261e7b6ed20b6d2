/**
 * The number format of each column style of the settlement workbook, in Excel's invariant notation (as an
 * .xlsx file stores it and as the Excel JavaScript API's `numberFormat` takes it): Excel shows them with the
 * reader's separators (`# ##0 kr`, `0,0 %` in Swedish Excel). One table for the .xlsx writer and the pane.
 */
import type { PlanStyle } from './workbookPlan';

export const PLAN_FORMATS: Readonly<Record<PlanStyle, string | undefined>> = {
  text: undefined,
  general: undefined,
  int: '#,##0',
  decimal: '#,##0.00',
  kronor: '#,##0 "kr"',
  percent: '0.0 %',
};
