import { Badge, Caption1, Card, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { Message } from '../../core';
import type { TableKindName } from '../../core/tables';
import type { CheckSummary, TableCounts, WorkbookVerdict } from '../../core/workbook';
import { pluralKey } from '../../i18n/plural';
import { verdictAdvice, verdictMessage } from '../model/verdictMessage';
import { useTexts } from './i18n';

const useStyles = makeStyles({
  verdict: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  ready: { color: tokens.colorPaletteGreenForeground1 },
  errors: { color: tokens.colorPaletteRedForeground1 },
  pending: { color: tokens.colorNeutralForeground1 },
  tables: { listStyleType: 'none', margin: 0, padding: 0 },
});

/** One table of the check just made, as the card names it: "Volymtabellen: 2 fel" (the address when a kind is there twice). */
export type SummaryTable = Pick<TableCounts, 'kind' | 'errors' | 'address'>;

export interface SummaryCardProps {
  summary: CheckSummary;
  /**
   * The workbook's verdict (both tables, as the checklist holds them): the headline. Without it the
   * headline is this check's own (the check page, which reads a whole workbook at once).
   */
  verdict?: WorkbookVerdict;
  /** The tables of this check, one line each under the headline. */
  tables?: SummaryTable[];
  /** "Kontrollerade 'Volymer 2025'!A1:D61 kl. 14:05" parts. */
  checked?: { address: string; time: string };
  notes?: Message[];
}

/**
 * At a glance: is the workbook ready to submit, or what must be done first; under it, what this check
 * found in each table.
 */
export function SummaryCard({ summary, verdict, tables = [], checked, notes = [] }: SummaryCardProps) {
  const { text, message } = useTexts();
  const styles = useStyles();
  const v: WorkbookVerdict = verdict ?? (summary.readyToSubmit ? { kind: 'ready' } : { kind: 'errors', count: summary.errors });
  const ready = v.kind === 'ready';
  const tone = ready ? 'ready' : v.kind === 'errors' ? 'errors' : 'pending';
  const advice = verdictAdvice(v);
  const several = (kind: TableKindName) => tables.filter((t) => t.kind === kind).length > 1;
  return (
    <Card data-testid="summary" aria-live="polite">
      <div className={styles.verdict}>
        <Badge appearance="filled" color={ready ? 'success' : tone === 'errors' ? 'danger' : 'informative'} size="large" shape="circular">
          {ready ? '✓' : tone === 'errors' ? '!' : '?'}
        </Badge>
        <Text size={500} weight="semibold" className={styles[tone]} data-testid="verdict" data-verdict={v.kind}>
          {message(verdictMessage(v))}
        </Text>
      </div>
      {advice && v.kind !== 'ready' && <Text data-testid="verdict-advice">{message(advice)}</Text>}
      {tables.length > 0 && (
        <ul className={styles.tables} data-testid="summary-tables">
          {tables.map((t, i) => {
            const name = text(`pane.summary.table.${t.kind}`);
            const table = several(t.kind) ? text('pane.summary.tableAt', { table: name, address: t.address }) : name;
            return (
              <li key={i} data-testid="summary-table" data-kind={t.kind}>
                <Text weight="semibold">
                  {t.errors === 0
                    ? text('pane.summary.tableOk', { table })
                    : text(pluralKey('pane.summary.tableErrors', t.errors), { table, count: t.errors })}
                </Text>
              </li>
            );
          })}
        </ul>
      )}
      <Text>
        {summary.warnings > 0
          ? text(pluralKey('pane.summary.warnings', summary.warnings), { count: summary.warnings })
          : ready
            ? text('pane.summary.readyDetail')
            : text('pane.summary.noWarnings')}
      </Text>
      {checked && <Caption1>{text('pane.summary.checked', checked)}</Caption1>}
      {notes.map((n, i) => (
        <Caption1 key={i}>{message(n)}</Caption1>
      ))}
    </Card>
  );
}
