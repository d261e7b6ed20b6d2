/**
 * Under the overview in the pane: "Skriv avräkningen i arbetsboken" (the settlement as new sheets of the open
 * workbook, only when asked) and "Ta bort avräkningen" (those sheets removed in one click; a sheet the user has
 * changed since is named and the removal asked for first). Whether the workbook already holds a settlement is
 * looked up when the overview is shown, so that one written earlier (or before a reopening) can be removed.
 */
import { Body1, Button, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Message } from '../../core';
import { settlementPlan, type Settlement } from '../../core/settlement';
import { ConfirmDialog, NoticeBar, useTexts, type Notice } from '../../results/views';
import { renderPlan } from '../../settle/renderPlan';
import { findSettlement, removeSettlement } from '../excel/settlementRemove';
import { writeSettlement } from '../excel/settlementWrite';
import { PANE_VERSION } from '../version';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** Sheet names quoted as the language quotes them (”Översikt”, "Overview"), in a list. */
const quoted = (sheets: readonly string[], locale: string): string => sheets.map((s) => (locale === 'sv' ? `”${s}”` : `"${s}"`)).join(', ');
const withSheets = (
  key: 'settle.pane.present' | 'settle.pane.written' | 'settle.pane.removed' | 'settle.pane.edited',
  sheets: readonly string[],
  locale: string,
): Message => ({
  key,
  params: { sheets: quoted(sheets, locale) },
});

export function SettlementInWorkbook({ settlement }: { settlement: Settlement }) {
  const styles = useStyles();
  const { text, message, locale } = useTexts();
  /** The sheets of a settlement in the workbook now (empty: none); null until looked up. */
  const [present, setPresent] = useState<string[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [edited, setEdited] = useState<string[] | null>(null);

  useEffect(() => {
    let current = true;
    void findSettlement().then((found) => current && setPresent(found.ok ? found.value : []));
    return () => {
      current = false;
    };
  }, []);

  async function write(): Promise<void> {
    setBusy(true);
    setNotice(null);
    const written = await writeSettlement(renderPlan(settlementPlan(settlement, `Målkoll ${PANE_VERSION}`), locale));
    setBusy(false);
    if (!written.ok) return setNotice({ intent: 'error', messages: [written.message] });
    setPresent(written.value.sheets);
    setNotice({ intent: 'success', messages: [withSheets('settle.pane.written', written.value.sheets, locale)] });
  }

  async function remove(force: boolean): Promise<void> {
    setEdited(null);
    setBusy(true);
    setNotice(null);
    const removal = await removeSettlement(force);
    setBusy(false);
    if (!removal.ok) return setNotice({ intent: 'error', messages: [removal.message] });
    if ('edited' in removal.value) return setEdited(removal.value.edited);
    setPresent([]);
    if (removal.value.removed.length > 0) setNotice({ intent: 'success', messages: [withSheets('settle.pane.removed', removal.value.removed, locale)] });
  }

  const has = present !== null && present.length > 0;
  return (
    <section className={styles.root} data-testid="settlement-in-workbook" aria-labelledby="settlement-in-workbook">
      <Subtitle2 as="h2" id="settlement-in-workbook">
        {text('settle.pane.inWorkbook')}
      </Subtitle2>
      <Body1>{has ? message(withSheets('settle.pane.present', present, locale)) : text('settle.pane.writeHint')}</Body1>
      <div className={styles.buttons}>
        <Button appearance="primary" onClick={() => void write()} disabledFocusable={busy || present === null || has} data-testid="write-settlement">
          {text('settle.pane.write')}
        </Button>
        {has && (
          <Button onClick={() => void remove(false)} disabledFocusable={busy} data-testid="remove-settlement">
            {text('settle.pane.remove')}
          </Button>
        )}
      </div>
      {notice && <NoticeBar notice={notice} />}
      <ConfirmDialog
        open={edited !== null}
        title={text('settle.pane.remove')}
        body={edited ? message(withSheets('settle.pane.edited', edited, locale)) : ''}
        confirmLabel={text('settle.pane.removeAnyway')}
        onConfirm={() => void remove(true)}
        onCancel={() => setEdited(null)}
      />
    </section>
  );
}
