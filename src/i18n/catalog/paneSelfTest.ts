import type { Texts } from './index';

/** The pane's help: the self-test a controller runs in a real Excel and copies into a support message. */
export const paneSelfTestMessages = {
  'pane.help.title': { sv: 'Hjälp', en: 'Help' },
  'pane.help.intro': {
    sv: 'Fungerar något inte som det ska i din Excel? Självtestet prövar allt Målkoll gör i Excel, på ett tillfälligt blad som tas bort efteråt, och ger en text att skicka till supporten.',
    en: 'Something not working as it should in your Excel? The self-test tries everything Målkoll does in Excel, on a temporary sheet it removes afterwards, and gives a text to send to support.',
  },
  'pane.selftest.run': { sv: 'Kör självtest', en: 'Run self-test' },
  'pane.selftest.running': { sv: 'Självtestet körs …', en: 'Running the self-test …' },
  'pane.selftest.heading': { sv: 'Självtest', en: 'Self-test' },
  'pane.selftest.step.read': { sv: 'Skriva och läsa värden och talformat', en: 'Write and read values and number formats' },
  'pane.selftest.step.formula': {
    sv: 'Skriva en formel med Målkolls funktioner på Excels språk',
    en: 'Write a formula with Målkoll’s functions in Excel’s language',
  },
  'pane.selftest.step.rules': { sv: 'Lägga till och ta bort villkorsstyrd formatering', en: 'Add and remove conditional formatting' },
  'pane.selftest.step.settings': { sv: 'Spara, läsa och ta bort en inställning i arbetsboken', en: 'Save, read and delete a setting in the workbook' },
  'pane.selftest.step.chunk': { sv: 'Hämta en del av Målkoll när den behövs', en: 'Fetch a part of Målkoll when needed' },
  'pane.selftest.step.cleanup': { sv: 'Ta bort det tillfälliga bladet', en: 'Remove the temporary sheet' },
  'pane.selftest.ok': { sv: 'Fungerar', en: 'Works' },
  'pane.selftest.failed': { sv: 'Fungerar inte', en: 'Does not work' },
  'pane.selftest.allOk': { sv: 'Allt fungerade.', en: 'Everything worked.' },
  'pane.selftest.someFailed': { sv: '{failed} av {total} delar fungerade inte.', en: '{failed} of {total} parts did not work.' },
  'pane.selftest.environment': {
    sv: 'Målkoll {version} · Excel {excel} ({platform}) · visningsspråk {language}',
    en: 'Målkoll {version} · Excel {excel} ({platform}) · display language {language}',
  },
  'pane.selftest.notation': { sv: 'Listavgränsare {list} · decimaltecken {decimal}', en: 'List separator {list} · decimal separator {decimal}' },
  'pane.selftest.unknown': { sv: 'okänt', en: 'unknown' },
  'pane.selftest.sets': { sv: 'Stöds: {sets}', en: 'Supported: {sets}' },
  'pane.selftest.report': { sv: 'Text att klistra in i ett supportärende', en: 'Text to paste into a support message' },
  'pane.selftest.copy': { sv: 'Kopiera', en: 'Copy' },
  'pane.selftest.copied': { sv: 'Texten är kopierad.', en: 'The text is copied.' },
  'pane.selftest.copyByHand': { sv: 'Markera texten och kopiera den med Ctrl+C.', en: 'Select the text and copy it with Ctrl+C.' },
  'pane.selftest.detail.excel': { sv: 'Excel svarade {code}.', en: 'Excel answered {code}.' },
  'pane.selftest.detail.mismatch': { sv: 'Excel gav tillbaka något annat än det som skrevs.', en: 'Excel gave back something other than what was written.' },
  'pane.selftest.detail.noSheet': { sv: 'Inget tillfälligt blad att pröva på.', en: 'No temporary sheet to try it on.' },
  'pane.selftest.detail.formula': { sv: 'Excel visar: {formulas}', en: 'Excel shows: {formulas}' },
  'pane.selftest.detail.nameError': {
    sv: 'Excel känner inte igen Målkolls funktioner (#NAMN?). Excel visar: {formulas}',
    en: 'Excel does not recognise Målkoll’s functions (#NAME?). Excel shows: {formulas}',
  },
  'pane.selftest.detail.chunk': { sv: 'Delen kunde inte hämtas från tilläggets adress.', en: 'The part could not be fetched from the add-in’s address.' },
  'pane.selftest.unavailable': {
    sv: 'Målkoll kunde inte hämta självtestet från tilläggets adress. Stäng fönstret, öppna det igen och försök på nytt.',
    en: 'Målkoll could not fetch the self-test from the add-in’s address. Close the pane, open it again and try once more.',
  },
  'pane.selftest.needsExcel': { sv: 'Självtestet behöver Excel.', en: 'The self-test needs Excel.' },
} as const satisfies Record<string, Texts>;
