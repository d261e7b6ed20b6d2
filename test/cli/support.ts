/** Helpers of the command-line tests: workbooks built with ExcelJS in a temp folder, the CLI run as a process. */
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import seed from '../../samples/seed-000-volymer-2025.json';
import { reportSchema, type JsonFile, type JsonReport } from '../../src/cli/reportSchema';
import { sourceFiles } from '../support/sourceFiles';
import { writeWorkbook, type Row } from '../support/writeWorkbook';

export const ROOT = path.resolve(__dirname, '../..');
export const BIN = path.join(ROOT, 'bin', 'malkoll.js');
const BUILT_MAIN = path.join(ROOT, 'build', 'cli', 'main.js');
const COMPILED_DIRS = ['cli', 'core', 'i18n', 'settle', 'stamp', 'xlsx'];

/**
 * The tests run the compiled CLI, as users do: fail at once, saying what to do, when build/ is missing;
 * warn when it is older than a source it is compiled from (`npm test` builds first; while others edit
 * the core, failing on every save would only get in the way).
 */
export function assertCliBuilt(): void {
  if (!existsSync(BUILT_MAIN)) {
    throw new Error('build/cli/main.js is missing: run `npm run build:cli` before the command-line tests.');
  }
  // Each source against its own compiled file: a stale build would test yesterday's code.
  const stale = COMPILED_DIRS.flatMap((dir) => sourcesUnder(path.join(ROOT, 'src', dir))).find((file) => {
    const built = path.join(ROOT, 'build', path.relative(path.join(ROOT, 'src'), file)).replace(/\.ts$/, '.js');
    return !existsSync(built) || statSync(file).mtimeMs > statSync(built).mtimeMs;
  });
  if (stale) {
    console.warn(`build/ is older than ${path.relative(ROOT, stale)}: run \`npm run build:cli\` to test the current code.`);
  }
}

/** The sources the command line is compiled from: tsconfig.cli.json's folders less what it excludes (the pages' catalogue). */
function sourcesUnder(dir: string): string[] {
  const excluded = (JSON.parse(readFileSync(path.join(ROOT, 'tsconfig.cli.json'), 'utf8')) as { exclude?: string[] }).exclude ?? [];
  const plain = new Set(excluded.filter((e) => !e.includes('*')).map((e) => path.join(ROOT, e)));
  return sourceFiles(dir, { tsx: false }).filter((f) => !plain.has(f) && !f.endsWith('.d.ts'));
}

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node bin/malkoll.js …args` with the locale variables cleared and `env` added. */
export function runCli(args: string[], env: Record<string, string> = {}, cwd: string = ROOT): CliRun {
  const base = { ...process.env };
  delete base.LC_ALL;
  delete base.LC_MESSAGES;
  delete base.LANG;
  const run = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    env: { ...base, ...env },
    encoding: 'utf8',
    timeout: 60_000,
    // A report of a hundred thousand findings is tens of megabytes: more than spawnSync keeps by default.
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Runs the CLI with --json and validates the output against the published schema. */
export function runCliJson(args: string[], env: Record<string, string> = {}): CliRun & { report: JsonReport } {
  const run = runCli([...args, '--json'], env);
  let parsed: unknown;
  try {
    parsed = JSON.parse(run.stdout);
  } catch {
    throw new Error(`--json printed something that is not JSON:\n${run.stdout}\n${run.stderr}`);
  }
  return { ...run, report: reportSchema.parse(parsed) };
}

export function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'malkoll-cli-'));
}

// The workbook writer is shared with the browser tests; the CLI's tests keep importing it from here.
export { writeWorkbook, type Row };

/** Seed 000's 2025 volume table as rows (label, uppdrag, bas, tillägg), a fresh copy each time; row i is sheet row i + 1. */
export function seedVolumeRows(): Row[] {
  return (seed.rows as (string | number | null)[][]).map((r) => [...r]);
}

/** Sets a cell of `rows` by its A1 address (the table starts in A1). */
export function setCell(rows: Row[], address: string, value: ExcelJS.CellValue): void {
  const m = /^([A-Z])(\d+)$/.exec(address);
  if (!m) throw new Error(`bad address ${address}`);
  const row = Number(m[2]) - 1;
  const column = m[1].charCodeAt(0) - 65;
  while (rows.length <= row) rows.push([]);
  rows[row][column] = value;
}

/** The report's entry for a file, by its name's end. */
export function fileEntry(report: JsonReport, name: string): JsonFile {
  const entry = report.files.find((f) => f.file.endsWith(name));
  if (!entry) throw new Error(`no entry for ${name} in ${report.files.map((f) => f.file).join(', ')}`);
  return entry;
}

/** "cell code" of every finding in the file's tables, in order: the shape the defect tests compare. */
export function tableFindings(entry: JsonFile): string[] {
  return entry.tables.flatMap((t) => t.findings.map((f) => `${f.cell} ${f.code}`));
}
