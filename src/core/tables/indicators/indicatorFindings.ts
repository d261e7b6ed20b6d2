/**
 * What an indicator table says about one row, decided by the cause the row was judged with
 * (./judgeIndicator): a target it could not read, an outcome with no target, a measurable target with no
 * readable outcome (an error: the table is not ready to submit), figures that can be read more than one
 * way, a percentage typed as a whole number, a missed target.
 */
import type { CellValue, Finding, Message, MessageParam } from '../../types';
import { finding } from '../shared/finding';
import type { IndicatorColumns, IndicatorStatus } from './types';
import type { IndicatorCause } from './judgeIndicator';

/** Indicator texts can be whole paragraphs; a message names the first words. */
const MAX_NAME_IN_MESSAGE = 60;

function shortName(text: string): string {
  return text.length <= MAX_NAME_IN_MESSAGE ? text : `${text.slice(0, MAX_NAME_IN_MESSAGE - 1).trimEnd()}…`;
}

export interface JudgedRow {
  row: number;
  indicator: string;
  targetText: string;
  targetCell: CellValue;
  outcomeCell: CellValue;
  status: IndicatorStatus;
  reason: Message;
  cause: IndicatorCause;
}

/**
 * The findings of one judged row, in the order the table lists them.
 *
 * @example
 * indicatorFindings(columns, { row: 39, cause: { kind: 'judged' }, status: 'missed', … }).map((f) => f.code) // → ['target-missed']
 */
export function indicatorFindings(columns: IndicatorColumns, judged: JudgedRow): Finding[] {
  const { row, indicator, targetText, targetCell, outcomeCell, cause } = judged;
  const details = { rowLabel: indicator, columnHeader: columns.headers.outcome, actual: outcomeCell, expected: targetText };
  const atTarget = { rowLabel: indicator, columnHeader: columns.headers.target, actual: targetCell };
  const name: MessageParam = indicator === '' ? { message: { key: 'table.rowName', params: { row: String(row) } } } : shortName(indicator);
  const atOutcome = (
    code: 'outcome-missing' | 'outcome-ambiguous' | 'percent-scale' | 'target-missed',
    severity: 'error' | 'warning',
    message: Message,
  ): Finding => finding(code, severity, row, columns.outcome, message, details);
  switch (cause.kind) {
    case 'target-unreadable':
      return [
        finding(
          'target-unreadable',
          'warning',
          row,
          columns.target,
          cause.why === 'error'
            ? { key: 'table.targetError', params: { code: targetText } }
            : { key: 'table.targetUnreadable', params: { target: targetText } },
          atTarget,
        ),
      ];
    case 'target-missing':
      return [
        finding(
          'target-missing',
          'warning',
          row,
          columns.target,
          cause.said
            ? { key: 'table.targetMissingSaid', params: { indicator: name, target: targetText } }
            : { key: 'table.targetMissing', params: { indicator: name } },
          atTarget,
        ),
      ];
    case 'not-measurable':
    case 'name-only':
      return [];
    case 'outcome-blank':
      return [atOutcome('outcome-missing', 'error', { key: 'table.outcomeMissing', params: { indicator: name, target: targetText } })];
    case 'outcome-error':
      return [atOutcome('outcome-missing', 'error', { key: 'table.outcomeError', params: { indicator: name, code: cause.code } })];
    case 'outcome-ambiguous':
      return [atOutcome('outcome-ambiguous', 'warning', { key: 'table.outcomeAmbiguous', params: { indicator: name, reason: { message: judged.reason } } })];
    case 'outcome-not-readable':
      return [
        atOutcome('outcome-missing', 'error', {
          key: cause.yesNo ? 'table.outcomeNotYesNo' : 'table.outcomeNotNumber',
          params: { indicator: name, text: cause.shown, target: targetText },
        }),
      ];
    case 'judged': {
      const out: Finding[] = [];
      if (cause.percentScale !== undefined) {
        const typed = cause.percentScale;
        const meant = typed / 100;
        out.push(
          atOutcome('percent-scale', 'warning', {
            key: 'table.percentScale',
            params: { outcome: typed, target: targetText, percent: { percent: meant }, fraction: meant },
          }),
        );
      }
      if (judged.status === 'missed')
        out.push(atOutcome('target-missed', 'warning', { key: 'table.targetMissed', params: { indicator: name, reason: { message: judged.reason } } }));
      return out;
    }
  }
}
