import type { Texts } from './index';

/**
 * Reading numbers (NUMBER and every function argument). `{what}` is an argument's name, a message of
 * its own (the `arg.*` keys live with the functions' texts) or a plain name; it starts the sentence.
 */
export const numbersMessages = {
  'number.missing': { sv: '{what} saknas', en: '{what} is missing' },
  'number.notANumber': { sv: '{what} är inte ett tal: ”{text}”', en: '{what} is not a number: “{text}”' },
  'number.range': {
    sv: '{what} ska vara en enda cell, men ett område med {cells} celler angavs',
    en: '{what} must be a single cell, but a range of {cells} cells was given',
  },
  // A value with no plain value behind it (an entity, an image): quoting it would say nothing.
  'number.notAValue': { sv: '{what} är inte ett tal', en: '{what} is not a number' },
  'number.true': { sv: 'SANT', en: 'TRUE' },
  'number.false': { sv: 'FALSKT', en: 'FALSE' },
} as const satisfies Record<string, Texts>;
