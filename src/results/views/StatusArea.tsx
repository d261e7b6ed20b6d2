import { makeStyles, tokens } from '@fluentui/react-components';
import { NoticeBar, type Notice } from './NoticeBar';
import { ProgressView, type Phase } from './ProgressView';

const useStyles = makeStyles({
  // Last in the pane and held at the bottom of the window: progress and notices appear without moving
  // anything above them, so a button never jumps away from under the pointer.
  area: {
    position: 'sticky',
    bottom: 0,
    zIndex: 1,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
    ':empty': { display: 'none' },
  },
});

/** What the pane is doing, and how the last action went, below everything else. */
export function StatusArea({ busy, notice }: { busy: Phase | null; notice: Notice | null }) {
  const styles = useStyles();
  return (
    <div className={styles.area} data-testid="status-area">
      {busy && <ProgressView phase={busy} />}
      {notice && <NoticeBar notice={notice} />}
    </div>
  );
}
