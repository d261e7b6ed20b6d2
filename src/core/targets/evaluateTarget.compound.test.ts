/** evaluateTarget with outcomes as reports write them, and bare targets whose direction comes from the indicator's name. */
import { formatMessage } from '../../i18n/format';
import type { Message } from '../types';
import { evaluateTarget, type TargetInput } from './evaluateTarget';

const sv = (m: Message) => formatMessage('sv', m).replace(/\u00a0/g, ' ');
const en = (m: Message) => formatMessage('en', m).replace(/\u00a0/g, ' ');
const judge = (target: unknown, input: TargetInput) => {
  const e = evaluateTarget(target, input);
  return { status: e.status, sv: sv(e.reason), en: en(e.reason) };
};

describe('a single target against a compound outcome', () => {
  test('a total followed by a split is judged by its total', () => {
    expect(judge('≥ 50 %', { outcome: '51 % M: 60 % K:45 %' })).toMatchObject({ status: 'met', sv: 'utfall 51 % totalt mot mål ≥ 50 %' });
    expect(judge('≥ 70 %', { outcome: '51 % M: 60 % K:45 %' })).toMatchObject({ status: 'missed', en: 'outcome 51% overall against target ≥ 70%' });
  });

  test('a split alone is judged group by group, and the reason names each group', () => {
    expect(judge('≥ 70 %', { outcome: 'M:53 % K:53 %' })).toEqual({
      status: 'missed',
      sv: 'M 53 % och K 53 % mot mål ≥ 70 %',
      en: 'M 53% and K 53% against target ≥ 70%',
    });
    expect(judge('≥ 50 %', { outcome: 'M:53 % K:53 %' }).status).toBe('met');
    expect(judge('≥ 100', { outcome: 'M: 135 K: 203' })).toMatchObject({ status: 'met', sv: 'M 135 och K 203 mot mål ≥ 100' });
    // One group short: missed, and the reason says for which.
    expect(judge('≥ 150', { outcome: 'M: 135 K: 203' })).toMatchObject({ status: 'missed', sv: 'M 135 och K 203 mot mål ≥ 150; ej uppfyllt för M' });
    expect(judge('≤ 20', { outcome: 'SU: 76 NU: 16 SV: 14' }).sv).toBe('SU 76, NU 16 och SV 14 mot mål ≤ 20; ej uppfyllt för SU');
  });

  test('with a group, the group’s figure is judged', () => {
    expect(judge('≥ 50 %', { outcome: '51 % M: 60 % K:45 %', group: 'kvinnor' })).toMatchObject({ status: 'missed', sv: 'utfall 45 % mot mål ≥ 50 %' });
    expect(judge('≥ 50 %', { outcome: 'M: 60 %', group: 'K' })).toMatchObject({
      status: 'not-assessable',
      sv: 'utfallet anger inget värde för gruppen K (bara för M)',
    });
  });

  test('figures with units and count words', () => {
    expect(judge('≥ 100', { outcome: '90st' })).toMatchObject({ status: 'missed', sv: 'utfall 90 mot mål ≥ 100' });
    expect(judge('≥ 0', { outcome: '+19 mnkr' })).toMatchObject({ status: 'met', sv: 'utfall 19 mnkr mot mål ≥ 0' });
    expect(judge('Högst 3 dagar', { outcome: '2,3 dagar' })).toMatchObject({ status: 'met', sv: 'utfall 2,3 dagar mot mål ≤ 3' });
    expect(judge('≥ 20 %', { outcome: '19,3 %' }).status).toBe('missed');
  });
});

describe('a split target against a split outcome, without a group', () => {
  test('group by group', () => {
    const target = 'M: 17,2 % K: 16 %';
    expect(judge(target, { outcome: 'M: 18 % K: 15 %', direction: 'högre' })).toEqual({
      status: 'missed',
      sv: 'utfall M 18 % mot ≥ 17,2 % och K 15 % mot ≥ 16 %; ej uppfyllt för K',
      en: 'outcome M 18% against ≥ 17.2% and K 15% against ≥ 16%; not met for K',
    });
    expect(judge(target, { outcome: '17 % M: 18 % K: 16 %', direction: 'högre' }).status).toBe('met');
    // Lower is better (a share of smokers): the direction applies to every part.
    expect(judge(target, { outcome: 'män 18 %, kvinnor 15 %', direction: 'lägre' }).status).toBe('missed');
  });

  test('a hospital reporting only itself is judged on its own part', () => {
    const target = 'VGR: 140 SU: 76 SKAS: 18 SÅS: 16 NU: 16 SV: 14';
    expect(judge(target, { outcome: 'SV: 15', direction: 'högre' })).toMatchObject({ status: 'met', sv: 'utfall SV 15 mot ≥ 14' });
    expect(judge(target, { outcome: 'SÄS: 12 NU: 17', direction: 'högre' })).toMatchObject({ status: 'missed' });
  });

  test('no group in common is not assessable, naming both', () => {
    expect(judge('M: 17,2 % K: 16 %', { outcome: 'SU: 12 % NU: 14 %' })).toMatchObject({
      status: 'not-assessable',
      sv: 'utfallets grupper (SU, NU) finns inte i målet (M, K)',
    });
  });

  test('a single figure against a split target still needs the group', () => {
    expect(judge('M: 17,2 % K: 16 %', { outcome: 0.2 }).sv).toBe('målet är delat per grupp (M, K): ange grupp');
  });
});

