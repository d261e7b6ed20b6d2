/** TARGET_MET, TARGET_STATUS and TARGET_EXPLAIN through the built bundle, with seed 000's targets. */
import { errorOf, loadFunctionsBundle } from '../support/functionsHarness';

const sv = loadFunctionsBundle({ displayLanguage: 'sv-SE' });
const en = loadFunctionsBundle({ displayLanguage: 'en-US' });

const error = errorOf;
const plain = (v: unknown) => (typeof v === 'string' ? v.replace(/\u00a0/g, ' ') : v);

describe('TARGET_MET', () => {
  it('≥90 % inom 20 minuter (regionalt mål): 93 % met, 87 % missed, exactly 90 % met', () => {
    const target = '≥90 % inom 20 minuter (regionalt mål)';
    expect(sv.call('TARGET_MET', 0.93, target)).toBe(true);
    expect(sv.call('TARGET_MET', '93 %', target)).toBe(true);
    expect(sv.call('TARGET_MET', 0.87, target)).toBe(false);
    expect(sv.call('TARGET_MET', 0.9, target)).toBe(true);
  });

  it('≤ 8,5%: readmissions within 30 days', () => {
    expect(sv.call('TARGET_MET', 0.085, '≤ 8,5%')).toBe(true);
    expect(sv.call('TARGET_MET', '9,1 %', '≤ 8,5%')).toBe(false);
  });

  it('boundaries are exact: "60 procent eller högre" is met by 60 %, "Lägre än 20 procent" missed by 20 %', () => {
    expect(sv.call('TARGET_MET', 0.6, '60 procent eller högre')).toBe(true);
    expect(sv.call('TARGET_MET', 0.2, 'Lägre än 20 procent')).toBe(false);
  });

  it('Ska öka needs the reference value', () => {
    expect(sv.call('TARGET_MET', 1200, 'Ska öka', 1100)).toBe(true);
    expect(sv.call('TARGET_MET', 1000, 'Ska öka', '1 100')).toBe(false);
    expect(error(sv.call('TARGET_MET', 1200, 'Ska öka'))).toEqual({ code: '#N/A', message: 'ingen referens att jämföra med' });
    expect(error(en.call('TARGET_MET', 1200, 'Ska öka')).message).toBe('no reference value to compare with');
  });

  it('split targets by group: VGR: 140 SU: 76 SKAS: 18 SÅS: 16 NU: 16 SV: 14', () => {
    const target = 'VGR: 140 SU: 76 SKAS: 18 SÅS: 16 NU: 16 SV: 14';
    expect(sv.call('TARGET_MET', 14, target, null, 'SV')).toBe(true);
    expect(sv.call('TARGET_MET', 15, target, null, 'SÄS')).toBe(false);
    expect(error(sv.call('TARGET_MET', 14, target)).code).toBe('#N/A');
  });

  it('Ja/Nej targets', () => {
    expect(sv.call('TARGET_MET', 'Ja', 'Ja')).toBe(true);
    expect(sv.call('TARGET_MET', true, 'JA')).toBe(true);
    expect(sv.call('TARGET_MET', 'nej', 'Ja')).toBe(false);
  });

  it('no measurable target or no outcome is #N/A with the reason, in the user’s language', () => {
    const target = 'Följsamhet till införandeplan för tarmcancerscreening i VGR';
    expect(error(sv.call('TARGET_MET', 120, target))).toEqual({ code: '#N/A', message: 'inget mätbart mål' });
    expect(error(en.call('TARGET_MET', 120, target))).toEqual({ code: '#N/A', message: 'no measurable target' });
    expect(error(sv.call('TARGET_MET', null, '≥ 90 %'))).toEqual({ code: '#N/A', message: 'inget utfall' });
    expect(error(sv.call('TARGET_MET', 'Under utredning', '≥ 90 %')).code).toBe('#N/A');
    expect(error(sv.call('TARGET_MET', 0.9, null)).code).toBe('#N/A');
  });

  it('takes a bare value’s comparison from the direction', () => {
    expect(sv.call('TARGET_MET', 0.05, '7 %', null, null, 'Lägre är bättre')).toBe(true);
    expect(sv.call('TARGET_MET', 0.05, '7 %')).toBe(false);
  });
});

