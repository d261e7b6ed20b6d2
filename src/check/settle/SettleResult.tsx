/**
 * The settlement as the check page shows it: the rules it was made by, the overview per hospital with the
 * region's totals, what to follow up (each finding with its file, sheet and cell), and the workbook to
 * download (written in the worker when asked for).
 */
import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { Message, MessageKey } from '../../core';
import { quoteSheetName } from '../../core';
import type { RoundFinding, SettledHospital, Settlement, SettlementRule, SettlementTotals } from '../../core/settlement';
import { formatPercent } from '../../i18n/format';
import { NoticeBar, useTexts } from '../../results/views';
import { askWorker } from './settleInWorker';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  rules: { display: 'flex', flexDirection: 'column', color: tokens.colorNeutralForeground2 },
  number: { textAlign: 'end', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  table: { overflowX: 'auto' },
  // Columns as wide as their contents (Fluent's table is fixed-layout): in a narrow pane the overview scrolls
  // sideways in its box instead of squeezing figures over each other.
  grid: { tableLayout: 'auto', width: 'max-content', minWidth: '100%' },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
});

export interface SettleResultProps {
  settlement: Settlement;
  rule: SettlementRule;
  month?: number;
}

/** One thing to follow up: where (hospital, file, sheet, cell) and what. */
interface FollowUp {
  hospital: string;
  where: string;
  code: string;
  severity: 'error' | 'warning';
  message: Message;
  cell?: string;
}

function followUps(s: Settlement): FollowUp[] {
  const place = (f: { file?: string; sheet?: string; cell?: string }) =>
    [f.file, f.sheet !== undefined ? `${quoteSheetName(f.sheet)}${f.cell !== undefined ? `!${f.cell}` : ''}` : undefined]
      .filter((x) => x !== undefined)
      .join(', ');
  const of =
    (hospital: string) =>
    (f: RoundFinding | SettledHospital['own']['findings'][number], file?: string): FollowUp => ({
      hospital,
      where: place({ file: 'file' in f && f.file !== undefined ? f.file : file, sheet: f.sheet, cell: f.cell }),
      code: f.code,
      severity: f.severity,
      message: f.message,
      ...(f.cell !== undefined ? { cell: f.cell } : {}),
    });
  const out: FollowUp[] = s.findings.map((f) => of('')(f));
  for (const h of s.hospitals) {
    for (const f of h.findings) out.push(of(h.hospital)(f));
    for (const f of h.own.findings) out.push(of(h.hospital)(f, h.file));
  }
  for (const file of s.files) for (const x of file.findings) out.push(of('')(x));
  // Errors first, each in the order found.
  return [...out.filter((f) => f.severity === 'error'), ...out.filter((f) => f.severity === 'warning')];
}

