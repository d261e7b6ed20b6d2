import { parseTarget, parseTargetCached, targetCacheSize } from './parseTarget';
import type { ParsedTarget, Threshold } from './types';

function threshold(text: string): { threshold: Threshold; label?: string; context?: string } {
  const t = parseTarget(text);
  if (t.kind !== 'threshold') throw new Error(`${text} read as ${t.kind}`);
  const { kind: _kind, text: _text, ...rest } = t;
  return rest;
}

const pct = (comparator: Threshold['comparator'], value: number): Threshold => ({ comparator, value, percent: true });
const num = (comparator: Threshold['comparator'], value: number): Threshold => ({ comparator, value, percent: false });

describe('parseTarget: every target of the follow-up table in seed 000 (2025 assignment, Sjukhusen i väster)', () => {
  test('≥90 % inom 20 minuter (regionalt mål): at least 90 %, the minutes are context', () => {
    expect(threshold('≥90 % inom 20 minuter (regionalt mål)')).toEqual({
      threshold: pct('>=', 0.9),
      context: 'inom 20 minuter (regionalt mål)',
    });
  });

  test('100% av ST-läkarna ska ha tilldelade sidotjänstgöringsplatser: a bare 100 % with context', () => {
    expect(threshold('100% av ST-läkarna ska ha tilldelade sidotjänstgöringsplatser')).toEqual({
      threshold: pct(null, 1),
      context: 'av ST-läkarna ska ha tilldelade sidotjänstgöringsplatser',
    });
  });

  test.each([
    ['Ja', true],
    ['JA', true],
  ])('%s: yes/no', (text, expected) => {
    expect(parseTarget(text)).toEqual({ kind: 'yes-no', text, expected });
  });

  test('VGR: 140 SU: 76 SKAS: 18 SÅS: 16 NU: 16 SV: 14: split by unit, SÅS read as SÄS', () => {
    const t = parseTarget('VGR: 140 SU: 76 SKAS: 18 SÅS: 16 NU: 16 SV: 14');
    expect(t.kind === 'split' && t.by).toBe('unit');
    expect(t.kind === 'split' && t.parts.map((p) => [p.label, p.key, p.threshold.value, p.threshold.comparator])).toEqual([
      ['VGR', 'vgr', 140, null],
      ['SU', 'su', 76, null],
      ['SKAS', 'skas', 18, null],
      ['SÅS', 'säs', 16, null],
      ['NU', 'nu', 16, null],
      ['SV', 'sv', 14, null],
    ]);
  });

  test.each([
    'Följsamhet till införandeplan för tarmcancerscreening i VGR',
    'Utföraren arbetar systematiskt med utmönstring av lågt prioriterad vård och insatser som inte gör nytta',
    'God följsamhet till nationella riktlinjer från Socialstyrelsen – "Vård som inte bör göras"',
  ])('%s: a description, no measurable target', (text) => {
    expect(parseTarget(text)).toEqual({ kind: 'none', text, why: 'description' });
  });

  test('Fler individer med behov ska diagnostiseras: a change target (more than the reference)', () => {
    expect(parseTarget('Fler individer med behov ska diagnostiseras')).toEqual({
      kind: 'change',
      text: 'Fler individer med behov ska diagnostiseras',
      direction: 'increase',
      context: 'individer med behov ska diagnostiseras',
    });
  });

  test.each(['Ska öka', 'ska öka'])('%s: increase', (text) => {
    expect(parseTarget(text)).toEqual({ kind: 'change', text, direction: 'increase' });
  });

  test.each<[string, Threshold]>([
    ['100%', pct(null, 1)],
    ['80%', pct(null, 0.8)],
    ['≤ 90 %', pct('<=', 0.9)],
    ['≤ 8,5%', pct('<=', 0.085)],
  ])('%s', (text, expected) => {
    expect(threshold(text)).toEqual({ threshold: expected });
  });

  test('SKR-mål max 2% av personalkostnaden: a leading label, at most 2 %, trailing context', () => {
    expect(threshold('SKR-mål max 2% av personalkostnaden')).toEqual({
      threshold: pct('<=', 0.02),
      label: 'SKR-mål',
      context: 'av personalkostnaden',
    });
  });

  test('the blank target cells of the table: no target', () => {
    expect(parseTarget('')).toEqual({ kind: 'none', text: '', why: 'blank' });
    expect(parseTarget('  \u00a0')).toMatchObject({ kind: 'none', why: 'blank' });
  });
});

