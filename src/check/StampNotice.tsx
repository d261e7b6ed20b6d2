/** What the check page says of a workbook's stamp: stamped and unchanged, changed after the check (where), or not stamped. */
import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { stampLines, type StampStatus } from '../core/stamp';
import { localDateTime } from '../stamp/localTime';
import { useTexts } from '../taskpane/views';

const useStyles = makeStyles({ list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalXL } });

const INTENT = { unchanged: 'success', changed: 'warning', unreadable: 'warning', none: 'info' } as const;

export function StampNotice({ stamp }: { stamp: StampStatus }) {
  const styles = useStyles();
  const { message } = useTexts();
  const { headline, tables } = stampLines(stamp, 'checkedAt' in stamp ? localDateTime(stamp.checkedAt) : '');
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
