/**
 * One check's result, as the task pane and /check.html both show it: the compact verdict, then tabs with
 * the problems to fix and the indicators (and any tab the host adds, such as the pane's calculations).
 */
import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { IndicatorResult } from '../../core/tables';
import { pluralKey } from '../../i18n/plural';
import type { CheckView, IndicatorTableView } from '../model/checkView';
import type { FindingItem } from '../model/findingItems';
import { useTexts } from './i18n';
import { IndicatorsView, type OwnColumnsControls, type StatusColumnControls, type ToleranceControls } from './IndicatorsView';
import { ProblemList } from './ProblemList';
import { Tabs } from './Tabs';
import { VerdictHeader, type VerdictHeaderProps } from './VerdictHeader';

const useStyles = makeStyles({
  tabPanel: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0 },
});

export type ResultTab = 'findings' | 'indicators' | 'calculations';

export interface ResultViewProps {
  result: CheckView;
  header: Omit<VerdictHeaderProps, 'summary'>;
  tab: ResultTab;
  onTab: (tab: ResultTab) => void;
  /** Actions above the findings (mark, report, convert). */
  findingActions?: ReactNode;
  onSelectFinding?: (item: FindingItem) => void;
  onSelectRow?: (view: IndicatorTableView, indicator: IndicatorResult) => void;
  statusColumn?: StatusColumnControls;
  ownColumns?: OwnColumnsControls;
  /** The tolerance for partly met the check judged with (named wherever partly appears). */
  tolerance?: number;
  toleranceControls?: ToleranceControls;
  /** The pane's calculations tab. */
  calculations?: ReactNode;
  /** What the workbook's stamp says, under the verdict (the pane: when the workbook carries one). */
  stamp?: ReactNode;
  /** The pane's stamp button, under the findings: out of the way of the problems to fix. */
  stampAction?: ReactNode;
  /** Level of the tables' headings: 2 in the pane, 3 on the check page. */
  headingLevel?: 2 | 3;
}

export function ResultView(props: ResultViewProps) {
  const { text } = useTexts();
  const styles = useStyles();
  const { result, tab } = props;
  const missed = result.summary.missed;
  return (
    <>
      <VerdictHeader summary={result.summary} {...props.header} />
      {props.stamp}
      <Tabs
        label={text('pane.tabs')}
        selected={tab}
        onSelect={props.onTab}
        tabs={[
          { value: 'findings' as const, label: text('pane.tab.findings') },
          { value: 'indicators' as const, label: text('pane.tab.indicators') },
          ...(props.calculations ? [{ value: 'calculations' as const, label: text('pane.tab.calculations') }] : []),
        ]}
      />
      {tab === 'findings' && (
        <div className={styles.tabPanel} role="tabpanel" id="panel-findings" aria-labelledby="tab-findings">
          {props.findingActions}
          <ProblemList groups={result.groups} headingLevel={props.headingLevel} onSelect={props.onSelectFinding} />
          {missed > 0 && <Text data-testid="missed-elsewhere">{text(pluralKey('pane.findings.missedElsewhere', missed), { count: missed })}</Text>}
          {props.stampAction}
        </div>
      )}
      {tab === 'indicators' && (
        <div className={styles.tabPanel} role="tabpanel" id="panel-indicators" aria-labelledby="tab-indicators">
          <IndicatorsView
            tables={result.indicatorTables}
            groups={result.indicatorGroups}
            headingLevel={props.headingLevel}
            onSelectRow={props.onSelectRow}
            onSelectFinding={props.onSelectFinding}
            statusColumn={props.statusColumn}
            ownColumns={props.ownColumns}
            tolerance={props.tolerance}
            toleranceControls={props.toleranceControls}
          />
        </div>
      )}
      {tab === 'calculations' && props.calculations && (
        <div className={styles.tabPanel} role="tabpanel" id="panel-calculations" aria-labelledby="tab-calculations">
          {props.calculations}
        </div>
      )}
    </>
  );
}
