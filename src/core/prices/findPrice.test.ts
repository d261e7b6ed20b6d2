import { formatMessage } from '../../i18n/format';
import type { Result } from '../types';
import { findPrice } from './findPrice';

function message(r: Result<number>, locale: 'sv' | 'en'): string {
  if (r.ok) throw new Error(`expected a failure, got ${r.value}`);
  return formatMessage(locale, r.message);
}

describe('findPrice: the built-in 2025 list (seed 000)', () => {
  it.each([
    ['besök', 2449],
    ['visit', 2449],
    ['behandling', 35025],
    ['treatment', 35025],
    ['  Besök ', 2449],
    ['BEHANDLING', 35025],
    ['Förstabesök', 2449],
  ])('%p costs %d kr', (kind, price) => {
    expect(findPrice(kind, null, null)).toEqual({ ok: true, value: price });
  });

  it('the treatment price is the flat 35 025, not the DRG price per point 52 017', () => {
    expect(findPrice('behandling', 'SV', null)).toEqual({ ok: true, value: 35025 });
  });

  it.each([
    ['SV', 'Sjukhusen i väster', 4363],
    ['NU', 'NU-sjukvården', 4848],
    ['SKAS', 'Skaraborgs Sjukhus', 4667],
    ['SU', 'Sahlgrenska Universitetssjukhuset', 4808],
    ['SÄS', 'Södra Älvsborgs Sjukhus', 4889],
  ])('colonoscopy and gastroscopy at %s (%s): %d kr', (code, name, price) => {
    for (const kind of ['koloskopi', 'gastroskopi', 'colonoscopy', 'gastroscopy', 'Koloskopi']) {
      expect(findPrice(kind, code, null)).toEqual({ ok: true, value: price });
      expect(findPrice(kind, name, null)).toEqual({ ok: true, value: price });
      expect(findPrice(kind, ` ${name.toUpperCase()} `, null)).toEqual({ ok: true, value: price });
      expect(findPrice(kind, code.toLowerCase(), null)).toEqual({ ok: true, value: price });
    }
  });

  it('SÄS may be written SAS or SÅS', () => {
    expect(findPrice('koloskopi', 'SAS', null)).toEqual({ ok: true, value: 4889 });
    expect(findPrice('koloskopi', 'SÅS', null)).toEqual({ ok: true, value: 4889 });
    expect(findPrice('gastroskopi', 'sås', null)).toEqual({ ok: true, value: 4889 });
  });

  it('colonoscopy without hospital is #VALUE!, saying which hospitals there are', () => {
    const r = findPrice('koloskopi', null, null);
    expect(r).toMatchObject({ ok: false, error: 'value', message: { key: 'price.needsHospital' } });
    expect(message(r, 'sv')).toBe('”koloskopi” har sjukhusspecifika priser: ange sjukhus (SV, NU, SKAS, SU eller SÄS)');
    expect(findPrice('gastroscopy', '  ', null)).toMatchObject({ ok: false, error: 'value' });
  });

  it('an unknown kind is #N/A naming it', () => {
    const r = findPrice('Operation', null, null);
    expect(r).toMatchObject({ ok: false, error: 'na', message: { key: 'price.unknownKind' } });
    expect(message(r, 'sv')).toBe('inget pris för ”Operation”: prislistan 2025 har besök, behandling, koloskopi och gastroskopi');
    expect(message(r, 'en')).toBe('no price for “Operation”: the 2025 price list has visit, treatment, colonoscopy and gastroscopy');
  });

  it('an unknown hospital is #N/A naming it', () => {
    const r = findPrice('koloskopi', 'Karolinska', null);
    expect(r).toMatchObject({ ok: false, error: 'na' });
    expect(message(r, 'sv')).toBe('inget pris för ”koloskopi” på ”Karolinska”: prislistan 2025 har SV, NU, SKAS, SU och SÄS');
  });

  it('a blank kind is #N/A', () => {
    expect(findPrice('', null, null)).toMatchObject({ ok: false, error: 'na', message: { key: 'price.noKind' } });
    expect(findPrice(' \u00a0', 'SU', null)).toMatchObject({ ok: false, error: 'na' });
  });
});

