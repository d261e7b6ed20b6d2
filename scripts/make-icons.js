/* Renders assets/icon.svg to the PNG sizes Office asks for (16, 32, 64, 80, 128) with the machine's
 * Chromium. Run by hand when the icon changes (npm run icons); the PNGs are committed. */
const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');

const SIZES = [16, 32, 64, 80, 128];

async function main() {
  const svg = fs.readFileSync(path.join(__dirname, '..', 'assets', 'icon.svg'), 'utf8');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    for (const size of SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size } });
      await page.setContent(
        `<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
      );
      await page.screenshot({ path: path.join(__dirname, '..', 'assets', `icon-${size}.png`), omitBackground: true });
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

main().catch((err) => {
  console.error(err.message);
  process.exit(1);
});
