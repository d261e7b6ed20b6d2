/**
 * The task pane's Content-Security-Policy as the build writes it (scripts/content-security-policy.js): in
 * dist/taskpane.html before any script, naming Microsoft's CDN for office.js and nothing else outside the
 * add-in's host, no 'unsafe-inline' or 'unsafe-eval' for scripts, and every inline script of the page allowed
 * by its hash, computed here from the page as built.
 */
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { applyPolicy } = require('../../scripts/content-security-policy.js') as { applyPolicy: (html: string, policy?: Record<string, string[]>) => string };

const ROOT = path.resolve(__dirname, '..', '..');
const DIST = process.env.MALKOLL_DIST ?? path.join(ROOT, 'dist');

/** The page's policy as directive → sources, and where in the page it stands. */
function policyOf(html: string): { directives: Map<string, string[]>; at: number } {
  const m = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
  if (!m) throw new Error('no Content-Security-Policy in the page');
  const directives = new Map(
    m[1]
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...sources]) => [name, sources] as [string, string[]]),
  );
  return { directives, at: m.index };
}

const hashOf = (script: string): string => `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
const inlineScripts = (html: string): string[] => [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);

describe('the task pane’s Content-Security-Policy', () => {
  const html = fs.readFileSync(path.join(DIST, 'taskpane.html'), 'utf8');

  it('stands before every script of the built page', () => {
    const { at } = policyOf(html);
    expect(html.indexOf('<script')).toBeGreaterThan(at);
  });

  it('lets scripts come from the add-in’s host and Microsoft’s office.js folder only, never inline without a hash or by eval', () => {
    const { directives } = policyOf(html);
    const scripts = directives.get('script-src') ?? [];
    expect(scripts.filter((s) => !s.startsWith("'sha256-"))).toEqual([
      "'self'",
      'https://appsforoffice.microsoft.com/lib/1/hosted/',
      'https://ajax.aspnetcdn.com/ajax/3.5/MicrosoftAjax.js',
    ]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    // The page's own office.js tag is one the policy lets through.
    expect(html).toMatch(/src="?https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js["> ]/);
  });

  it('allows every inline script of the built page by its hash, and only those', () => {
    const { directives } = policyOf(html);
    const hashes = (directives.get('script-src') ?? []).filter((s) => s.startsWith("'sha256-"));
    expect(hashes.sort()).toEqual([...new Set(inlineScripts(html).map(hashOf))].sort());
  });

  it('hashes an inline script added to a page, whatever it holds, and adds the hashes to a page’s own policy', () => {
    const fallback = '\n  if (!window.Promise) { document.getElementById("root").innerHTML = "Målkoll behöver en nyare webbläsare."; }\n';
    const page = `<!doctype html><html><head><meta charset="UTF-8"><script>${fallback}</script><script src="x.js"></script></head><body></body></html>`;
    const built = applyPolicy(page, { 'default-src': ["'self'"], 'script-src': ["'self'"] });
    expect(policyOf(built).directives.get('script-src')).toEqual(["'self'", hashOf(fallback)]);
    expect(built.indexOf('Content-Security-Policy')).toBeLessThan(built.indexOf('<script'));
    const own = applyPolicy(
      `<head><meta http-equiv="Content-Security-Policy" content="default-src 'self'; style-src 'unsafe-inline'"><script>${fallback}</script></head>`,
    );
    expect(policyOf(own).directives.get('script-src')).toEqual(["'self'", hashOf(fallback)]);
  });

  it('with officejs=self, names no host but the add-in’s own', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const config = require('../../webpack.config.js')({ officejs: 'self' }, { mode: 'production' });
    const plugin = config.plugins.find((p: { constructor: { name: string } }) => p.constructor.name === 'ContentSecurityPolicyPlugin');
    expect(plugin.pages['taskpane.html']['script-src']).toEqual(["'self'"]);
  });
});
