import { indicatorHeaderRole, readIndicatorHeaderRow } from './indicatorHeader';

describe('indicatorHeaderRole', () => {
  test.each([
    ['Indikator', 'indicator'],
    ['Indikator/Uppföljning', 'indicator'],
    ['Styrmått', 'indicator'],
    ['Mått', 'indicator'],
    ['Målvärde', 'target'],
    ['Mål', 'target'],
    ['Utfall', 'outcome'],
    ['Periodens utfall', 'outcome'],
    ['Resultat', 'outcome'],
    ['Jämförelsevärde', 'reference'],
    ['Föregående', 'reference'],
    ['Utfall föregående år', 'reference'],
    ['Ingångsvärde', 'reference'],
    ['Basår', 'reference'],
    ['Kön/enhet', 'group'],
    ['Grupp', 'group'],
    ['Riktning', 'direction'],
    ['Polaritet', 'direction'],
    ['Ma\u030alva\u0308rde', 'target'], // decomposed letters, as some PDFs give them
    // The second round's words: plans and interim reports.
    ['Indikatorer', 'indicator'],
    ['Utfall 2025', 'outcome'],
    ['Utfall T1', 'outcome'],
    ['Måluppfyllelse', 'status'],
    ['Status', 'status'],
    ['Utveckling', 'development'],
    ['Trend', 'development'],
    // Broken by a PDF's hyphenation, or carrying a legend.
    ['Mål-uppfyllelse', 'status'],
    ['Mål-uppfyllelse ▲ □ ● ◆', 'status'],
    ['Utveck-ling ↓ ↑ →', 'development'],
    ['Styr-mått', 'indicator'],
    ['Perio-dens utfall', 'outcome'],
    ['Jämförelse- värde', 'reference'],
  ])('%s → %s', (text, role) => {
    expect(indicatorHeaderRole(text)).toBe(role);
  });

  test.each([
    'Uppdrag',
    'Datainhämtning/källa',
    'Uppgiftslämnare',
    'Uppföljnings-tillfällen 2025',
    'Nivå',
    'Framgångsfaktor',
    'Framgångs-faktor',
    'Uppföljningsperiod',
    'Uppfölj-nings-period',
    'Periodicitet',
    'Källa',
  ])('%s is none', (text) => {
    expect(indicatorHeaderRole(text)).toBeNull();
  });
});

describe('readIndicatorHeaderRow', () => {
  test('the seed header with an outcome column', () => {
    const { columns } = readIndicatorHeaderRow([null, 'Uppdrag', 'Indikator/Uppföljning', 'Målvärde', 'Utfall', 'Datainhämtning/källa'], 1);
    expect(columns).toEqual({
      indicator: 3,
      target: 4,
      outcome: 5,
      headers: { indicator: 'Indikator/Uppföljning', target: 'Målvärde', outcome: 'Utfall' },
    });
  });

  test('several outcome columns: the rightmost, the latest period', () => {
    const { columns } = readIndicatorHeaderRow(['Indikator', 'Mål', 'Utfall T1', 'Utfall T2'], 3);
    expect(columns).toMatchObject({ indicator: 3, target: 4, outcome: 6, headers: { outcome: 'Utfall T2' } });
  });

  test('a near miss names the missing role', () => {
    expect(readIndicatorHeaderRow([null, 'Uppdrag', 'Indikator/Uppföljning', 'Målvärde'], 1)).toEqual({
      partial: { found: ['indicator', 'target'], missing: 'outcome', column: 3 },
    });
  });
});
