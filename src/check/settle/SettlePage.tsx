/**
 * /check.html's settlement: the page's heading and language switch around the round's choices and result
 * (./SettleRound.tsx, which the task pane's Avräkning tab shows too).
 */
import { Body1, Button, Caption1, makeStyles, Title3, tokens } from '@fluentui/react-components';
import type { Locale } from '../../core';
import { useTexts } from '../../results/views';
import { SettleRound } from './SettleRound';

const useStyles = makeStyles({
  root: {
    maxWidth: '960px',
    margin: '0 auto',
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalL}`,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalL,
  },
  header: { display: 'flex', justifyContent: 'space-between', alignItems: 'flex-start', columnGap: tokens.spacingHorizontalL },
});

export function SettlePage({ onLocale }: { onLocale: (locale: Locale) => void }) {
  const styles = useStyles();
  const { text, locale } = useTexts();
  return (
    <main className={styles.root} aria-labelledby="settle-title">
      <header className={styles.header}>
        <div>
          <Title3 as="h1" id="settle-title">
            {text('settle.page.title')}
          </Title3>
          <Body1 as="p">{text('settle.page.intro')}</Body1>
          <Caption1>{text('settle.page.private')}</Caption1>
        </div>
        <Button appearance="transparent" onClick={() => onLocale(locale === 'sv' ? 'en' : 'sv')} lang={locale === 'sv' ? 'en' : 'sv'}>
          {text('check.language')}
        </Button>
      </header>
      <SettleRound />
    </main>
  );
}
