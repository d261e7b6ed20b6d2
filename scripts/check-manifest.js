/* Offline check of the add-in manifest, beside the schema check (scripts/manifest-schemas/validate.sh).
 * Microsoft's validator posts the manifest to a web service these machines cannot reach, and no schema checks
 * that every resid points at a defined string; so this checks, on the parsed XML, what else breaks an Excel load:
 * every resid defined in the right resource kind, https URLs on one origin, string lengths, Swedish overrides
 * (sv-SE and sv-FI, the same text: Office picks an override by the exact display language),
 * the shared runtime declared and used by every entry point, the icon files present.
 *
 *   node scripts/check-manifest.js [manifest.xml] [--dist dist]
 */
const fs = require('fs');
const path = require('path');
const { XMLParser, XMLValidator } = require('fast-xml-parser');

const SHORT_STRING_MAX = 125;
const LONG_STRING_MAX = 250;

function asArray(v) {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : [v];
}

/** Walks the parsed tree and calls visit(name, node, parentName) for every element. */
function walk(node, visit, name = '', parent = '') {
  if (Array.isArray(node)) {
    node.forEach((n) => walk(n, visit, name, parent));
    return;
  }
  if (node === null || typeof node !== 'object') return;
  if (name) visit(name, node, parent);
  for (const [key, child] of Object.entries(node)) {
    if (key.startsWith('@_') || key === '#text') continue;
    walk(child, visit, key, name);
  }
}

/**
 * Requirement sets the code needs, at least these versions: the shared runtime; CustomFunctionsRuntime 1.3 for
 * CustomFunctions.ErrorCode (src/functions/respond.ts); ExcelApi 1.9 for the pane (getSelectedRanges, the
 * report's page layout). Declared in the base manifest (whether Office offers the
 * add-in) and in VersionOverrides (whether its ribbon, functions and runtime take effect).
 */
const REQUIRED_SETS = { SharedRuntime: '1.1', CustomFunctionsRuntime: '1.3', ExcelApi: '1.9' };

function versionAtLeast(version, minimum) {
  const a = String(version || '')
    .split('.')
    .map(Number);
  const b = minimum.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] || 0;
    const y = b[i] || 0;
    if (Number.isNaN(x)) return false;
    if (x !== y) return x > y;
  }
  return true;
}

/** What is missing from a <Sets> element, for `where` ("the base manifest", "VersionOverrides"). */
function requirementProblems(setsNode, where) {
  const sets = asArray(setsNode && setsNode.Set);
  const fallback = (setsNode && setsNode['@_DefaultMinVersion']) || '1.1';
  const problems = [];
  for (const [name, minimum] of Object.entries(REQUIRED_SETS)) {
    const set = sets.find((x) => x['@_Name'] === name);
    if (!set) problems.push(`${where} does not require ${name} ${minimum}`);
    else if (!versionAtLeast(set['@_MinVersion'] || fallback, minimum)) {
      problems.push(`${where} requires ${name} ${set['@_MinVersion'] || fallback}, but the code needs ${minimum}`);
    }
  }
  return problems;
}

/** The Swedish display languages Office has: each needs its own override, with the same Swedish text. */
const SWEDISH_LOCALES = ['sv-SE', 'sv-FI'];

/** What is wrong with a node's Swedish overrides ("has no sv-FI override", "sv-FI differs from sv-SE"). */
function swedishProblems(overrides) {
  const byLocale = new Map(asArray(overrides).map((o) => [o['@_Locale'], o['@_Value']]));
  const problems = SWEDISH_LOCALES.filter((l) => !byLocale.has(l)).map((l) => `has no ${l} override`);
  const values = new Set(SWEDISH_LOCALES.filter((l) => byLocale.has(l)).map((l) => byLocale.get(l)));
  if (values.size > 1) problems.push(`has different ${SWEDISH_LOCALES.join(' and ')} overrides`);
  return problems;
}

function localName(name) {
  return name.includes(':') ? name.split(':')[1] : name;
}

/** Which kind of resource each element's resid must point at. */
function resourceKindFor(element) {
  switch (element) {
    case 'Image':
      return 'Images';
    case 'SourceLocation':
    case 'LearnMoreUrl':
    case 'FunctionFile':
    case 'Runtime':
      return 'Urls';
    case 'Namespace':
    case 'Label':
      return 'ShortStrings';
    case 'Title':
      return 'ShortStrings';
    case 'Description':
      return 'LongStrings';
    default:
      return null;
  }
}

