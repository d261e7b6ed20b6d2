import { HOSPITALS_2025, PRICE_LIST_2025 } from './priceList2025';
import { hospitalFromName, priceKindFromName } from './matchName';

describe('PRICE_LIST_2025 (seed 000, Finansiering av regiongemensamma uppdrag 2025)', () => {
  it('has the flat prices', () => {
    expect(PRICE_LIST_2025.flat).toEqual({ besök: 2449, behandling: 35025 });
  });

  it('has the hospital-specific prices for colonoscopy and gastroscopy', () => {
    const expected = { SV: 4363, NU: 4848, SKAS: 4667, SU: 4808, SÄS: 4889 };
    expect(PRICE_LIST_2025.perHospital.koloskopi).toEqual(expected);
    expect(PRICE_LIST_2025.perHospital.gastroskopi).toEqual(expected);
  });

  it('names the five hospitals', () => {
    expect(HOSPITALS_2025.map((h) => `${h.code}=${h.name}`)).toEqual([
      'SV=Sjukhusen i väster',
      'NU=NU-sjukvården',
      'SKAS=Skaraborgs Sjukhus',
      'SU=Sahlgrenska Universitetssjukhuset',
      'SÄS=Södra Älvsborgs Sjukhus',
    ]);
  });
});

describe('name matching', () => {
  it('reads kinds in Swedish and English', () => {
    expect(priceKindFromName('Gastroscopy')).toBe('gastroskopi');
    expect(priceKindFromName('besok')).toBe('besök');
    expect(priceKindFromName('Operation')).toBeNull();
  });

  it('reads hospitals by code or name, with or without Swedish letters', () => {
    expect(hospitalFromName('NU sjukvården')).toBe('NU');
    expect(hospitalFromName('sodra alvsborgs sjukhus')).toBe('SÄS');
    expect(hospitalFromName('SV ')).toBe('SV');
    expect(hospitalFromName('Sahlgrenska')).toBeNull();
  });
});
