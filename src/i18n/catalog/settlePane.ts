import type { Texts } from './index';

/** The task pane's Avräkning tab: the open workbook as the assignment, and the settlement written into it (part of the settle area: ./settle.ts spreads it). */
export const settlePaneMessages = {
  'settle.pane.intro': {
    sv: 'Avräkna en omgång: uppdraget är den öppna arbetsboken (eller en fil du väljer), välj sjukhusens inlämningar. Filerna läses här och inget laddas upp; arbetsboken ändras först när du skriver avräkningen i den.',
    en: "Settle a round: the assignment is the open workbook (or a file you choose); choose the hospitals' submissions. The files are read here and nothing is uploaded; the workbook changes only when you write the settlement into it.",
  },
  'settle.pane.assignmentFrom': { sv: 'Uppdraget', en: 'The assignment' },
  'settle.pane.fromOpen': { sv: 'Den öppna arbetsboken', en: 'The open workbook' },
  'settle.pane.fromFile': { sv: 'En annan fil', en: 'Another file' },
  'settle.pane.openWorkbook': { sv: 'den öppna arbetsboken', en: 'the open workbook' },
  'settle.pane.skipped': {
    sv: 'Bladen {sheets} är för stora för att läsas och ingår inte i uppdraget.',
    en: 'The sheets {sheets} are too large to read and are not part of the assignment.',
  },
  'settle.pane.inWorkbook': { sv: 'I arbetsboken', en: 'In the workbook' },
  'settle.pane.write': { sv: 'Skriv avräkningen i arbetsboken', en: 'Write the settlement into the workbook' },
  'settle.pane.writeHint': {
    sv: 'Avräkningen läggs till som nya blad (översikt, rader, avvikelser, indikatorer, regler). Inget befintligt blad ändras, och ”Ta bort avräkningen” tar bort just de bladen.',
    en: 'The settlement is added as new sheets (overview, rows, findings, indicators, rules). No existing sheet is changed, and "Remove the settlement" removes just those sheets.',
  },
  'settle.pane.written': { sv: 'Avräkningen skrevs på bladen {sheets}.', en: 'The settlement was written on the sheets {sheets}.' },
  'settle.pane.present': {
    sv: 'Arbetsboken har en avräkning från Målkoll på bladen {sheets}.',
    en: 'The workbook holds a settlement by Målkoll on the sheets {sheets}.',
  },
  'settle.pane.remove': { sv: 'Ta bort avräkningen', en: 'Remove the settlement' },
  'settle.pane.removed': { sv: 'Avräkningen togs bort (bladen {sheets}).', en: 'The settlement was removed (the sheets {sheets}).' },
  'settle.pane.edited': {
    sv: 'Bladen {sheets} har ändrats sedan Målkoll skrev dem. Tar du bort avräkningen försvinner ändringarna med bladen.',
    en: 'The sheets {sheets} were changed since Målkoll wrote them. Removing the settlement removes the changes with the sheets.',
  },
  'settle.pane.removeAnyway': { sv: 'Ta bort ändå', en: 'Remove anyway' },
  'settle.pane.already': {
    sv: 'Arbetsboken har redan en avräkning från Målkoll (bladen {sheets}). Ta bort den först för att skriva en ny.',
    en: 'The workbook already holds a settlement by Målkoll (the sheets {sheets}). Remove it first to write a new one.',
  },
  'settle.pane.onlySheets': {
    sv: 'Avräkningens blad är de enda i arbetsboken, och Excel behåller alltid minst ett blad: lägg till ett eget blad först.',
    en: "The settlement's sheets are the only ones in the workbook, and Excel always keeps at least one sheet: add a sheet of your own first.",
  },
} as const satisfies Record<string, Texts>;
