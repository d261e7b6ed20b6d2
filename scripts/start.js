/* npm start: build, serve dist/ over https on localhost:3000 with development certificates, and sideload
 * the add-in where desktop Excel exists (Windows, macOS). Elsewhere (Linux) it keeps serving and prints how
 * to sideload manifest.xml in Excel on the web, and the address of the /check.html page that checks .xlsx
 * files without Excel.
 *
 * Deliberately not office-addin-debugging: it needs the native keytar module, which does not build on these
 * machines, and the sideloading it does is two well-documented steps (below). */
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync, spawn } = require('child_process');
const webpack = require('webpack');
const WebpackDevServer = require('webpack-dev-server');
const devCerts = require('office-addin-dev-certs');

const ROOT = path.resolve(__dirname, '..');
// The manifest names port 3000; another port (MALKOLL_PORT) is only for tests that run beside a dev server.
const PORT = Number(process.env.MALKOLL_PORT) || 3000;
const URL_BASE = `https://localhost:${PORT}/`;
const MANIFEST = path.join(ROOT, 'manifest.xml');

function manifestId() {
  const m = /<Id>([^<]+)<\/Id>/.exec(fs.readFileSync(MANIFEST, 'utf8'));
  return m ? m[1].trim() : 'malkoll';
}

/** Development certificates: trusted ones on Windows/macOS (Office's tool installs its CA for the user); on
 * Linux, installing a CA needs root, so generate them and say how to trust them. */
async function httpsOptions() {
  if (process.platform === 'win32' || process.platform === 'darwin') {
    return devCerts.getHttpsServerOptions();
  }
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  const ca = path.join(dir, 'ca.crt');
  const cert = path.join(dir, 'localhost.crt');
  const key = path.join(dir, 'localhost.key');
  if (!fs.existsSync(cert) || !fs.existsSync(key)) {
    fs.mkdirSync(dir, { recursive: true });
    await devCerts.generateCertificates(ca, cert, key);
  }
  console.log(
    [
      '',
      `Development certificates: ${dir}`,
      'Browsers must trust the CA once. The system store (curl, Node), e.g. on Debian/Ubuntu:',
      `  sudo cp ${ca} /usr/local/share/ca-certificates/malkoll-dev.crt && sudo update-ca-certificates`,
      "Chromium and Chrome read their own store (NSS), not the system's (apt-get install libnss3-tools):",
      `  certutil -d sql:$HOME/.pki/nssdb -A -t "C,," -n "Malkoll dev CA" -i ${ca}`,
      'Firefox has a store per profile: Settings → Privacy & Security → Certificates → View Certificates →',
      '  Authorities → Import… → ca.crt, "Trust this CA to identify websites".',
    ].join('\n'),
  );
  return { ca: fs.readFileSync(ca), cert: fs.readFileSync(cert), key: fs.readFileSync(key) };
}

/** Sideloading, as Office documents it: a registry value on Windows, the wef folder on macOS. */
function sideload() {
  if (process.platform === 'win32') {
    const key = 'HKCU\\Software\\Microsoft\\Office\\16.0\\WEF\\Developer';
    execFileSync('reg', ['add', key, '/v', manifestId(), '/t', 'REG_SZ', '/d', MANIFEST, '/f'], { stdio: 'ignore' });
    spawn('cmd', ['/c', 'start', 'excel'], { detached: true, stdio: 'ignore' }).unref();
    return true;
  }
  if (process.platform === 'darwin') {
    const wef = path.join(os.homedir(), 'Library/Containers/com.microsoft.Excel/Data/Documents/wef');
    if (!fs.existsSync(path.dirname(wef))) return false;
    fs.mkdirSync(wef, { recursive: true });
    fs.copyFileSync(MANIFEST, path.join(wef, `${manifestId()}.manifest.xml`));
    spawn('open', ['-a', 'Microsoft Excel'], { detached: true, stdio: 'ignore' }).unref();
    return true;
  }
  return false;
}

