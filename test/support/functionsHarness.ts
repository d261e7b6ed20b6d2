/**
 * Loads the built custom functions script the way Excel does: in a fresh global scope with a
 * `CustomFunctions` object whose `associate` records every id, and an `Office` object giving the display
 * language. Tests then call functions by id exactly as Excel would: omitted optional arguments arrive as
 * `null`, ranges as 2-D arrays.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';

export const DIST = path.resolve(__dirname, '..', '..', 'dist');

/** The error object the stub CustomFunctions.Error creates, shaped like Office's. */
export class StubExcelError {
  readonly code: string;
  readonly message?: string;
  constructor(code: string, message?: string) {
    this.code = code;
    this.message = message;
  }
}

/** Office's CustomFunctions.ErrorCode values. */
export const ErrorCode = {
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
  nullReference: '#NULL!',
  invalidName: '#NAME?',
  invalidReference: '#REF!',
} as const;

export interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: Array<{ name: string; description?: string; type?: string; dimensionality?: string; optional?: boolean }>;
  result: { type?: string; dimensionality?: string };
  options?: Record<string, unknown>;
}

export interface FunctionsBundle {
  /** Ids in the order the script associated them. */
  associated: string[];
  metadata: FunctionMetadata[];
  /** Calls a function with exactly these arguments. */
  callRaw(id: string, ...args: unknown[]): unknown;
  /** Calls a function as Excel does: arguments not given are passed as null, up to the declared parameter count. */
  call(id: string, ...args: unknown[]): unknown;
}

export function readMetadata(file = 'functions.json'): FunctionMetadata[] {
  const full = path.join(DIST, file);
  if (!fs.existsSync(full)) throw new Error(`${full} is missing: run "npm run build" first`);
  return JSON.parse(fs.readFileSync(full, 'utf8')).functions;
}

export function loadFunctionsBundle(options: { displayLanguage?: string } = {}): FunctionsBundle {
  const script = path.join(DIST, 'functions.js');
  if (!fs.existsSync(script)) throw new Error(`${script} is missing: run "npm run build" first`);
  const registry = new Map<string, (...args: unknown[]) => unknown>();
  const associated: string[] = [];
  const CustomFunctions = {
    associate(id: string, fn: (...args: unknown[]) => unknown) {
      if (typeof fn !== 'function') throw new Error(`associate("${id}") was given no function`);
      registry.set(id, fn);
      associated.push(id);
    },
    Error: StubExcelError,
    ErrorCode,
  };
  const Office = {
    context: { displayLanguage: options.displayLanguage ?? 'en-US' },
    onReady: () => Promise.resolve({ host: 'Excel', platform: 'PC' }),
  };
  const sandbox: Record<string, unknown> = { CustomFunctions, Office, console };
  sandbox.window = sandbox;
  sandbox.self = sandbox;
  sandbox.setTimeout = setTimeout;
  sandbox.clearTimeout = clearTimeout;
  sandbox.document = pageDocument(sandbox);
  vm.createContext(sandbox);
  vm.runInContext(fs.readFileSync(script, 'utf8'), sandbox, { filename: 'functions.js' });

  const metadata = readMetadata();
  const byId = new Map(metadata.map((m) => [m.id, m]));

  const callRaw = (id: string, ...args: unknown[]) => {
    const fn = registry.get(id);
    if (!fn) throw new Error(`${id} was not associated`);
    return fn(...args);
  };
  const call = (id: string, ...args: unknown[]) => {
    const meta = byId.get(id);
    if (!meta) throw new Error(`${id} is not in functions.json`);
    const padded = [...args];
    while (padded.length < meta.parameters.length) padded.push(null);
    return callRaw(id, ...padded);
  };
  return { associated, metadata, callRaw, call };
}

/**
 * The little of a page's `document` that webpack's chunk loading uses: a script element added to the head
 * runs its file from dist/ in the same global scope, then fires onload (or onerror when the file is not
 * there), as the shared runtime's page does when functions.js fetches a chunk (the production engine).
 */
function pageDocument(sandbox: Record<string, unknown>) {
  return {
    // The shared runtime's page has an address: webpack's runtime resolves the worker's URL against it.
    baseURI: 'https://localhost:3000/taskpane.html',
    getElementsByTagName: () => [],
    createElement: () => {
      const attributes = new Map<string, string>();
      return { src: '', setAttribute: (name: string, value: string) => attributes.set(name, value), getAttribute: (name: string) => attributes.get(name) };
    },
    head: {
      appendChild(script: { src: string; onload?: (event: unknown) => void; onerror?: (event: unknown) => void }) {
        const file = path.join(DIST, script.src);
        setTimeout(() => {
          if (!fs.existsSync(file)) return script.onerror?.({ type: 'error', target: script });
          vm.runInContext(fs.readFileSync(file, 'utf8'), sandbox as vm.Context, { filename: script.src });
          script.onload?.({ type: 'load', target: script });
        }, 0);
      },
    },
  };
}

/**
 * The built file of a chunk fetched on demand, whose name carries a hash of its content (webpack.config.js):
 * builtChunk('checking') → 'checking.1a2b3c4d.js'. Fails when there is not exactly one.
 */
export function builtChunk(name: string, dist = DIST): string {
  const files = fs.readdirSync(dist).filter((f) => new RegExp(`^${name.replace(/[.-]/g, '\\$&')}\\.[0-9a-f]{8}\\.js$`).test(f));
  if (files.length !== 1) throw new Error(`expected one built ${name} chunk in ${dist}, found ${files.length}: run npm run build first`);
  return files[0];
}

export function isExcelError(v: unknown, code?: string): v is StubExcelError {
  return v instanceof StubExcelError && (code === undefined || v.code === code);
}

/** The code and message of an Excel error a function returned; fails the test on anything else. */
export function errorOf(v: unknown): { code: string; message?: string } {
  if (!isExcelError(v)) throw new Error(`expected an Excel error, got ${JSON.stringify(v)}`);
  return { code: v.code, message: v.message };
}