describe('TARGET_STATUS', () => {
  it('labels in Swedish Excel: Uppfyllt, Ej uppfyllt, Ej bedömbart', () => {
    expect(sv.call('TARGET_STATUS', 0.93, '≥ 90 %')).toBe('Uppfyllt');
    expect(sv.call('TARGET_STATUS', 0.87, '≥ 90 %')).toBe('Ej uppfyllt');
    expect(sv.call('TARGET_STATUS', 0.87, 'Inget målvärde')).toBe('Ej bedömbart');
    expect(sv.call('TARGET_STATUS', null, '≥ 90 %')).toBe('Ej bedömbart');
  });

  it('labels in English Excel: Met, Not met, Not assessable', () => {
    expect(en.call('TARGET_STATUS', 0.93, '≥ 90 %')).toBe('Met');
    expect(en.call('TARGET_STATUS', 0.87, '≥ 90 %')).toBe('Not met');
    expect(en.call('TARGET_STATUS', 1200, 'Ska öka')).toBe('Not assessable');
  });
});

describe('TARGET_EXPLAIN', () => {
  it('says how a target was read', () => {
    expect(plain(sv.call('TARGET_EXPLAIN', '≥90 % inom 20 minuter (regionalt mål)'))).toBe('≥ 90 %, inom 20 minuter (regionalt mål)');
    expect(plain(en.call('TARGET_EXPLAIN', '≤ 8,5%'))).toBe('≤ 8.5%');
    expect(plain(sv.call('TARGET_EXPLAIN', 'SKR-mål max 2% av personalkostnaden'))).toBe('≤ 2 % (av personalkostnaden)');
    expect(plain(sv.call('TARGET_EXPLAIN', 'Lägre än 20 procent'))).toBe('< 20 %');
  });

  it('uses the group and direction', () => {
    expect(plain(sv.call('TARGET_EXPLAIN', 'M: 17,2 % K: 16 %', 'K', 'Högre är bättre'))).toBe('K: ≥ 16 %');
    expect(plain(sv.call('TARGET_EXPLAIN', '7 %', null, 'Lägre är bättre'))).toBe('≤ 7 %');
  });

  it('a blank target is #N/A naming it', () => {
    expect(error(sv.call('TARGET_EXPLAIN', null))).toEqual({ code: '#N/A', message: 'Målvärde saknas' });
    expect(error(en.call('TARGET_EXPLAIN', ''))).toEqual({ code: '#N/A', message: 'Target is missing' });
  });
});

