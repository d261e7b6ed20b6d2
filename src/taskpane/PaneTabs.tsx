/**
 * The pane's two parts as tabs: Kontroll (the open workbook checked: ./App.tsx) and Avräkning (a round
 * settled from files the controller chooses: ./settle/SettleTab.tsx, a chunk fetched when the tab is first
 * chosen). Both stay mounted once shown, so switching keeps a check's result and a settlement.
 */
import { makeStyles, Subtitle1, tokens } from '@fluentui/react-components';
import { Component, lazy, Suspense, useState, type ReactNode } from 'react';
import { App, type AppProps } from './App';
import { InfoBar, useTexts } from '../results/views';
import { Tabs } from '../results/views/Tabs';

const SettleTab = lazy(() => import(/* webpackChunkName: "pane-settle" */ './settle/SettleTab').then((m) => ({ default: m.SettleTab })));

type Mode = 'check' | 'settle';

const useStyles = makeStyles({
  // The title and the tabs on one line (wrapping only when a pane is too narrow for both): the pane's first
  // finding stays where it was before the tabs came.
  top: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalS}`,
    maxWidth: '640px',
    boxSizing: 'border-box',
  },
  nav: { minWidth: 0 },
  settle: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: `0 ${tokens.spacingHorizontalM} ${tokens.spacingHorizontalM}`,
    maxWidth: '640px',
    minWidth: 0,
    boxSizing: 'border-box',
  },
  title: { margin: 0 },
});

/** A chunk that could not be fetched (the host offline, a deployment replaced): a message, not a blank pane. */
class ChunkBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

export function PaneTabs(props: AppProps) {
  const styles = useStyles();
  const { text } = useTexts();
  const [mode, setMode] = useState<Mode>('check');
  const [settleShown, setSettleShown] = useState(false);
  const select = (next: Mode) => {
    setMode(next);
    if (next === 'settle') setSettleShown(true);
  };
  // One main landmark around both tabs: a tab panel is named by its tab, which would leave it outside any landmark.
  return (
    <main>
      <header className={styles.top}>
        <Subtitle1 as="h1" className={styles.title}>
          {text('pane.title')}
        </Subtitle1>
        <nav className={styles.nav} aria-label={text('pane.mode.label')}>
          <Tabs
            label={text('pane.mode.label')}
            selected={mode}
            onSelect={select}
            tabs={[
              { value: 'check', label: text('pane.mode.check') },
              { value: 'settle', label: text('pane.mode.settle') },
            ]}
          />
        </nav>
      </header>
      <div role="tabpanel" id="panel-check" aria-labelledby="tab-check" hidden={mode !== 'check'}>
        <App {...props} />
      </div>
      {settleShown && (
        <div role="tabpanel" id="panel-settle" aria-labelledby="tab-settle" hidden={mode !== 'settle'}>
          <div className={styles.settle}>
            <ChunkBoundary fallback={<InfoBar intent="error" testId="settle-unavailable" text={text('pane.mode.settleUnavailable')} />}>
              <Suspense fallback={null}>
                <SettleTab />
              </Suspense>
            </ChunkBoundary>
          </div>
        </div>
      )}
    </main>
  );
}
