import { formatMessage } from '../../i18n/format';
import type { Message } from '../types';
import { evaluateTarget, type TargetInput, type TargetStatus } from './evaluateTarget';

/** Rendered text with ordinary spaces, so expectations read as a controller sees them. */
const sv = (m: Message) => formatMessage('sv', m).replace(/\u00a0/g, ' ');
const en = (m: Message) => formatMessage('en', m).replace(/\u00a0/g, ' ');
const status = (target: unknown, input: TargetInput): TargetStatus => evaluateTarget(target, input).status;

describe('evaluateTarget: seed 000 targets with outcomes met and missed', () => {
  test('≥90 % inom 20 minuter (regionalt mål): Prio 1A reached within 20 minutes', () => {
    const target = '≥90 % inom 20 minuter (regionalt mål)';
    expect(status(target, { outcome: 0.93 })).toBe('met');
    expect(status(target, { outcome: '93 %' })).toBe('met');
    expect(status(target, { outcome: 0.9 })).toBe('met');
    expect(status(target, { outcome: 0.899 })).toBe('missed');
    expect(sv(evaluateTarget(target, { outcome: 0.87 }).reason)).toBe('utfall 87 % mot mål ≥ 90 %');
  });

  test('100%: goal fulfilment of first visits, 5 400 performed by August of 8 100 (pro-rated 5 400) is 100 %', () => {
    expect(status('100%', { outcome: 5400 / (8100 * (8 / 12)) })).toBe('met');
    const missed = evaluateTarget('100%', { outcome: 0.51 });
    expect(missed.status).toBe('missed');
    // A bare 100 % with no direction: at least, and the reason says it was assumed.
    expect(sv(missed.reason)).toBe('utfall 51 % mot mål ≥ 100 % (ingen riktning angiven, högre antas vara bättre)');
    expect(en(missed.reason)).toBe('outcome 51% against target ≥ 100% (no direction given, higher assumed to be better)');
    expect(sv(evaluateTarget('100%', { outcome: 0.51, direction: 'högre' }).reason)).toBe('utfall 51 % mot mål ≥ 100 %');
  });

  test('100% av ST-läkarna …: all ST doctors placed', () => {
    const target = '100% av ST-läkarna ska ha tilldelade sidotjänstgöringsplatser';
    expect(status(target, { outcome: 1 })).toBe('met');
    expect(status(target, { outcome: 0.95 })).toBe('missed');
  });

  test.each<[unknown, TargetStatus]>([
    ['Ja', 'met'],
    ['JA', 'met'],
    ['ja', 'met'],
    [true, 'met'],
    ['TRUE', 'met'],
    ['Nej', 'missed'],
    ['NEJ', 'missed'],
    [false, 'missed'],
    ['false', 'missed'],
    ['Delvis', 'not-assessable'],
    [null, 'not-assessable'],
    [1, 'not-assessable'],
  ])('Ja (förstärkt IVA-vård i beredskapsplanen), outcome %j → %s', (outcome, expected) => {
    expect(status('Ja', { outcome })).toBe(expected);
    expect(status('JA', { outcome })).toBe(expected);
  });

  test('Ja: reasons', () => {
    expect(sv(evaluateTarget('Ja', { outcome: 'nej' }).reason)).toBe('utfall Nej mot mål Ja');
    expect(en(evaluateTarget('Ja', { outcome: 'nej' }).reason)).toBe('outcome No against target Yes');
    expect(sv(evaluateTarget('Ja', { outcome: 'Delvis' }).reason)).toBe('utfallet ”Delvis” är inte Ja eller Nej');
  });

  describe('VGR: 140 SU: 76 SKAS: 18 SÅS: 16 NU: 16 SV: 14 (förstärkningssjuksköterskor)', () => {
    const target = 'VGR: 140 SU: 76 SKAS: 18 SÅS: 16 NU: 16 SV: 14';
    test.each<[unknown, number, TargetStatus]>([
      ['SV', 14, 'met'],
      ['SV', 13, 'missed'],
      ['SU', 80, 'met'],
      ['SU', 75, 'missed'],
      ['vgr', 140, 'met'],
      ['SÄS', 16, 'met'],
      ['SÅS', 15, 'missed'],
      ['Södra Älvsborgs Sjukhus', 17, 'met'],
      ['NU-sjukvården', 16, 'met'],
      ['  skas ', 17, 'missed'],
    ])('group %j, outcome %d → %s', (group, outcome, expected) => {
      expect(status(target, { outcome, group })).toBe(expected);
    });

    test('no group or an unknown group: not assessable, and says why', () => {
      const none = evaluateTarget(target, { outcome: 14 });
      expect(none.status).toBe('not-assessable');
      expect(sv(none.reason)).toBe('målet är delat per grupp (VGR, SU, SKAS, SÅS, NU, SV): ange grupp');
      const unknown = evaluateTarget(target, { outcome: 14, group: 'Närhälsan' });
      expect(unknown.status).toBe('not-assessable');
      expect(sv(unknown.reason)).toBe('okänd grupp ”Närhälsan” (målet anger VGR, SU, SKAS, SÅS, NU, SV)');
    });

    test('the reason names the group', () => {
      expect(sv(evaluateTarget(target, { outcome: 13, group: 'SV', direction: 'högre' }).reason)).toBe('utfall 13 mot mål SV: ≥ 14');
      expect(sv(evaluateTarget(target, { outcome: 13, group: 'SV' }).reason)).toBe(
        'utfall 13 mot mål SV: ≥ 14 (ingen riktning angiven, högre antas vara bättre)',
      );
    });

    test('a lower direction turns every part around', () => {
      expect(status(target, { outcome: 13, group: 'SV', direction: 'Lägre är bättre' })).toBe('met');
    });
  });

  test('Följsamhet till införandeplan …: no measurable target', () => {
    const e = evaluateTarget('Följsamhet till införandeplan för tarmcancerscreening i VGR', { outcome: 0.95 });
    expect(e.status).toBe('not-assessable');
    expect(sv(e.reason)).toBe('inget mätbart mål');
    expect(en(e.reason)).toBe('no measurable target');
  });

  test('Fler individer med behov ska diagnostiseras (LARO): more than the reference, strictly', () => {
    const target = 'Fler individer med behov ska diagnostiseras';
    expect(status(target, { outcome: 120, reference: 100 })).toBe('met');
    expect(status(target, { outcome: 100, reference: 100 })).toBe('missed');
    expect(status(target, { outcome: 90, reference: 100 })).toBe('missed');
    const noRef = evaluateTarget(target, { outcome: 120 });
    expect(noRef.status).toBe('not-assessable');
    expect(sv(noRef.reason)).toBe('ingen referens att jämföra med');
  });

  test('Ska öka: närsjukvårdsteamens vårdkontakter Q3 2023 → Q4 2023 (seed 004) rose, SIP fell', () => {
    expect(status('Ska öka', { outcome: '3 297', reference: '2 690' })).toBe('met');
    expect(status('ska öka', { outcome: 1253, reference: 1726 })).toBe('missed');
    expect(sv(evaluateTarget('Ska öka', { outcome: 3297, reference: 2690 }).reason)).toBe('utfall 3 297 mot referensvärde 2 690, mål högre än referensvärdet');
  });

  test('≤ 90 %: bed occupancy, somatic care (seed 004: 103,8 % … 109,6 %)', () => {
    expect(status('≤ 90 %', { outcome: 1.038 })).toBe('missed');
    expect(status('≤ 90 %', { outcome: '109,6%' })).toBe('missed');
    expect(status('≤ 90 %', { outcome: 0.9 })).toBe('met');
    expect(status('≤ 90 %', { outcome: 0.85 })).toBe('met');
    expect(evaluateTarget('≤ 90 %', { outcome: 1.038 }).percentScaleSuspect).toBe(false);
  });

  test('≤ 8,5%: readmissions within 30 days (seed 004: 8,7 % in Q1 2022, 7,3 % in Q3 2023)', () => {
    expect(status('≤ 8,5%', { outcome: '8,7%' })).toBe('missed');
    expect(status('≤ 8,5%', { outcome: 0.073 })).toBe('met');
    expect(status('≤ 8,5%', { outcome: '8,5 %' })).toBe('met');
    expect(status('≤ 8,5%', { outcome: 0.085 })).toBe('met');
  });

  test('80%: SVF lead times ("80-målet")', () => {
    expect(status('80%', { outcome: 0.8 })).toBe('met');
    expect(status('80%', { outcome: 0.79 })).toBe('missed');
  });

  test('SKR-mål max 2% av personalkostnaden: hired staff', () => {
    expect(status('SKR-mål max 2% av personalkostnaden', { outcome: 0.02 })).toBe('met');
    expect(status('SKR-mål max 2% av personalkostnaden', { outcome: 0.021 })).toBe('missed');
    expect(status('SKR-mål max 2% av personalkostnaden', { outcome: 0.012 })).toBe('met');
  });

  test('Utföraren arbetar systematiskt …: not assessable whatever the outcome', () => {
    const t = 'Utföraren arbetar systematiskt med utmönstring av lågt prioriterad vård och insatser som inte gör nytta';
    expect(status(t, { outcome: 'Ja' })).toBe('not-assessable');
  });
});

