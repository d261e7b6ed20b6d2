import { Button, Caption1, Field, makeStyles, Select, Text, tokens } from '@fluentui/react-components';
import { countIndicatorStatuses, describeIndicatorColumns, tablesStatusConvention, type IndicatorResult, type StatusKey } from '../../core/tables';
import { percentText, TOLERANCE_CHOICES } from '../model/tolerance';
import type { IndicatorTableView } from '../model/checkView';
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
  row: {
    width: '100%',
    justifyContent: 'flex-start',
    textAlign: 'start',
    fontWeight: tokens.fontWeightRegular,
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
  },
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

/** The offer to fill a table's own status and development columns, and to restore them. */
export interface OwnColumnsControls {
  /** What the offer says (the columns and their convention), or null when no table has columns of its own. */
  offer: { text: string; noReference?: string } | null;
  /** Whether Målkoll has filled them (and can restore them). */
  present: boolean;
  enabled: boolean;
  onFill: () => void;
  onRestore: () => void;
}

/** The workbook's tolerance for partly met: off (undefined) or a band. */
export interface ToleranceControls {
  value: number | undefined;
  enabled: boolean;
  onChange: (value: number | undefined) => void;
}

export interface IndicatorsViewProps {
  tables: IndicatorTableView[];
  /** Problems to fix in the indicator tables (a missed target is listed as missed instead). */
  groups: ProblemGroup[];
  headingLevel?: 2 | 3;
  onSelectRow?: (view: IndicatorTableView, indicator: IndicatorResult) => void;
  onSelectFinding?: (item: FindingItem) => void;
  statusColumn?: StatusColumnControls;
  ownColumns?: OwnColumnsControls;
  /** The tolerance the indicators were judged with, and (in the pane) the setting to change it. */
  tolerance?: number;
  toleranceControls?: ToleranceControls;
}

const DEVELOPMENT_KEY = { better: 'target.development.better', unchanged: 'target.development.unchanged', worse: 'target.development.worse' } as const;

/** The symbols of a table's own status column (read with its sheet's other tables), when it writes symbols: the sheet's legend shows the same. */
function ownSymbols(view: IndicatorTableView, all: IndicatorTableView[]): Record<StatusKey, string> | undefined {
  if (view.table.columns.status === undefined) return undefined;
  const convention = tablesStatusConvention(all.filter((v) => v.sheet === view.sheet).map((v) => v.table));
  return convention?.kind === 'symbols' ? convention.legend : undefined;
}

function ToleranceSetting({ controls }: { controls: ToleranceControls }) {
  const { text, locale } = useTexts();
  return (
    <Field label={text('pane.tolerance.label')} hint={text('pane.tolerance.hint')}>
      <Select
        data-testid="tolerance"
        disabled={!controls.enabled}
        value={controls.value === undefined ? '' : String(controls.value)}
        onChange={(_, d) => controls.onChange(d.value === '' ? undefined : Number(d.value))}
      >
        <option value="">{text('pane.tolerance.off')}</option>
        {TOLERANCE_CHOICES.map((c) => (
          <option key={c} value={String(c)}>
            {text('pane.tolerance.within', { band: percentText(locale, c) })}
          </option>
        ))}
      </Select>
    </Field>
  );
}

function IndicatorList({
  view,
  status,
  onSelectRow,
}: {
  view: IndicatorTableView;
  status: IndicatorResult['status'];
  onSelectRow?: IndicatorsViewProps['onSelectRow'];
}) {
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
            {i.development !== undefined && (
              <Caption1 data-testid="development" data-development={i.development}>
                {`${text('pane.own.columns.development')}: ${
                  i.developmentByGroup
                    ? i.developmentByGroup.map((d) => `${d.group} ${text(DEVELOPMENT_KEY[d.development]).toLowerCase()}`).join(', ')
                    : text(DEVELOPMENT_KEY[i.development as keyof typeof DEVELOPMENT_KEY]).toLowerCase()
                }`}
              </Caption1>
            )}
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
export function IndicatorsView({
  tables,
  groups,
  headingLevel = 2,
  onSelectRow,
  onSelectFinding,
  statusColumn,
  ownColumns,
  tolerance,
  toleranceControls,
}: IndicatorsViewProps) {
  const { text, message, locale } = useTexts();
  const styles = useStyles();
  const Heading = `h${headingLevel}` as const;
  if (tables.length === 0) return <InfoBar intent="info" testId="no-indicators" text={text('pane.indicators.none')} />;
  return (
    <div className={styles.stack} data-testid="indicators">
      {toleranceControls && <ToleranceSetting controls={toleranceControls} />}
      {tables.map((view) => {
        const counts = countIndicatorStatuses(view.table.indicators);
        // Which column was read as what: the reader sees it where a heading alone did not decide.
        const columns = describeIndicatorColumns(view.table.columns);
        return (
          <section
            key={`${view.sheet}!${view.table.range}`}
            className={styles.panel}
            aria-label={`${view.sheet}!${view.table.range}`}
            data-testid="indicator-table"
            data-sheet={view.sheet}
            data-range={view.table.range}
          >
            <Caption1>
              {view.sheet}!{view.table.range}
            </Caption1>
            {columns && <Caption1 data-testid="indicator-columns">{message(columns)}</Caption1>}
            <StatusBars counts={counts} tolerance={tolerance} symbols={ownSymbols(view, tables)} />
            <Heading className={styles.title}>{text('pane.indicators.missedTitle')}</Heading>
            {counts.missed === 0 ? <Text>{text('pane.indicators.noneMissed')}</Text> : <IndicatorList view={view} status="missed" onSelectRow={onSelectRow} />}
            {counts.partly > 0 && (
              <>
                <Heading className={styles.title}>{text('pane.indicators.partlyTitle', { band: tolerance ? percentText(locale, tolerance) : '' })}</Heading>
                <IndicatorList view={view} status="partly" onSelectRow={onSelectRow} />
              </>
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
      {ownColumns?.offer && (
        <section className={styles.panel} data-testid="own-columns" aria-label={text('pane.own.title')}>
          <Heading className={styles.title}>{text('pane.own.title')}</Heading>
          <Text data-testid="own-offer">{ownColumns.offer.text}</Text>
          {ownColumns.offer.noReference && <Caption1>{ownColumns.offer.noReference}</Caption1>}
          <div className={styles.actions}>
            {ownColumns.present ? (
              <Button disabledFocusable={!ownColumns.enabled} onClick={ownColumns.onRestore} data-testid="restore-own">
                {text('pane.own.restore')}
              </Button>
            ) : (
              <Button appearance="primary" disabledFocusable={!ownColumns.enabled} onClick={ownColumns.onFill} data-testid="fill-own">
                {text('pane.own.fill')}
              </Button>
            )}
          </div>
        </section>
      )}
      {ownColumns?.present && !ownColumns.offer && (
        <div className={styles.actions}>
          <Button disabledFocusable={!ownColumns.enabled} onClick={ownColumns.onRestore} data-testid="restore-own">
            {text('pane.own.restore')}
          </Button>
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
