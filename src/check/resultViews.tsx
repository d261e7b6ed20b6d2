/** What /check.html shows once a file is chosen: the progress, a notice, and the task pane's own result views for the workbook. */
import { StampNotice } from '../results/views/StampNotice';
import { makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import { checklistOf } from '../core/workbook';
import { checkView } from '../results/model/checkView';
import { clockTime } from '../taskpane/model/reportContent';
import { InfoBar, ResultView, useTexts, type ResultTab } from '../results/views';
import type { PageResult } from './checkWorkbookBytes';

export { NoticeBar, ProgressView } from '../results/views';

const useStyles = makeStyles({
  result: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
});

export interface WorkbookResultProps {
  result: Extract<PageResult, { ok: true }>;
  tab: ResultTab;
  onTab: (tab: ResultTab) => void;
}

/** The task pane's own result view, for one workbook; findings on the workbook rather than in a table go on the summary card. */
export function WorkbookResult({ result, tab, onTab }: WorkbookResultProps) {
  const styles = useStyles();
  const { text, message } = useTexts();
  const { check } = result;
  const view = useMemo(() => checkView(check), [check]);
  const workbookMessages = check.workbookFindings.map((f) => f.message);
  return (
    <section className={styles.result} data-testid="result" aria-label={text('check.file', { file: result.file })}>
      <Subtitle2 as="h2">{text('check.file', { file: result.file })}</Subtitle2>
      {result.stamp && <StampNotice stamp={result.stamp} />}
      {check.noTable ? (
        <InfoBar intent="error" testId="no-table" text={workbookMessages.map((m) => message(m)).join(' ')} />
      ) : (
        <ResultView
          result={view}
          header={{
            checklist: checklistOf(check),
            checked: { address: check.tables.map((t) => t.address).join(', ') || result.file, time: clockTime(result.checkedAt) },
            notes: workbookMessages,
          }}
          headingLevel={3}
          tab={tab}
          onTab={onTab}
        />
      )}
    </section>
  );
}
