/**
 * The task pane: the views wired to the hooks that hold its state. The core decides everything about the
 * tables, the adapter does every Excel round trip, the hooks keep what the pane has done.
 */
import { Caption1, makeStyles, MessageBar, MessageBarBody, Title3, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { HOSPITALS_2025 } from '../core/prices';
import { useActivity } from './hooks/useActivity';
import { useCheckRun } from './hooks/useCheckRun';
import { useCalculationSettings, useWorkbookWrites } from './hooks/useWorkbookWrites';
import { calculationMapping } from './model/calculationMapping';
import { clockTime } from './model/reportContent';
import { PendingDialog } from './PendingDialog';
import {
  CalculationsView,
  CheckActions,
  Checklist,
  NoTableMessage,
  ResultActions,
  ResultView,
  StatusArea,
  useTexts,
  type ResultTab,
} from './views';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    maxWidth: '640px',
  },
  header: { display: 'flex', flexDirection: 'column' },
});

export interface AppProps {
  /** Whether Excel's API is there (false in a plain browser): the pane still renders and says it needs Excel. */
  excelAvailable: boolean;
  /** Office has not said it is ready yet: the pane says it is starting and offers nothing to click. */
  starting?: boolean;
}

export function App({ excelAvailable, starting = false }: AppProps) {
  const styles = useStyles();
  const { text, locale } = useTexts();
  const activity = useActivity();
  const checks = useCheckRun(activity);
  const settings = useCalculationSettings();
  const writes = useWorkbookWrites(activity, checks, settings, locale);
  const [tab, setTab] = useState<ResultTab>('findings');
  const { run, result, records } = checks;
  const enabled = excelAvailable && activity.busy === null;
  const check = (scope: 'range' | 'workbook') => {
    void checks.check(scope).then((done) => done && setTab('findings'));
  };

  const calcView = result?.volumeTables.find((v) => v.table.columns.outcome !== undefined) ?? result?.volumeTables[0];
  const calcAvailability = !calcView ? 'no-table' : calcView.table.columns.outcome === undefined ? 'no-outcome' : 'ready';
  const checkedAddress = run ? (run.tables.length > 0 ? run.tables.map((t) => t.address) : run.results.map((r) => r.address)).join(', ') : '';

  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <Title3 as="h1">{text('pane.title')}</Title3>
        <Caption1>{text('pane.subtitle')}</Caption1>
      </header>
      {starting && (
        <MessageBar intent="info" data-testid="starting">
          <MessageBarBody>{text('pane.starting')}</MessageBarBody>
        </MessageBar>
      )}
      {!excelAvailable && !starting && (
        <MessageBar intent="warning" data-testid="needs-excel">
          <MessageBarBody>{text('pane.needsExcel')}</MessageBarBody>
        </MessageBar>
      )}
      <CheckActions enabled={enabled} checkRef={writes.checkButton} onCheck={() => check('range')} onCheckWorkbook={() => check('workbook')} />
      {run?.noTable && <NoTableMessage lookedIn={run.noTable.lookedIn} messages={run.noTable.messages} />}
      {run && result && !run.noTable && (
        <ResultView
          result={result}
          summary={{ verdict: checks.verdict, tables: run.tables, checked: { address: checkedAddress, time: clockTime(run.checkedAt) }, notes: run.notes }}
          afterSummary={<Checklist state={checks.checklist} showVerdict={false} />}
          tab={tab}
          onTab={setTab}
          tabSize="small"
          findingActions={
            <ResultActions
              enabled={enabled}
              canMark={result.items.some((i) => i.finding.code !== 'no-table')}
              onMark={() => void writes.mark()}
              onClearMarks={() => void writes.clearMarks()}
              onReport={() => void writes.report()}
              convertCount={writes.conversions.length}
              onConvert={writes.askConvert}
            />
          }
          onSelectFinding={excelAvailable ? (i) => void writes.selectFinding(i) : undefined}
          onSelectRow={excelAvailable ? (view, i) => void writes.selectIndicator(view, i.row) : undefined}
          // A table with a status column of its own gets it filled instead of a column added beside it.
          statusColumn={
            writes.ownOffer && records.statusColumn === null
              ? undefined
              : { present: records.statusColumn !== null, enabled, onAdd: writes.askStatusColumn, onRemove: () => void writes.removeBlock('status-column') }
          }
          ownColumns={{
            offer: writes.ownOffer,
            present: records.ownColumns !== null,
            enabled,
            onFill: writes.askOwnColumns,
            onRestore: () => void writes.removeBlock('own-columns'),
          }}
          tolerance={writes.tolerance}
          toleranceControls={{ value: records.settings.tolerance, enabled, onChange: (v) => void writes.setTolerance(v) }}
          calculations={
            <CalculationsView
              availability={calcAvailability}
              hospitals={HOSPITALS_2025}
              hospital={settings.hospital}
              month={settings.month}
              onHospital={settings.setHospital}
              onMonth={settings.chooseMonth}
              mapping={calcView ? calculationMapping(calcView.table, settings.hospital) : []}
              present={records.calculations !== null}
              enabled={enabled}
              onAdd={writes.askCalculations}
              onRemove={() => void writes.removeBlock('calculations')}
            />
          }
        />
      )}
      {(!run || run.noTable) && <Checklist state={checks.checklist} />}
      <StatusArea busy={activity.busy} notice={activity.notice} />
      <PendingDialog
        pending={writes.pending}
        hospital={settings.hospital}
        month={settings.month}
        severalSheets={result?.severalSheets ?? false}
        onConfirm={() => void writes.confirmPending()}
        onCancel={writes.cancel}
      />
    </main>
  );
}
