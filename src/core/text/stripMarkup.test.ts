import { stripMarkup } from './stripMarkup';

describe('stripMarkup', () => {
  it('drops the tags of pasted HTML and decodes its entities', () => {
    expect(stripMarkup('<b>82 605</b>')).toBe('82 605');
    expect(stripMarkup('<I>Varav uppdrag med avräkning</I>')).toBe('Varav uppdrag med avräkning');
    expect(stripMarkup('<ul style="list-style-type: none"> <li>a</li> <li>b</li> </ul>')).toBe('a b');
    expect(stripMarkup('Rad ett<br/>rad två')).toBe('Rad ett rad två');
    expect(stripMarkup('Höft- &amp; knäprotes')).toBe('Höft- & knäprotes');
    expect(stripMarkup('&lt; 5 %')).toBe('< 5 %');
  });

  it('keeps < and > that are comparators, whatever follows them', () => {
    for (const text of [
      'Väntetid <tre månader för >90 % av patienterna',
      '≤ 8,5% < 9',
      '<90 %',
      '< 2,5 per 100 vårdplatser',
      'Andel <tre dagar >80 %',
      'Höft- & knäprotes',
      'x <bra> y', // no such element
    ]) {
      expect(stripMarkup(text)).toBe(text);
    }
  });
});
