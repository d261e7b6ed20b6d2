/** The command line's usage, options, language and the bin shim, run as processes. */
import { copyFileSync, symlinkSync, cpSync, mkdirSync, rmSync, writeFileSync } from 'fs';
import path from 'path';
import { assertCliBuilt, BIN, ROOT, runCli, tempDir } from './support';
import { spawnSync } from 'child_process';

// Each test runs the CLI as a process (Node start and ExcelJS load included); a loaded machine needs time.
jest.setTimeout(60_000);

beforeAll(() => assertCliBuilt());

describe('usage', () => {
  it('explains usage with no arguments, exit status 3 (used wrongly: not 2, which means a file could not be read)', () => {
    const run = runCli([], { LANG: 'sv_SE.UTF-8' });
    expect(run.status).toBe(3);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^Användning: malkoll check ARBETSBOK\.xlsx … \[--json\] \[--lang sv\|en\]/);
    expect(run.stderr).toContain('Slutstatus: 0 inga fel, 1 fel hittades, 2 någon fil kunde inte läsas');
    expect(run.stderr).toContain('3 kommandot användes fel, 4 något oväntat gick fel');
    expect(run.stderr).not.toContain('npx');
  });

  it('prints usage on --help with exit status 0, in the language asked for', () => {
    const run = runCli(['--help', '--lang', 'en'], { LANG: 'sv_SE.UTF-8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: malkoll check WORKBOOK\.xlsx/);
    expect(run.stdout).toContain('Exit status: 0 no errors, 1 errors found, 2 a file could not be read');
    expect(run.stdout).toContain('3 the command was used wrongly, 4 something unexpected went wrong');
  });

  it('says what is missing for `check` without files', () => {
    const run = runCli(['check', '--lang', 'en']);
    expect(run.status).toBe(3);
    expect(run.stderr).toMatch(/^Name at least one workbook \(\.xlsx\) to check\.\n\nUsage:/);
  });

  it('names an unknown option and a wrong --lang', () => {
    expect(runCli(['check', 'a.xlsx', '--jsn', '--lang=en']).stderr).toMatch(/^Unknown option "--jsn"\./);
    const bad = runCli(['check', 'a.xlsx', '--lang', 'de'], { LANG: 'en_US.UTF-8' });
    expect(bad.status).toBe(3);
    expect(bad.stderr).toMatch(/^--lang must be sv or en, not "de"\./);
  });

  it('suggests `check` when given a workbook without the command', () => {
    const run = runCli(['budget.xlsx', '--lang', 'sv']);
    expect(run.status).toBe(3);
    expect(run.stderr).toMatch(/^Skriv ”malkoll check budget\.xlsx” för att kontrollera arbetsboken\./);
  });
});

describe('language', () => {
  it('is Swedish when LANG is Swedish and English when LC_ALL says otherwise', () => {
    expect(runCli(['--help'], { LANG: 'sv_SE.UTF-8' }).stdout).toMatch(/^Användning/);
    expect(runCli(['--help'], { LANG: 'en_US.UTF-8' }).stdout).toMatch(/^Usage/);
    expect(runCli(['--help'], { LANG: 'sv_SE.UTF-8', LC_ALL: 'C' }).stdout).toMatch(/^Usage/);
    expect(runCli(['--help'], { LC_ALL: 'sv_FI.UTF-8', LANG: 'en_US.UTF-8' }).stdout).toMatch(/^Användning/);
  });
});

describe('bin/malkoll.js without a build', () => {
  it('says to run npm run build:cli, exit status 4', () => {
    const root = tempDir();
    mkdirSync(path.join(root, 'bin'));
    copyFileSync(BIN, path.join(root, 'bin', 'malkoll.js'));
    const run = spawnSync(process.execPath, [path.join(root, 'bin', 'malkoll.js'), 'check', 'a.xlsx'], { encoding: 'utf8' });
    expect(run.status).toBe(4);
    expect(run.stderr).toContain('Run `npm run build:cli`');
    expect(run.stderr).not.toMatch(/\bat .+:\d+/);
  });
});

describe('something unexpected in Målkoll itself', () => {
  /** A copy of bin/ and build/ in a folder of its own, with one compiled module replaced. */
  function brokenCopy(replace: string, content: string | null): string {
    const root = tempDir();
    mkdirSync(path.join(root, 'bin'));
    copyFileSync(BIN, path.join(root, 'bin', 'malkoll.js'));
    cpSync(path.join(ROOT, 'build'), path.join(root, 'build'), { recursive: true });
    // The packages the command line loads (zod, write-excel-file, …), as an installed copy has them.
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(root, 'node_modules'), 'dir');
    const target = path.join(root, 'build', replace);
    if (content === null) rmSync(target);
    else writeFileSync(target, content);
    return root;
  }

  it('exits 4 with words when the checks cannot be started, and prints no stack trace', () => {
    // The checker's module failing as a fault of ours would: main's own safety net, not any one file's.
    const root = brokenCopy('cli/fileChecker.js', "exports.defaultChecker = exports.inProcessChecker = () => { throw new TypeError('x is undefined'); };\n");
    const run = spawnSync(
      process.execPath,
      [path.join(root, 'bin', 'malkoll.js'), 'check', path.join(ROOT, 'samples', 'malkoll-exempel.xlsx'), '--lang', 'sv'],
      { encoding: 'utf8' },
    );
    expect(run.status).toBe(4);
    expect(run.stderr).toBe('Något gick oväntat fel i Målkoll, och kontrollen avbröts.\n');
    expect(run.stdout).toBe('');
  });

  it('exits 4 with words when a part of the build is missing', () => {
    const root = brokenCopy('cli/textReport.js', null);
    const run = spawnSync(process.execPath, [path.join(root, 'bin', 'malkoll.js'), 'check', 'a.xlsx'], { encoding: 'utf8' });
    expect(run.status).toBe(4);
    expect(run.stderr).toContain('could not be loaded. Run `npm run build:cli`');
    expect(run.stderr).not.toMatch(/\bat .+:\d+|Error:/);
  });
});
