/**
 * An indicator's outcome as reports write it: a figure with a unit or count word ("90st", "+19 mnkr",
 * "6,9 %", "2,3 dagar"), a total followed by a split by sex or unit ("51 % M: 60 % K:45 %"), a split
 * alone ("M:53 % K:53 %", "SU: 76 NU: 16", "60 % män, 45 % kvinnor"). TARGET_MET and the indicator
 * table engine read outcomes only here, so a cell judged in the sheet is judged the same in the pane.
 *
 * A cell that holds figures but cannot be read one way only (two splits with different units, several
 * figures without a group) is `ambiguous`, said rather than guessed. Text with no such shape ("Under
 * utredning", "Resultat för 2023 kommer i jan") stays text: there is no outcome to judge.
 */
import { readCell, type CellReading } from '../numbers/readCell';
import { recentCache } from './recentCache';
import { scanOutcome, type OutcomeFigure, type OutcomeToken } from './scanOutcome';

export type { OutcomeFigure };

/** One group's figure of a split outcome: "K: 45 %" is `{ label: 'K', key: 'k', value: 0.45, percent: true }`. */
export interface OutcomePart extends OutcomeFigure {
  label: string;
  key: string;
}

export type AmbiguousOutcome =
  /** Percentages beside counts, or figures in different units ("M: 53 % K: 203"). */
  | 'mixed-units'
  /** The same group twice: two splits in one cell ("M: 53 % K: 47 % M: 135 K: 203"). */
  | 'repeated-group'
  /** Several figures without a group to tell them apart ("45 % 52 %", "M: 60 % 45 %"). */
  | 'unlabelled-figures';

export type OutcomeNumber = Extract<CellReading, { kind: 'number' }> & { unit?: string };

export type OutcomeReading =
  | OutcomeNumber
  | Exclude<CellReading, { kind: 'number' }>
  | { kind: 'split'; text: string; total?: OutcomeFigure; parts: OutcomePart[] }
  | { kind: 'ambiguous'; text: string; why: AmbiguousOutcome };

/** Longer texts are comments, not outcomes; the cap keeps the scan cheap on any input. */
const MAX_LENGTH = 300;

type Resolved = { total?: OutcomeFigure; parts: OutcomePart[] } | { ambiguous: AmbiguousOutcome } | null;

/**
 * Figures and names read as one total and groups: names before their figures ("M: 60 % K: 45 %") or, when
 * the text ends with a name, after them ("60 % män, 45 % kvinnor"); a leading figure without a name is the
 * total either way.
 */
function resolve(tokens: OutcomeToken[]): Resolved {
  let figures = 0;
  let colonName = false;
  for (const t of tokens) {
    if (t.kind === 'figure') figures++;
    else if (t.colon) colonName = true;
  }
  if (figures === 0) return null;
  const after = tokens[tokens.length - 1].kind === 'name';
  if (after && colonName) return { ambiguous: 'unlabelled-figures' };
  let i = 0;
  let total: OutcomeFigure | undefined;
  const parts: OutcomePart[] = [];
  const names = tokens.length - figures;
  const first = tokens[0];
  if (first.kind === 'figure' && (after ? figures === names + 1 : true)) {
    total = first.figure;
    i = 1;
  }
  for (; i < tokens.length; i += 2) {
    const a = tokens[i];
    const b = tokens[i + 1];
    const name = after ? b : a;
    const figure = after ? a : b;
    if (name?.kind !== 'name' || figure?.kind !== 'figure') return { ambiguous: 'unlabelled-figures' };
    const f = figure.figure;
    if (name.total) {
      if (total) return { ambiguous: 'repeated-group' };
      total = f;
      continue;
    }
    for (const p of parts) if (p.key === name.key) return { ambiguous: 'repeated-group' };
    parts.push({ value: f.value, percent: f.percent, unit: f.unit, label: name.label, key: name.key });
  }
  return sameUnits(total, parts) ? { total, parts } : { ambiguous: 'mixed-units' };
}

