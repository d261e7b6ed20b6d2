/**
 * The marks a follow-up table writes for a status and for a development: symbols by shape (■ met, ● partly,
 * ▲ missed, ◆ not assessable, as the interim reports use them), arrows (↑ better, → unchanged, ↓ worse),
 * colour words (grön / gul / röd) and the words of TARGET_STATUS and DEVELOPMENT. The pane writes in them
 * (../plans/ownConvention); the indicator kind recognises a status or development column by them.
 */
import { foldWords } from './cellText';

export type StatusKey = 'met' | 'partly' | 'missed' | 'notAssessable';
export type DevelopmentKey = 'better' | 'unchanged' | 'worse';

/** Symbols by shape: a square for met, a circle for partly, a triangle for missed, a diamond for not assessable. */
export const SHAPES: Record<StatusKey, string> = {
  met: '■□▪▫◼◻⬛⬜',
  partly: '●○◯◉⬤◐◑',
  missed: '▲△▴▵▼▽▾▿',
  notAssessable: '◆◇♦⬥⬦❖',
};

export const ARROWS: Record<DevelopmentKey, string> = { better: '↑⬆⇧↗', unchanged: '→⇒➡↔⟶', worse: '↓⬇⇩↘' };

export const COLOUR_WORDS: Record<StatusKey, readonly string[]> = {
  met: ['grön', 'grönt', 'green'],
  partly: ['gul', 'gult', 'yellow', 'orange'],
  missed: ['röd', 'rött', 'red'],
  notAssessable: ['grå', 'grått', 'grey', 'gray', 'vit', 'white'],
};

const SYMBOLS = Object.values(SHAPES).join('') + '✓✔✗✘★☆';
const ARROW_CHARS = Object.values(ARROWS).join('');
/** Words a status is written in (folded): TARGET_STATUS's own, and the usual others. */
const STATUS_WORDS = new Set([
  ...Object.values(COLOUR_WORDS).flat().map(foldWords),
  'uppfyllt',
  'uppfylld',
  'uppfyllda',
  'delvis uppfyllt',
  'delvis',
  'ej uppfyllt',
  'inte uppfyllt',
  'ej bedombart',
  'ej bedomt',
  'uppnatt',
  'ej uppnatt',
  'inte uppnatt',
  'delvis uppnatt',
  'met',
  'partly met',
  'not met',
  'missed',
  'not assessable',
]);
/** Words a development is written in (folded): DEVELOPMENT's own, and the usual others. */
const DEVELOPMENT_WORDS = new Set(['battre', 'samre', 'oforandrad', 'oforandrat', 'okar', 'minskar', 'better', 'worse', 'unchanged']);

/**
 * What a cell of a status or development column holds: a status mark, a development mark, or neither.
 *
 * @example
 * markKind('■')               // → 'status'
 * markKind('Delvis uppfyllt') // → 'status'
 * markKind('↑')               // → 'development'
 * markKind('Sämre')           // → 'development'
 * markKind('Pågår enligt plan') // → null
 */
export function markKind(text: string): 'status' | 'development' | null {
  const t = text.trim();
  if (t === '') return null;
  if (t.length <= 3 && [...t].every((ch) => SYMBOLS.includes(ch) || ch === ' ')) return 'status';
  if (t.length <= 3 && [...t].every((ch) => ARROW_CHARS.includes(ch) || ch === ' ')) return 'development';
  const words = foldWords(t);
  if (STATUS_WORDS.has(words)) return 'status';
  if (DEVELOPMENT_WORDS.has(words)) return 'development';
  return null;
}
