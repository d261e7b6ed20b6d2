/**
 * The pane's help, at its foot and closed until asked for: what to do when something does not work, and the
 * self-test. The self-test comes as a chunk of its own (selftest.*.js), fetched when the help is opened.
 */
import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useState } from 'react';
import { InfoBar, useTexts } from '../results/views';

const SelfTestPanel = lazy(() =>
  import(/* webpackChunkName: "selftest" */ './SelfTestPanel').then(
    (m) => ({ default: m.SelfTestPanel }),
    // A chunk that cannot be fetched (a deployment changed under a cached page) is said so, not a blank.
    () => ({ default: SelfTestUnavailable }),
  ),
);

function SelfTestUnavailable() {
  const { text } = useTexts();
  return <InfoBar intent="error" testId="selftest-unavailable" text={text('pane.selftest.unavailable')} />;
}

const useStyles = makeStyles({
  details: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalS },
  summary: { cursor: 'pointer', fontWeight: tokens.fontWeightSemibold },
  body: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, paddingTop: tokens.spacingVerticalS },
});

export function HelpSection({ excelAvailable }: { excelAvailable: boolean }) {
  const styles = useStyles();
  const { text } = useTexts();
  const [open, setOpen] = useState(false);
  return (
    <details className={styles.details} data-testid="help" onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary className={styles.summary} data-testid="help-open">
        {text('pane.help.title')}
      </summary>
      {open && (
        <div className={styles.body}>
          <Caption1>{text('pane.help.intro')}</Caption1>
          <Suspense fallback={null}>
            <SelfTestPanel excelAvailable={excelAvailable} />
          </Suspense>
        </div>
      )}
    </details>
  );
}
