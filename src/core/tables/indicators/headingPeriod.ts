/**
 * The period an indicator table's heading names ("Utfall T2 2024", "Utfall 2025", "Utfall jan–aug 2025",
 * "Q3 2023", "jan-24") as a number that orders periods, and whether it names the previous one ("Fg år",
 * "Föregående år", "Samma period fg år", "Utfall fjolåret"). Of several outcome columns the latest period
 * is the outcome and an earlier one the reference (./indicatorHeader).
 */
import { foldWords } from '../shared/cellText';

export interface HeadingPeriod {
  /** year × 100 + the last month of the period (T2 → 8, Q3 → 9, delår → 8, a whole year → 12); null when none is named. */
  key: number | null;
  /** The heading names the previous year or period ("fg år", "föregående", "fjol"). */
  previous: boolean;
}

/** Month names and their usual short forms, Swedish and English (folded): 1–12. */
const MONTHS = new Map<string, number>();
[
  ['jan', 'januari', 'january'],
  ['feb', 'februari', 'february'],
  ['mar', 'mars', 'march'],
  ['apr', 'april'],
  ['maj', 'may'],
  ['jun', 'juni', 'june'],
  ['jul', 'juli', 'july'],
  ['aug', 'augusti', 'august'],
  ['sep', 'sept', 'september'],
  ['okt', 'oct', 'oktober', 'october'],
  ['nov', 'november'],
  ['dec', 'december'],
].forEach((names, i) => names.forEach((n) => MONTHS.set(n, i + 1)));
const PREVIOUS = /\b(fg|foreg|foregaende|fjol|fjolaret|forra|previous|prior)\b/;

/**
 * The period a heading names.
 *
 * @example
 * headingPeriod('Utfall T2 2024')      // → { key: 202408, previous: false }
 * headingPeriod('Utfall 2025')         // → { key: 202512, previous: false }
 * headingPeriod('Utfall jan–aug 2025') // → { key: 202508, previous: false }
 * headingPeriod('jan-24')              // → { key: 202401, previous: false }
 * headingPeriod('Samma period fg år')  // → { key: null, previous: true }
 * headingPeriod('Periodens utfall')    // → { key: null, previous: false }
 */
export function headingPeriod(heading: string): HeadingPeriod {
  const words = foldWords(heading);
  const previous = PREVIOUS.test(words);
  let year: number | null = null;
  let month: number | null = null;
  const tokens = words.split(' ');
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i];
    if (/^(19|20)\d\d$/.test(w)) year = Number(w);
    else if (/^t[1-3]$/.test(w)) month = Number(w[1]) * 4;
    else if (/^[qk][1-4]$/.test(w)) month = Number(w[1]) * 3;
    else if (/^(tertial|kvartal)$/.test(w) && /^[1-4]$/.test(tokens[i + 1] ?? '')) month = Number(tokens[i + 1]) * (w === 'tertial' ? 4 : 3);
    else if (w === 'delar' || w === 'delarsrapport') month = 8;
    else if (w === 'helar' || w === 'arsrapport' || w === 'bokslut') month = 12;
    else if (MONTHS.has(w)) {
      // "jan–aug": the last month named ends the period; "jan-24" carries a two-digit year.
      month = MONTHS.get(w) as number;
      const next = tokens[i + 1] ?? '';
      if (year === null && /^\d\d$/.test(next)) year = 2000 + Number(next);
    }
  }
  if (year === null && month === null) return { key: null, previous };
  return { key: (year ?? 0) * 100 + (month ?? 12), previous };
}
