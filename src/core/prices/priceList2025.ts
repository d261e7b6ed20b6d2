/**
 * The built-in prices of seed 000, "Finansiering av regiongemensamma uppdrag 2025" (VGR, uppdrag 2025 för
 * Sjukhusen i väster). Only the prices for additional volumes are here: the flat treatment price is the
 * region-wide DRG price 35 025 kr, not the DRG price per point (SV 52 017 kr) of the table that applies
 * "vid förändring av uppdrag".
 */

/** The kinds of additional volume the list prices. */
export type PriceKind = 'besök' | 'behandling' | 'koloskopi' | 'gastroskopi';

export type HospitalCode = 'SV' | 'NU' | 'SKAS' | 'SU' | 'SÄS';

export interface Hospital {
  code: HospitalCode;
  name: string;
}

export const HOSPITALS_2025: readonly Hospital[] = [
  { code: 'SV', name: 'Sjukhusen i väster' },
  { code: 'NU', name: 'NU-sjukvården' },
  { code: 'SKAS', name: 'Skaraborgs Sjukhus' },
  { code: 'SU', name: 'Sahlgrenska Universitetssjukhuset' },
  { code: 'SÄS', name: 'Södra Älvsborgs Sjukhus' },
];

/** Names a kind may be written with, in Swedish or English, besides its own. */
export const PRICE_KIND_ALIASES: Readonly<Record<PriceKind, readonly string[]>> = {
  besök: ['visit', 'förstabesök', 'first visit'],
  behandling: ['treatment'],
  koloskopi: ['colonoscopy'],
  gastroskopi: ['gastroscopy'],
};

export interface PriceList {
  year: number;
  source: string;
  /** Kronor per unit, the same at every hospital. */
  flat: Readonly<Partial<Record<PriceKind, number>>>;
  /** Kronor per unit, by hospital. */
  perHospital: Readonly<Partial<Record<PriceKind, Readonly<Record<HospitalCode, number>>>>>;
}

const ENDOSCOPY_2025: Readonly<Record<HospitalCode, number>> = {
  SV: 4363,
  NU: 4848,
  SKAS: 4667,
  SU: 4808,
  SÄS: 4889,
};

export const PRICE_LIST_2025: PriceList = {
  year: 2025,
  source: 'VGR, Uppdrag 2025 … Sjukhusen i väster: Finansiering av regiongemensamma uppdrag 2025',
  flat: { besök: 2449, behandling: 35025 },
  // The source gives one hospital-specific price for "koloskopier och gastrokopier" alike.
  perHospital: { koloskopi: ENDOSCOPY_2025, gastroskopi: ENDOSCOPY_2025 },
};
