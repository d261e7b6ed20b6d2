/**
 * The words of production tables: which headings name a label (a year, a hospital, a code) rather than a
 * figure, which rows are totals, which columns are derived from others (a change, a share, a rate, an
 * average) and which figures are rounded amounts. Headings are compared folded (lower case, no
 * diacritics, punctuation as spaces), so "År anpassat", "AR" and "år" are the same first word.
 */
import { foldWords } from '../shared/cellText';

/** First words of a heading over labels that may be numbers: years, periods, codes, units, row numbers. */
const LABEL_FIRST_WORDS = new Set([
  'ar',
  'artal',
  'year',
  'period',
  'manad',
  'month',
  'kvartal',
  'tertial',
  'datum',
  'date',
  'vecka',
  'kod',
  'code',
  'nr',
  'nummer',
  'no',
  'rad',
  'radnr',
  'id',
  'hsa',
  'inrattning',
  'inrattningskod',
  'sjukhus',
  'sjukhuskod',
  'verksamhetsomrade',
  'verksamhet',
  'vo',
  'klinik',
  'enhet',
  'enhetskod',
  'kommun',
  'kommunkod',
  'lan',
  'region',
  'forvaltning',
  'diagnos',
  'kon',
  'alder',
  'aldersgrupp',
  'specialitet',
]);

/** Words of a change column: new against old. */
const CHANGE = /\b(forandring\w*|forandr|utveckling\w*|diff\w*|skillnad\w*|okning\w*|minskning\w*|change|variance|jmf|jamfort|jamforelse|vs)\b/;
/** Words of a column computed from others by division: a share, a rate, an average, an index. */
const RATIO =
  /\b(andel\w*|procent\w*|percent\w*|per|kvot\w*|ratio|share|rate|medel\w*|genomsnitt\w*|snitt\w*|median|index|grad|\w+grad|tackningsgrad|frekvens|promille)\b/;
/** Amounts shown rounded to thousands or millions: their parts need not add up to the krona. */
const ROUNDED_UNIT = /\b(tkr|mnkr|mkr|mdkr|kkr|tusental|tusentals|miljoner|miljarder|mdr|msek|tsek|ksek)\b/;
/** Labels of a total or subtotal row. */
const TOTAL_LABEL = /^(totalt|total|totalsumma|summa|sum|samtliga|alla|hela|sammanlagt|overall)\b|\b(totalt|total|summa|sammantaget|tot)$/;

/**
 * True when a heading names a column of labels that may hold numbers ("År", "Inrättning", "Kod").
 *
 * @example
 * isLabelHeading('År anpassat') // → true
 * isLabelHeading('Antal utskrivna') // → false
 */
export function isLabelHeading(heading: string): boolean {
  const first = foldWords(heading).split(' ')[0];
  return first !== undefined && LABEL_FIRST_WORDS.has(first);
}

/**
 * True when a heading says its column is a change between two others.
 *
 * @example
 * isChangeHeading('Förändring distansbesök %') // → true
 */
export function isChangeHeading(heading: string): boolean {
  return CHANGE.test(foldWords(heading)) || /[Δ±]|\+\/-/.test(heading);
}

/**
 * True when a heading says its column is a share, a rate, an average or any other quotient of figures.
 *
 * @example
 * isRatioHeading('Distansbesök % av totalen 202204') // → true
 * isRatioHeading('Andel med LM-berättelse') // → true
 * isRatioHeading('Antal utskrivna') // → false
 */
export function isRatioHeading(heading: string): boolean {
  return heading.includes('%') || heading.includes('‰') || RATIO.test(foldWords(heading));
}

/**
 * True when a heading names an amount in thousands or millions, whose figures are rounded.
 *
 * @example
 * isRoundedUnitHeading('Kostnad (tkr)') // → true
 */
export function isRoundedUnitHeading(heading: string): boolean {
  return ROUNDED_UNIT.test(foldWords(heading));
}

/**
 * True when a row's label says it is a total ("Totalt", "Totalt antal besök", "Summa:", "Region totalt").
 *
 * @example
 * isTotalLabel('Totalt Antal besök') // → true
 * isTotalLabel('Summa:') // → true
 * isTotalLabel('Somatik') // → false
 */
export function isTotalLabel(label: string): boolean {
  return TOTAL_LABEL.test(foldWords(label));
}

/**
 * True when a row's label says it breaks down the row above it ("Varav akut", "därav distans"): such a row
 * is part of another, not a part of the table's sums.
 *
 * @example
 * isPartOfLabel('Varav akuta besök') // → true
 * isPartOfLabel('Somatik') // → false
 */
export function isPartOfLabel(label: string): boolean {
  return /^(varav|darav|of which)\b/.test(foldWords(label));
}