describe('parseTarget: comparators in symbols (docs/functions.md, "Targets")', () => {
  test.each<[string, Threshold]>([
    ['≥90 %', pct('>=', 0.9)],
    ['≥ 90 %', pct('>=', 0.9)],
    ['>= 90%', pct('>=', 0.9)],
    ['=> 90%', pct('>=', 0.9)],
    ['≤ 8,5%', pct('<=', 0.085)],
    ['<= 8,5 %', pct('<=', 0.085)],
    ['<20 %', pct('<', 0.2)],
    ['>50 %', pct('>', 0.5)],
    ['<0,8', num('<', 0.8)],
    ['> 1 500', num('>', 1500)],
    ['≤ -5', num('<=', -5)],
    ['= 0', num('=', 0)],
    ['\u2265\u00a090\u00a0%', pct('>=', 0.9)],
  ])('%j', (text, expected) => {
    expect(threshold(text).threshold).toEqual(expected);
  });
});

describe('parseTarget: comparators in words, before or after the number; "procent" is %', () => {
  test.each<[string, Threshold]>([
    ['Lägre än 20 procent', pct('<', 0.2)],
    ['Lägre än 2,5', num('<', 2.5)],
    ['12 eller lägre', num('<=', 12)],
    ['12 eller färre', num('<=', 12)],
    ['12 eller mindre', num('<=', 12)],
    ['max 5', num('<=', 5)],
    ['Max 5 %', pct('<=', 0.05)],
    ['högst 5', num('<=', 5)],
    ['Högst 10 procent', pct('<=', 0.1)],
    ['80 procent eller högre', pct('>=', 0.8)],
    ['60 procent eller högre', pct('>=', 0.6)],
    ['3 eller mer', num('>=', 3)],
    ['minst 90 %', pct('>=', 0.9)],
    ['Minst 90 procent', pct('>=', 0.9)],
    ['lägst 4', num('>=', 4)],
    ['mer än 7', num('>', 7)],
    ['Fler än 100', num('>', 100)],
    ['över 7', num('>', 7)],
    ['under 7', num('<', 7)],
    ['inte mer än 3', num('<=', 3)],
    ['at least 90%', pct('>=', 0.9)],
    ['less than 5', num('<', 5)],
    ['90 % or more', pct('>=', 0.9)],
    ['Minst 80 % eller högre', pct('>=', 0.8)],
    ['90 %+', pct('>=', 0.9)],
  ])('%j', (text, expected) => {
    expect(threshold(text).threshold).toEqual(expected);
  });

  test('a unit word between the number and "eller" is context', () => {
    expect(threshold('2 dagar eller kortare')).toEqual({ threshold: num('<=', 2), context: 'dagar' });
  });
});

describe('parseTarget: trailing context, leading labels, thousands with spaces', () => {
  test.each<[string, Threshold, string | undefined]>([
    ['Lägre än 2,5 per 100 disponibla vårdplatser', num('<', 2.5), 'per 100 disponibla vårdplatser'],
    ['Högst 4 per 1000 invånare/år', num('<=', 4), 'per 1000 invånare/år'],
    ['5000 per 100 000 invånare', num(null, 5000), 'per 100 000 invånare'],
    ['1 500', num(null, 1500), undefined],
    ['5 000', num(null, 5000), undefined],
    ['5\u00a0000', num(null, 5000), undefined],
    ['7 %', pct(null, 0.07), undefined],
    ['100 %', pct(null, 1), undefined],
    ['≥ 90 % under 2025', pct('>=', 0.9), 'under 2025'],
  ])('%j', (text, expected, context) => {
    const r = threshold(text);
    expect(r.threshold).toEqual(expected);
    expect(r.context).toBe(context);
  });

  test.each<[string, string]>([
    ['Mål: 90 %', 'Mål'],
    ['Regionalt mål 85 %', 'Regionalt mål'],
    ['ca 80 %', 'ca'],
    ['Mål = 90 %', 'Mål'],
  ])('a bare value after a naming label: %j', (text, label) => {
    expect(threshold(text).label).toBe(label);
    expect(threshold(text).threshold.comparator).toBeNull();
  });

  test('"=" alone asks for exactly that value', () => {
    expect(threshold('= 0').threshold).toEqual(num('=', 0));
  });
});

