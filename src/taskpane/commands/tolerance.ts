/** The workbook's tolerance for "partly met", saved with the workbook. */
import type { Locale, Message } from '../../core';
import { t } from '../../i18n/format';
import type { WorkbookRecords } from '../excel';
import { percentText } from '../../results/model/tolerance';
import { settle, told, type Adapter, type CommandResult } from './command';

/**
 * Saves the tolerance (or none), and asks for a new check so that every verdict follows it.
 *
 * @example
 * await setTolerance(adapter, 0.1, records, 'sv') // → { notice: … 'inom 10 %' …, recheck: true }
 */
export async function setTolerance(excel: Adapter, value: number | undefined, records: WorkbookRecords, locale: Locale): Promise<CommandResult> {
  return settle(await excel.saveSettings(value !== undefined ? { tolerance: value } : {}), () => {
    const setting = value !== undefined ? t(locale, 'pane.tolerance.within', { band: percentText(locale, value) }) : t(locale, 'pane.tolerance.off');
    // Formulas already in the table's own columns carry the band they were written with: say so.
    const refill = records.blocks['own-columns'] !== null;
    const messages: Message[] = [{ key: 'pane.tolerance.saved', params: { setting } }];
    if (refill) messages.push({ key: 'pane.tolerance.refill' });
    return { ...told(refill ? 'warning' : 'success', messages), recheck: true };
  });
}
