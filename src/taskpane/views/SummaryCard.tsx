import { Badge, Caption1, Card, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { CheckSummary } from '../../core/tables/types';
import type { Message } from '../../core/types';
import { pluralKey } from '../model/plural';
import { useTexts } from './i18n';

const useStyles = makeStyles({
  verdict: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  ready: { color: tokens.colorPaletteGreenForeground1 },
  errors: { color: tokens.colorPaletteRedForeground1 },
});

export interface SummaryCardProps {
  summary: CheckSummary;
  /** "Kontrollerade 'Volymer 2025'!A1:D61 kl. 14:05" parts. */
  checked?: { address: string; time: string };
  notes?: Message[];
}

/** At a glance: is the table ready to submit, or how many errors must be fixed first. */
export function SummaryCard({ summary, checked, notes = [] }: SummaryCardProps) {
  const { text, message } = useTexts();
  const styles = useStyles();
  const ready = summary.readyToSubmit;
  return (
    <Card data-testid="summary" aria-live="polite">
      <div className={styles.verdict}>
        <Badge appearance="filled" color={ready ? 'success' : 'danger'} size="large" shape="circular">
          {ready ? '✓' : '!'}
        </Badge>
        <Text size={500} weight="semibold" className={ready ? styles.ready : styles.errors} data-testid="verdict">
          {ready
            ? text('pane.summary.ready')
            : text(pluralKey('pane.summary.errors', summary.errors), { count: summary.errors })}
        </Text>
      </div>
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
