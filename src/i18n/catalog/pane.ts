import type { Texts } from './index';
import { paneSelfTestMessages } from './paneSelfTest';
import { paneWritesMessages } from './paneWrites';

/**
 * The task pane (and the views /check.html reuses). Counts come in `.one` / `.other` pairs where English
 * needs a plural; {address} is an Excel address such as 'Volymer 2025'!A1:D61.
 */
export const paneMessages = {
  ...paneWritesMessages,
  ...paneSelfTestMessages,
  'pane.title': { sv: 'Målkoll', en: 'Målkoll' },
  'pane.subtitle': {
    sv: 'Kontrollera volym- och indikatortabellerna innan arbetsboken skickas vidare.',
    en: 'Check the volume and indicator tables before the workbook is sent on.',
  },
  // The pane's two parts: checking the open workbook, and settling a round from files (its views come as a chunk).
  'pane.mode.label': { sv: 'Målkolls delar', en: "Målkoll's parts" },
  'pane.mode.check': { sv: 'Kontroll', en: 'Check' },
  'pane.mode.settle': { sv: 'Avräkning', en: 'Settlement' },
  'pane.mode.settleUnavailable': {
    sv: 'Avräkningen kunde inte laddas. Stäng och öppna Målkoll igen.',
    en: 'The settlement could not be loaded. Close Målkoll and open it again.',
  },
  'pane.starting': { sv: 'Målkoll startar … Excel gör tillägget redo.', en: 'Målkoll is starting … Excel is getting the add-in ready.' },
  'pane.needsExcel': {
    sv: 'Målkoll behöver Excel. Öppna tillägget i Excel för att kontrollera en tabell.',
    en: 'Målkoll needs Excel. Open the add-in in Excel to check a table.',
  },

  // Actions.
  'pane.action.check': { sv: 'Kontrollera', en: 'Check' },
  'pane.action.checkHint': {
    sv: 'Kontrollerar markeringen, eller hela bladet om bara en cell är markerad.',
    en: 'Checks the selection, or the whole sheet when a single cell is selected.',
  },
  'pane.action.checkWorkbook': { sv: 'Kontrollera hela arbetsboken', en: 'Check the whole workbook' },
  'pane.action.mark': { sv: 'Markera i bladet', en: 'Mark in the sheet' },
  'pane.action.clearMarks': { sv: 'Rensa markeringar', en: 'Clear marks' },
  'pane.action.report': { sv: 'Skapa kontrollrapport', en: 'Create check report' },
  'pane.action.cancel': { sv: 'Avbryt', en: 'Cancel' },

  // Progress.
  'pane.progress.reading': { sv: 'Läser tabellen…', en: 'Reading the table…' },
  'pane.progress.readingWorkbook': { sv: 'Läser arbetsboken…', en: 'Reading the workbook…' },
  'pane.progress.checking': { sv: 'Kontrollerar…', en: 'Checking…' },
  'pane.progress.writing': { sv: 'Skriver i arbetsboken…', en: 'Writing to the workbook…' },

  // The verdict.
  'pane.summary.ready': { sv: 'Klar för inlämning', en: 'Ready to submit' },
  'pane.summary.readyDetail': {
    sv: 'Alla siffror stämmer och inget saknas.',
    en: 'Every figure adds up and nothing is missing.',
  },
  'pane.summary.errors.one': { sv: '{count} fel måste rättas', en: '{count} error must be fixed' },
  'pane.summary.errors.other': { sv: '{count} fel måste rättas', en: '{count} errors must be fixed' },
  'pane.summary.warnings.one': { sv: '{count} varning att se över', en: '{count} warning to review' },
  'pane.summary.warnings.other': { sv: '{count} varningar att se över', en: '{count} warnings to review' },
  'pane.summary.noWarnings': { sv: 'Inga varningar.', en: 'No warnings.' },
  'pane.summary.checked': { sv: 'Kontrollerade {address} kl.\u00a0{time}', en: 'Checked {address} at {time}' },
  // The headline is the workbook's verdict; under it, one line per table of the check just made.
  'pane.summary.incomplete.volumes': { sv: 'Volymtabellen är inte kontrollerad', en: 'The volume table is not checked yet' },
  'pane.summary.incomplete.indicators': { sv: 'Indikatortabellen är inte kontrollerad', en: 'The indicator table is not checked yet' },
  'pane.summary.table.volumes': { sv: 'Volymtabellen', en: 'Volume table' },
  'pane.summary.table.indicators': { sv: 'Indikatortabellen', en: 'Indicator table' },
  'pane.summary.tableAt': { sv: '{table} {address}', en: '{table} {address}' },
  'pane.summary.tableOk': { sv: '{table}: inga fel', en: '{table}: no errors' },
  'pane.summary.tableErrors.one': { sv: '{table}: {count} fel', en: '{table}: {count} error' },
  'pane.summary.tableErrors.other': { sv: '{table}: {count} fel', en: '{table}: {count} errors' },
  'pane.summary.clipped': {
    sv: 'Markeringen {selection} begränsades till den del som innehåller värden.',
    en: 'The selection {selection} was limited to the part that holds values.',
  },
  'pane.summary.firstArea': {
    sv: 'Markeringen består av {count} områden. Målkoll kontrollerade det första, {address}; markera ett område i taget för att kontrollera de andra.',
    en: 'The selection is {count} separate ranges. Målkoll checked the first, {address}; select one range at a time to check the others.',
  },

  // Findings.
  'pane.severity.error': { sv: 'Fel', en: 'Error' },
  'pane.severity.warning': { sv: 'Varning', en: 'Warning' },
  'pane.findings.errors': { sv: 'Fel ({count})', en: 'Errors ({count})' },
  'pane.findings.warnings': { sv: 'Varningar ({count})', en: 'Warnings ({count})' },
  'pane.findings.none': { sv: 'Inget att rätta.', en: 'Nothing to fix.' },
  'pane.finding.show': { sv: 'Visa cell {cell} i Excel', en: 'Show cell {cell} in Excel' },
  // One problem, several cells: the cause is listed, the cells its fix clears under it.
  'pane.finding.also': { sv: 'När detta rättas stämmer även {cells}.', en: 'Fixing this also makes {cells} add up.' },
  'pane.findings.group': { sv: '{table} {address}', en: '{table} {address}' },
  'pane.findings.count.one': { sv: '{count} att rätta', en: '{count} to fix' },
  'pane.findings.count.other': { sv: '{count} att rätta', en: '{count} to fix' },
  'pane.findings.sheet': { sv: 'Bladet {sheet}', en: 'Sheet {sheet}' },
  'pane.findings.more': { sv: 'Visa fler ({count} till)', en: 'Show more ({count} more)' },
  'pane.findings.missedElsewhere.one': {
    sv: '{count} indikator når inte sitt mål: se Indikatorer.',
    en: '{count} indicator misses its target: see Indicators.',
  },
  'pane.findings.missedElsewhere.other': {
    sv: '{count} indikatorer når inte sina mål: se Indikatorer.',
    en: '{count} indicators miss their targets: see Indicators.',
  },
  // The compact header: one line per kind of table a submission holds.
  'pane.header.kind': { sv: '{table}: {status}', en: '{table}: {status}' },
  'pane.header.ok': { sv: 'inga fel', en: 'no errors' },
  'pane.header.errors.one': { sv: '{count} fel', en: '{count} error' },
  'pane.header.errors.other': { sv: '{count} fel', en: '{count} errors' },
  'pane.header.notChecked': { sv: 'inte kontrollerad', en: 'not checked' },
  'pane.header.notFound': { sv: 'ingen i arbetsboken', en: 'none in the workbook' },

  // No table, nothing to read.
  'pane.noTable.title': { sv: 'Ingen tabell hittades', en: 'No table found' },
  'pane.noTable.lookedIn': { sv: 'Målkoll letade i {address}.', en: 'Målkoll looked in {address}.' },
  'pane.noTable.hint': {
    sv: 'Markera tabellen, eller en enda cell för att kontrollera hela bladet, och klicka på Kontrollera igen.',
    en: 'Select the table, or a single cell to check the whole sheet, and click Check again.',
  },
  'pane.noTable.workbook': {
    sv: 'Ingen volym-, indikator- eller produktionstabell i arbetsbokens blad.',
    en: 'No volume, indicator or production table on any sheet of the workbook.',
  },
  'pane.read.emptySheet': {
    sv: 'Bladet {sheet} är tomt: det finns ingen tabell att kontrollera.',
    en: 'The sheet {sheet} is empty: there is no table to check.',
  },
  'pane.read.emptySelection': {
    sv: 'Markeringen {address} innehåller inga värden. Markera tabellen, eller en enda cell för att kontrollera hela bladet.',
    en: 'The selection {address} holds no values. Select the table, or a single cell to check the whole sheet.',
  },
  'pane.read.tooLarge': {
    sv: '{address} har {cells} celler, fler än Målkoll läser på en gång. Markera själva tabellen och kontrollera igen.',
    en: '{address} has {cells} cells, more than Målkoll reads at once. Select the table itself and check again.',
  },
  'pane.read.unreadableAddress': {
    sv: 'Excel angav ett område som Målkoll inte kan läsa: {address}.',
    en: 'Excel gave a range Målkoll cannot read: {address}.',
  },
  'pane.read.emptyWorkbook': { sv: 'Arbetsboken har inga värden att kontrollera.', en: 'The workbook holds no values to check.' },
  'pane.read.skippedSheet': {
    sv: 'Bladet {sheet} är för stort för att läsa på en gång ({cells} celler) och kontrollerades inte. Markera tabellen på bladet och kontrollera den.',
    en: 'The sheet {sheet} is too large to read at once ({cells} cells) and was not checked. Select the table on that sheet and check it.',
  },
  'pane.read.skippedBudget': {
    sv: 'Bladet {sheet} ({cells} celler) kontrollerades inte: arbetsboken är för stor för att läsa på en gång. Gå till bladet och klicka på Kontrollera.',
    en: 'The sheet {sheet} ({cells} cells) was not checked: the workbook is too large to read at once. Go to that sheet and click Check.',
  },
  'pane.read.skippedUnreadable': {
    sv: 'Bladet {sheet} kontrollerades inte: Excel angav ett område på bladet som Målkoll inte kan läsa.',
    en: 'The sheet {sheet} was not checked: Excel gave a range on it that Målkoll cannot read.',
  },
  'pane.read.skippedReport': {
    sv: 'Bladet {sheet} är Målkolls kontrollrapport och kontrollerades inte.',
    en: 'The sheet {sheet} is Målkoll’s check report and was not checked.',
  },
  'pane.read.reportSheet': {
    sv: 'Bladet {sheet} är Målkolls kontrollrapport, inte en tabell att kontrollera. Gå till bladet med tabellen och klicka på Kontrollera igen.',
    en: 'The sheet {sheet} is Målkoll’s check report, not a table to check. Go to the sheet with the table and click Check again.',
  },
  'pane.error.excel': {
    sv: 'Excel kunde inte utföra åtgärden (felkod {code}). Försök igen.',
    en: 'Excel could not carry out the action (error code {code}). Try again.',
  },
  'pane.error.invalidSelection': {
    sv: 'Excel kan inte använda markeringen (felkod {code}). Markera celler (inte ett diagram eller en bild) och försök igen.',
    en: 'Excel cannot use the selection (error code {code}). Select cells (not a chart or a picture) and try again.',
  },
  'pane.error.accessDenied': {
    sv: 'Excel nekade ändringen (felkod {code}): bladet eller arbetsboken är skyddad. Ta bort skyddet under Granska och försök igen.',
    en: 'Excel refused the change (error code {code}): the sheet or workbook is protected. Unprotect it under Review and try again.',
  },
  'pane.error.itemNotFound': {
    sv: 'Bladet eller området finns inte längre (felkod {code}); det kan ha tagits bort. Klicka på Kontrollera igen.',
    en: 'The sheet or range is no longer there (error code {code}); it may have been deleted. Click Check again.',
  },
  // The page's first script, for a webview too old for the rest (src/taskpane/webviewCheck.js): plain text only.
  'pane.webview.title': { sv: 'Målkoll kan inte starta här', en: 'Målkoll cannot start here' },
  'pane.webview.body': {
    sv: 'Office visar tillägget i en gammal webbläsarkomponent (Internet Explorer), som inte kan köra Målkoll. Målkoll behöver Microsoft Edge WebView2.',
    en: 'Office shows the add-in in an old browser component (Internet Explorer), which cannot run Målkoll. Målkoll needs Microsoft Edge WebView2.',
  },
  'pane.webview.action': {
    sv: 'Be IT-supporten installera Microsoft Edge WebView2 Runtime och uppdatera Office, och starta sedan om Excel.',
    en: 'Ask your IT support to install the Microsoft Edge WebView2 Runtime and to update Office, then restart Excel.',
  },
  'pane.error.payloadTooLarge': {
    sv: 'Området är för stort för Excel att skicka på en gång (felkod {code}). Markera tabellen i stället för hela bladet och försök igen.',
    en: 'The range is too large for Excel to send at once (error code {code}). Select the table instead of the whole sheet and try again.',
  },
  'pane.error.engineLoad': {
    sv: 'Målkoll kunde inte läsa in sina kontroller. Stäng fönstret, öppna det igen och försök på nytt.',
    en: 'Målkoll could not load its checks. Close the pane, open it again and try once more.',
  },
  'pane.error.cellEditMode': {
    sv: 'Excel håller på att redigera en cell (felkod {code}). Tryck Enter eller Esc i Excel och försök igen.',
    en: 'Excel is editing a cell (error code {code}). Press Enter or Esc in Excel and try again.',
  },

  // The workbook checklist.
  'pane.checklist.title': { sv: 'Checklista för arbetsboken', en: 'Workbook checklist' },
  'pane.checklist.volumes': { sv: 'Volymtabell', en: 'Volume table' },
  'pane.checklist.indicators': { sv: 'Indikatortabell', en: 'Indicator table' },
  'pane.checklist.notChecked': { sv: 'Inte kontrollerad ännu', en: 'Not checked yet' },
  'pane.checklist.notFound': { sv: 'Ingen i arbetsboken', en: 'None in the workbook' },
  'pane.checklist.ok': { sv: 'Inga fel ({address})', en: 'No errors ({address})' },
  'pane.checklist.errors.one': { sv: '{count} fel ({address})', en: '{count} error ({address})' },
  'pane.checklist.errors.other': { sv: '{count} fel ({address})', en: '{count} errors ({address})' },
  'pane.checklist.missed.one': { sv: '{count} mål ej uppfyllt', en: '{count} target missed' },
  'pane.checklist.missed.other': { sv: '{count} mål ej uppfyllda', en: '{count} targets missed' },
  'pane.checklist.checkVolumes': {
    sv: 'Kontrollera även volymtabellen innan arbetsboken skickas.',
    en: 'Check the volume table too before the workbook is sent.',
  },
  'pane.checklist.checkIndicators': {
    sv: 'Kontrollera även indikatortabellen innan arbetsboken skickas.',
    en: 'Check the indicator table too before the workbook is sent.',
  },
  // A check of the whole workbook found none of one kind: a submission holds both, so it is not ready.
  'pane.checklist.absentVolumes': {
    sv: 'Arbetsboken har ingen volymtabell. En inlämning behöver både volymtabellen och indikatortabellen.',
    en: 'The workbook has no volume table. A submission needs both the volume table and the indicator table.',
  },
  'pane.checklist.absentIndicators': {
    sv: 'Arbetsboken har ingen indikatortabell. En inlämning behöver både volymtabellen och indikatortabellen.',
    en: 'The workbook has no indicator table. A submission needs both the volume table and the indicator table.',
  },
  'pane.summary.absent.volumes': { sv: 'Arbetsboken har ingen volymtabell', en: 'The workbook has no volume table' },
  'pane.summary.absent.indicators': { sv: 'Arbetsboken har ingen indikatortabell', en: 'The workbook has no indicator table' },
  'pane.checklist.nothing': {
    sv: 'Ingen tabell är kontrollerad ännu.',
    en: 'No table has been checked yet.',
  },

  // Tabs.
  'pane.tabs': { sv: 'Resultat', en: 'Results' },
  'pane.tab.findings': { sv: 'Avvikelser', en: 'Findings' },
  'pane.tab.indicators': { sv: 'Indikatorer', en: 'Indicators' },
  'pane.tab.calculations': { sv: 'Beräkningar', en: 'Calculations' },

  // Indicators.
  'pane.indicators.none': {
    sv: 'Ingen indikatortabell i det som kontrollerades. Målkoll letar efter en rubrikrad med indikator (eller styrmått), målvärde och utfall.',
    en: 'No indicator table in what was checked. Målkoll looks for a header row with indicator, target value and outcome.',
  },
  'pane.indicators.met': { sv: 'Uppfyllda', en: 'Met' },
  'pane.indicators.partly': { sv: 'Delvis uppfyllda', en: 'Partly met' },
  'pane.indicators.partlyWithin': { sv: 'Delvis uppfyllda (inom {band})', en: 'Partly met (within {band})' },
  'pane.indicators.partlyTitle': { sv: 'Delvis uppfyllda mål (inom {band} av målet)', en: 'Targets partly met (within {band} of the target)' },
  'pane.indicators.missed': { sv: 'Ej uppfyllda', en: 'Missed' },
  'pane.indicators.notAssessable': { sv: 'Ej bedömbara', en: 'Not assessable' },
  'pane.indicators.chart': {
    sv: '{met} uppfyllda, {partly} delvis uppfyllda, {missed} ej uppfyllda och {notAssessable} ej bedömbara av {total} indikatorer',
    en: '{met} met, {partly} partly met, {missed} missed and {notAssessable} not assessable of {total} indicators',
  },
  'pane.indicators.missedTitle': { sv: 'Mål som inte uppfylls', en: 'Targets missed' },
  'pane.indicators.noneMissed': { sv: 'Alla bedömbara mål är uppfyllda.', en: 'Every assessable target is met.' },
  'pane.indicators.notAssessableTitle': { sv: 'Går inte att bedöma', en: 'Cannot be assessed' },
  'pane.indicators.show': { sv: 'Visa rad {row} i Excel', en: 'Show row {row} in Excel' },
  'pane.indicators.findings': { sv: 'Att rätta i indikatortabellen', en: 'To fix in the indicator table' },
} as const satisfies Record<string, Texts>;
