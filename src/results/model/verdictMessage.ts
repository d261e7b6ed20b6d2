/** The workbook's verdict in words, the same in the pane's headline, its checklist and the report. */
import type { WorkbookVerdict } from '../../core/workbook';
import type { TableKindName } from '../../core/tables';
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
      return { key: verdict.notInWorkbook ? `pane.summary.absent.${verdict.missing}` : `pane.summary.incomplete.${verdict.missing}` };
    default:
      return { key: 'pane.checklist.nothing' };
  }
}

/**
 * What the controller should do next, under the headline: check the other table (or add it, when a check of
 * the whole workbook found none), or nothing more.
 *
 * @example
 * verdictAdvice({ kind: 'incomplete', missing: 'indicators' }) // sv "Kontrollera även indikatortabellen innan arbetsboken skickas."
 * verdictAdvice({ kind: 'incomplete', missing: 'indicators', notInWorkbook: true }) // sv "Arbetsboken har ingen indikatortabell. …"
 */
export function verdictAdvice(verdict: WorkbookVerdict): Message | null {
  if (verdict.kind === 'incomplete') {
    if (verdict.notInWorkbook) return { key: verdict.missing === 'volumes' ? 'pane.checklist.absentVolumes' : 'pane.checklist.absentIndicators' };
    return { key: verdict.missing === 'volumes' ? 'pane.checklist.checkVolumes' : 'pane.checklist.checkIndicators' };
  }
  return verdict.kind === 'ready' ? { key: 'pane.summary.readyDetail' } : null;
}

/** The tone of the headline: its colour and glyph. */
export type HeadlineTone = 'ready' | 'clean' | 'errors' | 'pending';

export interface Headline {
  tone: HeadlineTone;
  message: Message;
  /** The next step, when there is one: check the other table. */
  advice: Message | null;
}

/**
 * The one line the pane leads with. With errors anywhere: how many to fix. Ready: "Klar för inlämning".
 * When only one of the two tables is checked and it is clean, the headline is that table's verdict
 * ("Volymtabellen: inga fel") and checking the other table is the next step, not the headline. A clean
 * production table checked without either (`checkedKinds` says what was) is named in the same way.
 *
 * @example
 * headline({ kind: 'incomplete', missing: 'indicators' }) // sv "Volymtabellen: inga fel", advice "Kontrollera även indikatortabellen …"
 * headline({ kind: 'incomplete', missing: 'volumes' }, ['production']) // sv "Produktionstabellen: inga fel", advice "Kontrollera även volymtabellen …"
 * headline({ kind: 'errors', count: 1 })                   // sv "1 fel måste rättas"
 */
export function headline(verdict: WorkbookVerdict, checkedKinds: readonly TableKindName[] = []): Headline {
  if (verdict.kind === 'incomplete') {
    const other = verdict.missing === 'volumes' ? 'indicators' : 'volumes';
    const checked = !checkedKinds.includes(other) && checkedKinds.includes('production') ? 'production' : other;
    return {
      tone: 'clean',
      message: { key: 'pane.summary.tableOk', params: { table: { message: { key: `pane.summary.table.${checked}` } } } },
      advice: verdictAdvice(verdict),
    };
  }
  if (verdict.kind === 'errors') return { tone: 'errors', message: verdictMessage(verdict), advice: null };
  if (verdict.kind === 'ready') return { tone: 'ready', message: verdictMessage(verdict), advice: null };
  return { tone: 'pending', message: verdictMessage(verdict), advice: null };
}
