/**
 * The command line as someone outside the clone gets it: the package packed (`npm pack`), installed
 * globally into a fresh prefix from that tarball with no registry at all (`--offline`: what it needs
 * at run time, JSZip, saxes and zod, travels inside it), and run from another folder. Never `npx malkoll`,
 * which would fetch whatever package of that name the public registry holds.
 */
import { execFileSync, spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readdirSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { assertCliBuilt, ROOT } from './support';
import { reportSchema } from '../../src/cli/reportSchema';

jest.setTimeout(240_000);

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

describe('the packed command line, installed without the registry', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'malkoll-install-'));
  const prefix = path.join(dir, 'prefix');
  const bin = path.join(prefix, 'bin', 'malkoll');
  const env = { ...process.env, npm_config_cache: path.join(dir, 'cache'), npm_config_update_notifier: 'false' };

  beforeAll(() => {
    assertCliBuilt();
    // build/ is current (npm test builds it first), so the pack needs no prepare script.
    execFileSync(NPM, ['pack', '--ignore-scripts', '--pack-destination', dir], { cwd: ROOT, env, stdio: 'pipe' });
    const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'));
    if (!tarball) throw new Error('npm pack wrote no tarball');
    execFileSync(NPM, ['install', '--global', '--prefix', prefix, '--offline', '--ignore-scripts', '--no-audit', '--no-fund', path.join(dir, tarball)], {
      cwd: dir,
      env,
      stdio: 'pipe',
    });
  });

  it('installs a `malkoll` command that checks a workbook from any folder', () => {
    expect(existsSync(bin)).toBe(true);
    const run = spawnSync(bin, ['check', path.join(ROOT, 'samples', 'malkoll-exempel.xlsx'), '--json', '--lang', 'en'], { cwd: dir, encoding: 'utf8', env });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const report = reportSchema.parse(JSON.parse(run.stdout));
    expect(report.summary).toEqual({ errors: 0, warnings: 0, missed: 13, unreadable: 0 });
  });

  it('carries the sample workbook and tells its version', () => {
    const installed = path.join(prefix, 'lib', 'node_modules', 'malkoll');
    expect(existsSync(path.join(installed, 'samples', 'malkoll-exempel.xlsx'))).toBe(true);
    // Nothing of the add-in's build or sources: the command line only.
    expect(existsSync(path.join(installed, 'src'))).toBe(false);
    expect(existsSync(path.join(installed, 'node_modules', 'react'))).toBe(false);
    const version = spawnSync(bin, ['--version'], { cwd: dir, encoding: 'utf8', env });
    expect(version.stdout.trim()).toBe('malkoll 0.1.0');
  });

  it('exits 3 for a command used wrongly and 2 for a file it cannot read, saying so on stderr', () => {
    const usage = spawnSync(bin, ['chek', 'a.xlsx', '--lang', 'en'], { cwd: dir, encoding: 'utf8', env });
    expect(usage.status).toBe(3);
    expect(usage.stdout).toBe('');
    const missing = spawnSync(bin, ['check', 'saknas.xlsx', '--lang', 'en'], { cwd: dir, encoding: 'utf8', env });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe('malkoll: saknas.xlsx: no such file.\n');
  });
});