describe('parseTarget: change targets', () => {
  test.each<[string, string]>([
    ['Ska öka', 'increase'],
    ['Öka', 'increase'],
    ['Ökande', 'increase'],
    ['Fler patienter i egenmonitorering', 'increase'],
    ['Andelen ska öka', 'increase'],
    ['Högre än föregående år', 'increase'],
    ['Minska', 'decrease'],
    ['Minskande', 'decrease'],
    ['Färre vårdskador', 'decrease'],
    ['Minska beroende av hyrpersonal', 'decrease'],
    ['Lägre än föregående år', 'decrease'],
    ['Förbättring jämfört med 2023', 'improve'],
    ['Förbättras', 'improve'],
    ['Bibehålla', 'maintain'],
  ])('%j → %s', (text, direction) => {
    const t = parseTarget(text);
    expect(t.kind === 'change' && t.direction).toBe(direction);
    expect(t.kind === 'change' && t.amount).toBeUndefined();
  });

  test('Minska med 50 % jmf med 2020: at most half the reference, 2020 is the baseline', () => {
    expect(parseTarget('Minska med 50 % jmf med 2020')).toEqual({
      kind: 'change',
      text: 'Minska med 50 % jmf med 2020',
      direction: 'decrease',
      amount: { kind: 'relative', fraction: 0.5 },
      context: 'jmf med 2020',
    });
  });

  test.each<[string, string, object]>([
    ['Öka med 10 %', 'increase', { kind: 'relative', fraction: 0.1 }],
    ['Antalet ska minska med 20 %', 'decrease', { kind: 'relative', fraction: 0.2 }],
    ['Öka med 5 procentenheter', 'increase', { kind: 'absolute', value: 0.05, points: true }],
    ['Öka med 500', 'increase', { kind: 'absolute', value: 500, points: false }],
    ['Halvera', 'decrease', { kind: 'relative', fraction: 0.5 }],
    ['Fördubbla', 'increase', { kind: 'relative', fraction: 1 }],
  ])('%j', (text, direction, amount) => {
    expect(parseTarget(text)).toMatchObject({ kind: 'change', direction, amount });
  });

  test('"Öka till 90 %" and "Minska till 5 %" are levels, reached by changing', () => {
    expect(threshold('Öka till 90 %')).toEqual({ threshold: pct('>=', 0.9), label: 'Öka till' });
    expect(threshold('Minska till 5 %')).toEqual({ threshold: pct('<=', 0.05), label: 'Minska till' });
    expect(threshold('Öka till minst 90 %').threshold).toEqual(pct('>=', 0.9));
  });

  test('a year after the verb is a baseline, not an amount', () => {
    expect(parseTarget('Öka jämfört med 2023')).toMatchObject({ kind: 'change', direction: 'increase', context: 'jämfört med 2023' });
    expect(parseTarget('Minska under 2025')).toMatchObject({ kind: 'change', direction: 'decrease' });
  });

  test('a decrease of more than 100 % cannot be read', () => {
    expect(parseTarget('Minska med 150 %').kind).toBe('unreadable');
  });
});

describe('parseTarget: split targets', () => {
  test('M: 17,2 % K: 16 %: by sex', () => {
    expect(parseTarget('M: 17,2 % K: 16 %')).toEqual({
      kind: 'split',
      text: 'M: 17,2 % K: 16 %',
      by: 'sex',
      parts: [
        { label: 'M', key: 'm', threshold: pct(null, 0.172) },
        { label: 'K', key: 'k', threshold: pct(null, 0.16) },
      ],
    });
  });

  test('with words for the sexes and comparators per part', () => {
    const t = parseTarget('Män: minst 17 procent, kvinnor: minst 16 procent');
    expect(t.kind === 'split' && t.by).toBe('sex');
    expect(t.kind === 'split' && t.parts.map((p) => [p.key, p.threshold])).toEqual([
      ['m', pct('>=', 0.17)],
      ['k', pct('>=', 0.16)],
    ]);
  });

  test('units with names of several words', () => {
    const t = parseTarget('Region Halland: 40 Sjukhusen i väster: 14');
    expect(t.kind === 'split' && t.parts.map((p) => [p.label, p.key])).toEqual([
      ['Region Halland', 'region halland'],
      ['Sjukhusen i väster', 'sv'],
    ]);
  });

  test('one label is a label, not a split', () => {
    expect(parseTarget('Mål: 90 %').kind).toBe('threshold');
  });

  test('a part that cannot be read makes the whole target unreadable', () => {
    expect(parseTarget('M: 17 % K: ungefär lika').kind).toBe('unreadable');
  });
});

