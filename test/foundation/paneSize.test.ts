/**
 * The pane page's script at start stays within its budget: what the shared runtime's page loads before the
 * controller can click Kontrollera (its script tags, functions.js and taskpane.js, and the texts of the
 * reader's language the pane fetches before it renders), gzip -9 as bench/page.js counts it. The checks, the
 * result's views and the production engine are chunks fetched later; bench/page.js measures the same in a browser.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { builtChunk, DIST } from '../support/functionsHarness';

const BUDGET_KIB = 185;
/** The text areas the pane loads before it renders (src/taskpane/index.tsx). */
const FIRST_TEXTS = ['pane', 'workbook'];

const gzipKiB = (file: string) => zlib.gzipSync(fs.readFileSync(path.join(DIST, file)), { level: 9 }).length / 1024;

describe('the pane page’s script at start', () => {
  const html = fs.readFileSync(path.join(DIST, 'taskpane.html'), 'utf8');
  const ownScripts = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)].map((m) => m[1]).filter((src) => !/^https?:/.test(src));

  it('is functions.js and taskpane.js, and neither the checks nor the production engine', () => {
    expect(ownScripts).toEqual(['functions.js', 'taskpane.js']);
    expect(fs.existsSync(path.join(DIST, builtChunk('checking')))).toBe(true);
    expect(fs.existsSync(path.join(DIST, builtChunk('production')))).toBe(true);
  });

  it.each(['sv', 'en'])(`with the %s texts, is at most ${BUDGET_KIB} KiB gzip`, (lang) => {
    const files = [...ownScripts, ...FIRST_TEXTS.map((area) => builtChunk(`texts-${area}-${lang}`))];
    const total = files.reduce((sum, f) => sum + gzipKiB(f), 0);
    expect(Math.round(total * 10) / 10).toBeLessThanOrEqual(BUDGET_KIB);
  });
});