/** Words that open or close a bridge rather than name what it measures ("Ingående", "Reviderad"). */
const BRIDGE_WORDS = new Set([
  'ingaende',
  'utgaende',
  'ib',
  'ub',
  'reviderad',
  'reviderat',
  'ny',
  'nytt',
  'nya',
  'ursprunglig',
  'ursprungligt',
  'foregaende',
  'fg',
  'ar',
  'aret',
  'dnr',
]);

/** The words of a label that name its measure: no years or parenthesised references, no opening or closing words. */
function bridgeMeasure(label: string): string {
  return foldWords(label.replace(/\([^)]*\)/g, ' '))
    .split(' ')
    .filter((w) => w !== '' && !/^(19|20)\d\d$/.test(w) && !BRIDGE_WORDS.has(w))
    .join(' ');
}

/**
 * True when two rows' labels open and close a bridge: the same measure named twice, for different years or
 * versions ("Ersättning uppdrag 2025 (Dnr OSN-2024-00190)" … "Ersättning uppdrag 2025", "Ersättning 2024" …
 * "Ersättning 2025"), so the rows between are the changes from the one to the other. The same label twice is
 * a category repeated, no bridge.
 *
 * @example
 * isBridge('Ersättning uppdrag 2025 (Dnr OSN-2024-00190)', 'Ersättning uppdrag 2025') // → true
 * isBridge('Ersättning länssjukvård', 'Ersättning uppdrag 2025') // → false
 * isBridge('Somatik', 'Somatik') // → false
 * isBridge('Enhet 1', 'Enhet 7') // → false (numbered rows, not years)
 */
export function isBridge(opening: string, closing: string): boolean {
  if (foldWords(opening) === foldWords(closing)) return false;
  const measure = bridgeMeasure(closing);
  return measure !== '' && measure === bridgeMeasure(opening);
}

/**
 * A period written in a heading, as a number that orders periods: 202204 → 202204, 2025 → 202512 (a whole
 * year ends in December), "jan–apr 2024" → 202412; null when the heading names none, or names two.
 *
 * @example
 * periodOf('Varav antal distansbesök 202204') // → 202204
 * periodOf('Utfall 2025') // → 202512
 * periodOf('Besök') // → null
 */
export function periodOf(heading: string): number | null {
  const found = periodsIn(heading);
  return found.length === 1 ? found[0] : null;
}

/**
 * Every period a heading names, in its order, each once: "Förändring 2025 mot 2024 %" → [202512, 202412].
 *
 * @example
 * periodsIn('Förändring 2025 mot 2024 %') // → [202512, 202412]
 */
export function periodsIn(heading: string): number[] {
  const found = heading.match(/(?<!\d)(19|20)\d{2}(?:0[1-9]|1[0-2])?(?!\d)/g) ?? [];
  return [...new Set(found.map((token) => (token.length === 6 ? Number(token) : Number(token) * 100 + 12)))];
}

/**
 * True for a number that reads as a period rather than a figure: a year (1900–2100) or a year and month
 * (190001–210012). Such numbers in a heading name its column; in a column of their own they label rows.
 *
 * @example
 * isPeriodNumber(2025)   // → true
 * isPeriodNumber(202204) // → true
 * isPeriodNumber(31180)  // → false
 */
export function isPeriodNumber(value: number): boolean {
  if (!Number.isInteger(value)) return false;
  if (value >= 1900 && value <= 2100) return true;
  const month = value % 100;
  return value >= 190001 && value <= 210012 && month >= 1 && month <= 12;
}

const STOP_WORDS = new Set([
  'antal',
  'andel',
  'med',
  'av',
  'i',
  'pa',
  'for',
  'och',
  'varav',
  'totalen',
  'total',
  'totalt',
  'procent',
  'per',
  'st',
  'the',
  'of',
  'with',
  'in',
  'number',
  'share',
  'forandring',
  'utveckling',
  'som',
  'till',
  'den',
  'mot',
  'vs',
  'jmf',
  'jamfort',
  'fg',
  'foreg',
  'aret',
  'ar',
]);

/**
 * The words of a heading that name what it counts, periods and counting words left out, cut to their
 * first six letters so that inflections meet ("återinskrivna", "återinskrivning").
 *
 * @example
 * measureWords('Andel med LM-berättelse') // → ['lm', 'beratt']
 * measureWords('Varav antal distansbesök 202204') // → ['distan']
 */
export function measureWords(heading: string): string[] {
  return foldWords(heading)
    .split(' ')
    .filter((w) => w !== '' && !STOP_WORDS.has(w) && !/^\d+$/.test(w))
    .map((w) => w.slice(0, 6));
}
