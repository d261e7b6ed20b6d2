/**
 * Målkoll's function names inside formulas, in the language Excel binds them by.
 *
 * Why: Excel binds a custom function in a formula by the name it displays, and that name comes from the
 * metadata of the display language (functions.sv.json through the manifest's sv-SE and sv-FI overrides,
 * functions.json otherwise). A formula written through the API with the English name in Swedish Excel gives
 * #NAME? (office-js issue 891, a product bug), although built-in functions are translated. So the pane
 * writes our functions by the names of the language Excel displays, and recognises a formula of ours in
 * either language when it removes what it wrote (a workbook moves between Swedish and English Excel), and in
 * the form Excel shows before it knows the functions, `_xldudf_MALKOLL_TARGET_STATUS(…)` (office-js 3558, 5611).
 * Only our own calls change: built-ins and argument separators stay as they are, in whichever notation
 * (`range.formulas` or `range.formulasLocal`) the formula is written.
 */
import swedish from './functions.sv.json';

export const NAMESPACE = 'MALKOLL';

/**
 * The display languages for which the manifest points Excel at the Swedish metadata (its
 * Functions.Metadata.Url overrides): Office matches an override by the exact language tag.
 */
export const SWEDISH_METADATA_LOCALES: readonly string[] = ['sv-SE', 'sv-FI'];

export type FunctionLanguage = 'en' | 'sv';

const SWEDISH_NAMES: ReadonlyMap<string, string> = new Map(
  // eslint-disable-next-line no-restricted-syntax -- the Swedish metadata, keyed by Målkoll's own function ids
  Object.entries(swedish as Record<string, { name: string }>).map(([id, f]) => [id, f.name]),
);
/** Every name of ours, upper case, in either language, to its id (the English name is the id). */
const IDS_BY_NAME: ReadonlyMap<string, string> = new Map([
  ...[...SWEDISH_NAMES.keys()].map((id) => [id, id] as const),
  ...[...SWEDISH_NAMES].map(([id, name]) => [name.toUpperCase(), id] as const),
]);

/**
 * NAMESPACE.NAME followed by "(": a call of one of our functions (or of a name we do not know); or, as Excel shows
 * our calls before it knows the functions, _xldudf_NAMESPACE_NAME.
 */
const CALL = new RegExp(`(^|[^\\p{L}\\p{N}_.])(?:(${NAMESPACE})\\.|_xldudf_(${NAMESPACE})_)([\\p{L}\\p{N}_.]+)(?=\\s*\\()`, 'giu');

/** The parts of a formula outside its string literals ("…") and quoted sheet names ('…'), each through `fn`. */
export function mapOutsideLiterals(formula: string, fn: (code: string) => string): string {
  return formula.replace(/("(?:[^"]|"")*"?|'(?:[^']|'')*'?)|([^"']+)/g, (_w, literal: string | undefined, code: string | undefined) =>
    literal !== undefined ? literal : fn(code ?? ''),
  );
}

/** Applies `rename(name)` to every call of ours outside the formula's string literals. */
function renameCalls(formula: string, rename: (name: string) => string): string {
  if (!formula.startsWith('=')) return formula;
  return mapOutsideLiterals(formula, (code) =>
    code.replace(
      CALL,
      (_w, before: string, ns: string | undefined, xldudfNs: string | undefined, name: string) => `${before}${ns ?? xldudfNs}.${rename(name)}`,
    ),
  );
}

/**
 * Whether a formula calls one of our functions (in any language, or as `_xldudf_…`).
 *
 * @example
 * callsOurs('=MALKOLL.MÅLSTATUS(D4;C4)') // → true
 * callsOurs('=SUM(A1:A4)')               // → false
 */
export function callsOurs(formula: unknown): boolean {
  if (typeof formula !== 'string' || !formula.startsWith('=')) return false;
  let found = false;
  renameCalls(formula, (name) => {
    if (IDS_BY_NAME.has(name.toUpperCase())) found = true;
    return name;
  });
  return found;
}

/**
 * The language Excel shows our function names in: Swedish when the display language is one the manifest
 * has the Swedish metadata for, English otherwise (Office falls back to the default metadata).
 *
 * @example
 * functionLanguage('sv-SE') // → 'sv'
 * functionLanguage('sv-AX') // → 'en' (no override for it: Excel shows the English names)
 * functionLanguage(undefined) // → 'en'
 */
export function functionLanguage(displayLanguage: string | null | undefined): FunctionLanguage {
  const tag = String(displayLanguage ?? '').toLowerCase();
  return SWEDISH_METADATA_LOCALES.some((l) => l.toLowerCase() === tag) ? 'sv' : 'en';
}

/**
 * A formula written with our ids, with our function names in `language`.
 *
 * @example
 * localizeFormula('=MALKOLL.TARGET_STATUS(D4,C4)', 'sv') // → '=MALKOLL.MÅLSTATUS(D4,C4)'
 * localizeFormula('=MALKOLL.REIMBURSEMENT(E5,C5,D5,MALKOLL.UNIT_PRICE("besök"))', 'sv')
 * // → '=MALKOLL.TILLÄGGSERSÄTTNING(E5,C5,D5,MALKOLL.STYCKPRIS("besök"))'
 * localizeFormula('=SUM(F4:F60)', 'sv') // → '=SUM(F4:F60)'
 */
export function localizeFormula(formula: string, language: FunctionLanguage): string {
  if (language === 'en') return canonicalFormula(formula);
  return renameCalls(formula, (name) => {
    const id = IDS_BY_NAME.get(name.toUpperCase());
    return id === undefined ? name : (SWEDISH_NAMES.get(id) ?? name);
  });
}

/**
 * A formula with our function names, in either language and any letter case, replaced by their ids: the
 * same formula reads the same whatever Excel's language was when it was written or is now.
 *
 * @example
 * canonicalFormula('=malkoll.målstatus(D4,C4)') // → '=malkoll.TARGET_STATUS(D4,C4)'
 * canonicalFormula('=_xldudf_MALKOLL_TARGET_STATUS(D4,C4)') // → '=MALKOLL.TARGET_STATUS(D4,C4)'
 */
export function canonicalFormula(formula: string): string {
  return renameCalls(formula, (name) => IDS_BY_NAME.get(name.toUpperCase()) ?? name);
}
