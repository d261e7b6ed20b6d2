/**
 * The pane's Avräkning tab: the check page's settlement (the same choices, worker and views) in the pane.
 * It reads only the files the controller chooses and writes nothing to the open workbook; the settlement
 * workbook is downloaded. Its texts (the settle area, and the file reader's and command line's for a file
 * that cannot be read) are fetched with this chunk, the first time the tab is chosen.
 */
import { Caption1 } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { SettleRound } from '../../check/settle/SettleRound';
import { loadTexts } from '../../i18n/format';
import { useTexts } from '../../results/views';

export function SettleTab() {
  const { text, locale } = useTexts();
  const [loaded, setLoaded] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    // Texts that could not be loaded show as their keys: a tab with odd words beats a blank one.
    const done = () => current && setLoaded(locale);
    loadTexts(locale, ['settle', 'reading', 'cli']).then(done, done);
    return () => {
      current = false;
    };
  }, [locale]);
  if (loaded !== locale) return null;
  return (
    <>
      <Caption1 as="p">{text('settle.pane.intro')}</Caption1>
      <SettleRound />
    </>
  );
}
