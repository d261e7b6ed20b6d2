import * as fs from 'fs';
import * as path from 'path';
import { execFileSync } from 'child_process';
import * as os from 'os';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { checkManifest } = require('../../scripts/check-manifest.js') as {
  checkManifest: (xml: string, options?: { distDir?: string }) => string[];
};

const root = path.resolve(__dirname, '..', '..');
const source = fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8');

describe('the manifest, checked offline', () => {
  it('is valid as written and as built, with every icon and page it names present in dist/', () => {
    expect(checkManifest(source)).toEqual([]);
    const built = fs.readFileSync(path.join(root, 'dist', 'manifest.xml'), 'utf8');
    expect(checkManifest(built, { distDir: path.join(root, 'dist') })).toEqual([]);
  });

  it('declares the shared runtime, the MALKOLL namespace and the least permission that works', () => {
    expect(source).toMatch(/<Set Name="SharedRuntime" MinVersion="1.1"\/>/);
    expect(source).toMatch(/<bt:Set Name="SharedRuntime" MinVersion="1.1"\/>/);
    expect(source).toMatch(/<Runtime resid="Taskpane.Url" lifetime="long"\/>/);
    expect(source).toMatch(/id="Functions.Namespace" DefaultValue="MALKOLL"/);
    expect(source).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
  });

  const broken: Array<[string, (xml: string) => string, RegExp]> = [
    ['a resid with no string', (x) => x.replace('<Label resid="Group.Label"/>', '<Label resid="Group.Missing"/>'), /Group.Missing.*not defined/],
    ['a plain-http address', (x) => x.replace('https://localhost:3000/functions.js', 'http://localhost:3000/functions.js'), /must be https/],
    ['two origins', (x) => x.replace('https://localhost:3000/help.html"/>', 'https://example.org/help.html"/>'), /more than one origin/],
    [
      'no Swedish override on a string',
      (x) => x.replace('<bt:Override Locale="sv-SE" Value="Kontrollera tabeller"/>', ''),
      /TaskpaneButton.Label has no sv-SE override/,
    ],
    [
      'no Swedish function names',
      (x) => x.replace('<bt:Override Locale="sv-SE" Value="https://localhost:3000/functions.sv.json"/>', ''),
      /metadata URL has no sv-SE override/,
    ],
    [
      'no Swedish function names in Finland-Swedish Excel',
      (x) => x.replace('<bt:Override Locale="sv-FI" Value="https://localhost:3000/functions.sv.json"/>', ''),
      /metadata URL has no sv-FI override/,
    ],
    [
      'Finland-Swedish text that differs',
      (x) => x.replace('<bt:Override Locale="sv-FI" Value="Kontrollera tabeller"/>', '<bt:Override Locale="sv-FI" Value="Granska tabeller"/>'),
      /TaskpaneButton.Label has different sv-SE and sv-FI overrides/,
    ],
    ['no shared runtime', (x) => x.replace(/<Runtimes>[\s\S]*?<\/Runtimes>/, ''), /shared runtime is not declared/],
    ['a long string in a short slot', (x) => x.replace('DefaultValue="Check tables"', `DefaultValue="${'x'.repeat(130)}"`), /longer than 125/],
    ['not XML at all', (x) => x.replace('</OfficeApp>', ''), /not well-formed/],
    [
      'the functions runtime of 1.2',
      (x) => x.replace('<Set Name="CustomFunctionsRuntime" MinVersion="1.3"/>', '<Set Name="CustomFunctionsRuntime" MinVersion="1.2"/>'),
      /base manifest requires CustomFunctionsRuntime 1.2, but the code needs 1.3/,
    ],
    ['no ExcelApi in VersionOverrides', (x) => x.replace('<bt:Set Name="ExcelApi" MinVersion="1.9"/>', ''), /VersionOverrides does not require ExcelApi 1.9/],
    ['a wider permission', (x) => x.replace('ReadWriteDocument', 'ReadDocument'), /Permissions/],
  ];
  it("requires CustomFunctionsRuntime 1.3, which the functions' CustomFunctions.ErrorCode needs, and the ExcelApi the pane uses", () => {
    const respond = fs.readFileSync(path.join(root, 'src', 'functions', 'respond.ts'), 'utf8');
    expect(respond).toContain('CustomFunctions.ErrorCode.');
    for (const tag of ['Set', 'bt:Set']) {
      expect(source).toContain(`<${tag} Name="CustomFunctionsRuntime" MinVersion="1.3"/>`);
      expect(source).toContain(`<${tag} Name="ExcelApi" MinVersion="1.9"/>`);
    }
    // getSelectedRanges and the report's page layout are ExcelApi 1.9.
    const adapter = fs
      .readdirSync(path.join(root, 'src', 'taskpane', 'excel'))
      .map((f) => fs.readFileSync(path.join(root, 'src', 'taskpane', 'excel', f), 'utf8'))
      .join('\n');
    expect(adapter).toMatch(/\.pageLayout\./);
    expect(adapter).toMatch(/\.getSelectedRanges\(/);
  });

  it('ships functions metadata within the CustomFunctionsRuntime it declares (allowCustomDataForDataTypeAny is 1.4)', () => {
    // Microsoft's Custom Functions requirement sets: 1.4 brings allowCustomDataForDataTypeAny.
    const needs: Record<string, string> = { allowCustomDataForDataTypeAny: '1.4' };
    const declared = /<Set Name="CustomFunctionsRuntime" MinVersion="([\d.]+)"\/>/.exec(source)![1];
    const above = (a: string, b: string) => {
      const [x, y] = [a.split('.').map(Number), b.split('.').map(Number)];
      for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) > (y[i] ?? 0);
      return false;
    };
    for (const file of ['functions.json', 'functions.sv.json']) {
      const metadata = JSON.parse(fs.readFileSync(path.join(root, 'dist', file), 'utf8')) as Record<string, unknown>;
      const beyond = Object.keys(metadata).filter((key) => needs[key] !== undefined && above(needs[key], declared));
      expect({ file, beyond }).toEqual({ file, beyond: [] });
      expect(metadata.allowErrorForDataTypeAny).toBe(true);
    }
  });

  it.each(broken)('fails a manifest with %s', (_name, breakIt, expected) => {
    const problems = checkManifest(breakIt(source));
    expect(problems.join('\n')).toMatch(expected);
  });

  it('reports an icon the build did not write', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'malkoll-dist-'));
    expect(checkManifest(source, { distDir: dir }).join('\n')).toMatch(/icon-32.png.*did not write/);
  });

  it('is exit status 1 from the command line for a broken manifest', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'malkoll-man-')), 'manifest.xml');
    fs.writeFileSync(file, source.replace('resid="Group.Label"', 'resid="Nope"'));
    expect(() => execFileSync('node', [path.join(root, 'scripts', 'check-manifest.js'), file], { stdio: 'pipe' })).toThrow();
  });
});
