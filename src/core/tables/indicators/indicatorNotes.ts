/**
 * Text in an indicator column that is no indicator's name: a footnote ("¹ RN måttet delas upp …"), a
 * pointer elsewhere ("Se nedan, Omställning av Hälso- och sjukvård"), a note that the indicators are not
 * ready ("Indikatorer för uppföljning … tas fram under hösten", "… är under framtagande") or that one is
 * not followed ("Närsjukvårdsteam, antal. Indikator pausas 2025"), or a numbered section heading
 * ("6.1.4 Nära vård"). A row of such text alone is not listed; a name alone is (not assessable).
 */
import { foldWords } from '../shared/cellText';

const FOOTNOTE = /^[¹²³⁴⁵⁶⁷⁸⁹⁰*†‡]/;
const SECTION = /^\d+(\.\d+)*\.?\s+\p{L}/u;
const NOTE_WORDS =
  /^(not|anm|anmarkning|obs|kalla|kommentar|se (nedan|ovan|bilaga|avsnitt|tabell|kapitel|sid))\b|\b(under framtagande|tas fram|tagits fram|framtas|under utveckling|utarbetas|arbetas fram|pausas|pausad|pausade|utgar|har utgatt|ej aktuell|inte aktuell|redovisas senare|kommer att (tas fram|redovisas|utvecklas|inforas))\b/;

/**
 * True when the text is a note, a footnote or a heading rather than an indicator's name.
 *
 * @example
 * isIndicatorNote('Indikatorer för uppföljning av den nära vården tas fram under hösten.') // → true
 * isIndicatorNote('Se nedan, Omställning av Hälso- och sjukvård') // → true
 * isIndicatorNote('Medelvårdtid på sjukhus') // → false
 */
export function isIndicatorNote(text: string): boolean {
  const t = text.trim();
  if (FOOTNOTE.test(t) || SECTION.test(t)) return true;
  return NOTE_WORDS.test(foldWords(t));
}
