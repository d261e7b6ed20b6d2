/**
 * The pane page's first script is inline and ES5, so that it runs where Office uses Internet Explorer 11 (a
 * shared-runtime add-in there, where WebView2 is missing: Microsoft's manifest reference, the Runtimes element)
 * and says in the reader's language what is needed; it loads and sends nothing. Checked on the built page.
 */
import * as fs from 'fs';
import * as path from 'path';
// acorn parses JavaScript as a given edition: webpack's own parser, installed with it.
import * as acorn from 'acorn';
import { catalogAreas } from '../../src/i18n/catalog';
import { DIST } from '../support/functionsHarness';

describe("the pane page's inline webview script", () => {
  const html = fs.readFileSync(path.join(DIST, 'taskpane.html'), 'utf8');
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);

  it('is one plain inline script, readable as ES5', () => {
    expect(inline).toHaveLength(1);
    expect(() => acorn.parse(inline[0], { ecmaVersion: 5 })).not.toThrow();
    // And not as ES5 by accident: the same parser refuses ES2015.
    expect(() => acorn.parse('const a = () => 1;', { ecmaVersion: 5 })).toThrow();
  });

  it("carries the catalogue's texts in both languages, and nothing that would load or send", () => {
    for (const key of ['pane.webview.title', 'pane.webview.body', 'pane.webview.action'] as const) {
      for (const lang of ['sv', 'en'] as const) {
        const expected = JSON.stringify(catalogAreas.pane[key][lang]).slice(1, -1);
        expect([key, lang, inline[0].includes(expected)]).toEqual([key, lang, true]);
      }
    }
    expect(inline[0]).not.toMatch(/https?:|fetch\(|XMLHttpRequest|import\(|\beval\b|__WEBVIEW_TEXTS__/);
  });

  it('runs before the bundles: they are deferred', () => {
    const bundles = [...html.matchAll(/<script[^>]*\ssrc="?(functions|taskpane)\.js[^>]*>/g)].map((m) => m[0]);
    expect(bundles).toHaveLength(2);
    for (const tag of bundles) expect(tag).toMatch(/\sdefer/);
  });
});
