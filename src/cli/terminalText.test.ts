import { terminalText } from './terminalText';

describe('terminalText', () => {
  it('shows the control characters that act on a terminal as their pictures, line breaks as spaces', () => {
    expect(terminalText('Rent\u001b[2J\u0007')).toBe('Rent␛[2J␇');
    expect(terminalText('Allmän\r\nkirurgi\tBUP\u007f')).toBe('Allmän  kirurgi BUP\u2421');
  });

  it.each([
    ['left-to-right and right-to-left marks', '\u200e\u200f'],
    ['the Arabic letter mark', '\u061c'],
    ['embeddings and overrides', '\u202a\u202b\u202c\u202d\u202e'],
    ['isolates', '\u2066\u2067\u2068\u2069'],
    ['zero-width space, non-joiner and joiner', '\u200b\u200c\u200d'],
    ['the word joiner and the invisible operators', '\u2060\u2061\u2062\u2063\u2064'],
    ['the byte order mark and the Mongolian vowel separator', '\ufeff\u180e'],
    ['interlinear annotation marks', '\ufff9\ufffa\ufffb'],
    ['C1 controls', '\u0085\u009b'],
  ])('makes %s visible as the replacement character, one for each', (_, chars) => {
    expect(terminalText(`a${chars}b`)).toBe(`a${'\ufffd'.repeat(chars.length)}b`);
  });

  it('keeps a line whole across line and paragraph separators', () => {
    expect(terminalText('Psykiatri\u2028BUP\u2029760')).toBe('Psykiatri BUP 760');
  });

  it('leaves Swedish text, typographic spaces and signs as they are', () => {
    const text = 'Förstabesök: ≥ 90 % inom 20 minuter – 8\u00a0143\u202fkr ”Ortopedi” ↑ ■';
    expect(terminalText(text)).toBe(text);
  });
});
