/**
 * The task pane: the views wired to the hooks that hold its state. The core decides everything about the
 * tables, the adapter does every Excel round trip, the hooks keep what the pane has done.
 */
import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useCallback, useState } from 'react';
import { loadTexts } from '../i18n/format';
import { HOSPITALS_2025 } from '../core/prices';
import { HelpSection } from './HelpSection';
import { useActivity } from './hooks/useActivity';
import { useCheckRun } from './hooks/useCheckRun';
import { useStamp } from './hooks/useStamp';
import { PANE_VERSION } from './version';
import { loadChecking, preloadChecking } from './loadChecking';
import { useCalculationSettings, useWorkbookWrites } from './hooks/useWorkbookWrites';
import { calculationMapping } from '../results/model/calculationMapping';
import { clockTime } from './model/reportContent';
import { noTableOf } from './model/noTable';
import { CheckActions, InfoBar, ResultActions, StatusArea, useTexts, type ResultTab } from '../results/views';

// The views of a check's result come with the checks (./checking.ts): nothing of them is shown before.
const ResultView = lazy(() => loadChecking().then((m) => ({ default: m.ResultView })));
const CalculationsView = lazy(() => loadChecking().then((m) => ({ default: m.CalculationsView })));
const NoTableMessage = lazy(() => loadChecking().then((m) => ({ default: m.NoTableMessage })));
const VerdictHeader = lazy(() => loadChecking().then((m) => ({ default: m.VerdictHeader })));
const PendingDialog = lazy(() => loadChecking().then((m) => ({ default: m.PendingDialog })));
const StampSection = lazy(() => loadChecking().then((m) => ({ default: m.StampSection })));
const StampNotice = lazy(() => loadChecking().then((m) => ({ default: m.StampNotice })));

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    // The pane's title and tabs above give the top's space (./PaneTabs.tsx).
    padding: `0 ${tokens.spacingHorizontalM} ${tokens.spacingHorizontalM}`,
    maxWidth: '640px',
    // Nothing inside may push the pane wider than the window (a 320-pixel pane with a scrollbar).
    minWidth: 0,
    boxSizing: 'border-box',
  },
  subtitle: { margin: 0 },
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
  // The stamp's texts come with the checks: only a check's result speaks of a stamp.
  const load = useCallback(() => Promise.all([loadChecking(), loadTexts(locale, ['stamp']).catch(() => undefined)]).then(([checking]) => checking), [locale]);
  const checks = useCheckRun(activity, load);
  const stamping = useStamp(activity, checks, PANE_VERSION);
  const settings = useCalculationSettings();
  const writes = useWorkbookWrites(activity, checks, settings, locale);
  const [tab, setTab] = useState<ResultTab>('findings');
  const { run, result, records } = checks;
  const { blocks } = records;
  const enabled = excelAvailable && activity.busy === null;
  const check = (scope: 'range' | 'workbook') => {
    void checks.check(scope).then((done) => done && setTab('findings'));
  };

  const calcView = result?.volumeTables.find((v) => v.table.columns.outcome !== undefined) ?? result?.volumeTables[0];
  const calcAvailability = !calcView ? 'no-table' : calcView.table.columns.outcome === undefined ? 'no-outcome' : 'ready';
  const checkedAddress = run ? (run.check.tables.length > 0 ? run.check.tables.map((t) => t.address) : run.reads.map((r) => r.address)).join(', ') : '';
  const noTable = run ? noTableOf(run) : null;

  return (
    <div className={styles.root}>
      {!run && (
        <Caption1 as="p" className={styles.subtitle}>
          {text('pane.subtitle')}
        </Caption1>
      )}
      {starting && <InfoBar intent="info" testId="starting" text={text('pane.starting')} />}
      {!excelAvailable && !starting && <InfoBar intent="warning" testId="needs-excel" text={text('pane.needsExcel')} />}
      <CheckActions
        enabled={enabled}
        hint={!run}
        checkRef={writes.checkButton}
        onCheck={() => check('range')}
        onCheckWorkbook={() => check('workbook')}
        onNear={preloadChecking}
      />
      <Suspense fallback={null}>
        {noTable && <NoTableMessage lookedIn={noTable.lookedIn} messages={noTable.messages} />}
        {run && result && !noTable && (
          <ResultView
            result={result}
            header={{ checklist: checks.checklist, checked: { address: checkedAddress, time: clockTime(run.checkedAt) }, notes: run.notes }}
            tab={tab}
            onTab={setTab}
            // A stamp the workbook carries is said under the verdict; "not stamped" beside the button, under the findings.
            stamp={checks.stamp && checks.stamp.status !== 'none' ? <StampNotice stamp={checks.stamp} /> : undefined}
            stampAction={
              <StampSection
                stamp={checks.stamp?.status === 'none' ? checks.stamp : null}
                enabled={enabled}
                onStamp={excelAvailable ? () => void stamping.stamp() : undefined}
              />
            }
            findingActions={
              <ResultActions
                enabled={enabled}
                canMark={result.items.some((i) => i.finding.code !== 'no-table')}
                onMark={() => void writes.run.mark()}
                onClearMarks={() => void writes.run.clearMarks()}
                onReport={() => void writes.run.report()}
                convertCount={writes.offers.conversions.length}
                onConvert={writes.ask.convert}
              />
            }
            onSelectFinding={excelAvailable ? (i) => void writes.select.finding(i) : undefined}
            onSelectRow={excelAvailable ? (view, i) => void writes.select.indicatorRow(view, i.row) : undefined}
            // A table with a status column of its own gets it filled instead of a column added beside it.
            statusColumn={
              writes.offers.ownColumns && blocks['status-column'] === null
                ? undefined
                : {
                    present: blocks['status-column'] !== null,
                    enabled,
                    onAdd: () => writes.ask.block('status-column'),
                    onRemove: () => void writes.run.removeBlock('status-column'),
                  }
            }
            ownColumns={{
              offer: writes.offers.ownColumns,
              present: blocks['own-columns'] !== null,
              enabled,
              onFill: () => writes.ask.block('own-columns'),
              onRestore: () => void writes.run.removeBlock('own-columns'),
            }}
            tolerance={writes.offers.tolerance}
            toleranceControls={{ value: records.settings.tolerance, enabled, onChange: (v) => void writes.run.setTolerance(v) }}
            calculations={
              <CalculationsView
                availability={calcAvailability}
                hospitals={HOSPITALS_2025}
                hospital={settings.hospital}
                month={settings.month}
                onHospital={settings.setHospital}
                onMonth={settings.chooseMonth}
                mapping={calcView ? calculationMapping(calcView.table, settings.hospital) : []}
                present={blocks.calculations !== null}
                enabled={enabled}
                onAdd={() => writes.ask.block('calculations')}
                onRemove={() => void writes.run.removeBlock('calculations')}
              />
            }
          />
        )}
        {noTable && <VerdictHeader checklist={checks.checklist} />}
      </Suspense>
      <StatusArea busy={activity.busy} notice={activity.notice} />
      <HelpSection excelAvailable={excelAvailable && !starting} />
      {/* Mounted (closed) once the checks are there, which comes before anything asks for a confirmation. */}
      {checks.ready && (
        <Suspense fallback={null}>
          <PendingDialog
            pending={writes.pending}
            hospital={settings.hospital}
            month={settings.month}
            severalSheets={result?.severalSheets ?? false}
            onConfirm={() => void writes.confirmPending()}
            onCancel={writes.cancel}
          />
        </Suspense>
      )}
    </div>
  );
}
