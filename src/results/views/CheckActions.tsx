import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { Ref } from 'react';
import { useTexts } from './i18n';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export interface CheckActionsProps {
  /**
   * False outside Excel, or while something runs. The buttons stay focusable (aria-disabled, clicks
   * ignored), so keyboard focus stays where it was while an action runs.
   */
  enabled: boolean;
  onCheck: () => void;
  onCheckWorkbook?: () => void;
  /** The Kontrollera button, for the pane to give focus back to. */
  checkRef?: Ref<HTMLButtonElement>;
  /** Whether to say what Kontrollera checks (before the first result; after it, the result needs the room). */
  hint?: boolean;
  /** Called when a check is near (a button pointed at or focused): the pane fetches its checks then. */
  onNear?: () => void;
}

/** "Kontrollera": the selection, or the whole active sheet when one cell is selected. */
export function CheckActions({ enabled, onCheck, onCheckWorkbook, checkRef, hint = true, onNear }: CheckActionsProps) {
  const { text } = useTexts();
  const styles = useStyles();
  return (
    <div>
      <div className={styles.row} onPointerEnter={onNear} onFocus={onNear}>
        <Button ref={checkRef} appearance="primary" size="large" disabledFocusable={!enabled} onClick={onCheck} data-testid="check">
          {text('pane.action.check')}
        </Button>
        {onCheckWorkbook && (
          <Button disabledFocusable={!enabled} onClick={onCheckWorkbook} data-testid="check-workbook">
            {text('pane.action.checkWorkbook')}
          </Button>
        )}
      </div>
      {hint && <Caption1>{text('pane.action.checkHint')}</Caption1>}
    </div>
  );
}

export interface ResultActionsProps {
  enabled: boolean;
  canMark: boolean;
  onMark?: () => void;
  onClearMarks?: () => void;
  onReport?: () => void;
  /** Numbers stored as text that could be converted; the button shows only when there are some. */
  convertCount?: number;
  onConvert?: () => void;
}

/** What to do with the findings: mark them in the sheet, clear the marks, write a report sheet. */
export function ResultActions({ enabled, canMark, onMark, onClearMarks, onReport, convertCount = 0, onConvert }: ResultActionsProps) {
  const { text } = useTexts();
  const styles = useStyles();
  return (
    <div className={styles.row}>
      {onMark && (
        <Button disabledFocusable={!enabled || !canMark} size="small" onClick={onMark} data-testid="mark">
          {text('pane.action.mark')}
        </Button>
      )}
      {onClearMarks && (
        <Button size="small" disabledFocusable={!enabled} onClick={onClearMarks} data-testid="clear-marks">
          {text('pane.action.clearMarks')}
        </Button>
      )}
      {onReport && (
        <Button size="small" disabledFocusable={!enabled} onClick={onReport} data-testid="report">
          {text('pane.action.report')}
        </Button>
      )}
      {onConvert && convertCount > 0 && (
        <Button size="small" disabledFocusable={!enabled} onClick={onConvert} data-testid="convert">
          {text('pane.convert.action', { count: convertCount })}
        </Button>
      )}
    </div>
  );
}
