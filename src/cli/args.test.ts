import { parseArgs } from './args';

describe('parseArgs', () => {
  it('reads the check command, its files and options in any order', () => {
    expect(parseArgs(['check', 'a.xlsx', '--json', 'b.xlsx', '--lang', 'en'])).toEqual({
      command: 'check',
      files: ['a.xlsx', 'b.xlsx'],
      json: true,
      lang: 'en',
    });
    expect(parseArgs(['--lang=SV', 'check', 'a.xlsx'])).toEqual({ command: 'check', files: ['a.xlsx'], json: false, lang: 'sv' });
  });

  it('takes everything after -- as a file, even names starting with a dash', () => {
    expect(parseArgs(['check', '--', '-konstigt namn.xlsx', '--json'])).toEqual({
      command: 'check',
      files: ['-konstigt namn.xlsx', '--json'],
      json: false,
    });
  });

  it('is a usage error with no arguments or no files, help with --help or help', () => {
    expect(parseArgs([])).toEqual({ command: 'usage-error' });
    expect(parseArgs(['check'])).toEqual({ command: 'usage-error', message: { key: 'cli.args.noFiles' } });
    expect(parseArgs(['check', 'a.xlsx', '--help'])).toEqual({ command: 'help' });
    expect(parseArgs(['-h', '--lang', 'en'])).toEqual({ command: 'help', lang: 'en' });
    expect(parseArgs(['help'])).toEqual({ command: 'help' });
  });

  it('names the first wrong option, a wrong language and an unknown command', () => {
    expect(parseArgs(['check', 'a.xlsx', '--jsn', '--x'])).toEqual({
      command: 'usage-error',
      message: { key: 'cli.args.unknownOption', params: { option: '--jsn' } },
    });
    expect(parseArgs(['check', 'a.xlsx', '--lang', 'de'])).toEqual({
      command: 'usage-error',
      message: { key: 'cli.args.badLang', params: { value: 'de' } },
    });
    expect(parseArgs(['check', 'a.xlsx', '--lang'])).toEqual({
      command: 'usage-error',
      message: { key: 'cli.args.badLang', params: { value: '' } },
    });
    expect(parseArgs(['kontrollera', 'a.xlsx', '--lang', 'sv'])).toEqual({
      command: 'usage-error',
      message: { key: 'cli.args.unknownCommand', params: { command: 'kontrollera' } },
      lang: 'sv',
    });
    expect(parseArgs(['Budget 2025.XLSX'])).toEqual({
      command: 'usage-error',
      message: { key: 'cli.args.checkMissing', params: { command: 'Budget 2025.XLSX' } },
    });
  });

  it('reads the stamp command and --require-stamp, each only where it belongs', () => {
    expect(parseArgs(['stamp', 'a.xlsx', 'b.xlsx', '--out', 'stämplat', '--tolerance', '10%'])).toEqual({
      command: 'stamp',
      files: ['a.xlsx', 'b.xlsx'],
      out: 'stämplat',
      options: { tolerance: 0.1 },
    });
    expect(parseArgs(['check', 'a.xlsx', '--require-stamp'])).toEqual({ command: 'check', files: ['a.xlsx'], json: false, requireStamp: true });
    expect(parseArgs(['stamp', 'a.xlsx'])).toEqual({ command: 'usage-error', message: { key: 'stamp.cli.noOut' } });
    expect(parseArgs(['stamp', '--out=ut'])).toEqual({ command: 'usage-error', message: { key: 'cli.args.noFiles' } });
    expect(parseArgs(['stamp', 'a.xlsx', '--out', 'ut', '--require-stamp'])).toMatchObject({
      command: 'usage-error',
      message: { params: { option: '--require-stamp' } },
    });
    expect(parseArgs(['check', 'a.xlsx', '--out', 'ut'])).toMatchObject({ command: 'usage-error', message: { params: { option: '--out' } } });
    expect(parseArgs(['stamp', 'a.xlsx', '--out', 'ut', '--json'])).toMatchObject({ command: 'usage-error', message: { params: { option: '--json' } } });
  });

  it('knows --version', () => {
    expect(parseArgs(['--version'])).toEqual({ command: 'version' });
  });
});
