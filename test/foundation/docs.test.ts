/**
 * The project's own documentation: in the clone, in step with the code, and never telling anyone to run a
 * command that would fetch an unclaimed package.
 */
import * as fs from 'fs';
import * as path from 'path';
import { catalog } from '../../src/i18n/catalog';

const ROOT = path.resolve(__dirname, '..', '..');
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');
const DOCS = [
  'README.md',
  ...fs
    .readdirSync(path.join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

describe('the documentation', () => {
  it('describes every function by its English id and its Swedish name', () => {
    const doc = read('docs/functions.md');
    const swedish = JSON.parse(read('src/functions/functions.sv.json')) as Record<string, { name: string }>;
    const ids = [...read('src/functions/functions.ts').matchAll(/^ \* @customfunction ([A-Z_]+) /gm)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(5);
    for (const id of ids) {
      expect([id, doc.includes(`MALKOLL.${id}`)]).toEqual([id, true]);
      expect([id, doc.includes(`MALKOLL.${swedish[id].name}`)]).toEqual([id, true]);
    }
  });

  it('describes every finding code', () => {
    const doc = read('docs/checks.md');
    const sources = ['src/core/types.ts', 'src/core/workbook/types.ts'].map(read).join('\n');
    // Every string literal of the finding-code unions (VolumeFindingCode, IndicatorFindingCode, WorkbookFindingCode, …).
    const unions = [...sources.matchAll(/type \w*FindingCode =([^;]+);/g)].map((m) => m[1]).join('\n');
    const codes = new Set([...unions.matchAll(/'([a-z]+(?:-[a-z]+)*)'/g)].map((m) => m[1]));
    expect(codes.size).toBeGreaterThan(15);
    for (const code of codes) expect([code, doc.includes(`\`${code}\``)]).toEqual([code, true]);
  });

  it('links only to files in the project, and never outside it', () => {
    for (const file of DOCS) {
      const text = read(file);
      expect([file, text.includes('../shared')]).toEqual([file, false]);
      for (const [, target] of text.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)) {
        if (/^https?:/.test(target)) continue;
        const resolved = path.resolve(path.dirname(path.join(ROOT, file)), target);
        expect([file, target, fs.existsSync(resolved)]).toEqual([file, target, true]);
      }
    }
  });

  it('never tells anyone to run npx malkoll (the public registry would serve whoever claims the name)', () => {
    const told = (text: string) => text.split('\n').filter((line) => /npx malkoll/.test(line) && !/\b(never|not|inte|aldrig)\b/i.test(line));
    for (const file of DOCS) expect([file, told(read(file))]).toEqual([file, []]);
    for (const [key, texts] of Object.entries(catalog)) expect([key, told(`${texts.sv}\n${texts.en}`)]).toEqual([key, []]);
    expect(told(read('scripts/start.js'))).toEqual([]);
  });

  it('records what every screenshot the docs show says, so that npm test catches a stale one', () => {
    const record = JSON.parse(read('docs/screenshots/screenshots.json')) as Record<string, { text: string }>;
    const shown = new Set(
      DOCS.flatMap((file) =>
        [...read(file).matchAll(/!\[[^\]]*\]\((?:\.\.\/)?docs\/screenshots\/([^)]+\.png)\)|!\[[^\]]*\]\(screenshots\/([^)]+\.png)\)/g)].map(
          (m) => m[1] ?? m[2],
        ),
      ),
    );
    expect(shown.size).toBeGreaterThanOrEqual(6);
    for (const name of shown) expect([name, typeof record[name]?.text]).toEqual([name, 'string']);
    // And a browser test takes each and compares it with the record (test/support/screenshots.ts).
    const tests = fs
      .readdirSync(path.join(ROOT, 'test', 'browser'))
      .map((f) => read(`test/browser/${f}`))
      .join('\n');
    for (const name of shown) expect([name, tests.includes(`'${name}'`)]).toEqual([name, true]);
  });
});