describe('evaluateTarget: the examples of docs/functions.md', () => {
  test('boundaries are exact: "60 procent eller högre" is met by 0.60, "Lägre än 20 procent" is missed by 0.20', () => {
    expect(status('60 procent eller högre', { outcome: 0.6 })).toBe('met');
    expect(status('60 procent eller högre', { outcome: 60 / 100 })).toBe('met');
    expect(status('60 procent eller högre', { outcome: 0.1 * 6 })).toBe('met');
    expect(status('60 procent eller högre', { outcome: '60 %' })).toBe('met');
    expect(status('60 procent eller högre', { outcome: 0.5999 })).toBe('missed');
    expect(status('Lägre än 20 procent', { outcome: 0.2 })).toBe('missed');
    expect(status('Lägre än 20 procent', { outcome: 0.1 + 0.1 })).toBe('missed');
    expect(status('Lägre än 20 procent', { outcome: 0.1999 })).toBe('met');
  });

  test('80 procent eller högre', () => {
    expect(status('80 procent eller högre', { outcome: 0.8 })).toBe('met');
    expect(status('80 procent eller högre', { outcome: 0.75 })).toBe('missed');
  });

  test('Lägre än 2,5 per 100 disponibla vårdplatser', () => {
    expect(status('Lägre än 2,5 per 100 disponibla vårdplatser', { outcome: 2.4 })).toBe('met');
    expect(status('Lägre än 2,5 per 100 disponibla vårdplatser', { outcome: 2.5 })).toBe('missed');
    expect(status('Lägre än 2,5 per 100 disponibla vårdplatser', { outcome: '2,6' })).toBe('missed');
  });

  test.each<[string, number, TargetStatus]>([
    ['>50 %', 0.5, 'missed'],
    ['>50 %', 0.51, 'met'],
    ['<0,8', 0.8, 'missed'],
    ['<0,8', 0.79, 'met'],
    ['X eller färre'.replace('X', '12'), 12, 'met'],
    ['12 eller färre', 13, 'missed'],
    ['max 5', 5, 'met'],
    ['högst 5', 6, 'missed'],
    ['3 eller mer', 3, 'met'],
    ['minst 90 %', 0.89, 'missed'],
    ['lägst 4', 4, 'met'],
    ['mer än 7', 7, 'missed'],
    ['över 7', 7.5, 'met'],
    ['5000 per 100 000 invånare', 5000, 'met'],
    ['5000 per 100 000 invånare', 4999, 'missed'],
    ['1 500', 1500, 'met'],
    ['1 500', 1499, 'missed'],
  ])('%j, outcome %d → %s', (target, outcome, expected) => {
    expect(status(target, { outcome })).toBe(expected);
  });

  test('a bare value follows the direction; at least without one', () => {
    expect(status('7 %', { outcome: 0.08 })).toBe('met');
    expect(status('7 %', { outcome: 0.08, direction: 'Högre är bättre' })).toBe('met');
    expect(status('7 %', { outcome: 0.08, direction: 'Lägre är bättre' })).toBe('missed');
    expect(status('7 %', { outcome: 0.07, direction: 'lower' })).toBe('met');
    expect(status('7 %', { outcome: 0.06, direction: '↓' })).toBe('met');
    expect(status('100 %', { outcome: 0.99, direction: 'higher' })).toBe('missed');
  });

  test('a direction that cannot be read is not guessed when it matters, and ignored when it does not', () => {
    const e = evaluateTarget('7 %', { outcome: 0.06, direction: 'Bättre om lägre' });
    expect(e.status).toBe('not-assessable');
    expect(sv(e.reason)).toBe('okänd riktning ”Bättre om lägre” (skriv högre eller lägre)');
    expect(status('≤ 7 %', { outcome: 0.06, direction: 'Bättre om lägre' })).toBe('met');
  });

  test('Minska med 50 % jmf med 2020: outcome ≤ reference × 0.5', () => {
    const target = 'Minska med 50 % jmf med 2020';
    expect(status(target, { outcome: 500, reference: 1000 })).toBe('met');
    expect(status(target, { outcome: 400, reference: 1000 })).toBe('met');
    expect(status(target, { outcome: 501, reference: 1000 })).toBe('missed');
    expect(status(target, { outcome: 500 })).toBe('not-assessable');
    expect(sv(evaluateTarget(target, { outcome: 501, reference: 1000 }).reason)).toBe('utfall 501 mot referensvärde 1 000, mål ≤ 50 % av referensvärdet');
  });

  test('Öka med 10 %: outcome ≥ reference × 1.1 (1 100 meets it despite 1000 × 1.1 = 1100.0000000000002)', () => {
    expect(status('Öka med 10 %', { outcome: 1100, reference: 1000 })).toBe('met');
    expect(status('Öka med 10 %', { outcome: 1099, reference: 1000 })).toBe('missed');
  });

  test('Minskande / Färre …: less than the reference', () => {
    expect(status('Minskande', { outcome: 7.3, reference: 7.4 })).toBe('met');
    expect(status('Färre vårdskador', { outcome: 12, reference: 12 })).toBe('missed');
  });

  test('Förbättring …: better per the direction, higher without one', () => {
    expect(status('Förbättring jämfört med 2023', { outcome: 5.0, reference: 5.3 })).toBe('missed');
    expect(status('Förbättring jämfört med 2023', { outcome: 5.0, reference: 5.3, direction: 'Lägre är bättre' })).toBe('met');
  });

  test('Öka med 5 procentenheter: reference + 0.05', () => {
    expect(status('Öka med 5 procentenheter', { outcome: 0.85, reference: 0.8 })).toBe('met');
    expect(status('Öka med 5 procentenheter', { outcome: 0.849, reference: 0.8 })).toBe('missed');
  });

  describe('M: 17,2 % K: 16 %', () => {
    const target = 'M: 17,2 % K: 16 %';
    test.each<[string, number, TargetStatus]>([
      ['M', 0.172, 'met'],
      ['män', 0.17, 'missed'],
      ['K', 0.16, 'met'],
      ['Kvinnor', 0.15, 'missed'],
      ['k', 0.2, 'met'],
    ])('group %j, outcome %d → %s', (group, outcome, expected) => {
      expect(status(target, { outcome, group })).toBe(expected);
    });
    test('no group → not assessable', () => {
      expect(status(target, { outcome: 0.17 })).toBe('not-assessable');
    });
  });
});