describe('findPrice: the workbook’s own price table first', () => {
  const TABLE: unknown[][] = [
    ['Typ', 'Sjukhus', 'Pris'],
    ['', '', ''],
    ['besök', '', '2 600'],
    ['Koloskopi', 'SU', 5000],
    ['koloskopi', '', '4\u00a0500 kr'],
    ['Operation', 'Danderyd', 40000],
    [null, null, null],
  ];

  it('finds a flat row, in Swedish notation, over the built-in price', () => {
    expect(findPrice('besök', null, TABLE)).toEqual({ ok: true, value: 2600 });
    expect(findPrice('Visit', 'NU', TABLE)).toEqual({ ok: true, value: 2600 });
  });

  it('a row for the hospital wins over a row for all hospitals', () => {
    expect(findPrice('koloskopi', 'Sahlgrenska Universitetssjukhuset', TABLE)).toEqual({ ok: true, value: 5000 });
    expect(findPrice('koloskopi', 'NU', TABLE)).toEqual({ ok: true, value: 4500 });
    expect(findPrice('koloskopi', null, TABLE)).toEqual({ ok: true, value: 4500 });
  });

  it('falls back to the built-in list for kinds the table lacks', () => {
    expect(findPrice('behandling', null, TABLE)).toEqual({ ok: true, value: 35025 });
    expect(findPrice('gastroskopi', 'SKAS', TABLE)).toEqual({ ok: true, value: 4667 });
  });

  it('knows the table’s own kinds and hospitals', () => {
    expect(findPrice('operation', 'danderyd', TABLE)).toEqual({ ok: true, value: 40000 });
    const noHospital = findPrice('Operation', null, TABLE);
    expect(noHospital).toMatchObject({ ok: false, error: 'value', message: { key: 'price.needsHospitalInTable' } });
    const other = findPrice('Operation', 'SU', TABLE);
    expect(other).toMatchObject({ ok: false, error: 'na' });
    expect(message(other, 'sv')).toBe('pristabellen har inget pris för ”Operation” på ”SU”');
  });

  it('a kind in neither is #N/A naming it', () => {
    const r = findPrice('Röntgen', null, TABLE);
    expect(r).toMatchObject({ ok: false, error: 'na', message: { key: 'price.unknownKindWithTable' } });
    expect(message(r, 'en')).toContain('“Röntgen”');
  });

  it('a matching row with a bad price is an error, not a silent fallback', () => {
    const r = findPrice('besök', null, [['besök', '', 'ca 2 500']]);
    expect(r).toMatchObject({ ok: false, error: 'value' });
    expect(message(r, 'sv')).toBe('pristabellens pris för ”besök” på rad 1 är inte ett tal: ca 2 500');
    expect(findPrice('besök', null, [['besök', '', '']])).toMatchObject({ ok: false, error: 'na', message: { key: 'price.table.blankPrice' } });
    expect(findPrice('besök', null, [['besök', '', -2449]])).toMatchObject({ ok: false, error: 'value', message: { key: 'price.table.negativePrice' } });
    expect(findPrice('besök', null, [['besök', '', { error: '#REF!' }]])).toMatchObject({ ok: false, error: 'value' });
  });

  it('reads a two-column range as kind | price', () => {
    expect(findPrice('behandling', null, [['Behandling', '36 000']])).toEqual({ ok: true, value: 36000 });
  });

  it('a one-column range is #VALUE!', () => {
    expect(findPrice('besök', null, [['besök'], [2449]])).toMatchObject({ ok: false, error: 'value', message: { key: 'price.table.tooNarrow' } });
  });
});
