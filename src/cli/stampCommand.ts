/**
 * `malkoll stamp FILE… --out DIR`: for an office that checks centrally, a stamped copy in DIR of each file that
 * checks without errors; the others are refused and said why (exit 1), a file that cannot be read is said on
 * stderr (exit 2). It never writes over its input, nor over any file already in DIR: a copy that would is
 * refused. Each copy is read back before it is written, and written only when its stamp reads unchanged.
 */
import { mkdir, realpath, writeFile } from 'fs/promises';
import path from 'path';
import type { Locale, Message, MessageKey } from '../core';
import { makeStamp, stampXml } from '../core/stamp';
import type { CheckOptions } from '../core/tables';
import { checkWorkbook } from '../core/workbook';
import { formatMessage } from '../i18n/format';
import { stampStatusOf } from '../stamp/readStamp';
import { stampPackage } from '../stamp/stampPackage';
import { webSha256 } from '../stamp/webCrypto';
import { readFailureMessage } from '../xlsx/readFailureMessage';
import { readWorkbookBytes } from '../xlsx/readWorkbookBytes';
import { expandWildcards } from './expandWildcards';
import { EXIT } from './jsonReport';
import { readFileBytes } from './readWorkbookFile';
import { terminalText } from './terminalText';

export interface StampRun {
  files: readonly string[];
  out: string;
  options?: CheckOptions;
  /** Målkoll's version, recorded in each stamp. */
  version: string;
  now?: () => Date;
}

type Outcome = { kind: 'stamped'; out: string } | { kind: 'refused'; reason: Message } | { kind: 'unreadable'; message: Message };

/**
 * Stamps the files' copies and prints a line per file and a closing count; returns the exit status.
 *
 * @example
 * await runStamp({ files: ['SV.xlsx', 'NU.xlsx'], out: 'stämplat', version: '0.1.0' }, 'sv', io) // → 0, 1 or 2
 */
export async function runStamp(run: StampRun, locale: Locale, io: { stdout: (t: string) => void; stderr: (t: string) => void }): Promise<number> {
  const t = (key: MessageKey, params: Message['params']) => terminalText(formatMessage(locale, { key, params }));
  const files = expandWildcards(run.files);
  const outDir = path.resolve(run.out);
  const made = await mkdir(outDir, { recursive: true }).then(
    () => null,
    (error: NodeJS.ErrnoException) => error.code ?? 'error',
  );
  const inputs = new Set<string>(await Promise.all(files.map((f) => realpath(f).catch(() => path.resolve(f)))));
  let stamped = 0;
  let status: number = EXIT.ok;
  for (const file of files) {
    const target = path.join(outDir, path.basename(file));
    const outcome: Outcome =
      made !== null
        ? { kind: 'refused', reason: { key: 'stamp.cli.writeFailed', params: { out: target, detail: made } } }
        : await stampOne(file, target, inputs, run);
    if (outcome.kind === 'stamped') {
      stamped += 1;
      io.stdout(`${t('stamp.cli.stamped', { file, out: outcome.out })}\n`);
    } else if (outcome.kind === 'refused') {
      if (status === EXIT.ok) status = EXIT.errors;
      io.stdout(`${t('stamp.cli.refused', { file, reason: { message: outcome.reason } })}\n`);
    } else {
      status = EXIT.unreadable;
      io.stderr(`malkoll: ${terminalText(formatMessage(locale, outcome.message))}\n`);
    }
  }
  io.stdout(`${t('stamp.cli.summary', { stamped, files: files.length, out: run.out })}\n`);
  return status;
}

async function stampOne(file: string, target: string, inputs: ReadonlySet<string>, run: StampRun): Promise<Outcome> {
  const resolved = await realpath(target).catch(() => path.resolve(target));
  if (inputs.has(resolved)) return { kind: 'refused', reason: { key: 'stamp.cli.sameAsInput', params: { out: target } } };
  const bytes = await readFileBytes(file);
  if (!bytes.ok) return { kind: 'unreadable', message: readFailureMessage(file, bytes.code, bytes.detail) };
  const read = await readWorkbookBytes(bytes.bytes);
  if (!read.ok) return { kind: 'unreadable', message: readFailureMessage(file, read.code, read.detail) };
  const check = checkWorkbook(run.options ? { ...read, options: run.options } : read);
  const stamp = await makeStamp(
    {
      tables: check.tables,
      summary: check.summary,
      grids: read.grids,
      settings: run.options,
      version: run.version,
      checkedAt: (run.now ?? (() => new Date()))(),
      source: 'cli',
    },
    webSha256,
  );
  if (!stamp.ok) return { kind: 'refused', reason: stamp.message };
  const copy = await stampPackage(bytes.bytes, stampXml(stamp.stamp));
  if (!copy.ok) return { kind: 'refused', reason: copy.reason };
  // The copy as any reader will see it: its stamp must read unchanged, or it is not written.
  const again = await readWorkbookBytes(copy.bytes);
  const verified = again.ok ? await stampStatusOf(again, checkWorkbook(run.options ? { ...again, options: run.options } : again).tables) : null;
  if (verified?.status !== 'unchanged') return { kind: 'refused', reason: { key: 'read.package.unreadable' } };
  try {
    // 'wx': never over a file that is there, whatever happened to it since the check above.
    await writeFile(target, copy.bytes, { flag: 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return { kind: 'refused', reason: { key: 'stamp.cli.exists', params: { out: target } } };
    return { kind: 'refused', reason: { key: 'stamp.cli.writeFailed', params: { out: target, detail: code ?? 'error' } } };
  }
  return { kind: 'stamped', out: path.relative(process.cwd(), target) || target };
}
