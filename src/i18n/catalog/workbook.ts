import type { Texts } from './index';

/**
 * The workbook as a whole: what a reader of the file could not pass on, and no table anywhere. The same
 * texts in the command line, the check page and the task pane.
 */
export const workbookMessages = {
  // Findings about reading or about the whole workbook, beside the table engine's findings.
  'workbook.formulaWithoutResult.one': {
    sv: 'En formel på bladet ”{sheet}” saknar sparat resultat ({cells}) och läses som tom. Öppna och spara arbetsboken i Excel så att resultatet räknas fram.',
    en: 'A formula on sheet "{sheet}" has no saved result ({cells}) and is read as blank. Open and save the workbook in Excel so that the result is computed.',
  },
  'workbook.formulaWithoutResult.other': {
    sv: '{count} formler på bladet ”{sheet}” saknar sparat resultat ({cells}) och läses som tomma. Öppna och spara arbetsboken i Excel så att resultaten räknas fram.',
    en: '{count} formulas on sheet "{sheet}" have no saved result ({cells}) and are read as blank. Open and save the workbook in Excel so that the results are computed.',
  },
  'workbook.sheetTooLarge': {
    sv: 'Bladet ”{sheet}” kontrollerades inte: det använda området {range} är för stort ({cells} celler; en arbetsbok får ha högst {limit}). Ta bort värden långt utanför tabellen och kör igen.',
    en: 'Sheet "{sheet}" was not checked: its used range {range} is too large ({cells} cells; a workbook may have at most {limit}). Remove values far outside the table and run again.',
  },
  // {reason} is one of read.*: which part of the file is damaged and how.
  'workbook.sheetUnreadable': {
    sv: 'Bladet ”{sheet}” kunde inte läsas och kontrollerades inte: {reason}. Spara om arbetsboken i Excel och kör igen.',
    en: 'Sheet "{sheet}" could not be read and was not checked: {reason}. Save the workbook again in Excel and run again.',
  },
  'workbook.noTables': {
    sv: 'Ingen volymtabell, indikatortabell eller produktionstabell hittades i arbetsboken, så ingenting kontrollerades.',
    en: 'No volume table, indicator table or production table was found in the workbook, so nothing was checked.',
  },
} as const satisfies Record<string, Texts>;
