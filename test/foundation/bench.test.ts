/**
 * `npm run bench` still runs (issue 23: it failed on main once CHECK_TABLE answered a Promise, and nothing
 * noticed): every benchmark of bench/run.js, run tiny (bench/size.js), must print its rows and pass its own
 * checks of what it measured. The figures of a tiny run mean nothing and are not looked at.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');

jest.setTimeout(600_000);

describe('npm run bench', () => {
  it('runs every benchmark, at a tiny size, to its table', () => {
    const run = spawnSync(process.execPath, [path.join(ROOT, 'bench', 'run.js')], {
      cwd: ROOT,
      env: { ...process.env, MALKOLL_BENCH_SIZE: 'tiny' },
      encoding: 'utf8',
      timeout: 580_000,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const benches =
      /const BENCHES = \[([^\]]*)\]/
        .exec(fs.readFileSync(path.join(ROOT, 'bench', 'run.js'), 'utf8'))?.[1]
        .match(/'(\w+)'/g)
        ?.map((b) => b.slice(1, -1)) ?? [];
    expect(benches.length).toBeGreaterThanOrEqual(7);
    const rows = run.stdout.split('\n').slice(2).filter(Boolean);
    for (const bench of benches) expect(rows.some((r) => r.startsWith(`${bench} `))).toBe(true);
    // A bench that could not find what it measures (dist/ or Chromium missing) prints '-' instead of a figure.
    expect(rows.filter((r) => /\s-\s/.test(r))).toEqual([]);
  });
});
