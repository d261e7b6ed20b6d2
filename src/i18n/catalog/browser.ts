/**
 * The catalogue as the built pages have it (webpack puts this module where ./index is imported; Node, the
 * command line and the tests use ./index). The areas the custom functions need are here at once, in both
 * languages: Excel may load functions.js alone and call a function at any moment, in the display language.
 * The pages' own areas (the pane's, the workbook's, and the file reader's and command line's that /check.html uses) come as one
 * small chunk per area and language, built from the same area files by scripts/catalog-loader.js, and a page
 * loads those of its reader's language before it renders (`loadTexts`).
 */
import { functionMessages } from './functions';
import { numbersMessages } from './numbers';
import { productionMessages } from './production';
import { tablesMessages } from './tables';
import { targetsMessages } from './targets';
import { volumesMessages } from './volumes';

/** A language of the catalogue. */
type Locale = 'sv' | 'en';

/** Texts of a key: both languages for the areas above, the languages loaded so far for the others. */
export type LoadedTexts = Partial<Record<Locale, string>>;

export const catalog: Record<string, LoadedTexts> = Object.assign(
  {},
  numbersMessages,
  targetsMessages,
  volumesMessages,
  tablesMessages,
  productionMessages,
  functionMessages,
);

type Texts = { default: Record<string, string> };

/** The areas a page loads by language; every area of ./index is either above or here (a test checks). */
const LAZY = {
  pane: {
    sv: () => import(/* webpackChunkName: "texts-pane-sv" */ './pane?lang=sv'),
    en: () => import(/* webpackChunkName: "texts-pane-en" */ './pane?lang=en'),
  },
  workbook: {
    sv: () => import(/* webpackChunkName: "texts-workbook-sv" */ './workbook?lang=sv'),
    en: () => import(/* webpackChunkName: "texts-workbook-en" */ './workbook?lang=en'),
  },
  reading: {
    sv: () => import(/* webpackChunkName: "texts-reading-sv" */ './reading?lang=sv'),
    en: () => import(/* webpackChunkName: "texts-reading-en" */ './reading?lang=en'),
  },
  cli: { sv: () => import(/* webpackChunkName: "texts-cli-sv" */ './cli?lang=sv'), en: () => import(/* webpackChunkName: "texts-cli-en" */ './cli?lang=en') },
  check: {
    sv: () => import(/* webpackChunkName: "texts-check-sv" */ './check?lang=sv'),
    en: () => import(/* webpackChunkName: "texts-check-en" */ './check?lang=en'),
  },
  settle: {
    sv: () => import(/* webpackChunkName: "texts-settle-sv" */ './settle?lang=sv'),
    en: () => import(/* webpackChunkName: "texts-settle-en" */ './settle?lang=en'),
  },
  stamp: {
    sv: () => import(/* webpackChunkName: "texts-stamp-sv" */ './stamp?lang=sv'),
    en: () => import(/* webpackChunkName: "texts-stamp-en" */ './stamp?lang=en'),
  },
} satisfies Record<string, Record<Locale, () => Promise<Texts>>>;

export type LazyArea = keyof typeof LAZY;

/**
 * Loads the texts of `areas` in `locale` (once each), so that `t(locale, …)` finds them.
 *
 * @example
 * await loadTexts('sv', ['pane', 'workbook']); // then render the pane
 */
export async function loadTexts(locale: Locale, areas: readonly LazyArea[]): Promise<void> {
  const loaded = await Promise.all(areas.map((a) => LAZY[a][locale]()));
  for (const { default: texts } of loaded) {
    for (const [key, text] of Object.entries(texts)) (catalog[key] ??= {})[locale] = text;
  }
}
