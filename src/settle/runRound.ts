/**
 * A round from its files, one file at a time: each read (by the command line from disk, by the check
 * page's worker from bytes), checked as `malkoll check` checks it, and kept only as the tables the round
 * needs, so that twenty workbooks never sit in memory as grids at once. Then settled by the core.
 */
import type { Grid, Message } from '../core';
import {
  readPreviousSettlement,
  roundWorkbook,
  settleRound,
  DEFAULT_PRICES,
  type RoundWorkbook,
  type Settlement,
  type SettlementRule,
} from '../core/settlement';
import { checkWorkbook, type ReadNote } from '../core/workbook';
import { settlementWords } from './words';

/** A file as its reader hands it over: its grids and notes, or why it could not be read (in the catalogue's words). */
export type Reading = { ok: true; grids: Grid[]; notes: ReadNote[] } | { ok: false; code: string; message: Message };

/** A file of the round: its name as the user gave it, and how to read it when its turn comes. */
export interface RoundSource {
  file: string;
  read: () => Promise<Reading>;
}

export interface RoundFiles {
  assignment: RoundSource;
  submissions: readonly RoundSource[];
  previous?: RoundSource;
  prices?: RoundSource;
  month?: number;
  rule?: SettlementRule;
}

/** A file that could not be read, and which of the round's files it was. */
export interface Unreadable {
  file: string;
  role: 'assignment' | 'submission' | 'previous' | 'prices';
  code: string;
  message: Message;
}

export type RoundRun =
  | { ok: true; settlement: Settlement; unreadable: Unreadable[] }
  /** The assignment, the earlier settlement or the price table could not be read (or is none): nothing is settled. */
  | { ok: false; reason: 'unreadable'; unreadable: Unreadable[] }
  /** The month is neither given nor named alike by the submissions' outcome headings. */
  | { ok: false; reason: 'no-month' | 'months-differ'; months: number[]; unreadable: Unreadable[] };

/** The read workbooks of a round, kept to settle again (another month or rule) without reading anything twice. */
export interface ReadRound {
  assignment: RoundWorkbook;
  submissions: RoundWorkbook[];
  previous?: Parameters<typeof settleRound>[0]['previous'];
  prices?: Parameters<typeof settleRound>[0]['prices'];
  unreadable: Unreadable[];
}

/**
 * Reads every file of the round; null in `round` when the assignment, the earlier settlement or the price
 * table cannot be used.
 *
 * @example
 * const { round } = await readRound({ assignment: source('uppdrag.xlsx'), submissions: files.map(source) });
 */
export async function readRound(files: RoundFiles): Promise<{ round: ReadRound | null; unreadable: Unreadable[] }> {
  const unreadable: Unreadable[] = [];
  const read = async (source: RoundSource, role: Unreadable['role']): Promise<Extract<Reading, { ok: true }> | null> => {
    let reading: Reading;
    try {
      reading = await source.read();
    } catch {
      reading = { ok: false, code: 'unexpected', message: { key: 'cli.read.unexpected', params: { file: source.file } } };
    }
    if (reading.ok) return reading;
    unreadable.push({ file: source.file, role, code: reading.code, message: reading.message });
    return null;
  };
  const checked = (file: string, reading: Extract<Reading, { ok: true }>): RoundWorkbook => roundWorkbook(file, checkWorkbook(reading));

  const assignmentRead = await read(files.assignment, 'assignment');
  const assignment = assignmentRead ? checked(files.assignment.file, assignmentRead) : null;
  const submissions: RoundWorkbook[] = [];
  for (const source of files.submissions) {
    const reading = await read(source, 'submission');
    if (reading) submissions.push(checked(source.file, reading));
  }
  let previous: ReadRound['previous'];
  if (files.previous) {
    const reading = await read(files.previous, 'previous');
    const found = reading ? readPreviousSettlement(reading.grids, settlementWords(), files.previous.file) : null;
    if (reading && !found)
      unreadable.push({
        file: files.previous.file,
        role: 'previous',
        code: 'not-a-settlement',
        message: { key: 'settle.notASettlement', params: { file: files.previous.file } },
      });
    if (found) previous = found;
  }
  let prices: ReadRound['prices'];
  if (files.prices) {
    const reading = await read(files.prices, 'prices');
    const table = reading?.grids.find((g) => g.cells.some((row) => row.length >= 2))?.cells;
    if (reading && !table)
      unreadable.push({
        file: files.prices.file,
        role: 'prices',
        code: 'no-price-table',
        message: { key: 'settle.noPriceTable', params: { file: files.prices.file } },
      });
    if (table) prices = { ...DEFAULT_PRICES, table, tableFile: files.prices.file };
  }
  const blocking = unreadable.some((u) => u.role !== 'submission');
  if (!assignment || blocking) return { round: null, unreadable };
  return { round: { assignment, submissions, ...(previous ? { previous } : {}), ...(prices ? { prices } : {}), unreadable }, unreadable };
}

/**
 * Settles a round already read, for `month` (else the month the headings name) under `rule`.
 *
 * @example
 * settleRead(round, { month: 8 }) // → { ok: true, settlement, unreadable: [] }
 */
export function settleRead(round: ReadRound, options: { month?: number; rule?: SettlementRule }): RoundRun {
  const outcome = settleRound({
    assignment: round.assignment,
    submissions: round.submissions,
    ...(options.month !== undefined ? { month: options.month } : {}),
    ...(options.rule ? { rule: options.rule } : {}),
    ...(round.previous ? { previous: round.previous } : {}),
    ...(round.prices ? { prices: round.prices } : {}),
  });
  if (!outcome.ok) return { ok: false, reason: outcome.problem, months: outcome.months, unreadable: round.unreadable };
  return { ok: true, settlement: outcome.settlement, unreadable: round.unreadable };
}

/**
 * Reads and settles a round.
 *
 * @example
 * await runRound({ assignment, submissions, month: 8 }) // → { ok: true, settlement: { month: 8, hospitals: [...] }, unreadable: [] }
 */
export async function runRound(files: RoundFiles): Promise<RoundRun> {
  const { round, unreadable } = await readRound(files);
  if (!round) return { ok: false, reason: 'unreadable', unreadable };
  return settleRead(round, { ...(files.month !== undefined ? { month: files.month } : {}), ...(files.rule ? { rule: files.rule } : {}) });
}
