import { Badge, Caption1, Card, CardHeader, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { MessageKey } from '../../core';
import type { ChecklistState } from '../../core/workbook';
import type { TableKindName as TableKind } from '../../core/tables';
import { workbookVerdict } from '../../core/workbook';
import { pluralKey } from '../../i18n/plural';
import { verdictAdvice, verdictMessage } from '../model/verdictMessage';
import { useTexts } from './i18n';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  item: { display: 'flex', alignItems: 'baseline', columnGap: tokens.spacingHorizontalS },
});

const NAMES: Record<TableKind, MessageKey> = { volumes: 'pane.checklist.volumes', indicators: 'pane.checklist.indicators', production: 'pane.checklist.production' };

/**
 * One checklist for the workbook: "Klar för inlämning" only when the volume and indicator tables both are.
 * Under the summary card, whose headline is this same verdict, it leaves the verdict out (`showVerdict`).
 */
export function Checklist({ state, showVerdict = true }: { state: ChecklistState; showVerdict?: boolean }) {
  const { text, message } = useTexts();
  const styles = useStyles();
  const v = workbookVerdict(state);
  const advice = v.kind === 'incomplete' ? verdictAdvice(v) : null;
  return (
    <Card data-testid="checklist" size="small">
      <CardHeader
        header={<Text weight="semibold">{text('pane.checklist.title')}</Text>}
        description={
          showVerdict ? (
            <Caption1 data-testid="checklist-verdict" data-verdict={v.kind}>
              {message(advice ?? verdictMessage(v))}
            </Caption1>
          ) : undefined
        }
      />
      <ul className={styles.list}>
        {(['volumes', 'indicators', 'production'] as const).map((kind) => {
          const tables = state.tables.filter((t) => t.kind === kind);
          // Production tables are not part of a submission: listed when checked, never as missing.
          if (tables.length === 0 && kind === 'production') return null;
          const absent = kind !== 'production' && state.absent.includes(kind);
          const lines =
            tables.length > 0
              ? tables.map((t) => ({
                  ok: t.errors === 0,
                  text: [
                    t.errors === 0
                      ? text('pane.checklist.ok', { address: t.address })
                      : text(pluralKey('pane.checklist.errors', t.errors), { count: t.errors, address: t.address }),
                    t.missed > 0 ? text(pluralKey('pane.checklist.missed', t.missed), { count: t.missed }) : '',
                  ]
                    .filter(Boolean)
                    .join(' · '),
                }))
              : [{ ok: absent ? null : false, text: text(absent ? 'pane.checklist.notFound' : 'pane.checklist.notChecked') }];
          return lines.map((line, i) => (
            <li key={`${kind}${i}`} className={styles.item} data-testid={`checklist-${kind}`}>
              <Badge appearance="filled" shape="circular" size="small" color={line.ok === null ? 'informative' : line.ok ? 'success' : tables.length > 0 ? 'danger' : 'subtle'}>
                {line.ok ? '✓' : line.ok === null ? '–' : tables.length > 0 ? '!' : '?'}
              </Badge>
              <Text>
                <Text weight="semibold">{text(NAMES[kind])}:</Text> {line.text}
              </Text>
            </li>
          ));
        })}
      </ul>
    </Card>
  );
}
