/**
 * The settlement month as an outcome column's heading tells it: "Utfört jan–aug", "Utfall t.o.m. augusti",
 * "Utfall ack. aug", "Utfall T2" (the second tertial ends in August), "Utfall 2025-08", "Delår".
 */
import { foldName } from '../prices';

const MONTHS: readonly (readonly string[])[] = [
  ['januari', 'jan', 'january'],
  ['februari', 'feb', 'february'],
  ['mars', 'mar', 'march'],
  ['april', 'apr'],
  ['maj', 'may'],
  ['juni', 'jun', 'june'],
  ['juli', 'jul', 'july'],
  ['augusti', 'aug', 'august'],
  ['september', 'sep', 'sept'],
  ['oktober', 'okt', 'oct', 'october'],
  ['november', 'nov'],
  ['december', 'dec'],
];

const MONTH_BY_WORD = new Map<string, number>();
MONTHS.forEach((words, i) => words.forEach((w) => MONTH_BY_WORD.set(w, i + 1)));

/** Period words that end at a known month: tertials, the interim report (delår = January–August), the year. */
const PERIOD_END = new Map<string, number>([
  ['t1', 4],
  ['t2', 8],
  ['t3', 12],
  ['tertial1', 4],
  ['tertial2', 8],
  ['tertial3', 12],
  ['delar', 8],
  ['delarsbokslut', 8],
  ['helar', 12],
  ['arsbokslut', 12],
]);

/**
 * The month (1–12) a heading's period ends in, or null when it names none. The last month named counts:
 * "jan–aug" ends in August.
 *
 * @example
 * monthFromHeader('Utfört jan–aug')        // → 8
 * monthFromHeader('Utfall t.o.m. augusti') // → 8
 * monthFromHeader('Utfall ack. apr')       // → 4
 * monthFromHeader('Utfall T3')             // → 12
 * monthFromHeader('Utfall 2025-08')        // → 8
 * monthFromHeader('Utfört')                // → null
 */
export function monthFromHeader(header: string | undefined): number | null {
  if (typeof header !== 'string') return null;
  const folded = foldName(header);
  const words = folded.split(/[^a-z0-9]+/).filter((w) => w !== '');
  let month: number | null = null;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const named = MONTH_BY_WORD.get(w) ?? PERIOD_END.get(w) ?? (w === 'tertial' && /^[123]$/.test(words[i + 1] ?? '') ? 4 * Number(words[i + 1]) : undefined);
    if (named !== undefined) month = named;
  }
  if (month !== null) return month;
  // "2025-08", "202508": a year and a month.
  const numeric = /(?:^|[^0-9])20\d{2}[-/ ]?(0[1-9]|1[0-2])(?![0-9])/.exec(folded);
  return numeric ? Number(numeric[1]) : null;
}

/**
 * The round's month from its submissions' headings: the one month they all name, else why not.
 *
 * @example
 * monthOfHeaders([8, 8, null]) // → { month: 8 }
 * monthOfHeaders([null])       // → { months: [] }
 * monthOfHeaders([4, 8])       // → { months: [4, 8] }
 */
export function monthOfHeaders(months: readonly (number | null)[]): { month: number } | { months: number[] } {
  const named = [...new Set(months.filter((m): m is number => m !== null))].sort((a, b) => a - b);
  return named.length === 1 ? { month: named[0] } : { months: named };
}
