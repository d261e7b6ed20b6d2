/* A webpack loader: one area of the message catalogue (src/i18n/catalog/<area>.ts, `{ key: { sv, en } }`)
 * reduced at build time to one language, `export default { key: text }`, for `import('./pane?lang=sv')`.
 * The catalogue stays one file per area with both languages side by side (one place to edit a text, typed
 * keys); the pages download only the texts of the reader's language.
 *
 * The area is evaluated as the TypeScript compiler transpiles it, with its imports of other areas (pane.ts
 * spreads paneWrites.ts) evaluated the same way; the result must be `{ [key]: { sv: string, en: string } }`. */
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const ts = require('typescript');
const { URLSearchParams } = require('url');

/** The module's exports, evaluated in a fresh context; relative imports resolve to sibling .ts files. */
function evaluate(file, seen = new Map()) {
  if (seen.has(file)) return seen.get(file).exports;
  const source = fs.readFileSync(file, 'utf8');
  const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 } }).outputText;
  const module = { exports: {} };
  seen.set(file, module);
  const require = (spec) => {
    if (!spec.startsWith('.')) throw new Error(`${path.basename(file)}: a catalogue area imports only other areas, not ${spec}`);
    return evaluate(path.resolve(path.dirname(file), `${spec.replace(/\.ts$/, '')}.ts`), seen);
  };
  vm.runInNewContext(js, { module, exports: module.exports, require });
  return module.exports;
}

/** The texts of one language of an area file: { key: text }. */
function areaTexts(file, lang) {
  const exported = Object.values(evaluate(file)).filter((v) => v && typeof v === 'object');
  if (exported.length !== 1) throw new Error(`${path.basename(file)}: expected one exported table of texts`);
  const texts = {};
  for (const [key, value] of Object.entries(exported[0])) {
    if (!value || typeof value[lang] !== 'string') throw new Error(`${path.basename(file)}: ${key} has no ${lang} text`);
    texts[key] = value[lang];
  }
  return texts;
}

module.exports = function catalogLoader() {
  const lang = new URLSearchParams(this.resourceQuery.replace(/^\?/, '')).get('lang');
  if (lang !== 'sv' && lang !== 'en') throw new Error(`catalog-loader: ?lang=sv or ?lang=en, not ${this.resourceQuery}`);
  // Rebuild when an imported area changes too (pane.ts spreads paneWrites.ts).
  for (const f of fs.readdirSync(path.dirname(this.resourcePath))) if (f.endsWith('.ts')) this.addDependency(path.join(path.dirname(this.resourcePath), f));
  return `export default ${JSON.stringify(areaTexts(this.resourcePath, lang))};`;
};
module.exports.areaTexts = areaTexts;
