import type { Texts } from './index';

/**
 * The task pane (and the views /check.html reuses). Counts come in `.one` / `.other` pairs where English
 * needs a plural; {address} is an Excel address such as 'Volymer 2025'!A1:D61.
 */
export const paneMessages: Record<string, Texts> = {
  'pane.title': { sv: 'Målkoll', en: 'Målkoll' },
  'pane.subtitle': {
    sv: 'Kontrollera volym- och indikatortabellerna innan arbetsboken skickas vidare.',
    en: 'Check the volume and indicator tables before the workbook is sent on.',
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
  'pane.findings.none': { sv: 'Inga fel eller varningar i tabellen.', en: 'No errors or warnings in the table.' },
  'pane.finding.show': { sv: 'Visa cell {cell} i Excel', en: 'Show cell {cell} in Excel' },

  // No table, nothing to read.
  'pane.noTable.title': { sv: 'Ingen tabell hittades', en: 'No table found' },
  'pane.noTable.lookedIn': { sv: 'Målkoll letade i {address}.', en: 'Målkoll looked in {address}.' },
  'pane.noTable.hint': {
    sv: 'Markera tabellen, eller en enda cell för att kontrollera hela bladet, och klicka på Kontrollera igen.',
    en: 'Select the table, or a single cell to check the whole sheet, and click Check again.',
  },
  'pane.noTable.workbook': {
    sv: 'Ingen volym- eller indikatortabell i arbetsbokens blad.',
    en: 'No volume or indicator table on any sheet of the workbook.',
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
  'pane.read.reportSheet': {
    sv: 'Bladet {sheet} är Målkolls kontrollrapport, inte en tabell att kontrollera. Gå till bladet med volym- eller indikatortabellen och klicka på Kontrollera igen.',
    en: 'The sheet {sheet} is Målkoll’s check report, not a table to check. Go to the sheet with the volume or indicator table and click Check again.',
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
  'pane.error.payloadTooLarge': {
    sv: 'Området är för stort för Excel att skicka på en gång (felkod {code}). Markera tabellen i stället för hela bladet och försök igen.',
    en: 'The range is too large for Excel to send at once (error code {code}). Select the table instead of the whole sheet and try again.',
  },
  'pane.error.cellEditMode': {
    sv: 'Excel håller på att redigera en cell (felkod {code}). Tryck Enter eller Esc i Excel och försök igen.',
    en: 'Excel is editing a cell (error code {code}). Press Enter or Esc in Excel and try again.',
  },

  // Marks.
  'pane.marks.done.one': {
    sv: '{count} cell är markerad i bladet. Cellernas egna format är orörda.',
    en: '{count} cell is marked in the sheet. The cells’ own formats are untouched.',
  },
  'pane.marks.done.other': {
    sv: '{count} celler är markerade i bladet. Cellernas egna format är orörda.',
    en: '{count} cells are marked in the sheet. The cells’ own formats are untouched.',
  },
  'pane.marks.cleared': {
    sv: 'Markeringarna är borttagna; cellerna ser ut som innan.',
    en: 'The marks are removed; the cells look as they did before.',
  },
  'pane.marks.none': { sv: 'Det fanns inga markeringar att ta bort.', en: 'There were no marks to remove.' },
  'pane.marks.nothing': { sv: 'Det finns inga fel eller varningar att markera.', en: 'There are no errors or warnings to mark.' },

  // Converting numbers stored as text, only when asked.
  'pane.convert.action': { sv: 'Gör om tal lagrade som text ({count})', en: 'Convert numbers stored as text ({count})' },
  'pane.convert.confirmTitle': { sv: 'Göra om text till tal?', en: 'Convert text to numbers?' },
  'pane.convert.confirmText': {
    sv: 'Målkoll skriver talen nedan i stället för texten i cellerna. Bara de här cellerna ändras, och en cell som ändrats sedan kontrollen lämnas orörd.',
    en: 'Målkoll writes the numbers below in place of the text in these cells. Only these cells change, and a cell edited since the check is left alone.',
  },
  'pane.convert.change': { sv: '{cell}: ”{from}” blir {to}', en: '{cell}: “{from}” becomes {to}' },
  'pane.convert.confirm': { sv: 'Gör om', en: 'Convert' },
  'pane.convert.done.one': { sv: '{count} cell har gjorts om till tal.', en: '{count} cell was converted to a number.' },
  'pane.convert.done.other': { sv: '{count} celler har gjorts om till tal.', en: '{count} cells were converted to numbers.' },
  'pane.convert.skipped.one': {
    sv: '{count} cell hade ändrats sedan kontrollen och lämnades orörd.',
    en: '{count} cell had changed since the check and was left alone.',
  },
  'pane.convert.skipped.other': {
    sv: '{count} celler hade ändrats sedan kontrollen och lämnades orörda.',
    en: '{count} cells had changed since the check and were left alone.',
  },

  // The report sheet.
  'pane.report.sheetName': { sv: 'Kontroll {date} {time}', en: 'Check {date} {time}' },
  'pane.report.title': { sv: 'Kontrollrapport', en: 'Check report' },
  'pane.report.table': { sv: 'Kontrollerad tabell', en: 'Table checked' },
  'pane.report.time': { sv: 'Kontrollerad', en: 'Checked' },
  'pane.report.summary': { sv: 'Sammanfattning', en: 'Summary' },
  'pane.report.workbook': { sv: 'Arbetsboken', en: 'The workbook' },
  'pane.report.col.cell': { sv: 'Cell', en: 'Cell' },
  'pane.report.col.severity': { sv: 'Allvarlighet', en: 'Severity' },
  'pane.report.col.code': { sv: 'Kod', en: 'Code' },
  'pane.report.col.message': { sv: 'Meddelande', en: 'Message' },
  'pane.report.col.label': { sv: 'Rad', en: 'Row' },
  'pane.report.col.column': { sv: 'Kolumn', en: 'Column' },
  'pane.report.noFindings': { sv: 'Inga fel eller varningar', en: 'No errors or warnings' },
  'pane.report.created': { sv: 'Rapporten finns på bladet {sheet}.', en: 'The report is on the sheet {sheet}.' },
  'pane.report.chartSpecialty': { sv: 'Specialitet', en: 'Specialty' },
  'pane.report.chartFulfilment': { sv: 'Måluppfyllelse', en: 'Goal fulfilment' },
  'pane.report.chartTitleToMonth': { sv: 'Måluppfyllelse per specialitet t.o.m. {month}', en: 'Goal fulfilment per specialty up to {month}' },
  'pane.report.fulfilment': { sv: 'Måluppfyllelse', en: 'Goal fulfilment' },
  'pane.report.toMonth': { sv: 't.o.m. {month}', en: 'up to {month}' },
  'pane.report.toMonthDefault': {
    sv: 't.o.m. {month} (innevarande månad: ingen månad är vald under Beräkningar)',
    en: 'up to {month} (the current month: no month was chosen under Calculations)',
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
  'pane.checklist.nothing': {
    sv: 'Ingen tabell är kontrollerad ännu.',
    en: 'No table has been checked yet.',
  },

  // Tabs.
  'pane.tab.findings': { sv: 'Avvikelser', en: 'Findings' },
  'pane.tab.indicators': { sv: 'Indikatorer', en: 'Indicators' },
  'pane.tab.calculations': { sv: 'Beräkningar', en: 'Calculations' },

  // Indicators.
  'pane.indicators.none': {
    sv: 'Ingen indikatortabell i det som kontrollerades. Målkoll letar efter en rubrikrad med indikator (eller styrmått), målvärde och utfall.',
    en: 'No indicator table in what was checked. Målkoll looks for a header row with indicator, target value and outcome.',
  },
  'pane.indicators.met': { sv: 'Uppfyllda', en: 'Met' },
  'pane.indicators.missed': { sv: 'Ej uppfyllda', en: 'Missed' },
  'pane.indicators.notAssessable': { sv: 'Ej bedömbara', en: 'Not assessable' },
  'pane.indicators.chart': {
    sv: '{met} uppfyllda, {missed} ej uppfyllda och {notAssessable} ej bedömbara av {total} indikatorer',
    en: '{met} met, {missed} missed and {notAssessable} not assessable of {total} indicators',
  },
  'pane.indicators.missedTitle': { sv: 'Mål som inte uppfylls', en: 'Targets missed' },
  'pane.indicators.noneMissed': { sv: 'Alla bedömbara mål är uppfyllda.', en: 'Every assessable target is met.' },
  'pane.indicators.notAssessableTitle': { sv: 'Går inte att bedöma', en: 'Cannot be assessed' },
  'pane.indicators.show': { sv: 'Visa rad {row} i Excel', en: 'Show row {row} in Excel' },
  'pane.indicators.findings': { sv: 'Att rätta i indikatortabellen', en: 'To fix in the indicator table' },

  // The status column.
  'pane.status.add': { sv: 'Lägg till statuskolumn', en: 'Add status column' },
  'pane.status.remove': { sv: 'Ta bort statuskolumn', en: 'Remove status column' },
  'pane.status.confirmTitle': { sv: 'Lägga till en statuskolumn?', en: 'Add a status column?' },
  'pane.status.confirmText': {
    sv: 'Målkoll skriver formler med MALKOLL.TARGET_STATUS i {range}, bredvid tabellen, och färgar dem efter status: grönt uppfyllt, rött ej uppfyllt, gult ej bedömbart. Formlerna räknas om när ett utfall ändras. Inga befintliga värden ändras, och kolumnen tas bort med ett klick.',
    en: 'Målkoll writes formulas with MALKOLL.TARGET_STATUS into {range}, next to the table, coloured by status: green met, red not met, yellow not assessable. They recalculate when an outcome changes. No existing value is changed, and the column is removed in one click.',
  },
  'pane.status.confirm': { sv: 'Lägg till', en: 'Add' },
  'pane.status.added': { sv: 'Statuskolumnen finns i {range}.', en: 'The status column is in {range}.' },
  'pane.status.removed': { sv: 'Statuskolumnen är borttagen.', en: 'The status column is removed.' },
  'pane.status.already': {
    sv: 'Arbetsboken har redan en statuskolumn från Målkoll. Ta bort den först.',
    en: 'The workbook already has a status column from Målkoll. Remove it first.',
  },
  'pane.block.notEmpty': {
    sv: 'Cellerna bredvid tabellen är inte tomma ({cell} innehåller något). Målkoll skriver inte över något: töm {range} först.',
    en: 'The cells next to the table are not empty ({cell} holds something). Målkoll overwrites nothing: empty {range} first.',
  },
  'pane.block.kept.one': {
    sv: '{count} cell i {range} som ändrats efteråt lämnades kvar.',
    en: '{count} cell in {range} changed since was left as it is.',
  },
  'pane.block.kept.other': {
    sv: '{count} celler i {range} som ändrats efteråt lämnades kvar.',
    en: '{count} cells in {range} changed since were left as they are.',
  },
  'pane.block.moved': {
    sv: 'Rader hade infogats ovanför, så formlerna togs bort där de låg nu: {range}.',
    en: 'Rows had been inserted above, so the formulas were removed where they were now: {range}.',
  },
  'pane.block.notFound': {
    sv: 'Målkoll hittade inte sina formler i {range}: de har flyttats eller skrivits över. Inget togs bort där; ta bort formlerna för hand om de finns kvar.',
    en: 'Målkoll did not find its formulas in {range}: they have been moved or overwritten. Nothing was removed there; delete the formulas by hand if they are still there.',
  },
  'pane.block.functionsUnknown': {
    sv: 'Excel känner inte igen Målkolls funktioner just nu och visar #NAMN?. Stäng och öppna arbetsboken eller Målkoll igen, så räknar formlerna när funktionerna har laddats.',
    en: 'Excel does not recognise Målkoll’s functions right now and shows #NAME?. Close and reopen the workbook or Målkoll, and the formulas calculate once the functions have loaded.',
  },
  'pane.block.badAddress': { sv: 'Ogiltigt område: {address}.', en: 'Not a valid range: {address}.' },
  'pane.block.nothing': { sv: 'Det fanns inget att ta bort.', en: 'There was nothing to remove.' },

  // Calculations in the sheet.
  'pane.calc.noTable': {
    sv: 'Kontrollera en volymtabell först; beräkningarna läggs bredvid den.',
    en: 'Check a volume table first; the calculations go next to it.',
  },
  'pane.calc.noOutcome': {
    sv: 'Volymtabellen har ingen kolumn för utfall (”Utfört” eller ”Utfall”). Lägg till en sådan kolumn, så kan Målkoll räkna tilläggsvolym, ersättning och måluppfyllelse.',
    en: 'The volume table has no outcome column (“Utfört” or “Utfall”). Add one and Målkoll can work out additional volume, reimbursement and goal fulfilment.',
  },
  'pane.calc.intro': {
    sv: 'Lägger till formler för tilläggsvolym, ersättning och måluppfyllelse hittills bredvid volymtabellen, med en summarad.',
    en: 'Adds formulas for additional volume, reimbursement and goal fulfilment to date next to the volume table, with a totals row.',
  },
  'pane.calc.hospital': { sv: 'Sjukhus', en: 'Hospital' },
  'pane.calc.month': { sv: 'Utfall till och med', en: 'Outcome up to' },
  'pane.calc.mapping': { sv: 'Så prissätts grupperna', en: 'How the groups are priced' },
  'pane.calc.group': { sv: 'Grupp', en: 'Group' },
  'pane.calc.priceKind': { sv: 'Ersätts som', en: 'Paid as' },
  'pane.calc.mappingNote': {
    sv: 'Underlaget säger inte om psykiatrins utredningar och behandlingar ersätts som besök eller som behandlingar; här räknas de som behandlingar. Tilläggsvolym räknas bara över basvolymen och högst upp till tillägget.',
    en: 'The source does not say whether psychiatric investigations and treatments are paid as visits or as treatments; here they count as treatments. Additional volume counts only above the base volume, and at most up to the additional volume.',
  },
  // A no-break space before "kr", so a price never breaks from its unit.
  'pane.calc.kind.besök': { sv: 'besök, {price}\u00a0kr', en: 'visit, {price}\u00a0kr' },
  'pane.calc.kind.behandling': { sv: 'behandling, {price}\u00a0kr', en: 'treatment, {price}\u00a0kr' },
  'pane.calc.kind.koloskopi': { sv: 'koloskopi, {price}\u00a0kr', en: 'colonoscopy, {price}\u00a0kr' },
  'pane.calc.kind.gastroskopi': { sv: 'gastroskopi, {price}\u00a0kr', en: 'gastroscopy, {price}\u00a0kr' },
  'pane.calc.kind.by-row-name': {
    sv: 'koloskopi eller gastroskopi efter radens namn, {price}\u00a0kr',
    en: 'colonoscopy or gastroscopy by the row’s name, {price}\u00a0kr',
  },
  'pane.calc.fulfilmentHeading': { sv: 'Måluppfyllelse t.o.m. {month}', en: 'Goal fulfilment up to {month}' },
  'pane.calc.kind.none': { sv: 'ersätts inte', en: 'not paid' },
  'pane.calc.add': { sv: 'Lägg till beräkningar', en: 'Add calculations' },
  'pane.calc.remove': { sv: 'Ta bort beräkningar', en: 'Remove calculations' },
  'pane.calc.confirmTitle': { sv: 'Lägga till beräkningar?', en: 'Add calculations?' },
  'pane.calc.confirmText': {
    sv: 'Målkoll skriver formler i {range} för {hospital}, utfall till och med {month}. Grupperna prissätts som tabellen visar. Inga befintliga värden ändras, och kolumnerna tas bort med ett klick.',
    en: 'Målkoll writes formulas into {range} for {hospital}, outcome up to {month}. The groups are priced as the table shows. No existing value is changed, and the columns are removed in one click.',
  },
  'pane.calc.confirm': { sv: 'Lägg till', en: 'Add' },
  'pane.calc.added': { sv: 'Beräkningarna finns i {range}.', en: 'The calculations are in {range}.' },
  'pane.calc.removed': { sv: 'Beräkningarna är borttagna.', en: 'The calculations are removed.' },
  'pane.calc.already': {
    sv: 'Arbetsboken har redan beräkningar från Målkoll. Ta bort dem först.',
    en: 'The workbook already has calculations from Målkoll. Remove them first.',
  },
  'pane.calc.unavailable': {
    sv: 'Beräkningarna kunde inte planeras för den här tabellen.',
    en: 'The calculations could not be planned for this table.',
  },

  'pane.month.1': { sv: 'januari', en: 'January' },
  'pane.month.2': { sv: 'februari', en: 'February' },
  'pane.month.3': { sv: 'mars', en: 'March' },
  'pane.month.4': { sv: 'april', en: 'April' },
  'pane.month.5': { sv: 'maj', en: 'May' },
  'pane.month.6': { sv: 'juni', en: 'June' },
  'pane.month.7': { sv: 'juli', en: 'July' },
  'pane.month.8': { sv: 'augusti', en: 'August' },
  'pane.month.9': { sv: 'september', en: 'September' },
  'pane.month.10': { sv: 'oktober', en: 'October' },
  'pane.month.11': { sv: 'november', en: 'November' },
  'pane.month.12': { sv: 'december', en: 'December' },
};
