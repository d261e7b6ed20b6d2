import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { execFileSync } from 'child_process';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { checkManifest } = require('../../scripts/check-manifest.js') as {
  checkManifest: (xml: string, options?: { distDir?: string }) => string[];
};

const root = path.resolve(__dirname, '..', '..');

describe('a production build for the region’s intranet host', () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'malkoll-prod-'));

  beforeAll(() => {
    execFileSync(
      process.execPath,
      [
        path.join(root, 'node_modules', 'webpack-cli', 'bin', 'cli.js'),
        '--mode',
        'production',
        '--env',
        'url=https://malkoll.intranet.example.se/addin',
        '--output-path',
        out,
      ],
      { cwd: root, stdio: 'pipe' },
    );
    // What the build makes is the test; how long it takes on a busy machine is not (bench/ has the figure).
  }, 600_000);

  it('puts the production address, and only it, in the built manifest', () => {
    const manifest = fs.readFileSync(path.join(out, 'manifest.xml'), 'utf8');
    expect(manifest).not.toContain('localhost');
    expect(manifest).toContain('https://malkoll.intranet.example.se/addin/taskpane.html');
    expect(manifest).toContain('https://malkoll.intranet.example.se/addin/functions.sv.json');
    expect(checkManifest(manifest, { distDir: out })).toEqual([]);
  });

  it('loads office.js from Microsoft’s CDN, as Microsoft requires, and names no other outside address', () => {
    const html = fs.readFileSync(path.join(out, 'taskpane.html'), 'utf8');
    // The policy names where office.js may load its own files from; the page itself loads office.js only.
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
    expect(policy?.[1]).toContain("script-src 'self' https://appsforoffice.microsoft.com/lib/1/hosted/ ");
    const addresses = html.replace(policy?.[0] ?? '', '').match(/https?:\/\/[^"' >]+/g) ?? [];
    expect(addresses).toEqual(['https://appsforoffice.microsoft.com/lib/1/hosted/office.js']);
  });

  it('with officejs=self, serves office.js and its files from its own host instead', () => {
    // Checked on the configuration: copying Microsoft's 86 MB of host files makes a full build slow.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const config = require('../../webpack.config.js')({ officejs: 'self' }, { mode: 'production' });
    const page = config.plugins.find((p: { options?: { filename?: string } }) => p.options?.filename === 'taskpane.html');
    expect(page.options.officeJs).toBe('office-js/office.js');
    const copy = config.plugins.find((p: { patterns?: unknown[] }) => Array.isArray(p.patterns));
    expect(copy.patterns).toEqual(expect.arrayContaining([expect.objectContaining({ from: 'node_modules/@microsoft/office-js/dist', to: 'office-js' })]));
  });

  it('refuses an address that is not https', () => {
    expect(() =>
      execFileSync(
        process.execPath,
        [
          path.join(root, 'node_modules', 'webpack-cli', 'bin', 'cli.js'),
          '--mode',
          'production',
          '--env',
          'url=http://intranet/',
          '--output-path',
          fs.mkdtempSync(path.join(os.tmpdir(), 'malkoll-bad-')),
        ],
        { cwd: root, stdio: 'pipe' },
      ),
    ).toThrow(/must be an https URL/);
  });
});
