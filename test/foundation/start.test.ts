import { spawn, spawnSync, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as https from 'https';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { readMetadata } from '../support/functionsHarness';

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

/** The local addresses of sockets listening on `port` (Linux's /proc/net/tcp and tcp6), e.g. '127.0.0.1' or '::1'. */
function listeningAddresses(port: number): string[] {
  const out: string[] = [];
  for (const [file, v6] of [
    ['/proc/net/tcp', false],
    ['/proc/net/tcp6', true],
  ] as const) {
    if (!fs.existsSync(file)) continue;
    for (const line of fs.readFileSync(file, 'utf8').split('\n').slice(1)) {
      const [, local, , state] = line.trim().split(/\s+/);
      if (!local || state !== '0A') continue; // 0A: LISTEN
      const [hex, portHex] = local.split(':');
      if (parseInt(portHex, 16) !== port) continue;
      out.push(v6 ? ipv6(hex) : ipv4(hex));
    }
  }
  return out;
}

/** /proc/net/tcp writes an IPv4 address as one little-endian 32-bit word. */
function ipv4(hex: string): string {
  return [3, 2, 1, 0].map((i) => parseInt(hex.slice(i * 2, i * 2 + 2), 16)).join('.');
}

/** /proc/net/tcp6 writes an IPv6 address as four little-endian 32-bit words. */
function ipv6(hex: string): string {
  const bytes: number[] = [];
  for (let w = 0; w < 4; w += 1) for (let b = 3; b >= 0; b -= 1) bytes.push(parseInt(hex.slice(w * 8 + b * 2, w * 8 + b * 2 + 2), 16));
  if (bytes.slice(0, 10).every((x) => x === 0) && bytes[10] === 0xff && bytes[11] === 0xff) return bytes.slice(12).join('.');
  const groups: string[] = [];
  for (let i = 0; i < 16; i += 2) groups.push(((bytes[i] << 8) | bytes[i + 1]).toString(16));
  return groups.join(':');
}

function isLoopback(address: string): boolean {
  return address.startsWith('127.') || address === '0:0:0:0:0:0:0:1';
}

function connects(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port, timeout: 3000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(false));
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
    // Up and built when it says so, or failed when it exits: until the first build is done the server holds
    // every request, and how long that build takes on a busy machine is no part of the test (the hook's
    // timeout is only a safety net against a start that hangs).
    while (!/Serving dist\//.test(output) || !/ready to load/.test(output)) {
      if (child.exitCode !== null) throw new Error(`npm start exited:\n${output}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }, 600_000);

  afterAll(() => {
    child?.kill();
  });

  it('serves the add-in over https, with the CORS header Excel needs on functions.json', async () => {
    const fns = await get(`https://localhost:${port}/functions.json`);
    expect(fns.status).toBe(200);
    expect(fns.headers['access-control-allow-origin']).toBe('*');
    // Every function the build declares, served as built.
    expect(JSON.parse(fns.body).functions).toEqual(readMetadata('functions.json'));
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
  }, 120000); // five HTTPS requests to a server whose build is done: generous, since only the answers are asserted

  it('listens on this machine only, and lists no folder', async () => {
    // Every socket listening on the port, from the kernel's own tables: loopback addresses only.
    const listening = listeningAddresses(port);
    expect(listening.length).toBeGreaterThan(0);
    expect(listening.filter((a) => !isLoopback(a))).toEqual([]);
    // And from outside: the machine's network address refuses the connection.
    const external = Object.values(os.networkInterfaces())
      .flat()
      .find((i) => i && !i.internal && i.family === 'IPv4');
    if (external) await expect(connects(external.address, port)).resolves.toBe(false);
    const samples = await get(`https://localhost:${port}/samples/`);
    expect(samples.status).toBe(404);
    expect(samples.body).not.toContain('malkoll-exempel.xlsx');
  });

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
