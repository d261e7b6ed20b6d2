/**
 * Making a stamp after a check: only a check that found tables and no errors is stamped, and the values
 * stamped are the values checked (the grids the check read).
 */
import type { Grid, Message } from '../types';
import { parseRange } from './canonical';
import { gridsBySheet, tableDigests } from './digest';
import type { Sha256, StampedTable, StampRecord, TablePlace } from './types';
import { verifyStamp } from './verifyStamp';

/**
 * Row digests a stamp holds at most, over all its tables (each 12 hex digits and a space: about 260 kB). Tables
 * get them in the check's order while there is room; a table that would pass the budget has its table digest
 * only, so a change to it is found but not placed on its rows.
 */
export const ROW_DIGEST_BUDGET = 20_000;

/** What was checked, as the stamp records it. */
export interface StampInput {
  tables: readonly TablePlace[];
  summary: { errors: number; warnings: number; missed: number };
  /** The grids the check read: the values stamped. */
  grids: readonly Grid[];
  /**
   * The tables' values read again as the stamp is written (the pane reads them in the round trip that writes
   * it): what is stamped, and only when it is what was checked.
   */
  reread?: readonly Grid[];
  settings?: { tolerance?: number; band?: number };
  version: string;
  checkedAt: Date;
  source: 'pane' | 'cli';
}

export type StampOutcome = { ok: true; stamp: StampRecord } | { ok: false; message: Message };

/**
 * Whether a check may be stamped, and why not: it found at least one table and nothing of severity error.
 *
 * @example
 * stampRefusal({ tables: [], summary: { errors: 0, … } }) // → { key: 'stamp.refused.noTables' }
 */
export function stampRefusal(check: Pick<StampInput, 'tables' | 'summary'>): Message | null {
  if (check.summary.errors > 0) return { key: 'stamp.refused.errors', params: { count: check.summary.errors } };
  if (check.tables.length === 0) return { key: 'stamp.refused.noTables' };
  return null;
}

/**
 * The stamp of a check: its version, time (to the second, UTC), settings, counts, and each table's digests.
 *
 * @example
 * const made = await makeStamp({ tables: check.tables, summary: check.summary, grids, version: '0.1.0', checkedAt: new Date(), source: 'cli' }, sha256);
 * if (made.ok) stampXml(made.stamp); // → '<?xml …?><stamp xmlns="urn:malkoll:stamp:1" …'
 */
export async function makeStamp(input: StampInput, sha256: Sha256): Promise<StampOutcome> {
  const refusal = stampRefusal(input);
  if (refusal) return { ok: false, message: refusal };
  const gridOf = gridsBySheet(input.reread ?? input.grids);
  let budget = ROW_DIGEST_BUDGET;
  const tables: StampedTable[] = [];
  for (const place of input.tables) {
    const rect = parseRange(place.range);
    const height = rect ? rect.bottom - rect.top + 1 : Infinity;
    const withRows = height <= budget;
    if (withRows) budget -= height;
    const digests = await tableDigests(gridOf(place.sheet), place.range, sha256, withRows);
    if (!digests) return { ok: false, message: { key: 'stamp.refused.badRange', params: { range: place.range } } };
    tables.push({ sheet: place.sheet, range: place.range, kind: place.kind, ...digests });
  }
  const settings: StampRecord['settings'] = {};
  if (input.reread) {
    // The values read again against the values checked: a stamp never vouches for what was not checked.
    const against = await verifyStamp(
      { version: '', checkedAt: '', source: input.source, settings: {}, counts: input.summary, tables },
      input.grids,
      undefined,
      sha256,
    );
    if (against.status !== 'unchanged') return { ok: false, message: { key: 'stamp.refused.changedSinceCheck' } };
  }
  if (input.settings?.tolerance !== undefined) settings.tolerance = input.settings.tolerance;
  if (input.settings?.band !== undefined) settings.band = input.settings.band;
  return {
    ok: true,
    stamp: {
      version: input.version,
      checkedAt: `${input.checkedAt.toISOString().slice(0, 19)}Z`,
      source: input.source,
      settings,
      counts: { errors: input.summary.errors, warnings: input.summary.warnings, missed: input.summary.missed },
      tables,
    },
  };
}
