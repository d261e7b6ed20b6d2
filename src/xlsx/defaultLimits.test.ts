/**
 * The limits a user gets, unnarrowed: each default reached through the reader (or the command line's
 * isolation) as it runs when no caller narrows it, and each the figure docs/limits.md promises. The other
 * tests narrow the limits to reach them with small files; these hold the defaults themselves.
 */
import * as fs from 'fs';
import * as path from 'path';
import { readWorkbookBytes, type BytesOutcome } from './readWorkbookBytes';
import { readFailureMessage } from './readFailureMessage';
import { ReadBudget } from './readBudget';
import { readLimits } from './readLimits';
import { LimitPassed } from './readProblem';
import { formatMessage } from '../i18n/format';
import { DEFAULT_ISOLATION } from '../cli/fileChecker';
import { sheetXml, workbookParts, zipParts } from '../../test/support/xlsxParts';
import { understatedZip } from '../../test/support/zipWriter';

const MB = 1024 * 1024;
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** What the user is told, in English, or 'read' / the code. */
function told(read: BytesOutcome): string {
  if (read.ok) return 'read';
  const detail = read.detail;
  return detail !== undefined && typeof detail === 'object' && 'message' in detail ? `${read.code}: ${formatMessage('en', detail.message)}` : read.code;
}

/** A file of `size` bytes that starts as a zip does and is nothing else. */
function zipLike(size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  bytes.set(ZIP_MAGIC);
  return bytes;
}

describe('the default read limits', () => {
  it('read 100 MB files, and no larger', async () => {
    expect(told(await readWorkbookBytes(zipLike(100 * MB + 1)))).toBe('too-large: the file is larger than 100 MB');
    // At the limit the size is no reason: the bytes are refused for what they are.
    expect(told(await readWorkbookBytes(zipLike(100 * MB)))).toBe('corrupt: its zip structure has no end (the file is cut off)');
  });

  it('read 10,000 parts, and no more', async () => {
    expect(told(await readWorkbookBytes(understatedZip(10_001)))).toBe('too-large: it has more than 10,000 parts');
    expect(told(await readWorkbookBytes(understatedZip(10_000)))).toBe('corrupt: the part [Content_Types].xml is missing');
  });

  it('unpack 256 MB, and no more', () => {
    // Through the budget every part's unpacking draws on (reading 256 MB of XML would pass the time limit
    // first on a busy machine; readWorkbookBytes.test.ts reaches a narrowed limit through the reader).
    const budget = new ReadBudget(readLimits(), () => 0);
    expect(() => budget.spendBytes(256 * MB)).not.toThrow();
    let passed: unknown;
    try {
      budget.spendBytes(1);
    } catch (error) {
      passed = error;
    }
    expect(passed instanceof LimitPassed ? formatMessage('en', passed.limit) : passed).toBe('unpacked it is larger than 256 MB');
  });

  it('give a file 50 seconds', async () => {
    const bytes = zipParts(workbookParts([{ name: 'Volymer', xml: sheetXml([['BUP', 1, 1, 0]]) }]));
    // A clock that has moved the given time after its first reading.
    const clock = (elapsed: number) => {
      let first = true;
      return () => (first ? ((first = false), 0) : elapsed);
    };
    expect(told(await readWorkbookBytes(bytes, { now: clock(50_000) }))).toBe('read');
    const late = await readWorkbookBytes(bytes, { now: clock(50_001) });
    expect(late).toEqual({ ok: false, code: 'time-limit', detail: 50 });
    expect(formatMessage('en', readFailureMessage('budget.xlsx', 'time-limit', 50))).toContain('50 seconds');
  });

  it('give the command line’s worker 768 MB of heap, and 2 s past the reader’s own time limit', () => {
    expect(DEFAULT_ISOLATION).toEqual({ memoryLimitMb: 768, timeLimitMs: 52_000 });
  });

  it('are the figures docs/limits.md gives', () => {
    const doc = fs.readFileSync(path.resolve(__dirname, '..', '..', 'docs', 'limits.md'), 'utf8');
    const row = (what: string) => new RegExp(`^\\| ${what} \\| ([^|]+) \\|`, 'm').exec(doc)?.[1].trim();
    expect({
      file: row('file size'),
      parts: row('parts in the package'),
      unpacked: row('unpacked bytes of the parts read'),
      time: row('time per file'),
      memory: row('memory per file \\(command line\\)'),
    }).toEqual({ file: '100 MB', parts: '10 000', unpacked: '256 MB', time: '50 s', memory: '768 MB of heap' });
  });
});
