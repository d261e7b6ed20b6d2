/**
 * The stamp in the pane, under the verdict: what the open workbook's stamp says (StampNotice), and
 * "Stämpla som kontrollerad" with a line on what a stamp is.
 */
import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { StampView } from '../../core/stamp';
import { useTexts } from './i18n';
import { StampNotice } from './StampNotice';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  action: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
});

export interface StampSectionProps {
  /** What the workbook's stamp says; null when the pane does not know (nothing read yet). */
  stamp: StampView | null;
  /** False while something runs: the button stays focusable and ignores clicks. */
  enabled: boolean;
  /** Left out outside Excel: no button. */
  onStamp?: () => void;
}

export function StampSection({ stamp, enabled, onStamp }: StampSectionProps) {
  const styles = useStyles();
  const { text } = useTexts();
  return (
    <div className={styles.section} data-testid="stamp-section">
      {stamp && <StampNotice stamp={stamp} />}
      {onStamp && (
        <div className={styles.action}>
          <Button disabledFocusable={!enabled} onClick={onStamp} data-testid="stamp-button">
            {text('stamp.pane.action')}
          </Button>
          <Caption1>{text('stamp.pane.hint')}</Caption1>
        </div>
      )}
    </div>
  );
}
