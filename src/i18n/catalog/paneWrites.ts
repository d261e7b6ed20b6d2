import type { Texts } from './index';

/** What the task pane writes into the workbook, each only when asked: marks, conversions, the report, the status column, the calculations. */
export const paneWritesMessages = {
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
  'pane.report.statusChartTitle': { sv: 'Indikatorer per status', en: 'Indicators by status' },
  'pane.report.statusChartStatus': { sv: 'Status', en: 'Status' },
  'pane.report.statusChartCount': { sv: 'Antal', en: 'Count' },
  'pane.report.toMonth': { sv: 't.o.m. {month}', en: 'up to {month}' },
  'pane.report.toMonthDefault': {
    sv: 't.o.m. {month} (innevarande månad: ingen månad är vald under Beräkningar)',
    en: 'up to {month} (the current month: no month was chosen under Calculations)',
  },

  // The status column.
  'pane.status.add': { sv: 'Lägg till statuskolumn', en: 'Add status column' },
  'pane.status.remove': { sv: 'Ta bort statuskolumn', en: 'Remove status column' },
  'pane.status.confirmTitle': { sv: 'Lägga till en statuskolumn?', en: 'Add a status column?' },
  'pane.status.confirmText': {
    sv: 'Målkoll skriver formler med MALKOLL.TARGET_STATUS i {range}, bredvid tabellen, och färgar dem efter status: grönt uppfyllt, gult delvis uppfyllt, rött ej uppfyllt, grått ej bedömbart. Formlerna räknas om när ett utfall ändras. Inga befintliga värden ändras, och kolumnen tas bort med ett klick.',
    en: 'Målkoll writes formulas with MALKOLL.TARGET_STATUS into {range}, next to the table, coloured by status: green met, yellow partly met, red not met, grey not assessable. They recalculate when an outcome changes. No existing value is changed, and the column is removed in one click.',
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
    sv: 'Excel känner inte igen Målkolls funktioner just nu, så formlerna skulle visa #NAMN?. Inget skrevs. Stäng och öppna arbetsboken eller Målkoll igen och försök sedan på nytt.',
    en: 'Excel does not recognise Målkoll’s functions right now, so the formulas would show #NAME?. Nothing was written. Close and reopen the workbook or Målkoll, then try again.',
  },
  'pane.block.alreadyThere': {
    sv: 'Formlerna fanns redan där, men arbetsbokens anteckning om dem hade försvunnit (det kan hända i Excel på webben). Målkoll minns dem nu igen och kan ta bort dem.',
    en: 'The formulas were already there, but the workbook’s note of them had gone (this can happen in Excel on the web). Målkoll remembers them again and can remove them.',
  },
  'pane.block.restoredUnknown': {
    sv: 'Formler som återställdes anropar Målkolls funktioner, som Excel inte känner igen just nu: de visar #NAMN? tills du skriver in dem på nytt när Målkoll har laddats.',
    en: 'Formulas put back call Målkoll’s functions, which Excel does not recognise right now: they show #NAME? until you enter them again once Målkoll has loaded.',
  },
  'pane.block.changedSince': {
    sv: '{cell} har ändrats sedan Målkoll visade vad som skulle skrivas över. Inget skrevs; kontrollera igen.',
    en: '{cell} has changed since Målkoll showed what would be written over. Nothing was written; check again.',
  },

  // The table's own status and development columns.
  'pane.own.title': { sv: 'Tabellens egna kolumner', en: 'The table’s own columns' },
  'pane.own.offer': {
    sv: 'Tabellen har egna kolumner för {columns}. Målkoll kan fylla dem med formler i tabellens egen konvention: {convention}.',
    en: 'The table has columns of its own for {columns}. Målkoll can fill them with formulas in the table’s own convention: {convention}.',
  },
  'pane.own.columns.status': { sv: 'måluppfyllelse', en: 'goal fulfilment' },
  'pane.own.columns.development': { sv: 'utveckling', en: 'development' },
  'pane.own.columns.both': { sv: 'måluppfyllelse och utveckling', en: 'goal fulfilment and development' },
  'pane.own.convention.symbols': { sv: 'symboler {symbols}', en: 'symbols {symbols}' },
  'pane.own.convention.colours': { sv: 'färgord {symbols}', en: 'colour words {symbols}' },
  'pane.own.convention.words': { sv: 'ord (Uppfyllt, Delvis uppfyllt, Ej uppfyllt, Ej bedömbart)', en: 'words (Met, Partly met, Not met, Not assessable)' },
  'pane.own.noReference': {
    sv: 'Utveckling kräver en kolumn med föregående utfall (till exempel ”Utfall föregående år”); utan den lämnas utvecklingskolumnen tom.',
    en: 'Development needs a column with the previous outcome (such as “Utfall föregående år”); without one the development column is left alone.',
  },
  'pane.own.fill': { sv: 'Fyll tabellens kolumner', en: 'Fill the table’s columns' },
  'pane.own.restore': { sv: 'Återställ tabellens kolumner', en: 'Restore the table’s columns' },
  'pane.own.confirmTitle': { sv: 'Fylla tabellens egna kolumner?', en: 'Fill the table’s own columns?' },
  'pane.own.confirmText': {
    sv: 'Målkoll skriver formler med MALKOLL.MÅLSTATUS och MALKOLL.UTVECKLING i {range}, i tabellens egna kolumner, och en teckenförklaring bredvid tabellerna som formlerna läser: ändra en symbol där så följer kolumnen med. Allt återställs med ett klick, precis som det var.',
    en: 'Målkoll writes formulas with MALKOLL.TARGET_STATUS and MALKOLL.DEVELOPMENT into {range}, in the table’s own columns, and a legend beside the tables that the formulas read: change a symbol there and the column follows. Everything is restored in one click, exactly as it was.',
  },
  'pane.own.overwritesTitle': {
    sv: 'Dessa celler är redan ifyllda och skrivs över (de återställs med Återställ):',
    en: 'These cells are already filled and will be written over (Restore puts them back):',
  },
  'pane.own.overwrite': { sv: '{cell}: {value}', en: '{cell}: {value}' },
  'pane.own.confirm': { sv: 'Fyll kolumnerna', en: 'Fill the columns' },
  'pane.own.added': { sv: 'Tabellens kolumner är ifyllda i {range}.', en: 'The table’s columns are filled in {range}.' },
  'pane.own.removed': { sv: 'Tabellens kolumner är återställda.', en: 'The table’s columns are restored.' },
  'pane.own.already': {
    sv: 'Målkoll har redan fyllt en tabells egna kolumner i arbetsboken. Återställ dem först.',
    en: 'Målkoll has already filled a table’s own columns in this workbook. Restore them first.',
  },
  'pane.own.legendHeading': { sv: 'Teckenförklaring (Målkoll)', en: 'Legend (Målkoll)' },

  // The workbook's tolerance for partly met.
  'pane.tolerance.label': { sv: 'Delvis uppfyllt', en: 'Partly met' },
  'pane.tolerance.hint': {
    sv: 'Ett utfall som missar målet med högst så här mycket av målvärdet räknas som delvis uppfyllt. Sparas i arbetsboken.',
    en: 'An outcome that misses the target by no more than this share of the target value counts as partly met. Saved in the workbook.',
  },
  'pane.tolerance.off': { sv: 'Av', en: 'Off' },
  'pane.tolerance.within': { sv: 'Inom {band} av målet', en: 'Within {band} of the target' },
  'pane.tolerance.partlyWithin': { sv: '{status} (inom {band} av målet)', en: '{status} (within {band} of the target)' },
  'pane.tolerance.partlyOff': { sv: '{status} (av: ingen tolerans vald)', en: '{status} (off: no tolerance chosen)' },
  'pane.tolerance.refill': {
    sv: 'Formlerna i tabellens egna kolumner har kvar den tidigare toleransen: återställ kolumnerna och fyll dem igen.',
    en: 'The formulas in the table’s own columns keep the earlier tolerance: restore the columns and fill them again.',
  },
  'pane.tolerance.saved': { sv: 'Delvis uppfyllt: {setting}. Sparat i arbetsboken.', en: 'Partly met: {setting}. Saved in the workbook.' },
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
} as const satisfies Record<string, Texts>;
