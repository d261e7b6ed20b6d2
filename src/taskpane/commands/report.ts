/** "Skapa rapport": a report sheet of the check, with a chart. */
import type { ReportInput } from '../model/reportContent';
import { settle, told, type Adapter, type CommandResult } from './command';

/**
 * @example
 * await createReport(adapter, input) // → { notice: … 'pane.report.created' …, reportSheet: 'Målkoll rapport' }
 */
export async function createReport(excel: Adapter, input: ReportInput): Promise<CommandResult> {
  return settle(await excel.createReport(input), (done) => ({
    ...told('success', [{ key: 'pane.report.created', params: { sheet: done.sheetName } }]),
    reportSheet: done.sheetName,
  }));
}
