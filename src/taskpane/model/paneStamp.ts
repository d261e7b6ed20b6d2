/**
 * The stamp in the pane (docs/stamp.md): what the open workbook's stamp says of the values a check read, and
 * the stamp of a check, made by the core from the values read again as it is written. The rules are the
 * core's (makeStamp, verifyStamp) and the file reader's (newestStamp); this decides only what the pane can
 * say after a check of a selection, which sees part of the workbook.
 */
import type { Grid, Message } from '../../core';
import { makeStamp, stampRefusal, stampXml, verifyStamp, type Sha256, type StampRecord, type StampStatus } from '../../core/stamp';
import { newestStamp } from '../../stamp/stampStatus';
import { webSha256 } from '../../stamp/webCrypto';
import type { CheckRun } from './checkRun';

/** Where the pane names a stamp part that cannot be read: Excel gives the parts no file name. */
const PART_NAME = 'urn:malkoll:stamp:1';

/** The notes of a workbook read that left a sheet out (../hooks/readForCheck.ts). */
const SKIPPED_SHEET = new Set<string>(['pane.read.skippedSheet', 'pane.read.skippedBudget', 'pane.read.skippedUnreadable']);

/**
 * The stamp as the pane shows it: verified after a check of the workbook; after a check of a selection or one
 * sheet only its time is known (`unverified`), since a stamp covers the whole workbook's tables.
 */
export type PaneStamp = StampStatus | { status: 'unverified'; checkedAt: string; version: string; source: StampRecord['source'] };

/**
 * @example
 * await paneStampOf(input.stampXml, run) // → { status: 'unchanged', checkedAt: '2025-09-05T14:02:11Z', … }
 */
export async function paneStampOf(xml: readonly string[], run: CheckRun, sha256: Sha256 = webSha256): Promise<PaneStamp> {
  const newest = newestStamp(xml.map((text) => ({ part: PART_NAME, text })));
  if (!('stamp' in newest)) return newest.status;
  const { checkedAt, version, source } = newest.stamp;
  if (run.scope !== 'workbook') return { status: 'unverified', checkedAt, version, source };
  return verifyStamp(newest.stamp, run.grids, run.check.tables, sha256);
}

/**
 * Why this check cannot be stamped, before Excel is asked anything: errors, no table, a check of less than
 * the whole workbook, or sheets the check could not read.
 *
 * @example
 * paneStampRefusal(runOfSelection) // → { key: 'stamp.refused.notWorkbook' }
 */
export function paneStampRefusal(run: CheckRun): Message | null {
  const refusal = stampRefusal(run.check);
  if (refusal) return refusal;
  if (run.scope !== 'workbook') return { key: 'stamp.refused.notWorkbook' };
  // A sheet too large to read was not checked: a stamp would vouch for its tables too.
  if (run.notes.some((n) => SKIPPED_SHEET.has(n.key))) return { key: 'stamp.refused.skippedSheets' };
  return null;
}

/**
 * The stamp's XML for the values read again as it is written, or why there is none (they are not the values
 * checked, or the check may not be stamped).
 *
 * @example
 * const made = await stampOfRun(run, reread, '0.1.0', new Date());
 * // → { xml: '<?xml …?><stamp …', stamp: { checkedAt: '…', tables: [ … ] } }
 */
export async function stampOfRun(
  run: CheckRun,
  reread: readonly Grid[],
  version: string,
  now: Date,
  sha256: Sha256 = webSha256,
): Promise<{ xml: string; stamp: StampRecord } | Message> {
  const refusal = paneStampRefusal(run);
  if (refusal) return refusal;
  const made = await makeStamp(
    {
      tables: run.check.tables,
      summary: run.check.summary,
      grids: run.grids,
      reread,
      version,
      checkedAt: now,
      source: 'pane',
      ...(run.options ? { settings: run.options } : {}),
    },
    sha256,
  );
  return made.ok ? { xml: stampXml(made.stamp), stamp: made.stamp } : made.message;
}

/**
 * What the pane shows right after stamping: the stamp, of values just read again, as unchanged.
 *
 * @example
 * justStamped(made.stamp) // → { status: 'unchanged', checkedAt, version, source: 'pane', tables: [{ …, status: 'unchanged' }] }
 */
export function justStamped(stamp: StampRecord): PaneStamp {
  const tables = stamp.tables.map((t) => ({ sheet: t.sheet, range: t.range, status: 'unchanged' as const }));
  return { status: 'unchanged', checkedAt: stamp.checkedAt, version: stamp.version, source: stamp.source, tables };
}