describe('outcomes as reports write them', () => {
  it('a total followed by a split is judged by its total; a split alone group by group', () => {
    expect(sv.call('TARGET_MET', '51 % M: 60 % K:45 %', '≥ 50 %')).toBe(true);
    expect(sv.call('TARGET_MET', 'M:53 % K:53 %', '≥ 70 %')).toBe(false);
    expect(sv.call('TARGET_MET', 'M: 135 K: 203', '≥ 100')).toBe(true);
    expect(sv.call('TARGET_MET', '51.5% M: 60.2% W: 45.1%', '≥ 50 %')).toBe(true);
    expect(sv.call('TARGET_STATUS', 'M:53 % K:53 %', '≥ 70 %')).toBe('Ej uppfyllt');
  });

  it('with a group, that group’s figure', () => {
    expect(sv.call('TARGET_MET', '51 % M: 60 % K:45 %', '≥ 50 %', null, 'K')).toBe(false);
    expect(sv.call('TARGET_MET', '51 % M: 60 % K:45 %', 'M: 55 % K: 40 %', null, 'K', 'högre')).toBe(true);
  });

  it('figures with units and count words', () => {
    expect(sv.call('TARGET_MET', '90st', '≥ 100')).toBe(false);
    expect(sv.call('TARGET_MET', '+19 mnkr', '≥ 0')).toBe(true);
    expect(sv.call('TARGET_MET', '2,3 dagar', 'Högst 3 dagar')).toBe(true);
  });

  it('an ambiguous cell is #N/A saying so, not a guess; text without a figure is no outcome', () => {
    expect(error(sv.call('TARGET_MET', 'M: 53 % K: 47 % M: 135 K: 203', '≥ 50 %'))).toEqual({
      code: '#N/A',
      message: 'utfallet ”M: 53 % K: 47 % M: 135 K: 203” är tvetydigt: samma grupp står flera gånger',
    });
    expect(error(en.call('TARGET_MET', '45 % 52 %', '≥ 50 %')).message).toBe('the outcome “45 % 52 %” is ambiguous: several figures without a group');
    expect(error(sv.call('TARGET_MET', 'Under utredning', '≥ 50 %'))).toEqual({ code: '#N/A', message: 'utfallet ”Under utredning” är inte ett tal' });
  });
});

describe('DIRECTION', () => {
  it('reads lower-is-better measures from the name, in the display language', () => {
    expect(sv.call('DIRECTION', 'Överbeläggningar per 100 disponibla vårdplatser')).toBe('lägre');
    expect(en.call('DIRECTION', 'Överbeläggningar per 100 disponibla vårdplatser')).toBe('lower');
    expect(sv.call('DIRECTION', 'Antibiotikarecept per 1 000 invånare')).toBe('lägre');
    expect(sv.call('DIRECTION', 'Andel som väntat 90 dagar eller kortare')).toBe('högre');
    expect(en.call('DIRECTION', 'Antal väntande mer än 90 dagar')).toBe('lower');
  });

  it('is #N/A when the name does not say, and when there is no name', () => {
    expect(error(sv.call('DIRECTION', 'Antal närsjukvårdsteam'))).toEqual({
      code: '#N/A',
      message: 'namnet säger inte om högre eller lägre är bättre; skriv riktningen själv (högre eller lägre)',
    });
    expect(error(sv.call('DIRECTION', null))).toEqual({ code: '#N/A', message: 'Indikator saknas' });
  });

  it('its result is a direction TARGET_MET understands, and its #N/A means "at least", as when none is given', () => {
    const name = 'Påverkbar slutenvård per 100 000 invånare';
    expect(sv.call('TARGET_MET', 4200, '5 000', null, null, sv.call('DIRECTION', name))).toBe(true);
    expect(en.call('TARGET_MET', 4200, '5 000', null, null, en.call('DIRECTION', name))).toBe(true);
    expect(sv.call('TARGET_MET', 4200, '5 000')).toBe(false);
    expect(sv.call('TARGET_MET', 10, '12', null, null, sv.call('DIRECTION', 'Antal närsjukvårdsteam'))).toBe(false);
    expect(sv.call('TARGET_STATUS', 13, '12', null, null, sv.call('DIRECTION', 'Antal närsjukvårdsteam'))).toBe('Uppfyllt');
  });
});

