import type { MessageKey } from './message';
import { formatMessage, formatNumber, formatPercent, localeFromLanguageTag } from './format';

describe('numbers and messages in the reader’s language', () => {
  it('writes Swedish numbers with plain spaces, as the contract’s messages do, and a real minus', () => {
    expect(formatNumber('sv', 11080)).toBe('11 080');
    expect(formatNumber('sv', 3125153)).toBe('3 125 153');
    expect(formatNumber('sv', 8.5)).toBe('8,5');
    expect(formatNumber('sv', -1764)).toBe('\u22121 764');
    expect(formatNumber('en', 11080)).toBe('11,080');
    expect(formatPercent('sv', 0.085)).toBe('8,5 %');
    expect(formatPercent('en', 0.085)).toBe('8.5%');
  });

  it('renders the contract’s example of a row that does not add up', () => {
    const message = { key: 'volume.row.sumMismatch' as const, params: { total: 11080, base: 8134, additional: 2937 } };
    expect(formatMessage('sv', message)).toBe('uppdrag 11 080 ≠ bas 8 134 + tillägg 2 937');
    expect(formatMessage('en', message)).toBe('total 11,080 ≠ base 8,134 + additional 2,937');
  });

  it('renders an unknown key as itself rather than failing', () => {
    expect(formatMessage('sv', { key: 'no.such.key' as MessageKey })).toBe('no.such.key');
  });

  it('takes Swedish for any sv-* display language and English otherwise', () => {
    expect(localeFromLanguageTag('sv-SE')).toBe('sv');
    expect(localeFromLanguageTag('sv-FI')).toBe('sv');
    expect(localeFromLanguageTag('en-US')).toBe('en');
    expect(localeFromLanguageTag(undefined)).toBe('en');
  });
});
