import type { Texts } from './index';

/**
 * Texts of the custom functions: argument names (the `what` of "Plan saknas"), the labels
 * TARGET_STATUS, VOLUME_CHECK and VALIDATE_VOLUMES put in cells, and the edge's own errors.
 * Argument names start with a capital because the messages of src/core/numbers begin with them.
 */
export const functionMessages = {
  'arg.outcome': { sv: 'Utfall', en: 'Outcome' },
  'arg.plan': { sv: 'Plan', en: 'Plan' },
  'arg.month': { sv: 'Månad', en: 'Month' },
  'arg.profile': { sv: 'Månadsprofil', en: 'Monthly profile' },
  'arg.performed': { sv: 'Utfört', en: 'Performed' },
  'arg.base': { sv: 'Bas', en: 'Base' },
  'arg.additional': { sv: 'Tillägg', en: 'Additional' },
  'arg.total': { sv: 'Uppdrag', en: 'Total' },
  'arg.price': { sv: 'Pris', en: 'Price' },
  'arg.kind': { sv: 'Typ av pris', en: 'Kind of price' },
  'arg.hospital': { sv: 'Sjukhus', en: 'Hospital' },
  'arg.priceTable': { sv: 'Pristabell', en: 'Price table' },
  'arg.target': { sv: 'Målvärde', en: 'Target' },
  'arg.reference': { sv: 'Jämförelsevärde', en: 'Reference value' },
  'arg.group': { sv: 'Grupp', en: 'Group' },
  'arg.direction': { sv: 'Riktning', en: 'Direction' },
  'arg.text': { sv: 'Texten', en: 'The text' },
  'arg.table': { sv: 'Tabell', en: 'Table' },
  'arg.indicator': { sv: 'Indikator', en: 'Indicator' },
  'arg.tolerance': { sv: 'Tolerans', en: 'Tolerance' },
  'arg.band': { sv: 'Intervall för oförändrad', en: 'Band for unchanged' },
  'arg.labels': { sv: 'Teckenförklaring', en: 'Legend' },

  'function.argError': { sv: '{what} innehåller felvärdet {text}', en: '{what} holds the error value {text}' },
  'function.argNotText': { sv: '{what} ska vara en text', en: '{what} must be text' },
  'function.argNotAValue': {
    sv: '{what} innehåller ett värde som varken är ett tal eller en text',
    en: '{what} holds a value that is neither a number nor text',
  },
  'function.notFinite': {
    sv: 'resultatet blev för stort för att visas',
    en: 'the result is too large to show',
  },
  'function.unexpected': {
    sv: 'Målkoll kunde inte räkna fram värdet (oväntat fel)',
    en: 'Målkoll could not compute this value (unexpected error)',
  },

  'function.status.met': { sv: 'Uppfyllt', en: 'Met' },
  'function.status.missed': { sv: 'Ej uppfyllt', en: 'Not met' },
  'function.status.notAssessable': { sv: 'Ej bedömbart', en: 'Not assessable' },
  'function.status.partly': { sv: 'Delvis uppfyllt', en: 'Partly met' },

  'function.volumeCheck.ok': { sv: 'OK', en: 'OK' },

  'function.validate.none': { sv: 'Inga fel', en: 'No findings' },
  'function.severity.error': { sv: 'Fel', en: 'Error' },
  'function.severity.warning': { sv: 'Varning', en: 'Warning' },
} as const satisfies Record<string, Texts>;
