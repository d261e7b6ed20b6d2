import type { Texts } from './index';

/**
 * Volumes, goal fulfilment and prices. The field names follow the volume table's own headings
 * (uppdrag, bas, tillägg), so a message points at the column a controller is looking at.
 * Swedish quotes are ”…” on both sides.
 */
export const volumesMessages = {
  // Field names, used as the {what} of the messages below.
  'volume.field.total': { sv: 'uppdrag', en: 'total' },
  'volume.field.base': { sv: 'bas', en: 'base' },
  'volume.field.additional': { sv: 'tillägg', en: 'additional' },
  'volume.field.performed': { sv: 'utfört', en: 'performed' },
  'volume.field.outcome': { sv: 'utfall', en: 'outcome' },
  'volume.field.plan': { sv: 'plan', en: 'plan' },
  'volume.field.price': { sv: 'pris', en: 'price' },

  'volume.notANumber': { sv: '{what} är inte ett tal', en: '{what} is not a number' },
  'volume.negative': { sv: '{what} {value} är mindre än noll', en: '{what} {value} is negative' },
  'volume.notWhole': { sv: '{what} {value} är inte ett heltal', en: '{what} {value} is not a whole number' },
  // The same words as function.notFinite: a result beyond what a cell can hold.
  'volume.resultTooLarge': { sv: 'resultatet blev för stort för att visas', en: 'the result is too large to show' },
  'volume.row.sumMismatch': {
    sv: 'uppdrag {total} ≠ bas {base} + tillägg {additional}',
    en: 'total {total} ≠ base {base} + additional {additional}',
  },

  'volume.fulfilment.noPlan': { sv: 'ingen plan att jämföra med', en: 'no plan to compare with' },
  'volume.fulfilment.badMonth': {
    sv: 'månaden ska vara ett heltal från 1 till 12, inte {value}',
    en: 'the month must be a whole number from 1 to 12, not {value}',
  },
  'volume.fulfilment.monthNotANumber': { sv: 'månaden är inte ett tal', en: 'the month is not a number' },
  'volume.fulfilment.profileNeedsMonth': {
    sv: 'en månadsprofil kräver en månad (1–12) att räkna planen fram till',
    en: 'a monthly profile needs a month (1–12) to pro-rate the plan to',
  },
  'volume.fulfilment.profileLength': {
    sv: 'månadsprofilen ska ha 12 värden, ett per månad, men har {count}',
    en: 'the monthly profile must have 12 values, one per month, but has {count}',
  },
  'volume.fulfilment.profileNotANumber': {
    sv: 'månadsprofilen har inget tal för månad {month}',
    en: 'the monthly profile has no number for month {month}',
  },
  'volume.fulfilment.profileNegative': {
    sv: 'månadsprofilen har ett negativt värde för månad {month}: {value}',
    en: 'the monthly profile has a negative value for month {month}: {value}',
  },
  'volume.fulfilment.profileAllZero': {
    sv: 'månadsprofilen innehåller bara nollor',
    en: 'the monthly profile is all zeros',
  },

  'price.noKind': {
    sv: 'ange vilket pris: besök, behandling, koloskopi eller gastroskopi',
    en: 'say which price: visit, treatment, colonoscopy or gastroscopy',
  },
  'price.unknownKind': {
    sv: 'inget pris för ”{kind}”: prislistan 2025 har besök, behandling, koloskopi och gastroskopi',
    en: 'no price for “{kind}”: the 2025 price list has visit, treatment, colonoscopy and gastroscopy',
  },
  'price.unknownKindWithTable': {
    sv: 'inget pris för ”{kind}” i pristabellen eller i prislistan 2025 (besök, behandling, koloskopi, gastroskopi)',
    en: 'no price for “{kind}” in the price table or in the 2025 price list (visit, treatment, colonoscopy, gastroscopy)',
  },
  'price.needsHospital': {
    sv: '”{kind}” har sjukhusspecifika priser: ange sjukhus (SV, NU, SKAS, SU eller SÄS)',
    en: '“{kind}” is priced per hospital: give the hospital (SV, NU, SKAS, SU or SÄS)',
  },
  'price.unknownHospital': {
    sv: 'inget pris för ”{kind}” på ”{hospital}”: prislistan 2025 har SV, NU, SKAS, SU och SÄS',
    en: 'no price for “{kind}” at “{hospital}”: the 2025 price list has SV, NU, SKAS, SU and SÄS',
  },
  'price.needsHospitalInTable': {
    sv: 'pristabellen har sjukhusspecifika priser för ”{kind}”: ange sjukhus',
    en: 'the price table prices “{kind}” per hospital: give the hospital',
  },
  'price.unknownHospitalInTable': {
    sv: 'pristabellen har inget pris för ”{kind}” på ”{hospital}”',
    en: 'the price table has no price for “{kind}” at “{hospital}”',
  },
  'price.table.tooNarrow': {
    sv: 'pristabellen ska ha kolumnerna typ, sjukhus och pris',
    en: 'the price table needs the columns kind, hospital and price',
  },
  'price.table.blankPrice': {
    sv: 'pristabellen saknar pris för ”{kind}” på rad {row}',
    en: 'the price table has no price for “{kind}” in row {row}',
  },
  'price.table.badPrice': {
    sv: 'pristabellens pris för ”{kind}” på rad {row} är inte ett tal: {value}',
    en: 'the price table’s price for “{kind}” in row {row} is not a number: {value}',
  },
  'price.table.negativePrice': {
    sv: 'pristabellens pris för ”{kind}” på rad {row} är negativt: {value}',
    en: 'the price table’s price for “{kind}” in row {row} is negative: {value}',
  },
} as const satisfies Record<string, Texts>;
