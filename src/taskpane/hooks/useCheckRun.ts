/**
 * "Kontrollera": reads the selection (or the workbook) through the adapter, has the core check it, and
 * keeps the run, the workbook's checklist and what Målkoll has written into the workbook.
 */
import { useCallback, useMemo, useState } from 'react';
import { EMPTY_CHECKLIST, updateChecklist, workbookVerdict, type ChecklistState } from '../../core/workbook';
import type { WorkbookRecords } from '../excel';
import { perBlockKind } from '../model/blockKinds';
import type { CheckRun } from '../model/checkRun';
import type { PaneStamp } from '../model/paneStamp';
import type { Engine, LoadEngine } from './engine';
import { readForCheck } from './readForCheck';
import { nextPaint } from '../../results/views/nextPaint';
import type { Activity } from './useActivity';

export type Scope = CheckRun['scope'];

const NO_RECORDS: WorkbookRecords = { marks: null, blocks: perBlockKind(() => null), settings: {} };

export function useCheckRun(activity: Activity, load: LoadEngine) {
  const { exclusive, setBusy, setNotice } = activity;
  const [run, setRun] = useState<CheckRun | null>(null);
  const [checklist, setChecklist] = useState<ChecklistState>(EMPTY_CHECKLIST);
  const [records, setRecords] = useState<WorkbookRecords>(NO_RECORDS);
  const [sheetNames, setSheetNames] = useState<string[]>([]);
  const [lastScope, setLastScope] = useState<Scope>('range');
  /** What the workbook's stamp says of the last check's values (read with them). */
  const [stamp, setStamp] = useState<PaneStamp | null>(null);
  /** The loaded chunk: there is a run only once it is. */
  const [engine, setEngine] = useState<Engine | null>(null);

  /** Checks the selection or the workbook; true when a new run came of it. */
  const check = useCallback(
    async (scope: Scope, keepNotice = false): Promise<boolean> => {
      let checked = false;
      await exclusive(scope === 'range' ? 'reading' : 'reading-workbook', async () => {
        if (!keepNotice) setNotice(null);
        setLastScope(scope);
        const input = await readForCheck(scope);
        if (!input.ok) {
          // On Målkoll's own report the last check's results stay: the controller only has to go back.
          const onReport = input.reason === 'report-sheet';
          if (!onReport) {
            setRun(null);
            setStamp(null);
          }
          setNotice({ intent: onReport ? 'info' : 'error', messages: [input.message] });
          return;
        }
        setBusy('checking');
        await nextPaint();
        const { reads, notes, records: found, sheetNames: names, wholeSheet, unread } = input.value;
        // Judged as the workbook's own settings say (read in the same round trip as the cells).
        // The checks are a chunk of their own (see ./engine.ts), fetched by the first check if not sooner.
        const checking = await load().catch(() => null);
        if (!checking) {
          setNotice({ intent: 'error', messages: [{ key: 'pane.error.engineLoad' }] });
          return;
        }
        setEngine(() => checking);
        const { checkReads } = checking;
        const newRun = await checkReads(scope, reads, notes, new Date(), found.settings, unread);
        if (scope === 'range' && newRun.reads.length === 0 && newRun.reportSheets.length > 0) {
          // Målkoll's own report, recognised by what it holds: the last check's results stay, the controller only has to go back.
          setNotice({ intent: 'info', messages: [{ key: 'pane.read.reportSheet', params: { sheet: newRun.reportSheets[0] } }] });
          return;
        }
        // Web Crypto is there in Office's pages (always https); without it the stamp is said to be unverifiable.
        const stampNow = await checking.stamp
          .paneStampOf(input.value.stampXml, newRun)
          .catch((): PaneStamp => ({ status: 'unreadable', reason: { key: 'stamp.unreadable.noCrypto' } }));
        setStamp(stampNow);
        setRecords(found);
        setSheetNames(names);
        setRun(newRun);
        setChecklist((prev) => updateChecklist(prev, newRun, wholeSheet));
        checked = true;
      });
      return checked;
    },
    [exclusive, setBusy, setNotice, load],
  );

  const result = useMemo(() => (run && engine ? engine.checkView(run.check) : null), [run, engine]);
  /** The sheet's id as the check read it, so actions reach it after a rename. */
  const sheetIdOf = useCallback((sheet: string) => run?.reads.find((r) => r.sheet === sheet)?.sheetId, [run]);

  return {
    ready: engine !== null,
    load,
    run,
    result,
    checklist,
    verdict: workbookVerdict(checklist),
    records,
    setRecords,
    sheetNames,
    setSheetNames,
    lastScope,
    check,
    sheetIdOf,
    stamp,
    setStamp,
  };
}

export type CheckRunState = ReturnType<typeof useCheckRun>;
