/**
 * Arguments Excel may hand the functions besides plain numbers and texts: data-typed cells (should an Excel pass
 * them: the metadata no longer declares allowCustomDataForDataTypeAny, a CustomFunctionsRuntime 1.4 feature beyond
 * the manifest's 1.3, so Excel gives their plain value), ranges where one cell is expected, booleans, figures with
 * floating-point noise, numbers in scientific notation, results beyond a double and very long texts.
 * Through the built bundle, as Excel calls it.
 */
import { errorOf, loadFunctionsBundle } from '../support/functionsHarness';

const sv = loadFunctionsBundle({ displayLanguage: 'sv-SE' });
const en = loadFunctionsBundle({ displayLanguage: 'en-US' });

const error = errorOf;
const plain = (v: unknown) => (typeof v === 'string' ? v.replace(/\u00a0/g, ' ') : v);

describe('data-typed cells are read as their basic value', () => {
  it('a Double, a FormattedNumber and a String-typed "8 100"', () => {
    expect(sv.call('NUMBER', { type: 'Double', basicValue: 5 })).toBe(5);
    expect(sv.call('FULFILMENT', { type: 'FormattedNumber', basicValue: 5400, numberFormat: '# ##0' }, { type: 'String', basicValue: '8 100' }, 8)).toBe(1);
    expect(sv.call('ADDITIONAL_VOLUME', { type: 'Double', basicValue: 7000 }, 6336, { type: 'String', basicValue: '1 764' })).toBe(664);
    expect(sv.call('VOLUME_CHECK', { type: 'Double', basicValue: 11080 }, 8143, 2937)).toBe('OK');
  });

  it('target functions: outcome, target, reference, group and direction', () => {
    expect(sv.call('TARGET_MET', { type: 'Double', basicValue: 0.93 }, { type: 'String', basicValue: '≥90 % inom 20 minuter (regionalt mål)' })).toBe(true);
    expect(sv.call('TARGET_MET', 1200, 'Ska öka', { type: 'Double', basicValue: 1100 })).toBe(true);
    expect(sv.call('TARGET_STATUS', 0.15, 'M: 17,2 % K: 16 %', null, { type: 'String', basicValue: 'Kvinnor' })).toBe('Ej uppfyllt');
    expect(plain(sv.call('TARGET_EXPLAIN', { type: 'String', basicValue: '7 %' }, null, { type: 'String', basicValue: 'Lägre är bättre' }))).toBe('≤ 7 %');
    expect(sv.call('TARGET_MET', { type: 'Boolean', basicValue: true }, 'Ja')).toBe(true);
  });

  it('UNIT_PRICE with a String-typed kind and hospital', () => {
    expect(sv.call('UNIT_PRICE', { type: 'String', basicValue: 'koloskopi' }, { type: 'String', basicValue: 'SU' })).toBe(4808);
  });

  it('an Error-typed value is that error', () => {
    expect(error(sv.call('NUMBER', { type: 'Error', errorType: 'Div0', basicValue: '#DIV/0!' }))).toEqual({
      code: '#VALUE!',
      message: 'Texten är inte ett tal: ”#DIV/0!”',
    });
    expect(error(sv.call('TARGET_MET', { type: 'Error', errorType: 'NotAvailable', basicValue: '#N/A' }, '≥ 90 %'))).toEqual({
      code: '#N/A',
      message: 'utfallet är ett felvärde (#N/A)',
    });
  });

  it('an entity or any other object: a clear message, never "[object Object]"', () => {
    expect(error(sv.call('NUMBER', { type: 'Entity', text: 'Sahlgrenska', properties: {} }))).toEqual({ code: '#VALUE!', message: 'Texten är inte ett tal' });
    expect(error(en.call('FULFILMENT', { foo: 1 }, 8100))).toEqual({ code: '#VALUE!', message: 'Outcome is not a number' });
    expect(error(sv.call('TARGET_MET', { type: 'Entity', text: 'x' }, '≥ 90 %'))).toEqual({
      code: '#VALUE!',
      message: 'Utfall innehåller ett värde som varken är ett tal eller en text',
    });
    expect(error(en.call('TARGET_EXPLAIN', { type: 'WebImage', address: 'https://example.invalid/x.png' }))).toEqual({
      code: '#VALUE!',
      message: 'Target holds a value that is neither a number nor text',
    });
    expect(error(sv.call('UNIT_PRICE', { type: 'Entity', text: 'besök' }))).toEqual({ code: '#VALUE!', message: 'Typ av pris ska vara en text' });
  });

  it('a data-typed cell inside a range argument is read as its basic value', () => {
    const profile = [[10, 10, 10, 10, 10, 10, { type: 'Double', basicValue: 2 }, 8, 10, 10, 10, 10]];
    expect(sv.call('FULFILMENT', 6000, 11000, 6, profile)).toBe(1);
    const table = [
      ['kind', 'hospital', 'price'],
      [{ type: 'String', basicValue: 'besök' }, '', { type: 'Double', basicValue: 2500 }],
    ];
    expect(sv.call('UNIT_PRICE', 'besök', null, table)).toBe(2500);
  });
});