function checkManifest(xml, options = {}) {
  const problems = [];
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return [`not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`];

  const parser = new XMLParser({ ignoreAttributes: false, removeNSPrefix: true, isArray: () => false });
  const doc = parser.parse(xml);
  const app = doc.OfficeApp;
  if (!app) return ['the root element is not OfficeApp'];
  if (app['@_type'] !== 'TaskPaneApp') problems.push('OfficeApp must be xsi:type="TaskPaneApp"');
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(String(app.Id || ''))) {
    problems.push('Id must be a GUID');
  }
  if (!/^\d+(\.\d+){0,3}$/.test(String(app.Version || ''))) problems.push('Version must look like 1.0.0.0');
  for (const field of ['ProviderName', 'DefaultLocale']) if (!app[field]) problems.push(`${field} is missing`);
  if (app.Permissions !== 'ReadWriteDocument') {
    problems.push(`Permissions must be ReadWriteDocument (the pane writes report sheets), got ${app.Permissions}`);
  }
  const hosts = asArray(app.Hosts && app.Hosts.Host).map((h) => h['@_Name']);
  if (!hosts.includes('Workbook')) problems.push('Hosts must include Workbook (Excel)');

  for (const field of ['DisplayName', 'Description']) {
    const node = app[field];
    if (!node || !node['@_DefaultValue']) {
      problems.push(`${field} needs a DefaultValue`);
      continue;
    }
    const max = field === 'DisplayName' ? SHORT_STRING_MAX : LONG_STRING_MAX;
    if (node['@_DefaultValue'].length > max) problems.push(`${field} is longer than ${max} characters`);
    for (const p of swedishProblems(node.Override)) problems.push(`${field} ${p}`);
  }

  problems.push(...requirementProblems(app.Requirements && app.Requirements.Sets, 'the base manifest'));

  const vo = app.VersionOverrides;
  if (!vo) return problems.concat('VersionOverrides is missing');
  problems.push(...requirementProblems(vo.Requirements && vo.Requirements.Sets, 'VersionOverrides'));
  const resources = vo.Resources || {};
  const defined = { Images: new Map(), Urls: new Map(), ShortStrings: new Map(), LongStrings: new Map() };
  const collect = (kind, container, element) => {
    for (const item of asArray(container && container[element])) {
      const id = item['@_id'];
      if (defined[kind].has(id)) problems.push(`resource ${id} is defined twice`);
      defined[kind].set(id, item);
    }
  };
  collect('Images', resources.Images, 'Image');
  collect('Urls', resources.Urls, 'Url');
  collect('ShortStrings', resources.ShortStrings, 'String');
  collect('LongStrings', resources.LongStrings, 'String');

  // Every resid points at a resource of the kind its element needs.
  const used = new Set();
  walk(vo.Hosts, (name, node) => {
    const resid = node['@_resid'];
    if (!resid) return;
    const kind = resourceKindFor(localName(name));
    used.add(resid);
    if (!kind) return;
    if (!defined[kind].has(resid)) {
      const elsewhere = Object.keys(defined).find((k) => defined[k].has(resid));
      problems.push(
        elsewhere
          ? `${name} resid="${resid}" must point at ${kind}, but it is defined in ${elsewhere}`
          : `${name} resid="${resid}" is not defined in Resources`,
      );
    }
  });
  for (const kind of Object.keys(defined)) {
    for (const id of defined[kind].keys()) if (!used.has(id)) problems.push(`resource ${id} is defined but never used`);
  }

  // Lengths and Swedish overrides of the strings.
  for (const [kind, max] of [
    ['ShortStrings', SHORT_STRING_MAX],
    ['LongStrings', LONG_STRING_MAX],
  ]) {
    for (const [id, item] of defined[kind]) {
      const values = [item['@_DefaultValue'], ...asArray(item.Override).map((o) => o['@_Value'])];
      if (values.some((v) => !v)) problems.push(`string ${id} has an empty value`);
      if (values.some((v) => v && v.length > max)) problems.push(`string ${id} is longer than ${max} characters`);
      const isNamespace = id === 'Functions.Namespace';
      if (!isNamespace) for (const p of swedishProblems(item.Override)) problems.push(`string ${id} ${p}`);
    }
  }
  const ns = defined.ShortStrings.get('Functions.Namespace');
  if (!ns || !/^[A-Z][A-Z0-9.]*$/.test(ns['@_DefaultValue'] || '')) problems.push('the functions namespace must be upper-case letters and digits');
  if (ns && asArray(ns.Override).length) problems.push('the functions namespace must not be translated (formulas would break)');

  // URLs: https, one origin.
  const urls = [];
  walk(app, (name, node) => {
    for (const attr of ['@_DefaultValue', '@_Value']) {
      const v = node[attr];
      if (typeof v === 'string' && /^[a-z]+:\/\//i.test(v)) urls.push(v);
    }
  });
  const origins = new Set();
  for (const u of urls) {
    let parsed;
    try {
      parsed = new URL(u);
    } catch {
      problems.push(`not a URL: ${u}`);
      continue;
    }
    if (parsed.protocol !== 'https:') problems.push(`URL must be https: ${u}`);
    origins.add(parsed.origin);
  }
  if (origins.size > 1) problems.push(`URLs point at more than one origin: ${[...origins].join(', ')}`);

  // The shared runtime: one page serves the runtime, the functions page, the task pane and the function file.
  const host = asArray(vo.Hosts && vo.Hosts.Host).find((h) => h['@_type'] === 'Workbook');
  if (!host) return problems.concat('VersionOverrides has no Workbook host');
  const runtime = host.Runtimes && host.Runtimes.Runtime;
  if (!runtime) problems.push('no <Runtimes><Runtime> element: the shared runtime is not declared');
  else if (runtime['@_lifetime'] !== 'long') problems.push('the shared runtime must have lifetime="long"');
  const runtimeId = runtime && runtime['@_resid'];
  const cf = asArray(host.AllFormFactors && host.AllFormFactors.ExtensionPoint).find((e) => e['@_type'] === 'CustomFunctions');
  if (!cf) problems.push('no CustomFunctions extension point');
  else {
    if (cf.Page.SourceLocation['@_resid'] !== runtimeId) problems.push('the custom functions page is not the shared runtime page');
    const meta = defined.Urls.get(cf.Metadata.SourceLocation['@_resid']);
    if (!meta) problems.push('the functions metadata URL is not defined');
    else for (const p of swedishProblems(meta.Override)) problems.push(`the functions metadata URL ${p} (Swedish function names)`);
  }
  const desktop = host.DesktopFormFactor || {};
  if (desktop.FunctionFile && desktop.FunctionFile['@_resid'] !== runtimeId) problems.push('FunctionFile is not the shared runtime page');
  const actions = [];
  walk(desktop, (name, node) => {
    if (localName(name) === 'Action' && node['@_type'] === 'ShowTaskpane') actions.push(node);
  });
  if (!actions.length) problems.push('no button opens the task pane');
  for (const a of actions) {
    if (a.SourceLocation['@_resid'] !== runtimeId) problems.push('the task pane button does not open the shared runtime page');
  }

  // Icons exist in the built output.
  if (options.distDir) {
    // The add-in's base path (e.g. https://host/addin/) is where dist/ is served.
    const taskpane = defined.Urls.get(runtimeId);
    const base = taskpane ? new URL('.', taskpane['@_DefaultValue']).pathname : '/';
    for (const u of new Set(urls)) {
      const pathname = new URL(u).pathname;
      const file = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
      if (/\.(png|html|js|json)$/.test(file) && !fs.existsSync(path.join(options.distDir, file))) {
        problems.push(`${u} points at ${file}, which the build did not write`);
      }
    }
  }
  return problems;
}

module.exports = { checkManifest, SWEDISH_LOCALES, REQUIRED_SETS };

if (require.main === module) {
  const args = process.argv.slice(2);
  const distIndex = args.indexOf('--dist');
  const distDir = distIndex >= 0 ? args[distIndex + 1] : undefined;
  const file = args.find((a, i) => !a.startsWith('--') && (distIndex < 0 || i !== distIndex + 1)) || 'manifest.xml';
  const problems = checkManifest(fs.readFileSync(file, 'utf8'), { distDir });
  if (problems.length) {
    console.error(`${file}: ${problems.length} problem(s)\n- ${problems.join('\n- ')}`);
    process.exit(1);
  }
  console.log(`${file}: valid`);
}
