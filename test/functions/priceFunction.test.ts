/** UNIT_PRICE through the built bundle: the 2025 list of seed 000 and a workbook's own price table. */
import { errorOf as error, loadFunctionsBundle } from '../support/functionsHarness';

const sv = loadFunctionsBundle({ displayLanguage: 'sv-SE' });
const en = loadFunctionsBundle({ displayLanguage: 'en-GB' });

describe('UNIT_PRICE', () => {
  it('flat prices: besök 2 449, behandling 35 025 (not the DRG price per point 52 017)', () => {
    expect(sv.call('UNIT_PRICE', 'besök')).toBe(2449);
    expect(en.call('UNIT_PRICE', 'visit')).toBe(2449);
    expect(sv.call('UNIT_PRICE', 'Behandling')).toBe(35025);
    expect(en.call('UNIT_PRICE', ' treatment ', 'SV')).toBe(35025);
  });

  it.each([
    ['SV', 4363],
    ['Sjukhusen i väster', 4363],
    ['NU', 4848],
    ['NU-sjukvården', 4848],
    ['SKAS', 4667],
    ['Skaraborgs Sjukhus', 4667],
    ['SU', 4808],
    ['Sahlgrenska Universitetssjukhuset', 4808],
    ['SÄS', 4889],
    ['SAS', 4889],
    ['SÅS', 4889],
    ['södra älvsborgs sjukhus', 4889],
  ])('colonoscopy and gastroscopy at %p: %d kr', (hospital, value) => {
    expect(sv.call('UNIT_PRICE', 'koloskopi', hospital)).toBe(value);
    expect(sv.call('UNIT_PRICE', 'gastroskopi', hospital)).toBe(value);
    expect(en.call('UNIT_PRICE', 'Colonoscopy', hospital)).toBe(value);
    expect(en.call('UNIT_PRICE', 'GASTROSCOPY', [[hospital]])).toBe(value);
  });

  it('colonoscopy without hospital is #VALUE!', () => {
    expect(error(sv.call('UNIT_PRICE', 'koloskopi'))).toEqual({
      code: '#VALUE!',
      message: '”koloskopi” har sjukhusspecifika priser: ange sjukhus (SV, NU, SKAS, SU eller SÄS)',
    });
    expect(error(en.call('UNIT_PRICE', 'gastroscopy', '')).message).toBe('“gastroscopy” is priced per hospital: give the hospital (SV, NU, SKAS, SU or SÄS)');
  });

  it('an unknown kind or hospital is #N/A naming it', () => {
    expect(error(sv.call('UNIT_PRICE', 'Röntgen'))).toEqual({
      code: '#N/A',
      message: 'inget pris för ”Röntgen”: prislistan 2025 har besök, behandling, koloskopi och gastroskopi',
    });
    expect(error(en.call('UNIT_PRICE', 'colonoscopy', 'Karolinska'))).toEqual({
      code: '#N/A',
      message: 'no price for “colonoscopy” at “Karolinska”: the 2025 price list has SV, NU, SKAS, SU and SÄS',
    });
  });

  it('a blank kind is #N/A', () => {
    expect(error(sv.call('UNIT_PRICE', null)).code).toBe('#N/A');
  });

  describe('with the workbook’s own price table', () => {
    const table = [
      ['Typ', 'Sjukhus', 'Pris'],
      ['besök', '', '2 600'],
      ['koloskopi', 'SU', '5 000 kr'],
      ['', '', ''],
    ];

    it('searches it first, then the built-in list', () => {
      expect(sv.call('UNIT_PRICE', 'besök', null, table)).toBe(2600);
      expect(sv.call('UNIT_PRICE', 'koloskopi', 'SU', table)).toBe(5000);
      expect(sv.call('UNIT_PRICE', 'koloskopi', 'NU', table)).toBe(4848);
      expect(sv.call('UNIT_PRICE', 'behandling', null, table)).toBe(35025);
    });

    it('a matching row with a bad price is #VALUE!', () => {
      expect(error(sv.call('UNIT_PRICE', 'besök', null, [['besök', '', 'ca 2 500']]))).toEqual({
        code: '#VALUE!',
        message: 'pristabellens pris för ”besök” på rad 1 är inte ett tal: ca 2 500',
      });
    });

    it('an empty table range counts as no table', () => {
      expect(sv.call('UNIT_PRICE', 'besök', null, [[null, null, null]])).toBe(2449);
    });
  });
});
