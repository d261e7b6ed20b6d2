/**
 * The one rule for markup in cell text, shared by the table engine (cellText) and the target reader (the
 * TARGET_* functions and the indicator tables alike): cells pasted from web pages and PDFs carry simple
 * HTML (`<b>Psykiatri</b>`, `<ul><li>…</li></ul>`, `&amp;`), which is dropped; anything else that
 * contains `<` or `>` is text, because in a target it is a comparator ("Väntetid <tre månader för >90 %
 * av patienterna" keeps every character).
 */

/** HTML elements found in pasted cells; a `<` before any other word is a comparator, not a tag. */
const BLOCK = 'ul|ol|li|br|p|div|tr|td|th|table|tbody|thead|tfoot|caption|h[1-6]|hr|blockquote|pre|dl|dt|dd';
const INLINE = 'b|i|u|s|em|strong|span|font|sup|sub|small|big|mark|a|abbr|code|del|ins|strike|tt';
const TAG = (names: string, flags: string): RegExp => new RegExp(`<\\/?(?:${names})(?:\\s[^<>]*)?\\/?>`, flags);
const BLOCK_TAG = TAG(BLOCK, 'gi');
const INLINE_TAG = TAG(INLINE, 'gi');
const HAS_BLOCK_TAG = TAG(BLOCK, 'i');
const HAS_TAG = TAG(`${BLOCK}|${INLINE}`, 'i');
const ENTITY = /&(?:amp|lt|gt|quot|#39|apos|nbsp);/g;
const ENTITIES: ReadonlyMap<string, string> = new Map([
  ['&amp;', '&'],
  ['&lt;', '<'],
  ['&gt;', '>'],
  ['&quot;', '"'],
  ['&#39;', "'"],
  ['&apos;', "'"],
  ['&nbsp;', '\u00a0'],
]);

/**
 * Drops HTML tags of the known elements (block elements leave a space, so list items do not run
 * together) and decodes the common entities; text without them comes back unchanged.
 *
 * @example
 * stripMarkup('<b>82 605</b>')                                   // → '82 605'
 * stripMarkup('<ul><li>a</li><li>b</li></ul>')                   // → 'a b'
 * stripMarkup('Höft- &amp; knäprotes')                           // → 'Höft- & knäprotes'
 * stripMarkup('Väntetid <tre månader för >90 % av patienterna') // → unchanged
 */
export function stripMarkup(text: string): string {
  if (!text.includes('<') && !text.includes('&')) return text;
  const tagged = text.includes('<') && HAS_TAG.test(text);
  const hadBlock = tagged && HAS_BLOCK_TAG.test(text);
  let s = tagged ? text.replace(BLOCK_TAG, ' ').replace(INLINE_TAG, '') : text;
  if (s.includes('&')) s = s.replace(ENTITY, (e) => ENTITIES.get(e) ?? e);
  // Only where block tags were replaced do the spaces they leave need tidying.
  return hadBlock ? s.replace(/[ \t]{2,}/g, ' ').trim() : s;
}
