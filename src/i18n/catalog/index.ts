/**
 * The one message catalogue: every user-facing text of Målkoll, in Swedish and English. It is split by
 * area only so that each area's texts stand together; keys are unique across areas (checked by a test).
 * Templates use `{name}` for parameters.
 */
import { numbersMessages } from './numbers';
import { targetsMessages } from './targets';
import { volumesMessages } from './volumes';
import { tablesMessages } from './tables';
import { functionMessages } from './functions';
import { paneMessages } from './pane';
import { cliMessages } from './cli';
import { readingMessages } from './reading';

export interface Texts {
  sv: string;
  en: string;
}

export const catalogAreas: Record<string, Record<string, Texts>> = {
  numbers: numbersMessages,
  targets: targetsMessages,
  volumes: volumesMessages,
  tables: tablesMessages,
  functions: functionMessages,
  pane: paneMessages,
  cli: cliMessages,
  reading: readingMessages,
};

export const catalog: Record<string, Texts> = Object.assign({}, ...Object.values(catalogAreas));
