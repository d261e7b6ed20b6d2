import type { Texts } from './index';

/** /check.html's settlement (part of the settle area: ./settle.ts spreads it). */
export const settlePageMessages = {
  'settle.page.modeCheck': { sv: 'Kontrollera en arbetsbok', en: 'Check a workbook' },
  'settle.page.modeSettle': { sv: 'Avräkna en omgång', en: 'Settle a round' },
  'settle.page.title': { sv: 'Målkoll: avräkna en omgång', en: 'Målkoll: settle a round' },
  'settle.page.intro': {
    sv: 'Välj uppdraget och sjukhusens inlämningar. Målkoll avräknar varje sjukhus mot uppdraget med samma regler som kommandoraden (malkoll settle) och visar vad som ska följas upp.',
    en: "Choose the assignment and the hospitals' submissions. Målkoll settles each hospital against the assignment by the same rules as the command line (malkoll settle) and shows what to follow up.",
  },
  'settle.page.private': { sv: 'Inget laddas upp: filerna läses här i webbläsaren.', en: 'Nothing is uploaded: the files are read here in the browser.' },
  'settle.page.assignment': { sv: 'Uppdraget', en: 'The assignment' },
  'settle.page.chooseAssignment': { sv: 'Välj uppdraget', en: 'Choose the assignment' },
  'settle.page.submissions': { sv: 'Inlämningarna', en: 'The submissions' },
  'settle.page.chooseFiles': { sv: 'Välj filer', en: 'Choose files' },
  'settle.page.chooseFolder': { sv: 'Välj en mapp', en: 'Choose a folder' },
  'settle.page.chosen.one': { sv: '{count} arbetsbok vald', en: '{count} workbook chosen' },
  'settle.page.chosen.other': { sv: '{count} arbetsböcker valda', en: '{count} workbooks chosen' },
  'settle.page.none': { sv: 'Ingen vald', en: 'None chosen' },
  'settle.page.month': { sv: 'Avräkningsmånad', en: 'Settlement month' },
  'settle.page.monthFromHeaders': { sv: 'Ur utfallets rubrik', en: "From the outcome's heading" },
  'settle.page.rule': { sv: 'Regel', en: 'Rule' },
  'settle.page.optional': { sv: 'Om det behövs', en: 'If needed' },
  'settle.page.choosePrevious': { sv: 'Tidigare avräkning…', en: 'Earlier settlement…' },
  'settle.page.choosePrices': { sv: 'Pristabell…', en: 'Price table…' },
  'settle.page.reading': { sv: 'Läser {index} av {total}: {file}', en: 'Reading {index} of {total}: {file}' },
  'settle.page.noMonth': {
    sv: 'Avräkningsmånaden står inte i någon inlämnings rubrik för utfört (”Utfört jan–aug”): välj månad ovan.',
    en: 'No submission\'s heading for the performed volumes names the month ("Utfört jan–aug"): choose the month above.',
  },
  'settle.page.monthsDiffer': {
    sv: 'Inlämningarnas rubriker för utfört anger olika månader: välj vilken som avräknas ovan.',
    en: "The submissions' headings for the performed volumes name different months: choose which is settled above.",
  },
  'settle.page.overview': { sv: 'Översikt per sjukhus', en: 'Overview per hospital' },
  'settle.page.download': { sv: 'Ladda ned avräkningen (.xlsx)', en: 'Download the settlement (.xlsx)' },
  'settle.page.downloadFailed': { sv: 'Avräkningen kunde inte skrivas. Försök igen.', en: 'The settlement could not be written. Try again.' },
  'settle.page.followUp': { sv: 'Att följa upp', en: 'To follow up' },
  'settle.page.nothingToFollow': {
    sv: 'Inget att följa upp: varje sjukhus är avräknat utan fel.',
    en: 'Nothing to follow up: every hospital is settled without errors.',
  },
  'settle.page.fileName': { sv: 'avrakning', en: 'settlement' },
} as const satisfies Record<string, Texts>;
