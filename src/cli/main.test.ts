import path from 'path';
import type { FileChecker } from './fileChecker';
import { main, type CliIo } from './main';
import { toJsonFile } from './jsonReport';
import type { JsonFile } from './reportSchema';

const SAMPLE = path.resolve(__dirname, '../../samples/malkoll-exempel.xlsx');

/** The command line in this process, its output collected, each file checked by `check`. */
function io(check: FileChecker['check'], close: FileChecker['close'] = async () => undefined): CliIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    env: { LANG: 'sv_SE.UTF-8' },
    checker: () => ({ check, close }),
    out: () => out,
    err: () => err,
  };
}

describe('main: each file on its own', () => {
  it('makes a report that cannot be rendered that file’s error (exit 2), and reports the files after it', async () => {
    const broken = { file: 'trasig.xlsx', tables: null, findings: [], summary: { errors: 0, warnings: 0, missed: 0 } } as unknown as JsonFile;
    const cli = io(async (file, locale) => (file === 'trasig.xlsx' ? broken : toJsonFile({ file, ok: false, code: 'not-found' }, locale)));
    const status = await main(['check', 'trasig.xlsx', 'saknas.xlsx'], cli);
    expect(status).toBe(2);
    expect(cli.err()).toContain('malkoll: trasig.xlsx: kunde inte kontrolleras, något gick oväntat fel i Målkoll.');
    expect(cli.err()).toContain('malkoll: saknas.xlsx');
    expect(cli.out()).toContain('Totalt 2 filer: 0 fel, 0 varningar, 0 mål ej uppfyllda; 2 filer kunde inte läsas.');
    expect(`${cli.out()}${cli.err()}`).not.toMatch(/TypeError|\bat .+:\d+/);
  });

  it('exits 4 with words, never a stack trace, when something outside any file goes wrong', async () => {
    const cli = io(
      async (file, locale) => toJsonFile({ file, ok: false, code: 'not-found' }, locale),
      async () => {
        throw new Error('the worker would not stop');
      },
    );
    expect(await main(['check', SAMPLE], cli)).toBe(4);
    expect(cli.err()).toContain('Något gick oväntat fel i Målkoll');
    expect(cli.err()).not.toContain('the worker would not stop');
  });
});
