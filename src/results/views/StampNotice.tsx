/**
 * What the pane and the check page say of a workbook's stamp: stamped and unchanged, changed after the check
 * (where), not stamped, or (in the pane, after a check of less than the whole workbook) stamped and not yet
 * compared.
 */
import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { stampLines, type StampView } from '../../core/stamp';
import { localDateTime } from '../../stamp/localTime';
import { useTexts } from './i18n';

const useStyles = makeStyles({ list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalXL } });

const INTENT = { unchanged: 'success', changed: 'warning', unreadable: 'warning', none: 'info', unverified: 'info' } as const;

export function StampNotice({ stamp }: { stamp: StampView }) {
  const styles = useStyles();
  const { message } = useTexts();
  const { headline, tables } = stampLines(stamp, stamp.checkedAt ? localDateTime(stamp.checkedAt) : '');
  return (
    <MessageBar intent={INTENT[stamp.status]} data-testid="stamp" data-status={stamp.status} layout={tables.length > 0 ? 'multiline' : 'auto'}>
      <MessageBarBody>
        {tables.length > 0 ? <MessageBarTitle>{message(headline)}</MessageBarTitle> : message(headline)}
        {tables.length > 0 && (
          <ul className={styles.list}>
            {tables.map((m, i) => (
              <li key={i} data-testid="stamp-table">
                {message(m)}
              </li>
            ))}
          </ul>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
