import { keepNumbersTogether } from './i18n';

describe('numbers on screen', () => {
  it('never break inside a number or before its percent sign', () => {
    expect(keepNumbersTogether('uppdrag 11 080 ≠ bas 8 134 + tillägg 2 937')).toBe('uppdrag 11\u00a0080 ≠ bas 8\u00a0134 + tillägg 2\u00a0937');
    expect(keepNumbersTogether('utfall 51 % mot mål ≥ 100 %')).toBe('utfall 51\u00a0% mot mål ≥ 100\u00a0%');
  });

  it('leaves spaces between words and numbers alone', () => {
    expect(keepNumbersTogether('rad 30 och kolumn C')).toBe('rad 30 och kolumn C');
  });
});
