/* The pages' Content-Security-Policy, written into the built HTML at build time (a <meta http-equiv>, as the
 * add-in's host may be any static server whose headers we do not control).
 *
 * Every inline <script> of a page is allowed by its SHA-256 hash, computed from the page as it is emitted
 * (after html-webpack-plugin's minification), so an inline script added to a template keeps working without
 * 'unsafe-inline', and a script injected later (an XSS) does not run. A page configured here gets a policy
 * inserted as the first element after its <meta charset>; a page that already carries one (check.html, the
 * copied help.html and index.html) gets the hashes added to its script-src.
 *
 * A policy is an object of directives: { 'default-src': ["'self'"], 'script-src': ["'self'", 'https://…'] }. */
const crypto = require('crypto');

const NAME = 'ContentSecurityPolicyPlugin';
/** An inline script: a <script> element without a src attribute, its text exactly as the browser hashes it. */
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const CSP_META = /<meta\s+http-equiv=["']?Content-Security-Policy["']?\s+content="([^"]*)"\s*\/?>/i;

/** 'sha256-…' of every inline script of a page, in the page's order, each once. */
function inlineScriptHashes(html) {
  const hashes = [];
  for (const [, attributes, text] of html.matchAll(SCRIPT)) {
    if (/\ssrc\s*=/i.test(` ${attributes}`)) continue;
    const hash = `'sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}'`;
    if (!hashes.includes(hash)) hashes.push(hash);
  }
  return hashes;
}

/** "default-src 'self'; script-src 'self'" → [['default-src', ["'self'"]], ['script-src', ["'self'"]]]. */
function parsePolicy(text) {
  return text
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .filter((parts) => parts[0])
    .map(([name, ...sources]) => [name.toLowerCase(), sources]);
}

function policyText(directives) {
  return directives.map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The directives with the hashes added to script-src (made from default-src when there is none). */
function withHashes(directives, hashes) {
  if (hashes.length === 0) return directives;
  const out = directives.map(([name, sources]) => [name, [...sources]]);
  let script = out.find(([name]) => name === 'script-src');
  if (!script) {
    const fallback = out.find(([name]) => name === 'default-src');
    script = ['script-src', fallback ? [...fallback[1]] : []];
    out.push(script);
  }
  for (const hash of hashes) if (!script[1].includes(hash)) script[1].push(hash);
  return out;
}

/**
 * The page with its policy: `policy` (directives) inserted when the page has none, the hashes of its inline
 * scripts in script-src either way. Pages with neither a policy of their own nor one given are left as they are.
 */
function applyPolicy(html, policy) {
  const hashes = inlineScriptHashes(html);
  const own = CSP_META.exec(html);
  if (own && hashes.length === 0) return html;
  if (own) {
    const content = policyText(withHashes(parsePolicy(own[1].replace(/&#39;|&apos;/g, "'")), hashes));
    return html.replace(CSP_META, () => `<meta http-equiv="Content-Security-Policy" content="${content}">`);
  }
  if (!policy) return html;
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policyText(withHashes(Object.entries(policy), hashes))}">`;
  const charset = /<meta\s+charset=[^>]*>/i.exec(html);
  if (charset) return html.replace(charset[0], () => `${charset[0]}${meta}`);
  return html.replace(/<head[^>]*>/i, (head) => `${head}${meta}`);
}

class ContentSecurityPolicyPlugin {
  /** @param {{ pages: Record<string, Record<string, string[]>> }} options policies by page file name */
  constructor(options) {
    this.pages = options.pages;
  }

  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      // After html-webpack-plugin has written and minified its pages and the copied pages are in place.
      compilation.hooks.processAssets.tap({ name: NAME, stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_INLINE + 1 }, (assets) => {
        for (const file of Object.keys(assets)) {
          if (!file.endsWith('.html')) continue;
          const html = assets[file].source().toString();
          const next = applyPolicy(html, this.pages[file]);
          if (next !== html) compilation.updateAsset(file, new sources.RawSource(next));
        }
      });
    });
  }
}

module.exports = { ContentSecurityPolicyPlugin, applyPolicy, inlineScriptHashes };