describe('parseTarget: yes/no and no target', () => {
  test.each<[string, boolean]>([
    ['Ja', true],
    ['ja', true],
    ['Nej', false],
    ['NEJ', false],
    ['Yes', true],
    ['Ja.', true],
  ])('%j → yes/no %s', (text, expected) => {
    expect(parseTarget(text)).toMatchObject({ kind: 'yes-no', expected });
  });

  test.each([
    'Inget målvärde',
    'Bearbetas',
    'Under utredning',
    'Ingen målnivå fastställd',
    'Målvärde saknas',
    '-',
    '–',
    'Indikator pausas 2025',
    'Tas fram under 2025',
  ])('%j → no target', (text) => {
    expect(parseTarget(text)).toMatchObject({ kind: 'none', why: 'no-target' });
  });
});

describe('parseTarget: zero targets of patient-safety indicators', () => {
  it.each([
    ['Inga fall', undefined],
    ['Nollvision', undefined],
    ['Nollvision för trycksår', 'för trycksår'],
    ['Noll fall av vårdrelaterade infektioner', 'av vårdrelaterade infektioner'],
    ['0 fall', undefined],
  ])('reads "%s" as at most zero', (text, context) => {
    const parsed = parseTarget(text);
    expect(parsed).toMatchObject({ kind: 'threshold', threshold: { comparator: '<=', value: 0, percent: false } });
    expect(parsed.kind === 'threshold' ? parsed.context : null).toBe(context);
  });

  it('keeps words that only start like a zero target as they were', () => {
    expect(parseTarget('Nollning av mätaren').kind).toBe('none');
    expect(parseTarget('Ingafall').kind).toBe('none');
  });
});

describe('parseTarget: digits that cannot be read are "unreadable", not "none"', () => {
  test.each([
    'Senast 2025-06-30',
    '80–90 %',
    '80-90 %',
    '≥ 90 % och ≤ 95 %',
    '≥ 90 % inom 20 minuter och 95 % inom 30 minuter',
    'mellan 80 och 90 %',
    'Minst 3/4',
    'Antal F11.2',
  ])('%j', (text) => {
    expect(parseTarget(text)).toMatchObject({ kind: 'unreadable', why: 'digits' });
  });
});

describe('parseTargetCached', () => {
  test('returns the same frozen reading for the same text', () => {
    const a = parseTargetCached('≤ 8,5%');
    expect(parseTargetCached('≤ 8,5%')).toBe(a);
    expect(a).toEqual(parseTarget('≤ 8,5%'));
    expect(Object.isFrozen(a)).toBe(true);
    expect(a.kind === 'threshold' && Object.isFrozen(a.threshold)).toBe(true);
  });

  test('holds at most 5 000 texts, evicting the oldest', () => {
    const first = parseTargetCached('≥ 1 % first');
    for (let i = 0; i < 5100; i++) parseTargetCached(`≥ ${i} %`);
    expect(targetCacheSize()).toBeGreaterThan(2500);
    expect(targetCacheSize()).toBeLessThanOrEqual(5000);
    expect(parseTargetCached('≥ 1 % first')).not.toBe(first);
    expect(parseTargetCached('≥ 1 % first')).toEqual(first);
  });
});

describe('parseTarget never throws on odd input', () => {
  test.each<unknown>([null, undefined, 42, {}, 'x'.repeat(10000), '1'.repeat(10000), ':'.repeat(1000), '≥'.repeat(1000)])('%#', (v) => {
    const t: ParsedTarget = parseTarget(v as string);
    expect(['threshold', 'change', 'split', 'yes-no', 'none', 'unreadable']).toContain(t.kind);
  });
});

describe('parseTarget: a number in scientific notation is that number, as NUMBER reads it', () => {
  test.each<[string, Threshold]>([
    ['≥ 1e5', num('>=', 100000)],
    ['≥1E5', num('>=', 100000)],
    ['≥ 1,5E+03', num('>=', 1500)],
    ['max 2.5e-2', num('<=', 0.025)],
    ['≥ 1e-1 %', pct('>=', 0.001)],
    ['≤ -1e3', num('<=', -1000)],
  ])('%j', (text, expected) => {
    expect(threshold(text).threshold).toEqual(expected);
  });

  test('context after the exponent stays context', () => {
    expect(threshold('Minst 1e3 besök per år')).toEqual({ threshold: num('>=', 1000), context: 'besök per år' });
  });

  test('an exponent run into letters, or one too large for a number, is unreadable, never the digits before the "e"', () => {
    expect(parseTarget('≥ 1e5x')).toMatchObject({ kind: 'unreadable', why: 'digits' });
    expect(parseTarget('≥ 1e999')).toMatchObject({ kind: 'unreadable', why: 'digits' });
  });

  test('an "e" without digits after it is no exponent', () => {
    expect(threshold('≥ 3 e-tjänster').threshold).toEqual(num('>=', 3));
  });
});
