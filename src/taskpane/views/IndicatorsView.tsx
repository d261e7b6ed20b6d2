import { Button, Caption1, makeStyles, Text, tokens } from '@fluentui/react-components';
import { countIndicatorStatuses, type IndicatorResult } from '../../core/tables';
import type { IndicatorTableView } from '../model/checkResult';
import type { FindingItem } from '../model/findingItems';
import type { ProblemGroup } from '../model/problemList';
import { InfoBar } from './NoticeBar';
import { ProblemList } from './ProblemList';
import { useTexts } from './i18n';
import { panel } from './styles';
import { StatusBars } from './StatusBars';
import { visuallyHidden } from './visuallyHidden';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  row: { width: '100%', justifyContent: 'flex-start', textAlign: 'start', fontWeight: tokens.fontWeightRegular, display: 'flex', flexDirection: 'column', alignItems: 'flex-start' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  panel,
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  visuallyHidden,
});

export interface StatusColumnControls {
  /** Whether Målkoll's status column is in the workbook now. */
  present: boolean;
  enabled: boolean;
  onAdd: () => void;
  onRemove: () => void;
}

export interface IndicatorsViewProps {
  tables: IndicatorTableView[];
  /** Problems to fix in the indicator tables (a missed target is listed as missed instead). */
  groups: ProblemGroup[];
  headingLevel?: 2 | 3;
  onSelectRow?: (view: IndicatorTableView, indicator: IndicatorResult) => void;
  onSelectFinding?: (item: FindingItem) => void;
  statusColumn?: StatusColumnControls;
}

function IndicatorList({ view, status, onSelectRow }: { view: IndicatorTableView; status: IndicatorResult['status']; onSelectRow?: IndicatorsViewProps['onSelectRow'] }) {
  const { text, message } = useTexts();
  const styles = useStyles();
  const rows = view.table.indicators.filter((i) => i.status === status);
  return (
    <ul className={styles.list} data-testid={`indicators-${status}`}>
      {rows.map((i) => {
        const body = (
          <>
            <Text weight="semibold">{i.indicator}</Text>
            <Caption1>{message(i.reason)}</Caption1>
          </>
        );
        return (
          <li key={i.row} data-testid="indicator" data-row={i.row}>
            {onSelectRow ? (
              // No aria-label: it would replace the visible reason. The button's name is its text, after
              // a hidden "Visa rad 5 i Excel:".
              <Button appearance="subtle" className={styles.row} onClick={() => onSelectRow(view, i)}>
                <span className={styles.visuallyHidden}>{`${text('pane.indicators.show', { row: String(i.row) })}: `}</span>
                {body}
              </Button>
            ) : (
              <div className={styles.row}>{body}</div>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** Indicators against their targets: counts and a small chart, the missed ones with the reason in words. */
export function IndicatorsView({ tables, groups, headingLevel = 2, onSelectRow, onSelectFinding, statusColumn }: IndicatorsViewProps) {
  const { text } = useTexts();
  const styles = useStyles();
  const Heading = `h${headingLevel}` as const;
  if (tables.length === 0) return <InfoBar intent="info" testId="no-indicators" text={text('pane.indicators.none')} />;
  return (
    <div className={styles.stack} data-testid="indicators">
      {tables.map((view) => {
        const counts = countIndicatorStatuses(view.table.indicators);
        return (
          <section key={`${view.sheet}!${view.table.range}`} className={styles.panel} aria-label={`${view.sheet}!${view.table.range}`}>
            <Caption1>
              {view.sheet}!{view.table.range}
            </Caption1>
            <StatusBars counts={counts} />
            <Heading className={styles.title}>{text('pane.indicators.missedTitle')}</Heading>
            {counts.missed === 0 ? (
              <Text>{text('pane.indicators.noneMissed')}</Text>
            ) : (
              <IndicatorList view={view} status="missed" onSelectRow={onSelectRow} />
            )}
            {counts.notAssessable > 0 && (
              <>
                <Heading className={styles.title}>{text('pane.indicators.notAssessableTitle')}</Heading>
                <IndicatorList view={view} status="not-assessable" onSelectRow={onSelectRow} />
              </>
            )}
          </section>
        );
      })}
      {groups.length > 0 && (
        <div data-testid="indicator-problems">
          <ProblemList groups={groups} headingLevel={headingLevel} onSelect={onSelectFinding} />
        </div>
      )}
      {statusColumn && (
        <div className={styles.actions}>
          {statusColumn.present ? (
            <Button disabledFocusable={!statusColumn.enabled} onClick={statusColumn.onRemove} data-testid="remove-status">
              {text('pane.status.remove')}
            </Button>
          ) : (
            <Button disabledFocusable={!statusColumn.enabled} onClick={statusColumn.onAdd} data-testid="add-status">
              {text('pane.status.add')}
            </Button>
          )}
        </div>
      )}
    </div>
  );
}
