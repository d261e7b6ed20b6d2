/**
 * How a table's own status and development columns write their marks, read from the header's legend and
 * the cells already filled: symbols (■ met, ● partly, ▲ missed, ◆ not assessable; ↑ better, → unchanged,
 * ↓ worse, as the seeds' interim reports use them), colour words (grön / gul / röd), or the words of
 * TARGET_STATUS and DEVELOPMENT. The pane writes in the convention found; the legend stays visible and
 * editable in the sheet.
 */
import type { CellValue } from '../../types';
import type { IndicatorTable } from '../indicators/types';
import { cellText } from '../shared/cellText';
import { ARROWS, COLOUR_WORDS, SHAPES, type DevelopmentKey, type StatusKey } from '../shared/statusMarks';

export type { StatusKey, DevelopmentKey };

export const STATUS_KEYS: readonly StatusKey[] = ['met', 'partly', 'missed', 'notAssessable'];
export const DEVELOPMENT_KEYS: readonly DevelopmentKey[] = ['better', 'unchanged', 'worse'];

export type StatusConvention = { kind: 'words' } | { kind: 'symbols' | 'colours'; legend: Record<StatusKey, string> };
export type DevelopmentConvention = { kind: 'words' } | { kind: 'symbols'; legend: Record<DevelopmentKey, string> };

const DEFAULT_SYMBOLS: Record<StatusKey, string> = { met: '■', partly: '●', missed: '▲', notAssessable: '◆' };
const DEFAULT_ARROWS: Record<DevelopmentKey, string> = { better: '↑', unchanged: '→', worse: '↓' };

const SWEDISH_COLOURS: Record<StatusKey, string> = { met: 'Grön', partly: 'Gul', missed: 'Röd', notAssessable: 'Grå' };
const ENGLISH_COLOURS: Record<StatusKey, string> = { met: 'Green', partly: 'Yellow', missed: 'Red', notAssessable: 'Grey' };

/** The first character of the filled cells, else of the heading, that is one of `chars`; and whether it came from the heading. */
function firstOf(cells: readonly string[], heading: string, chars: string): { symbol: string; fromHeading: boolean } | undefined {
  for (const t of cells) for (const c of t) if (chars.includes(c)) return { symbol: c, fromHeading: false };
  for (const c of heading) if (chars.includes(c)) return { symbol: c, fromHeading: true };
  return undefined;
}

function cellTexts(filled: readonly CellValue[]): string[] {
  return filled.map((v) => cellText(v)).filter((t) => t !== '');
}

/**
 * The status column's convention.
 *
 * @example
 * statusConvention('Mål-uppfyllelse ▲ □ ● ◆', [])    // symbols: { met: '■', partly: '●', missed: '▲', notAssessable: '◆' }
 * statusConvention('Mål-uppfyllelse ▲ □ ● ◆', ['■'])  // symbols: { met: '■', … } (the cells' own square)
 * statusConvention('Status (grön/gul/röd)', [])       // colours: { met: 'Grön', partly: 'Gul', … }
 * statusConvention('Måluppfyllelse', ['Uppfyllt'])    // words
 */
export function statusConvention(heading: string | undefined, filled: readonly CellValue[]): StatusConvention {
  const cells = cellTexts(filled);
  const found = STATUS_KEYS.map((k) => firstOf(cells, heading ?? '', SHAPES[k]));
  if (found.some((c) => c !== undefined)) {
    const legend = { ...DEFAULT_SYMBOLS };
    STATUS_KEYS.forEach((k, i) => {
      const f = found[i];
      // The interim reports' header shows the met square hollow (□) where its rows have it filled (■).
      if (f) legend[k] = f.fromHeading && f.symbol === '□' ? '■' : f.symbol;
    });
    return { kind: 'symbols', legend };
  }
  const words = [...cells, heading ?? '']
    .join(' ')
    .toLowerCase()
    .split(/[^\p{L}]+/u);
  const colour = (k: StatusKey) => COLOUR_WORDS[k].some((w) => words.includes(w));
  if (STATUS_KEYS.some(colour)) {
    const english = words.some((w) => ['green', 'yellow', 'red', 'grey', 'gray'].includes(w));
    return { kind: 'colours', legend: { ...(english ? ENGLISH_COLOURS : SWEDISH_COLOURS) } };
  }
  return { kind: 'words' };
}

/**
 * The development column's convention.
 *
 * @example
 * developmentConvention('Utveck-ling ↓ ↑ →', []) // symbols: { better: '↑', unchanged: '→', worse: '↓' }
 * developmentConvention('Trend', ['Bättre'])     // words
 */
export function developmentConvention(heading: string | undefined, filled: readonly CellValue[]): DevelopmentConvention {
  const cells = cellTexts(filled);
  const found = DEVELOPMENT_KEYS.map((k) => firstOf(cells, heading ?? '', ARROWS[k]));
  if (!found.some((c) => c !== undefined)) return { kind: 'words' };
  const legend = { ...DEFAULT_ARROWS };
  DEVELOPMENT_KEYS.forEach((k, i) => {
    const f = found[i];
    if (f) legend[k] = f.symbol;
  });
  return { kind: 'symbols', legend };
}

/**
 * The status convention of a sheet's tables taken together: every table's heading counts (a legend may
 * stand only in the headers of later pages), and every filled cell. The pane's legend, the report and the
 * formulas planned all use this one.
 *
 * @example
 * tablesStatusConvention(interimTables) // symbols: { met: '■', partly: '●', missed: '▲', notAssessable: '◆' }
 * tablesStatusConvention(planTables)    // undefined (no status column of their own)
 */
export function tablesStatusConvention(tables: readonly IndicatorTable[]): StatusConvention | undefined {
  const own = tables.filter((t) => t.columns.status !== undefined);
  if (own.length === 0) return undefined;
  const heading = own.map((t) => t.columns.headers.status ?? '').join(' ');
  return statusConvention(
    heading,
    own.flatMap((t) => t.indicators.map((i) => i.own?.status ?? null)),
  );
}
