/**
 * The self-test's view: a button, then pass or fail per operation with what Excel showed, Excel's version and
 * platform, and the same as text ready to copy into a support message. Its state stays here: the self-test
 * touches nothing else the pane keeps.
 */
import { Button, Caption1, makeStyles, Text, Textarea, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { SelfTestReport } from './excel/selfTest';
import { runSelfTest } from './excel/selfTest';
import { loadChecking } from './loadChecking';
import { environmentLines, selfTestText } from './model/selfTestText';
import { useTexts } from '../results/views';
import { InfoBar } from '../results/views';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  steps: { margin: 0, paddingLeft: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  failed: { color: tokens.colorPaletteRedForeground1 },
  detail: { display: 'block', overflowWrap: 'anywhere' },
  report: { width: '100%' },
});

export interface SelfTestPanelProps {
  /** False outside Excel: the test needs it. */
  excelAvailable: boolean;
}

export function SelfTestPanel({ excelAvailable }: SelfTestPanelProps) {
  const styles = useStyles();
  const { text, message, locale } = useTexts();
  const [running, setRunning] = useState(false);
  const [report, setReport] = useState<SelfTestReport | null>(null);
  const [copied, setCopied] = useState<'yes' | 'by-hand' | null>(null);

  async function run() {
    if (running || !excelAvailable) return;
    setRunning(true);
    setCopied(null);
    try {
      setReport(await runSelfTest(() => loadChecking()));
    } finally {
      setRunning(false);
    }
  }

  const reportText = report ? selfTestText(locale, report, new Date()) : '';
  async function copy() {
    try {
      await navigator.clipboard.writeText(reportText);
      setCopied('yes');
    } catch {
      // Office's webviews may not allow the clipboard: the text is there to select.
      setCopied('by-hand');
    }
  }

  const failed = report ? report.steps.filter((s) => !s.ok).length : 0;
  return (
    <section className={styles.root} aria-labelledby="selftest-heading" data-testid="selftest">
      <Text as="h2" id="selftest-heading" weight="semibold">
        {text('pane.selftest.heading')}
      </Text>
      {!excelAvailable && <InfoBar intent="warning" text={text('pane.selftest.needsExcel')} />}
      <div>
        <Button onClick={() => void run()} disabledFocusable={running || !excelAvailable} data-testid="selftest-run">
          {running ? text('pane.selftest.running') : text('pane.selftest.run')}
        </Button>
      </div>
      {report && (
        <>
          <InfoBar
            intent={failed === 0 ? 'success' : 'error'}
            testId="selftest-summary"
            text={failed === 0 ? text('pane.selftest.allOk') : text('pane.selftest.someFailed', { failed, total: report.steps.length })}
          />
          <ul className={styles.steps} data-testid="selftest-steps">
            {report.steps.map((s) => (
              <li key={s.step} data-testid="selftest-step" data-step={s.step} data-ok={String(s.ok)}>
                <Text className={s.ok ? undefined : styles.failed}>
                  <span aria-hidden="true">{s.ok ? '✓ ' : '✗ '}</span>
                  {text(`pane.selftest.step.${s.step}`)}: {s.ok ? text('pane.selftest.ok') : text('pane.selftest.failed')}
                </Text>
                {s.detail && <Caption1 className={styles.detail}>{message(s.detail)}</Caption1>}
              </li>
            ))}
          </ul>
          {environmentLines(locale, report).map((line) => (
            <Caption1 key={line} className={styles.detail} data-testid="selftest-environment">
              {line}
            </Caption1>
          ))}
          <Textarea className={styles.report} readOnly value={reportText} aria-label={text('pane.selftest.report')} rows={6} data-testid="selftest-text" />
          <div>
            <Button onClick={() => void copy()} data-testid="selftest-copy">
              {text('pane.selftest.copy')}
            </Button>
          </div>
          {copied && <Caption1 role="status">{text(copied === 'yes' ? 'pane.selftest.copied' : 'pane.selftest.copyByHand')}</Caption1>}
        </>
      )}
    </section>
  );
}
