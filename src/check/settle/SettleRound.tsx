/**
 * Settling a round from files the reader chooses: the assignment and the hospitals' submissions (many files
 * at once, or a folder), read, checked and settled in a worker (the command line's reader and the same core),
 * the overview per hospital and what to follow up shown, the settlement workbook downloaded. Nothing is
 * uploaded. Another month or rule settles again without reading the files twice. Shown by /check.html's
 * settlement and by the task pane's Avräkning tab, where the assignment is by default the open workbook (its
 * grids, read by the pane's Excel adapter and handed to the same worker) and what follows the overview (writing
 * the settlement into the workbook) is the pane's.
 */
import { Button, Caption1, Field, makeStyles, Radio, RadioGroup, Select, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { Grid, Message, MessageKey } from '../../core';
import type { Settlement, SettlementRule } from '../../core/settlement';
import { NoticeBar, useTexts } from '../../results/views';
import type { RoundRun, Unreadable } from '../../settle/runRound';
import { askWorker } from './settleInWorker';
import type { AssignmentSource, FileBytes } from './settleProtocol';
import { SettleResult } from './SettleResult';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL, minWidth: 0 },
  choices: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(260px, 100%), 1fr))', gap: tokens.spacingHorizontalL },
  choice: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  hidden: { display: 'none' },
});

/** Where the pane reads the assignment when it is the open workbook: its sheets' grids, or why they cannot be read. */
export type OpenWorkbookRead = () => Promise<{ ok: true; grids: Grid[]; notices: Message[] } | { ok: false; message: Message }>;

export interface SettleRoundProps {
  /** The open workbook can be the assignment (the pane): how to read it. Without it, the assignment is a file. */
  openWorkbook?: { name: string; read: OpenWorkbookRead };
  /** What follows the overview of a settlement (the pane's writing it into the workbook). */
  after?: (settled: { settlement: Settlement; rule: SettlementRule; month?: number }) => ReactNode;
}

/** A chosen file, read into bytes only when the round is read. */
type Chosen = { name: string; file: File };

const XLSX = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Workbooks among chosen files: .xlsx only, without Excel's lock files (~$…) that a folder holds while a book is open. */
function workbooks(list: FileList | null): Chosen[] {
  return [...(list ?? [])].filter((f) => /\.xlsx$/i.test(f.name) && !f.name.startsWith('~$')).map((file) => ({ name: file.name, file }));
}

interface PickerProps {
  label: MessageKey;
  testId: string;
  multiple?: boolean;
  /** Choose a folder: every workbook in it (and under it). */
  folder?: boolean;
  onFiles: (chosen: Chosen[]) => void;
}

/** A button that opens the browser's file (or folder) dialog, and the hidden input behind it. */
function FilePicker({ label, testId, multiple = false, folder = false, onFiles }: PickerProps) {
  const styles = useStyles();
  const { text } = useTexts();
  const input = useRef<HTMLInputElement>(null);
  // A folder's workbooks at once: an attribute React does not know.
  useEffect(() => {
    if (folder) input.current?.setAttribute('webkitdirectory', '');
  }, [folder]);
  return (
    <>
      <Button onClick={() => input.current?.click()} data-testid={`choose-${testId}`}>
        {text(label)}
      </Button>
      <input
        ref={input}
        className={styles.hidden}
        type="file"
        accept={XLSX}
        multiple={multiple || folder}
        data-testid={`${testId}-input`}
        onChange={(e) => {
          onFiles(workbooks(e.currentTarget.files));
          e.currentTarget.value = '';
        }}
      />
    </>
  );
}

async function bytesOf(c: Chosen): Promise<FileBytes> {
  return { name: c.name, bytes: await c.file.arrayBuffer() };
}