describe('TARGET_STATUS with a tolerance and a legend', () => {
  it('Delvis uppfyllt / Partly met within the tolerance; TARGET_MET stays FALSE', () => {
    expect(sv.call('TARGET_STATUS', 0.85, '≥ 90 %', null, null, null, 0.1)).toBe('Delvis uppfyllt');
    expect(en.call('TARGET_STATUS', 0.85, '≥ 90 %', null, null, null, '10 %')).toBe('Partly met');
    expect(sv.call('TARGET_STATUS', 0.85, '≥ 90 %')).toBe('Ej uppfyllt');
    expect(sv.call('TARGET_STATUS', 0.7, '≥ 90 %', null, null, null, 0.1)).toBe('Ej uppfyllt');
    expect(sv.call('TARGET_MET', 0.85, '≥ 90 %')).toBe(false);
  });

  it('answers with the legend’s symbols, in order met, partly, missed, not assessable', () => {
    const legend = [['■'], ['●'], ['▲'], ['◆']];
    expect(sv.call('TARGET_STATUS', 0.93, '≥ 90 %', null, null, null, 0.1, legend)).toBe('■');
    expect(sv.call('TARGET_STATUS', 0.85, '≥ 90 %', null, null, null, 0.1, legend)).toBe('●');
    expect(en.call('TARGET_STATUS', 0.5, '≥ 90 %', null, null, null, 0.1, legend)).toBe('▲');
    expect(sv.call('TARGET_STATUS', null, '≥ 90 %', null, null, null, 0.1, legend)).toBe('◆');
    // A blank legend cell keeps the word; a legend of the wrong size says so.
    expect(sv.call('TARGET_STATUS', 0.93, '≥ 90 %', null, null, null, null, [[null], ['●'], ['▲'], ['◆']])).toBe('Uppfyllt');
    expect(error(sv.call('TARGET_STATUS', 0.93, '≥ 90 %', null, null, null, null, [['■', '●']]))).toEqual({
      code: '#VALUE!',
      message: 'teckenförklaringen ska vara 4 celler i ordning, men 2 angavs',
    });
  });

  it('a tolerance outside 0–100 % is #VALUE! naming it', () => {
    expect(error(sv.call('TARGET_STATUS', 0.85, '≥ 90 %', null, null, null, 1.5))).toEqual({
      code: '#VALUE!',
      message: 'Tolerans ska vara mellan 0 och 100 %, inte 150 %',
    });
  });
});

describe('DEVELOPMENT', () => {
  it('Bättre / Oförändrad / Sämre, a fall better for a lower-is-better measure', () => {
    expect(sv.call('DEVELOPMENT', 0.93, 0.9)).toBe('Bättre');
    expect(en.call('DEVELOPMENT', 0.87, 0.9)).toBe('Worse');
    expect(sv.call('DEVELOPMENT', '90 %', 0.9)).toBe('Oförändrad');
    expect(sv.call('DEVELOPMENT', 3.1, 2.8, 'lägre')).toBe('Sämre');
    expect(sv.call('DEVELOPMENT', 2.1, 2.8, sv.call('DIRECTION', 'Överbeläggningar per 100 vårdplatser'))).toBe('Bättre');
  });

  it('a band counts small changes as unchanged', () => {
    expect(sv.call('DEVELOPMENT', 101, 100, null, 0.02)).toBe('Oförändrad');
    expect(sv.call('DEVELOPMENT', 101, 100, null, '2 %')).toBe('Oförändrad');
    expect(sv.call('DEVELOPMENT', 103, 100, null, 0.02)).toBe('Bättre');
  });

  it('split outcomes give one word per group, or the legend’s arrows', () => {
    expect(sv.call('DEVELOPMENT', 'M: 18 % K: 15 %', 'M: 15 % K: 16 %')).toBe('M: Bättre, K: Sämre');
    expect(en.call('DEVELOPMENT', 'M: 18 % K: 15 %', 'M: 15 % K: 16 %', null, null, [['↑'], ['→'], ['↓']])).toBe('M: ↑, K: ↓');
    expect(sv.call('DEVELOPMENT', 0.93, 0.9, null, null, [['↑'], ['→'], ['↓']])).toBe('↑');
  });

  it('#N/A naming what is missing', () => {
    expect(error(sv.call('DEVELOPMENT', 0.93, null))).toEqual({ code: '#N/A', message: 'ingen referens att jämföra med' });
    expect(error(sv.call('DEVELOPMENT', 'Bearbetas', 0.9)).code).toBe('#N/A');
  });
});
