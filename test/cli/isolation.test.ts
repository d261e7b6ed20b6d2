/**
 * The command line's isolation of each file (src/cli/fileChecker.ts, compiled): a file whose check runs
 * out of its memory or time is stopped and reported, and the next file is checked as if nothing happened.
 * Narrow limits let ordinary files reach them in a moment.
 */
import path from 'path';
import { writeFileSync } from 'fs';
import type { FileChecker, IsolationLimits } from '../../src/cli/fileChecker';
import { assertCliBuilt, ROOT, tempDir } from './support';
import { sheetXml, workbookParts, zipParts, type TestCell } from '../support/xlsxParts';

jest.setTimeout(60_000);

const SAMPLE = path.join(ROOT, 'samples', 'malkoll-exempel.xlsx');

function builtChecker(limits: IsolationLimits, script?: string): FileChecker {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { isolatedChecker } = require(path.join(ROOT, 'build', 'cli', 'fileChecker.js')) as typeof import('../../src/cli/fileChecker');
  return script === undefined ? isolatedChecker(limits) : isolatedChecker(limits, script);
}

/**
 * The built worker, except that a file named `hangs.xlsx` keeps it busy for ever: a check that certainly
 * outlasts any time limit, however fast or loaded the machine (a real file large enough to pass a limit on
 * one machine finishes within it on a faster one).
 */
function hangingWorker(): string {
  const script = path.join(tempDir(), 'hangingWorker.js');
  const real = path.join(ROOT, 'build', 'cli', 'checkWorker.js');
  writeFileSync(
    script,
    [
      "const { parentPort } = require('worker_threads');",
      // Registered before the real worker's handler, so it runs first and that handler never does.
      "parentPort.on('message', (request) => { if (request.file.endsWith('hangs.xlsx')) for (;;) {} });",
      `require(${JSON.stringify(real)});`,
    ].join('\n'),
  );
  return script;
}

/** A volume table of `rows` rows: enough to need time and memory to check. */
function bigWorkbook(rows: number): string {
  const cells: TestCell[][] = [[null, 'uppdrag', 'bas', 'tillägg']];
  for (let i = 0; i < rows; i += 1) cells.push([`Mottagning ${i + 1}`, 150 + (i % 50), 100 + (i % 50), 50]);
  const file = path.join(tempDir(), `volymer-${rows}.xlsx`);
  writeFileSync(file, zipParts(workbookParts([{ name: 'Volymer', xml: sheetXml(cells) }])));
  return file;
}

beforeAll(() => assertCliBuilt());

describe('each file checked in a worker of its own', () => {
  let big: string;
  beforeAll(() => {
    big = bigWorkbook(100_000);
  });

  it('stops a file that needs more memory than allowed, then checks the next', async () => {
    const checker = builtChecker({ timeLimitMs: 50_000, memoryLimitMb: 24 });
    try {
      expect((await checker.check(big, 'en')).error).toEqual({
        code: 'memory-limit',
        message: `${big}: the check was stopped when it needed more than 24 MB of memory, what one file may use. The workbook is unusually large or damaged.`,
      });
      const next = await checker.check(SAMPLE, 'en');
      expect(next.error).toBeUndefined();
      expect(next.summary).toEqual({ errors: 0, warnings: 1, missed: 13 });
    } finally {
      await checker.close();
    }
  });

  it('stops a file that takes longer than allowed, then checks the next in a fresh worker', async () => {
    // A check that never ends, so the limit is certainly passed; the limit is generous, so that the sample
    // (a fraction of a second) is checked within it however loaded the machine.
    const hangs = path.join(tempDir(), 'hangs.xlsx');
    writeFileSync(hangs, '');
    const checker = builtChecker({ timeLimitMs: 8_000, memoryLimitMb: 512 }, hangingWorker());
    try {
      expect((await checker.check(hangs, 'sv')).error).toEqual({
        code: 'time-limit',
        message: `${hangs}: kontrollen avbröts efter 8 sekunder, den tid en fil får ta. Arbetsboken är ovanligt stor eller skadad.`,
      });
      const next = await checker.check(SAMPLE, 'sv');
      expect(next.error).toBeUndefined();
      expect(next.summary).toEqual({ errors: 0, warnings: 1, missed: 13 });
    } finally {
      await checker.close();
    }
  });

  it('reports files one after another in one worker, each as the reader found it', async () => {
    const checker = builtChecker({ timeLimitMs: 50_000, memoryLimitMb: 512 });
    try {
      const results = [await checker.check(SAMPLE, 'en'), await checker.check(path.join(ROOT, 'saknas.xlsx'), 'en'), await checker.check(SAMPLE, 'en')];
      expect(results.map((r) => r.error?.code ?? 'ok')).toEqual(['ok', 'not-found', 'ok']);
    } finally {
      await checker.close();
    }
  });
});
