import { formatMessage } from '../../i18n/format';
import { developmentOf, readDevelopment } from './development';

describe('developmentOf', () => {
  test.each<[number, number, boolean, number, string]>([
    [0.93, 0.9, true, 0, 'better'],
    [0.87, 0.9, true, 0, 'worse'],
    [0.9, 0.9, true, 0, 'unchanged'],
    [0.1 + 0.2, 0.3, true, 0, 'unchanged'], // float noise
    [3.1, 2.8, false, 0, 'worse'], // lower is better: a rise is worse
    [2.1, 2.8, false, 0, 'better'],
    [101, 100, true, 0.02, 'unchanged'], // within 2 % of the reference
    [103, 100, true, 0.02, 'better'],
  ])('%d against %d, higher %s, band %d → %s', (outcome, reference, higher, band, expected) => {
    expect(developmentOf(outcome, reference, higher, band)).toBe(expected);
  });
});

describe('readDevelopment', () => {
  test('reads outcomes and references as reports write them, the direction as TARGET_MET reads it', () => {
    expect(readDevelopment('93 %', 0.9, null, 0)).toMatchObject({ ok: true, value: { overall: 'better', groups: [], higher: true, assumed: true } });
    expect(readDevelopment('3,1', '2,8', 'Lägre är bättre', 0)).toMatchObject({ ok: true, value: { overall: 'worse', assumed: false } });
    expect(readDevelopment('+19 mnkr', '12 mnkr', 'högre', 0)).toMatchObject({ ok: true, value: { overall: 'better' } });
  });

  test('split outcomes group by group: against a split reference, or every group against a single one', () => {
    const split = readDevelopment('M: 18 % K: 15 %', 'M: 15 % K: 16 %', 'högre', 0);
    expect(split).toMatchObject({
      ok: true,
      value: {
        overall: 'mixed',
        groups: [
          { label: 'M', development: 'better' },
          { label: 'K', development: 'worse' },
        ],
      },
    });
    expect(readDevelopment('M:53 % K:55 %', 0.5, null, 0)).toMatchObject({ ok: true, value: { overall: 'better', groups: [{ label: 'M' }, { label: 'K' }] } });
    // A total and groups against a single reference: the total.
    expect(readDevelopment('51 % M: 60 % K:45 %', 0.52, null, 0)).toMatchObject({ ok: true, value: { overall: 'worse', groups: [] } });
  });

  test('#N/A with the reason when there is nothing to compare', () => {
    const missing = readDevelopment(0.9, null, null, 0);
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(formatMessage('sv', missing.message)).toBe('ingen referens att jämföra med');
    const unknown = readDevelopment(0.9, 0.8, 'snett', 0);
    if (!unknown.ok) expect(formatMessage('sv', unknown.message)).toBe('okänd riktning ”snett” (skriv högre eller lägre)');
    expect(unknown.ok).toBe(false);
  });
});