describe('a range where one cell is expected', () => {
  it('ADDITIONAL_VOLUME([[7000,1]];6336;1764): one cell expected, a range of 2 cells given', () => {
    expect(error(sv.call('ADDITIONAL_VOLUME', [[7000, 1]], 6336, 1764))).toEqual({
      code: '#VALUE!',
      message: 'Utfört ska vara en enda cell, men ett område med 2 celler angavs',
    });
    expect(error(en.call('ADDITIONAL_VOLUME', [[7000, 1]], 6336, 1764))).toEqual({
      code: '#VALUE!',
      message: 'Performed must be a single cell, but a range of 2 cells was given',
    });
  });

  it('a column of three as the plan, the target or the group', () => {
    expect(error(sv.call('FULFILMENT', 5400, [[8100], [1], [2]])).message).toBe('Plan ska vara en enda cell, men ett område med 3 celler angavs');
    expect(error(sv.call('TARGET_MET', 0.93, [['≥ 90 %'], ['≥ 80 %']])).message).toBe('Målvärde ska vara en enda cell, men ett område med 2 celler angavs');
    expect(error(en.call('TARGET_STATUS', 0.93, 'M: 17,2 % K: 16 %', null, [['K', 'M']])).message).toBe(
      'Group must be a single cell, but a range of 2 cells was given',
    );
    expect(error(sv.call('UNIT_PRICE', [['besök', 'behandling']])).message).toBe('Typ av pris ska vara en enda cell, men ett område med 2 celler angavs');
  });

  it('a single cell given as a 1×1 range is still read as its value', () => {
    expect(sv.call('ADDITIONAL_VOLUME', [[7000]], [['6 336']], 1764)).toBe(664);
  });
});

describe('booleans in messages are named as Excel names them', () => {
  it('sv SANT / FALSKT, en TRUE / FALSE', () => {
    expect(error(sv.call('NUMBER', true)).message).toBe('Texten är inte ett tal: ”SANT”');
    expect(error(en.call('NUMBER', false)).message).toBe('The text is not a number: “FALSE”');
    expect(error(sv.call('VOLUME_CHECK', 760, false, 244)).message).toBe('Bas är inte ett tal: ”FALSKT”');
    expect(error(sv.call('TARGET_MET', 0.5, 'M: 17,2 % K: 16 %', null, true)).message).toBe('okänd grupp ”SANT” (målet anger M, K)');
    expect(error(sv.call('TARGET_MET', 0.5, '50 %', null, null, true)).message).toBe('okänd riktning ”SANT” (skriv högre eller lägre)');
    expect(error(en.call('TARGET_MET', 0.5, '50 %', null, null, false)).message).toBe('unknown direction “FALSE” (write higher or lower)');
    expect(error(sv.call('TARGET_MET', 0.5, 'Ska öka', true)).message).toBe('referensvärdet ”SANT” är inte ett tal');
  });

  it('a boolean kind of price is no text, rather than the price of "true"', () => {
    expect(error(sv.call('UNIT_PRICE', true))).toEqual({ code: '#VALUE!', message: 'Typ av pris ska vara en text' });
    expect(error(en.call('UNIT_PRICE', 'koloskopi', false))).toEqual({ code: '#VALUE!', message: 'Hospital must be text' });
  });
});