describe('change targets with compound outcomes and references', () => {
  test('split against split reference, group by group', () => {
    expect(judge('Ska öka', { outcome: 'M: 18 K: 12', reference: 'M: 15 K: 14' })).toEqual({
      status: 'missed',
      sv: 'utfall mot referensvärde M 18 mot 15 och K 12 mot 14, mål högre än referensvärdet; ej uppfyllt för K',
      en: 'outcome against reference value M 18 against 15 and K 12 against 14, target higher than the reference value; not met for K',
    });
  });

  test('a total against a single reference', () => {
    expect(judge('Ska öka', { outcome: '1 200 st M: 500 K: 700', reference: 1100 })).toMatchObject({ status: 'met' });
  });
});

describe('ambiguous outcomes are said, not guessed', () => {
  test.each([
    ['M: 53 % K: 47 % M: 135 K: 203', 'utfallet ”M: 53 % K: 47 % M: 135 K: 203” är tvetydigt: samma grupp står flera gånger'],
    ['M: 53 % K: 203', 'utfallet ”M: 53 % K: 203” är tvetydigt: talen har olika enheter'],
    ['45 % 52 %', 'utfallet ”45 % 52 %” är tvetydigt: flera tal utan grupp'],
  ])('%s', (outcome, reason) => {
    expect(judge('≥ 50 %', { outcome })).toEqual({ status: 'not-assessable', sv: reason, en: expect.stringContaining('ambiguous') });
  });

  test('text with no figure is no outcome', () => {
    expect(judge('≥ 50 %', { outcome: 'Under utredning' })).toMatchObject({ status: 'not-assessable', sv: 'utfallet ”Under utredning” är inte ett tal' });
  });
});

describe('a bare target’s direction', () => {
  test('from the direction given', () => {
    expect(judge('2,5', { outcome: 3.1, direction: 'Lägre är bättre' })).toEqual({
      status: 'missed',
      sv: 'utfall 3,1 mot mål ≤ 2,5',
      en: 'outcome 3.1 against target ≤ 2.5',
    });
  });

  test('from the indicator’s name when none is given, and the reason says so', () => {
    const e = judge('2,5', { outcome: 3.1, indicator: 'Överbeläggningar per 100 vårdplatser' });
    expect(e).toEqual({
      status: 'missed',
      sv: 'utfall 3,1 mot mål ≤ 2,5 (lägre är bättre, utläst ur ”Överbeläggningar per 100 vårdplatser”)',
      en: 'outcome 3.1 against target ≤ 2.5 (lower is better, read from “Överbeläggningar per 100 vårdplatser”)',
    });
    expect(judge('5 000', { outcome: 4200, indicator: 'Påverkbar slutenvård per 100 000 invånare' }).status).toBe('met');
    expect(judge('250', { outcome: 262, indicator: 'Antibiotikarecept per 1 000 invånare' }).status).toBe('missed');
    expect(judge('1 500', { outcome: 1420, indicator: 'Antal listade patienter per specialist i allmänmedicin' }).status).toBe('met');
    // A long name is cut in the reason.
    expect(judge('90 %', { outcome: 0.93, indicator: 'Andel som väntat 90 dagar eller kortare på första besök i den specialiserade vården' }).sv).toBe(
      'utfall 93 % mot mål ≥ 90 % (högre är bättre, utläst ur ”Andel som väntat 90 dagar eller kortare på första besök i d…”)',
    );
  });

  test('the direction given wins over the name; a target with its own comparator needs neither', () => {
    expect(judge('2,5', { outcome: 3.1, direction: 'högre', indicator: 'Överbeläggningar' }).status).toBe('met');
    expect(judge('≥ 2,5', { outcome: 3.1, indicator: 'Överbeläggningar' })).toMatchObject({ status: 'met', sv: 'utfall 3,1 mot mål ≥ 2,5' });
  });

  test('an unknown name keeps at least, stated as an assumption; so does DIRECTION’s #N/A', () => {
    expect(judge('12', { outcome: 10, indicator: 'Antal närsjukvårdsteam' })).toMatchObject({
      status: 'missed',
      sv: 'utfall 10 mot mål ≥ 12 (ingen riktning angiven, högre antas vara bättre)',
    });
    expect(judge('12', { outcome: 10, direction: { error: '#N/A' } }).status).toBe('missed');
    expect(judge('12', { outcome: 10, direction: { error: '#REF!' } }).status).toBe('not-assessable');
  });

  test('a split target of bare values and "Förbättring" follow the name too', () => {
    expect(judge('M: 3 K: 3', { outcome: 'M: 2 K: 4', indicator: 'Fallskador per 1 000 invånare' }).sv).toBe(
      'utfall M 2 mot ≤ 3 och K 4 mot ≤ 3; ej uppfyllt för K (lägre är bättre, utläst ur ”Fallskador per 1 000 invånare”)',
    );
    expect(judge('Förbättring', { outcome: 0.12, reference: 0.14, indicator: 'Sjukfrånvaro' }).status).toBe('met');
  });
});