export function SettleResult({ settlement: s, rule, month }: SettleResultProps) {
  const styles = useStyles();
  const { text, message, number, locale } = useTexts();
  const [failed, setFailed] = useState(false);
  const [writing, setWriting] = useState(false);
  const kr = (n: number) => `${number(n)}\u00a0kr`;
  const percent = (f: number | null) => (f === null ? '–' : formatPercent(locale, Math.round(f * 1000) / 1000).replace(' ', '\u00a0'));
  const figures = (t: SettlementTotals) => [
    number(Math.round(t.planToDate)),
    number(t.performed),
    percent(t.fulfilment),
    kr(t.reimbursement),
    kr(t.settledBefore),
    kr(t.toSettle),
  ];
  const follow = followUps(s);
  const m = s.month;

  async function download(): Promise<void> {
    setWriting(true);
    setFailed(false);
    const reply = await askWorker({ type: 'workbook', locale, rule, ...(month !== undefined ? { month } : {}) });
    setWriting(false);
    if (!reply.bytes) return setFailed(true);
    const url = URL.createObjectURL(new Blob([reply.bytes], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${text('settle.page.fileName')}-${text(`settle.month.${m}` as MessageKey)}.xlsx`;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }

  const columns: MessageKey[] = [
    'settle.column.hospital',
    'settle.column.file',
    'settle.column.status',
    'settle.column.errors',
    'settle.column.planToDate',
    'settle.column.performed',
    'settle.column.fulfilment',
    'settle.column.reimbursement',
    'settle.column.settledBefore',
    'settle.column.toSettle',
  ];
  return (
    <section className={styles.root} data-testid="settlement" aria-labelledby="settlement-title">
      <Subtitle2 as="h2" id="settlement-title" data-testid="settlement-title">
        {text('settle.title', {
          month: { message: { key: `settle.month.${m}` as MessageKey } },
          rule: { message: { key: `settle.rule.${s.rule}` as MessageKey } },
        })}
      </Subtitle2>
      <div className={styles.rules}>
        <Caption1>{text('settle.formula.plan', { m })}</Caption1>
        <Caption1>{text(`settle.formula.${s.rule}` as MessageKey, { m })}</Caption1>
        <Caption1>{text('settle.formula.reimbursement')}</Caption1>
        <Caption1>{text('settle.formula.assigned')}</Caption1>
      </div>
      {/* Scrolls sideways in a narrow pane: focusable, so the keyboard can scroll it too. */}
      <div className={styles.table} tabIndex={0} role="region" aria-label={text('settle.page.overview')}>
        <Table size="small" className={styles.grid} data-testid="overview" aria-label={text('settle.page.overview')}>
          <TableHeader>
            <TableRow>
              {columns.map((c) => (
                <TableHeaderCell key={c}>{text(c)}</TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {s.hospitals.map((h) => (
              <TableRow key={h.hospital} data-testid="overview-row" data-hospital={h.hospital} data-status={h.status}>
                <TableCell>{h.hospital}</TableCell>
                <TableCell>{h.file ?? h.files?.join(', ') ?? ''}</TableCell>
                <TableCell>{text(`settle.status.${h.status}` as MessageKey)}</TableCell>
                <TableCell className={styles.number}>{number(h.own.errors + h.findings.filter((f) => f.severity === 'error').length)}</TableCell>
                {figures(h.totals).map((v, i) => (
                  <TableCell key={i} className={styles.number} data-testid={i === 3 ? 'reimbursement' : i === 5 ? 'to-settle' : undefined}>
                    {v}
                  </TableCell>
                ))}
              </TableRow>
            ))}
            <TableRow data-testid="overview-region">
              <TableCell>
                <strong>{text('settle.region')}</strong>
              </TableCell>
              <TableCell />
              <TableCell />
              <TableCell />
              {figures(s.region).map((v, i) => (
                <TableCell key={i} className={styles.number} data-testid={i === 3 ? 'region-reimbursement' : undefined}>
                  <strong>{v}</strong>
                </TableCell>
              ))}
            </TableRow>
          </TableBody>
        </Table>
      </div>
      {s.hospitals.some((h) => h.status === 'preliminary') && <Caption1>{text('settle.formula.preliminary')}</Caption1>}
      <div>
        <Button appearance="primary" onClick={() => void download()} disabledFocusable={writing} data-testid="download-settlement">
          {text('settle.page.download')}
        </Button>
      </div>
      {failed && <NoticeBar notice={{ intent: 'error', messages: [{ key: 'settle.page.downloadFailed' }] }} />}
      <Subtitle2 as="h2">{text('settle.page.followUp')}</Subtitle2>
      {follow.length === 0 ? (
        <Body1 data-testid="nothing-to-follow">{text('settle.page.nothingToFollow')}</Body1>
      ) : (
        <ul className={styles.list} data-testid="follow-up">
          {follow.map((f, i) => (
            <li key={i} data-testid="follow-up-item" data-code={f.code} data-cell={f.cell ?? ''} data-hospital={f.hospital}>
              <Body1>
                {[f.hospital, f.where].filter((x) => x !== '').join(' · ')} — {text(`settle.severity.${f.severity}` as MessageKey)} {f.code}:{' '}
                {message(f.message)}
              </Body1>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
