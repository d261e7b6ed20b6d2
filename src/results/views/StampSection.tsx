/**
 * "Stämpla som kontrollerad" in the pane, under the findings, with a line on what a stamp is, and "not stamped"
 * when the workbook carries no stamp (a stamp it carries is said under the verdict, StampNotice).
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
  /** What the workbook's stamp says, when it is to be said here; null for nothing. */
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
