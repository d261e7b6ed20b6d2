/**
 * One check's result, as the task pane and /check.html both show it: the summary card, then tabs with the
 * findings and the indicators (and any tab the host adds, such as the pane's calculations).
 */
import { makeStyles, Tab, TabList, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { IndicatorResult } from '../../core/tables';
import type { CheckResult, IndicatorTableView } from '../model/checkResult';
import type { FindingItem } from '../model/findingItems';
import { FindingsList } from './FindingsList';
import { useTexts } from './i18n';
import { IndicatorsView, type OwnColumnsControls, type StatusColumnControls, type ToleranceControls } from './IndicatorsView';
import { SummaryCard, type SummaryCardProps } from './SummaryCard';

const useStyles = makeStyles({
  tabPanel: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  // Three tabs fit a 320-pixel pane; a narrower one wraps them rather than scrolling sideways.
  tabs: { flexWrap: 'wrap' },
});

export type ResultTab = 'findings' | 'indicators' | 'calculations';

export interface ResultViewProps {
  result: CheckResult;
  summary: Omit<SummaryCardProps, 'summary'>;
  /** What goes between the summary card and the tabs (the pane's checklist). */
  afterSummary?: ReactNode;
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
  tabSize?: 'small' | 'medium';
}

export function ResultView(props: ResultViewProps) {
  const { text } = useTexts();
  const styles = useStyles();
  const { result, tab } = props;
  return (
    <>
      <SummaryCard summary={result.summary} {...props.summary} />
      {props.afterSummary}
      <TabList size={props.tabSize} className={styles.tabs} selectedValue={tab} onTabSelect={(_, d) => props.onTab(d.value as ResultTab)}>
        <Tab value="findings" data-testid="tab-findings">
          {text('pane.tab.findings')}
        </Tab>
        <Tab value="indicators" data-testid="tab-indicators">
          {text('pane.tab.indicators')}
        </Tab>
        {props.calculations && (
          <Tab value="calculations" data-testid="tab-calculations">
            {text('pane.tab.calculations')}
          </Tab>
        )}
      </TabList>
      {tab === 'findings' && (
        <div className={styles.tabPanel} role="tabpanel">
          {props.findingActions}
          <FindingsList items={result.items} showSheet={result.severalSheets} onSelect={props.onSelectFinding} />
        </div>
      )}
      {tab === 'indicators' && (
        <div className={styles.tabPanel} role="tabpanel">
          <IndicatorsView
            tables={result.indicatorTables}
            findings={result.indicatorItems}
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
        <div className={styles.tabPanel} role="tabpanel">
          {props.calculations}
        </div>
      )}
    </>
  );
}
