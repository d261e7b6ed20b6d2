import { formatMessage } from '../../i18n/format';
import { explainTarget } from './explainTarget';

const sv = (target: unknown, group?: unknown, direction?: unknown) => formatMessage('sv', explainTarget(target, group, direction)).replace(/\u00a0/g, ' ');
const en = (target: unknown, group?: unknown, direction?: unknown) => formatMessage('en', explainTarget(target, group, direction)).replace(/\u00a0/g, ' ');

describe('explainTarget: how the seed 000 targets are read', () => {
  test.each<[string, string, string]>([
    ['≥90 % inom 20 minuter (regionalt mål)', '≥ 90 %, inom 20 minuter (regionalt mål)', '≥ 90%, inom 20 minuter (regionalt mål)'],
    ['≤ 90 %', '≤ 90 %', '≤ 90%'],
    ['≤ 8,5%', '≤ 8,5 %', '≤ 8.5%'],
    ['SKR-mål max 2% av personalkostnaden', '≤ 2 % (av personalkostnaden)', '≤ 2% (av personalkostnaden)'],
    ['Ja', 'Ja', 'Yes'],
    ['JA', 'Ja', 'Yes'],
    ['Ska öka', 'högre än referensvärdet', 'higher than the reference value'],
    ['Fler individer med behov ska diagnostiseras', 'högre än referensvärdet', 'higher than the reference value'],
    ['Följsamhet till införandeplan för tarmcancerscreening i VGR', 'inget mätbart mål', 'no measurable target'],
    ['', 'inget mätbart mål', 'no measurable target'],
  ])('%j → sv %j, en %j', (target, svText, enText) => {
    expect(sv(target)).toBe(svText);
    expect(en(target)).toBe(enText);
  });

  test('a bare value says which direction it assumed, or follows the one given', () => {
    expect(sv('100%')).toBe('≥ 100 % (ingen riktning angiven, högre antas vara bättre)');
    expect(en('100%')).toBe('≥ 100% (no direction given, higher assumed to be better)');
    expect(sv('100%', null, 'Högre är bättre')).toBe('≥ 100 %');
    expect(sv('7 %', null, 'Lägre är bättre')).toBe('≤ 7 %');
    expect(sv('100% av ST-läkarna ska ha tilldelade sidotjänstgöringsplatser', null, 'högre')).toBe(
      '≥ 100 % (av ST-läkarna ska ha tilldelade sidotjänstgöringsplatser)',
    );
    expect(sv('100% av ST-läkarna ska ha tilldelade sidotjänstgöringsplatser')).toBe(
      '≥ 100 % (av ST-läkarna ska ha tilldelade sidotjänstgöringsplatser; ingen riktning angiven, högre antas vara bättre)',
    );
  });

  test("a split target: the group's part, all parts without a group, or the unknown group", () => {
    const target = 'VGR: 140 SU: 76 SKAS: 18 SÅS: 16 NU: 16 SV: 14';
    expect(sv(target, 'SÄS', 'högre')).toBe('SÅS: ≥ 16');
    expect(sv(target, null, 'högre')).toBe('VGR: ≥ 140; SU: ≥ 76; SKAS: ≥ 18; SÅS: ≥ 16; NU: ≥ 16; SV: ≥ 14 (ange grupp)');
    expect(en(target, null, 'higher')).toBe('VGR: ≥ 140; SU: ≥ 76; SKAS: ≥ 18; SÅS: ≥ 16; NU: ≥ 16; SV: ≥ 14 (give a group)');
    expect(sv(target)).toBe('VGR: ≥ 140; SU: ≥ 76; SKAS: ≥ 18; SÅS: ≥ 16; NU: ≥ 16; SV: ≥ 14 (ange grupp; ingen riktning angiven, högre antas vara bättre)');
    expect(sv(target, 'Närhälsan')).toBe('okänd grupp ”Närhälsan” (målet anger VGR, SU, SKAS, SÅS, NU, SV)');
    expect(sv('M: 17,2 % K: 16 %', 'K', 'Högre är bättre')).toBe('K: ≥ 16 %');
    expect(sv('M: 17,2 % K: 16 %', 'män', 'Lägre är bättre')).toBe('M: ≤ 17,2 %');
  });
});

describe('explainTarget: the examples of docs/functions.md', () => {
  test.each<[string, string]>([
    ['80 procent eller högre', '≥ 80 %'],
    ['Lägre än 20 procent', '< 20 %'],
    ['Lägre än 2,5 per 100 disponibla vårdplatser', '< 2,5 (per 100 disponibla vårdplatser)'],
    ['<0,8', '< 0,8'],
    ['>= 90%', '≥ 90 %'],
    ['mer än 7', '> 7'],
    ['Minska med 50 % jmf med 2020', '≤ 50 % av referensvärdet (jmf med 2020)'],
    ['Öka med 10 %', '≥ 110 % av referensvärdet'],
    ['Öka med 5 procentenheter', '≥ referensvärdet + 5 procentenheter'],
    ['Minska med 200', '≤ referensvärdet − 200'],
    ['Minskande', 'lägre än referensvärdet'],
    ['Bearbetas', 'inget mätbart mål'],
    ['Senast 2025-06-30', 'målvärdet kunde inte tolkas: ”Senast 2025-06-30”'],
  ])('%j → %j', (target, text) => {
    expect(sv(target)).toBe(text);
  });

  test("thousands are written the reader's way", () => {
    expect(sv('5000 per 100 000 invånare', null, 'högre')).toBe('≥ 5 000 (per 100 000 invånare)');
    expect(en('1 500', null, 'higher')).toBe('≥ 1,500');
  });

  test('improvement and keeping the level follow the direction', () => {
    expect(sv('Förbättras', null, 'Lägre är bättre')).toBe('lägre än referensvärdet');
    expect(sv('Förbättras')).toBe('högre än referensvärdet (ingen riktning angiven, högre antas vara bättre)');
    expect(sv('Bibehålla', null, 'lägre')).toBe('≤ referensvärdet');
  });

  test('an unreadable direction, where it matters', () => {
    expect(sv('7 %', null, 'bättre')).toBe('okänd riktning ”bättre” (skriv högre eller lägre)');
  });
});

describe('explainTarget: scientific notation', () => {
  test('"≥ 1e5" reads as ≥ 100 000, not as ≥ 1 with the context "e5"', () => {
    expect(sv('≥ 1e5')).toBe('≥ 100 000');
    expect(en('≥ 1e5')).toBe('≥ 100,000');
    expect(sv('≥ 1e999')).toBe('målvärdet kunde inte tolkas: ”≥ 1e999”');
  });
});

describe('explainTarget: data-typed cells', () => {
  test('a String-typed target, group and direction are read as their text', () => {
    expect(sv({ type: 'String', basicValue: 'M: 17,2 % K: 16 %' }, { type: 'String', basicValue: 'K' }, { type: 'String', basicValue: 'högre' })).toBe(
      'K: ≥ 16 %',
    );
  });
});