describe('results and figures at the edges of floating point', () => {
  it('FULFILMENT(1e308; 1e-308): the same "result too large" message as REIMBURSEMENT', () => {
    const fulfilment = error(sv.call('FULFILMENT', 1e308, 1e-308));
    const reimbursement = error(sv.call('REIMBURSEMENT', 1e308, 0, 1e308, 10));
    expect(fulfilment).toEqual({ code: '#VALUE!', message: 'resultatet blev för stort för att visas' });
    expect(reimbursement).toEqual(fulfilment);
    expect(error(en.call('FULFILMENT', 1e308, 1e-308))).toEqual({ code: '#VALUE!', message: 'the result is too large to show' });
  });

  it('VOLUME_CHECK(2;1;1.0000000000000002) and a figure from =1,1*3*1000 are OK', () => {
    expect(sv.call('VOLUME_CHECK', 2, 1, 1.0000000000000002)).toBe('OK');
    expect(sv.call('VOLUME_CHECK', 1.1 * 3 * 1000, 3300, 0)).toBe('OK');
    expect(plain(sv.call('VOLUME_CHECK', 760, 516, 244.5))).toBe('tillägg 244,5 är inte ett heltal');
  });
});

describe('a target in scientific notation', () => {
  it('TARGET_MET(2;"≥ 1e5") is FALSE and TARGET_EXPLAIN says ≥ 100 000, as NUMBER("1e5") = 100 000', () => {
    expect(sv.call('NUMBER', '1e5')).toBe(100000);
    expect(sv.call('TARGET_MET', 2, '≥ 1e5')).toBe(false);
    expect(sv.call('TARGET_MET', 100000, '≥ 1e5')).toBe(true);
    expect(plain(sv.call('TARGET_EXPLAIN', '≥ 1e5'))).toBe('≥ 100 000');
  });
});

/** Lets an expired jest timeout fire: a synchronous overrun is only failed once the event loop gets a turn. */
const yieldToTimers = () => new Promise((resolve) => setTimeout(resolve, 0));
/** jest's own default timeout (the project sets 60 s for its browser tests). */
const DEFAULT_TIMEOUT = 5000;

describe('very long texts are read in linear time', () => {
  const long = `${' '.repeat(100_000)}5${' '.repeat(99_998)}a`;

  it(
    'NUMBER of 200 000 characters is #VALUE!, quoting only the start',
    async () => {
      expect(long.length).toBe(200_000);
      const e = error(sv.call('NUMBER', long));
      expect(e.code).toBe('#VALUE!');
      expect(e.message).toBe(`Texten är inte ett tal: ”5${' '.repeat(38)}…”`);
      expect(error(sv.call('NUMBER', `1${' '.repeat(199_995)}kr x`)).code).toBe('#VALUE!');
      expect(sv.call('NUMBER', `${' '.repeat(100_000)}8 100${' '.repeat(100_000)}`)).toBe(8100);
      await yieldToTimers();
    },
    DEFAULT_TIMEOUT,
  );

  it(
    'TARGET_MET, TARGET_STATUS and TARGET_EXPLAIN with 200 000-character outcomes and targets',
    async () => {
      expect(error(sv.call('TARGET_MET', long, '≥ 90 %')).code).toBe('#N/A');
      expect(sv.call('TARGET_STATUS', `${'.'.repeat(100_000)}${' '.repeat(99_999)}x`, 'Ja')).toBe('Ej bedömbart');
      expect(typeof sv.call('TARGET_EXPLAIN', long)).toBe('string');
      expect(sv.call('TARGET_EXPLAIN', `${'x '.repeat(100_000)}`)).toBe('inget mätbart mål');
      await yieldToTimers();
    },
    DEFAULT_TIMEOUT,
  );
});
