/**
 * The lint rules that keep two of issue 23's findings from coming back (eslint.config.mjs): a plain object
 * keyed by text (a sheet named `__proto__` lost its errors), and an argument spread whose array grows with
 * the workbook (130 000 findings overflowed the call stack). Each probe is linted as a file of src/ would be.
 */
import { spawnSync } from 'child_process';
import path from 'path';

const ROOT = path.resolve(__dirname, '../..');
const ESLINT = path.join(ROOT, 'node_modules', 'eslint', 'bin', 'eslint.js');

/** The lines of `code` that the project's ESLint configuration refuses as no-restricted-syntax, linted as `file`. */
async function problems(code: string, file = 'src/core/workbook/probe.ts'): Promise<string[]> {
  const run = spawnSync(process.execPath, [ESLINT, '--stdin', '--stdin-filename', file, '--format', 'json'], { cwd: ROOT, input: code, encoding: 'utf8' });
  const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string | null; line: number }[] }[];
  return result.messages.filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => code.split('\n')[m.line - 1].trim());
}

jest.setTimeout(60_000);

const TEXT_KEYED = [
  'export const bySheet: Record<string, number> = {};',
  'export type Lookup = { [name: string]: number };',
  "export const fromPairs = Object.fromEntries([['a', 1]]);",
];
const SPREADS = [
  'export const widest = (xs: number[]) => Math.max(...xs);',
  'export const append = (a: number[], b: number[]) => a.push(...b);',
  'export const made = (xs: number[]) => new Set(...[xs]);',
  'export const applied = (xs: number[]) => Math.max.apply(null, xs);',
];
const ALLOWED = [
  'export const errors = new Map<string, number>();',
  "export const byKind: Record<'volumes' | 'indicators', number> = { volumes: 0, indicators: 0 };",
  'export const joined = (a: number[], b: number[]) => [...a, ...b];',
];
const PROBE = [...TEXT_KEYED, ...SPREADS, ...ALLOWED].join('\n');

describe('lint rules against issue 23’s two findings', () => {
  it('refuse in the core a plain object keyed by text and an argument spread or apply, and let a Map, a closed Record and an array spread pass', async () => {
    expect(await problems(PROBE)).toEqual([...TEXT_KEYED, ...SPREADS]);
  });

  it('refuse the same in an edge', async () => {
    expect(await problems(PROBE, 'src/taskpane/excel/probe.ts')).toEqual([...TEXT_KEYED, ...SPREADS]);
  });
});
