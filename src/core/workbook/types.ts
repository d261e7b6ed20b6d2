/** What a check of a workbook (or of the sheets the task pane read) adds up to. */

export interface CheckSummary {
  errors: number;
  warnings: number;
  missed: number;
  met: number;
  notAssessable: number;
  /** True only when at least one table was checked and nothing of severity error was found. */
  readyToSubmit: boolean;
}
