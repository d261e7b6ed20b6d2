import type { Texts } from './index';

/**
 * /check.html: the same checks without Excel, in the browser. Its first screen (the title, the drop zone,
 * its buttons) is drawn by a small script of its own before the rest of the page has loaded
 * (src/check/shell.ts), which takes these texts in both languages at once; the page's views load them by
 * language like the pane's.
 */
export const checkPageMessages = {
  'check.title': { sv: 'Målkoll: kontrollera en arbetsbok', en: 'Målkoll: check a workbook' },
  'check.intro': {
    sv: 'Kontrollera volymtabeller och indikatorer i en Excel-arbetsbok (.xlsx) utan Excel, med samma kontroller som i Målkolls åtgärdsfönster.',
    en: "Check the volume tables and indicators of an Excel workbook (.xlsx) without Excel, with the same checks as Målkoll's task pane.",
  },
  'check.private': {
    sv: 'Arbetsboken läses bara här i webbläsaren. Inget laddas upp eller skickas någonstans.',
    en: 'The workbook is read here in the browser only. Nothing is uploaded or sent anywhere.',
  },
  'check.drop': { sv: 'Släpp en arbetsbok här', en: 'Drop a workbook here' },
  'check.or': { sv: 'eller', en: 'or' },
  'check.choose': { sv: 'Välj arbetsbok…', en: 'Choose a workbook…' },
  'check.sample': { sv: 'Öppna exempelarbetsboken', en: 'Open the sample workbook' },
  'check.sampleDownload': { sv: 'Ladda ned exempelarbetsboken', en: 'Download the sample workbook' },
  'check.sampleFailed': {
    sv: 'Exempelarbetsboken kunde inte hämtas ({detail}).',
    en: 'The sample workbook could not be fetched ({detail}).',
  },
  'check.oneAtATime': {
    sv: 'Släpp en arbetsbok i taget; {file} kontrollerades.',
    en: 'Drop one workbook at a time; {file} was checked.',
  },
  'check.file': { sv: 'Arbetsbok: {file}', en: 'Workbook: {file}' },
  'check.language': { sv: 'In English', en: 'På svenska' },
  'check.settleMode': { sv: 'Avräkna en omgång', en: 'Settle a round' },
  'check.cli': {
    sv: 'Många arbetsböcker på en gång? Använd kommandoraden i Målkoll-mappen: node bin/malkoll.js check *.xlsx (eller malkoll check *.xlsx när den är installerad, se README).',
    en: 'Many workbooks at once? Use the command line in the Målkoll folder: node bin/malkoll.js check *.xlsx (or malkoll check *.xlsx once installed, see README).',
  },
} as const satisfies Record<string, Texts>;
