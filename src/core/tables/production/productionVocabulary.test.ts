import {
  isChangeHeading,
  isLabelHeading,
  isPeriodNumber,
  isRatioHeading,
  isRoundedUnitHeading,
  isTotalLabel,
  measureWords,
  periodOf,
  periodsIn,
} from './productionVocabulary';

describe('production vocabulary', () => {
  test('headings over labels that may be numbers', () => {
    for (const h of ['År', 'År anpassat', 'Inrättning', 'Kod', 'Nr', 'Verksamhetsområde', 'Period', 'Månad']) expect(isLabelHeading(h)).toBe(true);
    for (const h of ['Antal utskrivna', '202204', 'Besök', 'Antal med LM-berättelse']) expect(isLabelHeading(h)).toBe(false);
  });

  test('derived columns by their headings', () => {
    for (const h of ['Förändring %', 'Förändring distansbesök %', 'Utveckling', 'Diff mot fg år', '+/-']) expect(isChangeHeading(h)).toBe(true);
    for (const h of ['Andel med LM-berättelse', 'Distansbesök % av totalen 202204', 'Medelvårdtid', 'Beläggningsgrad', 'Besök per 1000 invånare']) {
      expect(isRatioHeading(h)).toBe(true);
    }
    for (const h of ['Antal utskrivna', '202204', 'Varav antal distansbesök 202204']) {
      expect(isChangeHeading(h) || isRatioHeading(h)).toBe(false);
    }
    expect(isRoundedUnitHeading('Kostnad (mnkr)')).toBe(true);
    expect(isRoundedUnitHeading('Antal besök')).toBe(false);
  });

  test('total rows', () => {
    for (const l of ['Totalt', 'Totalt Antal besök', 'Summa:', 'Summa medicin', 'Region totalt', 'Total']) expect(isTotalLabel(l)).toBe(true);
    for (const l of ['Somatik', 'Läkarbesök', 'Totalkirurgi']) expect(isTotalLabel(l)).toBe(false);
  });

  test('periods: in headings, and numbers that read as one', () => {
    expect(periodOf('Varav antal distansbesök 202204')).toBe(202204);
    expect(periodOf('Utfall 2025')).toBe(202512);
    expect(periodOf('Förändring 2025 mot 2024 %')).toBeNull();
    expect(periodsIn('Förändring 2025 mot 2024 %')).toEqual([202512, 202412]);
    expect(periodOf('Besök')).toBeNull();
    expect([2025, 202204, 1999].every(isPeriodNumber)).toBe(true);
    expect([31180, 202213, 2101, 20.5].some(isPeriodNumber)).toBe(false);
  });

  test('the words of a measure, periods and counting words left out', () => {
    expect(measureWords('Andel med LM-berättelse')).toEqual(['lm', 'beratt']);
    expect(measureWords('Antal med LM-berättelse')).toEqual(['lm', 'beratt']);
    expect(measureWords('Varav antal distansbesök 202204')).toEqual(['distan']);
    expect(measureWords('Andel återinskrivna')).toEqual(measureWords('Antal vtf med oplan återinskrivning').slice(-1));
  });
});
