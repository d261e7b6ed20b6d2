import type { HospitalCode, PriceKind } from './priceList2025';
import { HOSPITALS_2025, PRICE_KIND_ALIASES } from './priceList2025';

/**
 * Folds a name for comparison: case, diacritics, surrounding and repeated space (also no-break space)
 * and hyphens do not count. Diacritics are dropped so that "SÄS", "SÅS" and "SAS" (what a keyboard
 * without Swedish letters or a PDF copy leaves) are the same hospital.
 *
 * @example
 * foldName('  Södra  Älvsborgs Sjukhus ') // → 'sodra alvsborgs sjukhus'
 * foldName('NU-sjukvården')               // → 'nu sjukvarden'
 */
export function foldName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s\u00a0\u202f-]+/g, ' ')
    .replace(/ ?\/ ?/g, '/')
    .trim();
}

const kindByName = new Map<string, PriceKind>();
for (const [kind, aliases] of Object.entries(PRICE_KIND_ALIASES) as [PriceKind, readonly string[]][]) {
  for (const name of [kind, ...aliases]) kindByName.set(foldName(name), kind);
}

const hospitalByName = new Map<string, HospitalCode>();
for (const h of HOSPITALS_2025) {
  hospitalByName.set(foldName(h.code), h.code);
  hospitalByName.set(foldName(h.name), h.code);
}

/**
 * The built-in price kind a name denotes, in Swedish or English, or null.
 *
 * @example
 * priceKindFromName(' Colonoscopy ') // → 'koloskopi'
 * priceKindFromName('Operation')     // → null
 */
export function priceKindFromName(name: string): PriceKind | null {
  return kindByName.get(foldName(name)) ?? null;
}

/**
 * The hospital a code or full name denotes, or null.
 *
 * @example
 * hospitalFromName('sås')                 // → 'SÄS'
 * hospitalFromName('Skaraborgs sjukhus')  // → 'SKAS'
 */
export function hospitalFromName(name: string): HospitalCode | null {
  return hospitalByName.get(foldName(name)) ?? null;
}