describe('evaluateTarget: outcomes that are not numbers', () => {
  test.each<[unknown, string]>([
    [null, 'inget utfall'],
    ['', 'inget utfall'],
    ['Under utredning', 'utfallet ”Under utredning” är inte ett tal'],
    ['-', 'utfallet ”-” är inte ett tal'],
    [{ error: '#DIV/0!' }, 'utfallet är ett felvärde (#DIV/0!)'],
    [true, 'utfallet ”SANT” är inte ett tal'],
  ])('outcome %j → not assessable: %s', (outcome, reason) => {
    const e = evaluateTarget('≥ 90 %', { outcome });
    expect(e.status).toBe('not-assessable');
    expect(sv(e.reason)).toBe(reason);
  });

  test('a reference that is not a number', () => {
    const e = evaluateTarget('Ska öka', { outcome: 5, reference: 'saknas' });
    expect(e.status).toBe('not-assessable');
    expect(sv(e.reason)).toBe('referensvärdet ”saknas” är inte ett tal');
  });

  test('targets that cannot be assessed', () => {
    expect(sv(evaluateTarget('Senast 2025-06-30', { outcome: 1 }).reason)).toBe('målvärdet ”Senast 2025-06-30” kunde inte tolkas');
    expect(evaluateTarget({ error: '#REF!' }, { outcome: 1 }).status).toBe('not-assessable');
    expect(evaluateTarget(null, { outcome: 1 }).status).toBe('not-assessable');
  });
});

