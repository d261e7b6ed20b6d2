/** The workbook's verdict in words, the same in the pane's headline, its checklist and the report. */
import type { WorkbookVerdict } from '../../core/workbook';
import type { Message } from '../../core';
import { pluralKey } from '../../i18n/plural';

/**
 * @example
 * verdictMessage({ kind: 'ready' })                              // sv "Klar för inlämning"
 * verdictMessage({ kind: 'errors', count: 3 })                   // sv "3 fel måste rättas"
 * verdictMessage({ kind: 'incomplete', missing: 'indicators' }) // sv "Indikatortabellen är inte kontrollerad"
 */
export function verdictMessage(verdict: WorkbookVerdict): Message {
  switch (verdict.kind) {
    case 'ready':
      return { key: 'pane.summary.ready' };
    case 'errors':
      return { key: pluralKey('pane.summary.errors', verdict.count), params: { count: verdict.count } };
    case 'incomplete':
      return { key: `pane.summary.incomplete.${verdict.missing}` };
    default:
      return { key: 'pane.checklist.nothing' };
  }
}

/**
 * What the controller should do next, under the headline: check the other table, or nothing more.
 *
 * @example
 * verdictAdvice({ kind: 'incomplete', missing: 'indicators' }) // sv "Kontrollera även indikatortabellen innan arbetsboken skickas."
 */
export function verdictAdvice(verdict: WorkbookVerdict): Message | null {
  if (verdict.kind === 'incomplete') {
    return { key: verdict.missing === 'volumes' ? 'pane.checklist.checkVolumes' : 'pane.checklist.checkIndicators' };
  }
  return verdict.kind === 'ready' ? { key: 'pane.summary.readyDetail' } : null;
}