function printWebInstructions() {
  console.log(
    [
      '',
      'No desktop Excel here. To use Målkoll in Excel on the web:',
      '  1. Open a workbook at office.com (Excel on the web) in a browser that trusts the certificate above.',
      '  2. Home → Add-ins → More Add-ins → My Add-ins → Upload My Add-in.',
      `  3. Choose ${MANIFEST} and Upload. "Målkoll" appears on the Home tab; type =MALKOLL. in a cell for the functions.`,
      '',
      `Without Excel: check .xlsx workbooks in this browser page (nothing is uploaded): ${URL_BASE}check.html`,
      `Or on the command line, in this folder: node bin/malkoll.js check samples/malkoll-exempel.xlsx`,
      '',
      'Serving dist/ — press Ctrl+C to stop.',
    ].join('\n'),
  );
}

/** Whether something already listens on the port (another `npm start`, most likely). */
function portTaken(port) {
  const net = require('net');
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', (err) => resolve(err.code === 'EADDRINUSE'));
    probe.once('listening', () => probe.close(() => resolve(false)));
    probe.listen(port, 'localhost');
  });
}

function sayPortTaken() {
  console.error(
    [
      `Port ${PORT} is already in use, so Målkoll cannot be served at ${URL_BASE}.`,
      'Most likely `npm start` is already running in another terminal: Målkoll is served there already',
      `(open ${URL_BASE}check.html), or stop it with Ctrl+C and run npm start again.`,
      `Otherwise another program uses port ${PORT}; the manifest names this port, so close that program first.`,
    ].join('\n'),
  );
}

async function main() {
  if (await portTaken(PORT)) {
    sayPortTaken();
    process.exit(1);
  }
  const config = require(path.join(ROOT, 'webpack.config.js'))({}, { mode: 'development' });
  const compiler = webpack(config);
  // The server answers only once the first build is done: say when that is, so nobody loads a pane that hangs.
  const startedAt = Date.now();
  let built = false;
  compiler.hooks.done.tap('malkoll-start', (stats) => {
    if (stats.hasErrors()) console.error('\nThe build failed: see the errors above. Fix them and save; the server rebuilds.');
    else if (!built) console.log(`\nBuilt in ${Math.round((Date.now() - startedAt) / 1000)} s: Målkoll is ready to load.`);
    built = built || !stats.hasErrors();
  });
  const server = new WebpackDevServer({ ...config.devServer, port: PORT, server: { type: 'https', options: await httpsOptions() }, open: false }, compiler);
  await server.start();
  console.log(`\nMålkoll is served at ${URL_BASE} (taskpane.html, functions.json, manifest.xml).`);
  if (process.env.MALKOLL_NO_SIDELOAD !== '1' && sideload()) {
    console.log('Sideloaded manifest.xml into desktop Excel and started Excel: open Målkoll from the Home tab.');
    return;
  }
  printWebInstructions();
  // No Excel here: what a newcomer sees first is the check page, with the sample workbook one click away.
  const hasDesktop = process.platform !== 'linux' || process.env.DISPLAY || process.env.WAYLAND_DISPLAY;
  if (process.env.MALKOLL_NO_OPEN !== '1' && hasDesktop) {
    const open =
      process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '', `${URL_BASE}check.html`]]
        : [process.platform === 'darwin' ? 'open' : 'xdg-open', [`${URL_BASE}check.html`]];
    const child = spawn(open[0], open[1], { detached: true, stdio: 'ignore' });
    child.on('error', () => {}); // no browser opener: the address is printed above
    child.unref();
  }
}

main().catch((err) => {
  // Taken between the check and the start (two starts at once): the same plain words, never a stack trace.
  if (err && err.code === 'EADDRINUSE') sayPortTaken();
  else console.error(`npm start failed: ${err.message}`);
  process.exit(1);
});
