/**
 * The pane's Avräkning tab: the check page's settlement (the same choices, worker and views) in the pane, with
 * the open workbook as the assignment unless the controller picks a file, and the settlement written into the
 * workbook as new sheets when asked (./SettlementInWorkbook.tsx). Its texts (the settle area, the workbook's
 * sheets, and the file reader's and command line's for a file that cannot be read) are fetched with this chunk,
 * the first time the tab is chosen.
 */
import { Caption1 } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Message } from '../../core';
import { SettleRound, type OpenWorkbookRead } from '../../check/settle/SettleRound';
import { loadTexts } from '../../i18n/format';
import { useTexts } from '../../results/views';
import { readOpenAssignment } from '../excel/settlementRemove';
import { SettlementInWorkbook } from './SettlementInWorkbook';

/** The open workbook's sheets for the worker, and a note of the sheets too large to be read. */
const readOpen: OpenWorkbookRead = async () => {
  const read = await readOpenAssignment();
  if (!read.ok) return read;
  const notices: Message[] = read.value.skipped.length > 0 ? [{ key: 'settle.pane.skipped', params: { sheets: read.value.skipped.join(', ') } }] : [];
  return { ok: true, grids: read.value.grids, notices };
};

export function SettleTab() {
  const { text, locale } = useTexts();
  const [loaded, setLoaded] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    // Texts that could not be loaded show as their keys: a tab with odd words beats a blank one.
    const done = () => current && setLoaded(locale);
    loadTexts(locale, ['settle', 'workbook', 'reading', 'cli']).then(done, done);
    return () => {
      current = false;
    };
  }, [locale]);
  if (loaded !== locale) return null;
  return (
    <>
      <Caption1 as="p">{text('settle.pane.intro')}</Caption1>
      <SettleRound
        openWorkbook={{ name: text('settle.pane.openWorkbook'), read: readOpen }}
        after={({ settlement }) => <SettlementInWorkbook settlement={settlement} />}
      />
    </>
  );
}