describe('evaluateTarget: percent scale', () => {
  test('93 typed against ≥ 90 % is suspect; 0.93 and "93 %" are not', () => {
    expect(evaluateTarget('≥ 90 %', { outcome: 93 }).percentScaleSuspect).toBe(true);
    expect(evaluateTarget('≥ 90 %', { outcome: 0.93 }).percentScaleSuspect).toBe(false);
    expect(evaluateTarget('≥ 90 %', { outcome: '93 %' }).percentScaleSuspect).toBe(false);
  });

  test('2 typed against SKR-mål max 2% is suspect (and missed as typed)', () => {
    const e = evaluateTarget('SKR-mål max 2% av personalkostnaden', { outcome: 2 });
    expect(e.percentScaleSuspect).toBe(true);
    expect(e.status).toBe('missed');
  });

  test('105,9 % occupancy typed as 1.059 is not suspect; targets that are not percentages never are', () => {
    expect(evaluateTarget('≤ 90 %', { outcome: 1.059 }).percentScaleSuspect).toBe(false);
    expect(evaluateTarget('1 500', { outcome: 93 }).percentScaleSuspect).toBe(false);
    expect(evaluateTarget('Ska öka', { outcome: 93, reference: 0.9 }).percentScaleSuspect).toBe(false);
  });
});

