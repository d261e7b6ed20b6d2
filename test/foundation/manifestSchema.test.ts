/**
 * Every manifest the project ships, against Microsoft's manifest schemas (scripts/manifest-schemas/), the
 * check Office itself makes before it loads any code: manifest.xml as written, the manifest the build wrote
 * into dist/, and the manifest as built for a region's own address (--env url=…).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { DEV_URL, addinUrl, builtManifest } = require('../../scripts/built-manifest.js') as {
  DEV_URL: string;
  addinUrl: (env?: { url?: string }) => string;
  builtManifest: (content: string, url: string) => string;
};

const ROOT = path.resolve(__dirname, '..', '..');
const VALIDATE = path.join(ROOT, 'scripts', 'manifest-schemas', 'validate.sh');
const source = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'malkoll-schema-'));

/** validate.sh on the given files: its exit status and everything it printed. */
function validate(...files: string[]): { status: number | null; output: string } {
  const run = spawnSync('sh', [VALIDATE, ...files], { encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

function written(name: string, xml: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, xml);
  return file;
}

describe("the manifests, against Microsoft's schemas", () => {
  it('manifest.xml validates', () => {
    expect(validate(path.join(ROOT, 'manifest.xml'))).toEqual({ status: 0, output: expect.stringContaining('validates') });
  });

  it('the manifest the build wrote into dist/ validates, and is what the build function makes of manifest.xml', () => {
    const built = path.join(ROOT, 'dist', 'manifest.xml');
    expect(fs.readFileSync(built, 'utf8')).toBe(builtManifest(source, addinUrl({})));
    expect(validate(built).status).toBe(0);
  });

  it.each([['https://malkoll.vgregion.se/'], ['https://intranat.example.se/tillagg/malkoll']])(
    'the manifest built with --env url=%s validates and points only there',
    (url) => {
      const xml = builtManifest(source, addinUrl({ url }));
      expect(xml).not.toContain(DEV_URL);
      expect(xml).toContain(`${addinUrl({ url })}taskpane.html`);
      expect(validate(written('region.xml', xml)).status).toBe(0);
    },
  );

  const broken: Array<[string, (xml: string) => string, RegExp]> = [
    ['an empty AppDomains', (x) => x.replace('<Hosts>', '<AppDomains/>\n  <Hosts>'), /AppDomains.*Missing child element/],
    ['an element Office does not know', (x) => x.replace('<Permissions>', '<Colour>blue</Colour>\n  <Permissions>'), /Colour.*not expected/],
    [
      'elements out of order',
      (x) =>
        x
          .replace(/(<Permissions>[^<]*<\/Permissions>)\s*/, '')
          .replace('<DefaultSettings>', '<Permissions>ReadWriteDocument</Permissions>\n  <DefaultSettings>'),
      /Permissions.*not expected/,
    ],
    [
      'a permission that does not exist',
      (x) => x.replace('<Permissions>ReadWriteDocument<', '<Permissions>Everything<'),
      /Permissions.*not.*valid|not an element of the set/,
    ],
    ['an unknown requirement attribute', (x) => x.replace('<Set Name="SharedRuntime"', '<Set Nmae="SharedRuntime"'), /Nmae.*not allowed/],
    ['a resid that is too long', (x) => x.replace('resid="Functions.Namespace"', `resid="${'N'.repeat(40)}"`), /resid/],
  ];
  it.each(broken)('fails a manifest with %s, naming the line', (_name, breakIt, expected) => {
    const xml = breakIt(source);
    expect(xml).not.toBe(source);
    const result = validate(written('broken.xml', xml));
    expect(result.status).toBe(1);
    expect(result.output).toMatch(expected);
    expect(result.output).toMatch(/broken\.xml:\d+:/);
  });

  it('checks every file it is given and fails if any one fails', () => {
    const good = path.join(ROOT, 'manifest.xml');
    const bad = written('bad.xml', source.replace('<Hosts>', '<AppDomains/>\n  <Hosts>'));
    expect(validate(good, bad, good).status).toBe(1);
    expect(validate(path.join(dir, 'missing.xml')).status).toBe(1);
  });

  it('says how to call it when given nothing', () => {
    expect(validate()).toEqual({ status: 2, output: expect.stringContaining('usage') });
  });
});