export function SettleRound({ openWorkbook, after }: SettleRoundProps = {}) {
  const styles = useStyles();
  const { text } = useTexts();
  const [files, setFiles] = useState<{ assignment: Chosen | null; submissions: Chosen[]; previous: Chosen | null; prices: Chosen | null }>({
    assignment: null,
    submissions: [],
    previous: null,
    prices: null,
  });
  const { assignment, submissions, previous, prices } = files;
  const [fromOpen, setFromOpen] = useState(openWorkbook !== undefined);
  const [openNotices, setOpenNotices] = useState<{ intent: 'warning' | 'error'; messages: Message[] } | null>(null);
  const [month, setMonth] = useState<number | undefined>(undefined);
  const [rule, setRule] = useState<SettlementRule>('pro-rata');
  const [progress, setProgress] = useState<string | null>(null);
  const [read, setRead] = useState<{ ok: boolean; unreadable: Unreadable[] } | null>(null);
  const [run, setRun] = useState<RoundRun | null>(null);
  /** New files: what was read and settled before no longer holds. */
  const choose = (change: Partial<typeof files>) => {
    setFiles((f) => ({ ...f, ...change }));
    setRead(null);
    setRun(null);
  };

  // The files chosen: read (in the worker) once, then settled for the month and rule chosen.
  useEffect(() => {
    const open = fromOpen ? openWorkbook : undefined;
    if ((!open && !assignment) || submissions.length === 0) return;
    let cancelled = false;
    void (async () => {
      setOpenNotices(null);
      let grids: { name: string; grids: Grid[] } | null = null;
      if (open) {
        const got = await open.read();
        if (cancelled) return;
        if (!got.ok) return setOpenNotices({ intent: 'error', messages: [got.message] });
        if (got.notices.length > 0) setOpenNotices({ intent: 'warning', messages: got.notices });
        grids = { name: open.name, grids: got.grids };
      }
      const others = grids ? submissions : submissions.filter((s) => s.name !== assignment?.name);
      const chosen = grids || !assignment ? null : bytesOf(assignment);
      const [first, subs, prev, price] = await Promise.all([
        chosen,
        Promise.all(others.map(bytesOf)),
        previous ? bytesOf(previous) : null,
        prices ? bytesOf(prices) : null,
      ]);
      const a: AssignmentSource | null = grids ?? first;
      if (!a) return;
      const files = [...(first ? [first] : []), ...subs, ...(prev ? [prev] : []), ...(price ? [price] : [])];
      const request = { type: 'read' as const, assignment: a, submissions: subs, ...(prev ? { previous: prev } : {}), ...(price ? { prices: price } : {}) };
      const reply = await askWorker(
        request,
        (p) => !cancelled && setProgress(text('settle.page.reading', { index: p.index, total: p.total, file: p.file })),
        files.map((f) => f.bytes),
      );
      if (cancelled) return;
      setProgress(null);
      setRead({ ok: reply.ok, unreadable: reply.unreadable });
    })();
    return () => {
      cancelled = true;
    };
    // `text` changes with the language, which does not call for reading again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [files, fromOpen]);

  useEffect(() => {
    if (!read?.ok) return;
    let cancelled = false;
    void askWorker({ type: 'settle', rule, ...(month !== undefined ? { month } : {}) }).then((reply) => {
      if (!cancelled) setRun(reply.run);
    });
    return () => {
      cancelled = true;
    };
  }, [read, month, rule]);

  const chosenText = (c: Chosen | null) => (c ? c.name : text('settle.page.none'));

  return (
    <div className={styles.root}>
      <div className={styles.choices}>
        <div className={styles.choice}>
          <Subtitle2 as="h2">{text('settle.page.assignment')}</Subtitle2>
          {openWorkbook && (
            <RadioGroup
              value={fromOpen ? 'open' : 'file'}
              aria-label={text('settle.pane.assignmentFrom')}
              data-testid="assignment-from"
              onChange={(_, d) => {
                setFromOpen(d.value === 'open');
                setRead(null);
                setRun(null);
              }}
            >
              <Radio value="open" label={text('settle.pane.fromOpen')} />
              <Radio value="file" label={text('settle.pane.fromFile')} />
            </RadioGroup>
          )}
          {!fromOpen && (
            <div className={styles.buttons}>
              <FilePicker label="settle.page.chooseAssignment" testId="assignment" onFiles={(c) => choose({ assignment: c[0] ?? null })} />
              <Text data-testid="assignment-name">{chosenText(assignment)}</Text>
            </div>
          )}
        </div>
        <div className={styles.choice}>
          <Subtitle2 as="h2">{text('settle.page.submissions')}</Subtitle2>
          <div className={styles.buttons}>
            <FilePicker label="settle.page.chooseFiles" testId="submissions" multiple onFiles={(c) => choose({ submissions: c })} />
            <FilePicker label="settle.page.chooseFolder" testId="folder" folder onFiles={(c) => choose({ submissions: c })} />
          </div>
          <Text data-testid="submission-count">
            {submissions.length === 0
              ? text('settle.page.none')
              : text(submissions.length === 1 ? 'settle.page.chosen.one' : 'settle.page.chosen.other', { count: submissions.length })}
          </Text>
        </div>
        <div className={styles.choice}>
          <Field label={text('settle.page.month')}>
            <Select
              data-testid="month"
              value={month === undefined ? '' : String(month)}
              onChange={(_, d) => setMonth(d.value === '' ? undefined : Number(d.value))}
            >
              <option value="">{text('settle.page.monthFromHeaders')}</option>
              {Array.from({ length: 12 }, (_, i) => (
                <option key={i + 1} value={String(i + 1)}>
                  {text(`settle.month.${i + 1}` as MessageKey)}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={text('settle.page.rule')}>
            <RadioGroup value={rule} onChange={(_, d) => setRule(d.value as SettlementRule)} data-testid="rule">
              <Radio value="pro-rata" label={text('settle.rule.pro-rata')} />
              <Radio value="annual" label={text('settle.rule.annual')} />
            </RadioGroup>
          </Field>
        </div>
        <div className={styles.choice}>
          <Subtitle2 as="h2">{text('settle.page.optional')}</Subtitle2>
          <div className={styles.buttons}>
            <FilePicker label="settle.page.choosePrevious" testId="previous" onFiles={(c) => choose({ previous: c[0] ?? null })} />
            <Text data-testid="previous-name">{chosenText(previous)}</Text>
          </div>
          <div className={styles.buttons}>
            <FilePicker label="settle.page.choosePrices" testId="prices" onFiles={(c) => choose({ prices: c[0] ?? null })} />
            <Text>{chosenText(prices)}</Text>
          </div>
        </div>
      </div>
      {progress && (
        <Caption1 role="status" data-testid="settle-progress">
          {progress}
        </Caption1>
      )}
      {openNotices && <NoticeBar notice={openNotices} />}
      {read && read.unreadable.length > 0 && <NoticeBar notice={{ intent: read.ok ? 'warning' : 'error', messages: read.unreadable.map((u) => u.message) }} />}
      {run && !run.ok && run.reason !== 'unreadable' && (
        <NoticeBar notice={{ intent: 'error', messages: [{ key: run.reason === 'no-month' ? 'settle.page.noMonth' : 'settle.page.monthsDiffer' }] }} />
      )}
      {run?.ok && <SettleResult settlement={run.settlement} rule={rule} month={month} />}
      {run?.ok && after?.({ settlement: run.settlement, rule, ...(month !== undefined ? { month } : {}) })}
    </div>
  );
}
