import type { Texts } from './index';

/**
 * Reading numbers (NUMBER and every function argument). `{what}` is an argument's name, a message of
 * its own (the `arg.*` keys live with the functions' texts) or a plain name; it starts the sentence.
 */
export const numbersMessages: Record<string, Texts> = {
  'number.missing': { sv: '{what} saknas', en: '{what} is missing' },
  'number.notANumber': { sv: '{what} är inte ett tal: ”{text}”', en: '{what} is not a number: “{text}”' },
  'number.true': { sv: 'SANT', en: 'TRUE' },
  'number.false': { sv: 'FALSKT', en: 'FALSE' },
};
