/* Excel shows a custom function's name and help in the user's language only from a second metadata file
 * (functions.sv.json, referenced by a sv-SE override in the manifest). This webpack plugin derives it from the
 * generated functions.json and the Swedish texts in src/functions/functions.sv.json, and fails the build if
 * any function or parameter lacks a Swedish name or description, or a translation names an unknown one.
 *
 * It also sets allowErrorForDataTypeAny in both files, which the generator cannot: without it Excel answers an
 * error cell in an argument with that error and never calls the function, so VALIDATE_VOLUMES over a table
 * holding #REF! would show #REF! instead of a formula-error finding at that cell.
 *
 * And it leaves out allowCustomDataForDataTypeAny, which the generator always writes: Microsoft lists it under
 * CustomFunctionsRuntime 1.4, and the manifest declares 1.3, which volume-licensed Office 2021 and 2024 have and
 * 1.4 is not in. Without it Excel gives the functions a data-typed cell's plain value, which is all they use. */
const fs = require('fs');
const { sources, WebpackError, Compilation } = require('webpack');

/** Metadata options both languages share; see the comment above. */
const SHARED_OPTIONS = { allowErrorForDataTypeAny: true };
/** Metadata options left out: they need a CustomFunctionsRuntime above the one the manifest declares. */
const DROPPED_OPTIONS = ['allowCustomDataForDataTypeAny'];

function withOptions(metadata) {
  const out = { ...metadata, ...SHARED_OPTIONS };
  for (const key of DROPPED_OPTIONS) delete out[key];
  return out;
}

function localize(metadata, translations) {
  const problems = [];
  const ids = new Set(metadata.functions.map((f) => f.id));
  for (const id of Object.keys(translations)) {
    if (!ids.has(id)) problems.push(`functions.sv.json names ${id}, which is not a custom function`);
  }
  const functions = metadata.functions.map((fn) => {
    const sv = translations[fn.id];
    if (!sv || !sv.name || !sv.description) {
      problems.push(`${fn.id}: Swedish name and description are missing`);
      return fn;
    }
    // A parameter's Swedish text is its description, or { name, description } to also rename it in
    // Excel's autocomplete (utfall for outcome); the order and types stay those of the English metadata.
    const parameters = (fn.parameters || []).map((p) => {
      const entry = sv.parameters && sv.parameters[p.name];
      const texts = typeof entry === 'string' ? { description: entry } : entry || {};
      if (!texts.description) problems.push(`${fn.id}: Swedish description of parameter "${p.name}" is missing`);
      if (texts.name !== undefined && !/^[a-zåäö_][a-zåäö0-9_]*$/i.test(texts.name)) {
        problems.push(`${fn.id}: Swedish parameter name "${texts.name}" is not a plain word`);
      }
      return { ...p, ...(texts.name ? { name: texts.name } : {}), ...(texts.description ? { description: texts.description } : {}) };
    });
    const known = new Set((fn.parameters || []).map((p) => p.name));
    for (const name of Object.keys(sv.parameters || {})) {
      if (!known.has(name)) problems.push(`${fn.id}: functions.sv.json describes unknown parameter "${name}"`);
    }
    const localized = { ...fn, name: sv.name, description: sv.description, parameters };
    if (sv.helpUrl) localized.helpUrl = sv.helpUrl;
    return localized;
  });
  return { metadata: { ...withOptions(metadata), functions }, problems };
}

class LocalizeFunctionsPlugin {
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    const { source, output, translations } = this.options;
    compiler.hooks.thisCompilation.tap('LocalizeFunctionsPlugin', (compilation) => {
      compilation.fileDependencies.add(translations);
      compilation.hooks.processAssets.tap({ name: 'LocalizeFunctionsPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const asset = compilation.getAsset(source);
        if (!asset) return; // the metadata plugin already reported why
        let result;
        try {
          const metadata = JSON.parse(asset.source.source().toString());
          const texts = JSON.parse(fs.readFileSync(translations, 'utf8'));
          result = localize(metadata, texts);
        } catch (err) {
          compilation.errors.push(new WebpackError(`Could not write ${output}: ${err.message}`));
          return;
        }
        for (const p of result.problems) compilation.errors.push(new WebpackError(p));
        const english = withOptions(JSON.parse(asset.source.source().toString()));
        compilation.updateAsset(source, new sources.RawSource(JSON.stringify(english, null, 2)));
        compilation.emitAsset(output, new sources.RawSource(JSON.stringify(result.metadata, null, 2)));
      });
    });
  }
}

module.exports = { LocalizeFunctionsPlugin, localize, SHARED_OPTIONS };
