/**
 * The one message catalogue: every user-facing text of Målkoll, in Swedish and English. It is split by
 * area only so that each area's texts stand together; keys are unique across areas (checked by a test).
 * Templates use `{name}` for parameters. The keys are a type (MessageKey): a key that is not here fails
 * the type-check.
 */
import { numbersMessages } from './numbers';
import { targetsMessages } from './targets';
import { volumesMessages } from './volumes';
import { tablesMessages } from './tables';
import { functionMessages } from './functions';
import { paneMessages } from './pane';
import { workbookMessages } from './workbook';
import { cliMessages } from './cli';
import { readingMessages } from './reading';
import { productionMessages } from './production';
import { checkPageMessages } from './check';
import { settleMessages } from './settle';
import { stampMessages } from './stamp';

export interface Texts {
  sv: string;
  en: string;
}

export const catalogAreas = {
  numbers: numbersMessages,
  targets: targetsMessages,
  volumes: volumesMessages,
  tables: tablesMessages,
  production: productionMessages,
  functions: functionMessages,
  pane: paneMessages,
  workbook: workbookMessages,
  cli: cliMessages,
  reading: readingMessages,
  check: checkPageMessages,
  settle: settleMessages,
  stamp: stampMessages,
};

type Areas = typeof catalogAreas;
/** Every key of the catalogue. */
export type MessageKey = { [A in keyof Areas]: keyof Areas[A] }[keyof Areas] & string;

/** Texts by key; indexed by any string, so that an unknown key can be looked up (and rendered as itself). */
export const catalog: Readonly<Record<string, Texts>> = Object.values(catalogAreas).reduce<Record<string, Texts>>((all, area) => Object.assign(all, area), {});

/**
 * An area typed `Record<string, Texts>` (not `as const satisfies …`) would widen MessageKey to string and
 * silently switch the key check off: then this line fails to compile.
 */
const keysAreChecked: string extends MessageKey ? never : true = true;
void keysAreChecked;

/** A language of the catalogue (the same as ../message's Locale, which is defined from here). */
type Locale = keyof Texts;

/** The areas the built pages load by language (see ./browser.ts); here in Node every text is present already. */
export type LazyArea = 'pane' | 'workbook' | 'reading' | 'cli' | 'check' | 'settle' | 'stamp';

/**
 * In Node every text is here already. The built pages use ./browser.ts's instead, which downloads an area's
 * texts in the reader's language.
 *
 * @example
 * await loadTexts('sv', ['pane', 'workbook']); // then render the pane
 */
export async function loadTexts(_locale: Locale, _areas: readonly LazyArea[]): Promise<void> {}