describe('evaluateTarget accepts other target values', () => {
  test('a number typed into the target cell is a bare value', () => {
    expect(status(140, { outcome: 140 })).toBe('met');
    expect(status(140, { outcome: 139 })).toBe('missed');
  });
  test('a boolean target is yes/no', () => {
    expect(status(true, { outcome: 'Ja' })).toBe('met');
  });
  test('a parsed target is used as it is', () => {
    const parsed = evaluateTarget('≤ 8,5%', { outcome: 0 }).target;
    expect(status(parsed, { outcome: 0.09 })).toBe('missed');
  });
});

describe('evaluateTarget: a threshold in scientific notation', () => {
  test('TARGET_MET(2; "≥ 1e5") is missed: the threshold is 100 000, not 1', () => {
    const e = evaluateTarget('≥ 1e5', { outcome: 2 });
    expect(e.status).toBe('missed');
    expect(sv(e.reason)).toBe('utfall 2 mot mål ≥ 100 000');
    expect(status('≥ 1e5', { outcome: 100000 })).toBe('met');
  });
});

describe('evaluateTarget: values a data-typed cell or a range hands over', () => {
  test('data-typed outcome, target, reference, group and direction are read as their basic values', () => {
    expect(status('≥ 90 %', { outcome: { type: 'Double', basicValue: 0.93 } })).toBe('met');
    expect(status('≥ 90 %', { outcome: { type: 'String', basicValue: '87 %' } })).toBe('missed');
    expect(status({ type: 'String', basicValue: '≥ 90 %' }, { outcome: 0.93 })).toBe('met');
    expect(status({ type: 'Double', basicValue: 140 }, { outcome: 139 })).toBe('missed');
    expect(status('Ska öka', { outcome: 1200, reference: { type: 'FormattedNumber', basicValue: 1100, numberFormat: '# ##0' } })).toBe('met');
    expect(status('M: 17,2 % K: 16 %', { outcome: 0.17, group: { type: 'String', basicValue: 'K' } })).toBe('met');
    expect(status('100 %', { outcome: 0.5, direction: { type: 'String', basicValue: 'Lägre är bättre' } })).toBe('met');
    expect(status('Ja', { outcome: { type: 'Boolean', basicValue: true } })).toBe('met');
  });

  test('an Error-typed outcome is that error', () => {
    const e = evaluateTarget('≥ 90 %', { outcome: { type: 'Error', errorType: 'Div0', basicValue: '#DIV/0!' } });
    expect(sv(e.reason)).toBe('utfallet är ett felvärde (#DIV/0!)');
  });

  test('an entity or other object, or a range, says so, never "[object Object]" or an empty quote', () => {
    expect(sv(evaluateTarget('≥ 90 %', { outcome: { type: 'Entity', text: 'x' } }).reason)).toBe('utfallet är inte ett tal');
    expect(en(evaluateTarget('Ska öka', { outcome: 1, reference: { foo: 1 } }).reason)).toBe('the reference value is not a number');
    expect(sv(evaluateTarget('≥ 90 %', { outcome: [[0.93, 0.95]] }).reason)).toBe('utfallet ska vara en enda cell, men ett område med 2 celler angavs');
    expect(en(evaluateTarget('Ja', { outcome: [['Ja'], ['Nej']] }).reason)).toBe('the outcome must be a single cell, but a range of 2 cells was given');
    expect(sv(evaluateTarget('Ja', { outcome: { foo: 1 } }).reason)).toBe('utfallet är inte Ja eller Nej');
  });
});