/** Percentages only with percentages, and at most one unit word among the figures ("M: 2 dagar K: 3 veckor" is not). */
function sameUnits(total: OutcomeFigure | undefined, parts: OutcomePart[]): boolean {
  const reference = total ?? parts[0];
  let unit = reference.unit?.toLowerCase();
  for (const f of parts) {
    if (f.percent !== reference.percent) return false;
    if (f.unit === undefined) continue;
    const u = f.unit.toLowerCase();
    if (unit !== undefined && u !== unit) return false;
    unit = u;
  }
  return true;
}

const NON_ASCII = /[^\x00-\x7f]/;

/** The text as the scanner reads it: composed, U+2212 as "-", one space for any run of space (line breaks too). */
function normalOutcome(text: string): string {
  const s = NON_ASCII.test(text)
    ? text
        .normalize('NFC')
        .replace(/\u2212/g, '-')
        .replace(/[\u200b\ufeff]/g, '')
    : text;
  // readCell has trimmed the text; only runs of space and other spaces (line breaks, no-break spaces) are left.
  return /\s\s|[^\S ]/.test(s) ? s.replace(/\s+/g, ' ').trim() : s;
}

/** The outcome in a text that readCell could not read as one number, or null when it holds no figure to judge. */
function readText(text: string): OutcomeReading | null {
  // A cell of thousands of characters is a comment however few of them are not space.
  if (text.length > MAX_LENGTH * 4) return null;
  const normal = normalOutcome(text);
  if (normal.length > MAX_LENGTH) return null;
  const tokens = scanOutcome(normal);
  if (tokens === 'text') return null;
  const resolved = resolve(tokens);
  if (resolved === null) return null;
  if ('ambiguous' in resolved) return { kind: 'ambiguous', text, why: resolved.ambiguous };
  if (resolved.parts.length === 0 && resolved.total) {
    const { value, percent, unit } = resolved.total;
    return { kind: 'number', value, fromText: true, percent, unit };
  }
  return { kind: 'split', text, total: resolved.total, parts: resolved.parts };
}

/**
 * Reads an outcome cell (or a TARGET_MET argument). Never throws.
 *
 * @example
 * readOutcome(0.93)                     // { kind: 'number', value: 0.93, fromText: false, percent: false }
 * readOutcome('90st')                   // { kind: 'number', value: 90, fromText: true, percent: false }
 * readOutcome('+19 mnkr')               // { kind: 'number', value: 19, …, unit: 'mnkr' }
 * readOutcome('51 % M: 60 % K:45 %')    // { kind: 'split', total: { value: 0.51, percent: true }, parts: [M 0.6, K 0.45] }
 * readOutcome('M: 135 K: 203')          // { kind: 'split', parts: [M 135, K 203] }
 * readOutcome('60 % män, 45 % kvinnor') // { kind: 'split', parts: [män 0.6, kvinnor 0.45] }
 * readOutcome('M: 53 % K: 47 % M: 135 K: 203') // { kind: 'ambiguous', why: 'repeated-group' }
 * readOutcome('Under utredning')        // { kind: 'text', text: 'Under utredning' }
 */
export function readOutcome(raw: unknown): OutcomeReading {
  if (typeof raw !== 'string') return readValue(raw);
  const hit = cache.get(raw);
  if (hit) return hit;
  const read = readValue(raw);
  cache.set(raw, read);
  return read;
}

function readValue(raw: unknown): OutcomeReading {
  const reading = readCell(raw);
  if (reading.kind !== 'text' || reading.notAValue) return reading;
  try {
    return readText(reading.text) ?? reading;
  } catch {
    // A bug in a pattern must not reach a cell: the text is then no outcome that can be judged.
    return reading;
  }
}

/**
 * Outcome texts read lately (plain figures such as "51 %" and compound ones alike): a sheet of thousands of
 * TARGET_MET cells recalculates with the same outcome texts each time. Readings are shared: nothing may change them.
 */
const cache = recentCache<OutcomeReading>(2500);

/** True for a reading that holds a figure to judge: a number or a split (an ambiguous cell holds figures, but not one reading). */
export function hasFigure(reading: OutcomeReading): reading is OutcomeNumber | Extract<OutcomeReading, { kind: 'split' }> {
  return reading.kind === 'number' || reading.kind === 'split';
}
