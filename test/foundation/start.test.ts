import { spawn, spawnSync, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as https from 'https';
import * as os from 'os';
import * as path from 'path';

const root = path.resolve(__dirname, '..', '..');

function get(url: string): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    https
      .get(url, { rejectUnauthorized: false }, (res) => {
        let body = '';
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      })
      .on('error', reject);
  });
}

describe('npm start on a machine without desktop Excel', () => {
  let child: ChildProcess;
  let output = '';
  const port = 3400 + Math.floor(Math.random() * 500);
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'malkoll-home-'));

  beforeAll(async () => {
    child = spawn(process.execPath, [path.join(root, 'scripts', 'start.js')], {
      cwd: root,
      // A fresh home: the development certificates are generated there, offline.
      env: { ...process.env, HOME: home, USERPROFILE: home, MALKOLL_PORT: String(port), MALKOLL_NO_SIDELOAD: '1', MALKOLL_NO_OPEN: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (d) => (output += d));
    child.stderr?.on('data', (d) => (output += d));
    const started = Date.now();
    while (!/Serving dist\//.test(output)) {
      if (child.exitCode !== null) throw new Error(`npm start exited:\n${output}`);
      if (Date.now() - started > 150000) throw new Error(`npm start did not come up:\n${output}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }, 160000);

  afterAll(() => {
    child?.kill();
  });

  it('serves the add-in over https, with the CORS header Excel needs on functions.json', async () => {
    const fns = await get(`https://localhost:${port}/functions.json`);
    expect(fns.status).toBe(200);
    expect(fns.headers['access-control-allow-origin']).toBe('*');
    expect(JSON.parse(fns.body).functions).toHaveLength(11);
    const pane = await get(`https://localhost:${port}/taskpane.html`);
    expect(pane.body).toContain('taskpane.js');
    const check = await get(`https://localhost:${port}/check.html`);
    expect(check.status).toBe(200);
    const sample = await get(`https://localhost:${port}/samples/malkoll-exempel.xlsx`);
    expect(sample.status).toBe(200);
    // The bare address answers with where things are, not "Cannot GET /".
    const root = await get(`https://localhost:${port}/`);
    expect(root.status).toBe(200);
    expect(root.body).toContain('href="check.html"');
    expect(root.body).toContain('href="manifest.xml"');
  }, 30000);

  it('says in plain words that the port is taken when npm start runs a second time', () => {
    const second = spawnSync(process.execPath, [path.join(root, 'scripts', 'start.js')], {
      cwd: root,
      env: { ...process.env, HOME: home, USERPROFILE: home, MALKOLL_PORT: String(port), MALKOLL_NO_SIDELOAD: '1', MALKOLL_NO_OPEN: '1' },
      encoding: 'utf8',
      timeout: 60000,
    });
    expect(second.status).toBe(1);
    expect(second.stderr).toContain(`Port ${port} is already in use`);
    expect(second.stderr).toContain('`npm start` is already running');
    // No raw error code and no stack trace ("    at Server.setupListenHandle (node:net:1817:16)").
    expect(`${second.stdout}${second.stderr}`).not.toMatch(/EADDRINUSE|^\s+at .+:\d+:\d+\)?$/m);
  }, 70000);

  it('says exactly how to sideload in Excel on the web and where the check page is', () => {
    expect(output).toContain('Upload My Add-in');
    expect(output).toContain(path.join(root, 'manifest.xml'));
    expect(output).toContain('check.html');
    // Chromium trusts its own certificate store (NSS), not the system's: the steps say how.
    expect(output).toContain('certutil -d sql:$HOME/.pki/nssdb');
    expect(output).not.toContain('npx malkoll');
    expect(fs.existsSync(path.join(home, '.office-addin-dev-certs', 'localhost.crt'))).toBe(true);
  });
});