describe('evaluateTarget: a boolean where text or a number is needed is named as Excel names it', () => {
  test('group TRUE: sv SANT, en TRUE', () => {
    const e = evaluateTarget('M: 17,2 % K: 16 %', { outcome: 0.17, group: true });
    expect(sv(e.reason)).toBe('okänd grupp ”SANT” (målet anger M, K)');
    expect(en(e.reason)).toBe('unknown group “TRUE” (the target names M, K)');
  });

  test('direction FALSE: sv FALSKT, en FALSE', () => {
    const e = evaluateTarget('100 %', { outcome: 0.5, direction: false });
    expect(sv(e.reason)).toBe('okänd riktning ”FALSKT” (skriv högre eller lägre)');
    expect(en(e.reason)).toBe('unknown direction “FALSE” (write higher or lower)');
  });

  test("a number as direction is written in the reader's notation", () => {
    expect(sv(evaluateTarget('100 %', { outcome: 0.5, direction: 1.5 }).reason)).toBe('okänd riktning ”1,5” (skriv högre eller lägre)');
  });

  test('reference TRUE: sv SANT', () => {
    expect(sv(evaluateTarget('Ska öka', { outcome: 5, reference: true }).reason)).toBe('referensvärdet ”SANT” är inte ett tal');
  });
});

const yieldToTimers = () => new Promise((resolve) => setTimeout(resolve, 0));
/** jest's own default timeout; a synchronous test that overran it fails once it yields. */
const DEFAULT_TIMEOUT = 5000;

describe('evaluateTarget and explainTarget: very long texts are read in linear time', () => {
  test(
    '200 000-character outcome, target, group and direction',
    async () => {
      const long = `${' '.repeat(100_000)}5${' '.repeat(99_998)}a`;
      const dots = `${'.'.repeat(100_000)}${' '.repeat(99_999)}x`;
      expect(evaluateTarget('≥ 90 %', { outcome: long }).status).toBe('not-assessable');
      expect(evaluateTarget('Ja', { outcome: dots }).status).toBe('not-assessable');
      // Runs of space read as one space: "5 a", a bare 5 with the context "a".
      expect(evaluateTarget(long, { outcome: 1 }).status).toBe('missed');
      expect(evaluateTarget(dots, { outcome: 1 }).status).toBe('not-assessable');
      // The messages quote the start of such a text, as they quote a long outcome.
      expect(sv(evaluateTarget('M: 17,2 % K: 16 %', { outcome: 0.2, group: long }).reason)).toMatch(/^okänd grupp ”5 {38}…” \(målet anger M, K\)$/);
      expect(sv(evaluateTarget('M: 17,2 % K: 16 %', { outcome: 0.2, group: dots }).reason)).toMatch(/^okänd grupp ”\.{39}…”/);
      expect(sv(evaluateTarget('100 %', { outcome: 0.2, direction: long }).reason)).toMatch(/^okänd riktning ”5 {38}…”/);
      await yieldToTimers();
    },
    DEFAULT_TIMEOUT,
  );
});
