import type { Texts } from './index';

/**
 * The table engine: volume tables and indicator tables. {column} is the column's heading as the table
 * writes it ("SV bas"), {label} the row's specialty or indicator; row numbers are passed as text so that
 * row 1 000 is not written with a thousands separator. Swedish quotes are ”…” on both sides.
 */
export const tablesMessages = {
  // Roles of a volume table's columns, used as {missing} below.
  'table.role.total': { sv: 'uppdrag', en: 'total (uppdrag)' },
  'table.role.base': { sv: 'bas', en: 'base (bas)' },
  'table.role.additional': { sv: 'tillägg', en: 'additional (tillägg)' },
  'table.role.outcome': { sv: 'utfört', en: 'performed (utfört)' },

  // Volume tables.
  // Rows that look like a volume table's but lie outside it: nothing checked them.
  'table.rowBelowTotals': {
    sv: 'Rad {row} ser ut som en rad i volymtabellen {range} men ligger under summaraden (rad {totals}) och kontrollerades inte. Flytta upp raden ovanför summaraden, eller ta bort den.',
    en: 'Row {row} looks like a row of the volume table {range} but lies below its totals row (row {totals}) and was not checked. Move it above the totals row, or remove it.',
  },
  'table.rowOutsideTable': {
    sv: 'Rad {row} ser ut som en rad i volymtabellen {range} men ligger utanför den och kontrollerades inte. Flytta in raden i tabellen, eller ta bort den.',
    en: 'Row {row} looks like a row of the volume table {range} but lies outside it and was not checked. Move it into the table, or remove it.',
  },
  'table.sumMismatch': {
    sv: 'uppdrag {total} ≠ bas {base} + tillägg {additional}',
    en: 'total {total} ≠ base {base} + additional {additional}',
  },
  // The row does not add up and its column's total points at one figure: that figure, and what it should be.
  // Swedish agreement follows the column's word: en bas (felskriven), ett tillägg, ett uppdrag (felskrivet).
  'table.mistypedBase': {
    sv: 'bas {base} ser felskriven ut: uppdrag {total} − tillägg {additional} = {expected}, och summaraden för bas stämmer med {expected}',
    en: "base {base} looks mistyped: total {total} − additional {additional} = {expected}, and the base column's totals row agrees with {expected}",
  },
  'table.mistypedAdditional': {
    sv: 'tillägg {additional} ser felskrivet ut: uppdrag {total} − bas {base} = {expected}, och summaraden för tillägg stämmer med {expected}',
    en: "additional {additional} looks mistyped: total {total} − base {base} = {expected}, and the additional column's totals row agrees with {expected}",
  },
  'table.mistypedTotal': {
    sv: 'uppdrag {total} ser felskrivet ut: bas {base} + tillägg {additional} = {expected}, och summaraden för uppdrag stämmer med {expected}',
    en: "total {total} looks mistyped: base {base} + additional {additional} = {expected}, and the total column's totals row agrees with {expected}",
  },
  'table.totalMismatch': {
    sv: '{column}: summaraden anger {actual}, men raderna {from}–{to} ovanför summerar till {expected}',
    en: '{column}: the totals row says {actual}, but rows {from}–{to} above add up to {expected}',
  },
  'table.totalMismatchLikelyRow': {
    sv: '{column}: summaraden anger {actual}, men raderna {from}–{to} ovanför summerar till {expected} (troligen ett felskrivet tal på rad {likely})',
    en: '{column}: the totals row says {actual}, but rows {from}–{to} above add up to {expected} (probably a mistyped figure on row {likely})',
  },
  'table.totalMismatchOneRow': {
    sv: '{column}: summaraden anger {actual}, men rad {row} ovanför anger {expected}',
    en: '{column}: the totals row says {actual}, but row {row} above says {expected}',
  },
  'table.totalMismatchNoRows': {
    sv: '{column}: summaraden anger {actual}, men det finns inga rader ovanför att summera',
    en: '{column}: the totals row says {actual}, but there are no rows above it to add up',
  },
  'table.negative': {
    sv: '{column}: volymen {value} är negativ',
    en: '{column}: the volume {value} is negative',
  },
  'table.notInteger': {
    sv: '{column}: volymen {value} är inte ett heltal',
    en: '{column}: the volume {value} is not a whole number',
  },
  'table.blank': {
    sv: '{column} saknas för {label}',
    en: '{column} is missing for {label}',
  },
  'table.blankTotal': {
    sv: '{column} saknas på summaraden ”{label}”, så summan kunde inte kontrolleras',
    en: '{column} is missing on the totals row “{label}”, so the total could not be verified',
  },
  'table.blankNoLabel': {
    sv: '{column} saknas på raden',
    en: '{column} is missing on this row',
  },
  'table.formulaError': {
    sv: '{column}: cellen visar felet {code}',
    en: '{column}: the cell shows the error {code}',
  },
  'table.notANumber': {
    sv: '{column}: ”{text}” är inte ett tal',
    en: '{column}: “{text}” is not a number',
  },
  'table.percentNotVolume': {
    sv: '{column}: ”{text}” är en procentsats, inte en volym',
    en: '{column}: “{text}” is a percentage, not a volume',
  },
  'table.duplicateRow': {
    sv: '{label} finns två gånger under {where}; första gången på rad {firstRow}',
    en: '{label} appears twice under {where}; first on row {firstRow}',
  },
  'table.duplicateRowNoGroup': {
    sv: '{label} finns två gånger i tabellen; första gången på rad {firstRow}',
    en: '{label} appears twice in the table; first on row {firstRow}',
  },
  'table.textNumber': {
    sv: '{column}: talet är lagrat som text (”{text}”); det räknas som {value}',
    en: '{column}: the number is stored as text (“{text}”); it is counted as {value}',
  },
  'table.placeholder': {
    sv: '{column}: ”{text}” räknas som 0 i summorna',
    en: '{column}: “{text}” is counted as 0 in the sums',
  },
  'table.noVolumeTable': {
    sv: 'Ingen volymtabell hittades. Målkoll letar efter en rubrikrad med kolumnerna uppdrag (eller Totalt), bas och tillägg, t.ex. ”Uppdrag | Basvolym | Tilläggsvolym”.',
    en: 'No volume table found. Målkoll looks for a header row with the columns total (uppdrag or Totalt), base (bas) and additional (tillägg), e.g. “Total | Base | Additional”.',
  },
  'table.noVolumeTableNearMiss': {
    sv: 'Rad {row} ser ut som rubrikraden i en volymtabell men saknar kolumnen för {missing}, så tabellen är inte kontrollerad. En volymtabell behöver kolumnerna uppdrag, bas och tillägg.',
    en: 'Row {row} looks like the header row of a volume table but has no column for {missing}, so the table has not been checked. A volume table needs the columns total, base and additional.',
  },
  'table.noVolumeRows': {
    sv: 'Rubrikraden på rad {row} följs inte av några rader med volymer, så det finns inget att kontrollera.',
    en: 'The header row on row {row} is not followed by any rows with volumes, so there is nothing to check.',
  },
  'table.unreadable': {
    sv: 'Tabellen kunde inte läsas och är därför inte kontrollerad.',
    en: 'The table could not be read, so it has not been checked.',
  },

  // Indicator tables.
  'table.rowName': { sv: 'Rad {row}', en: 'Row {row}' },
  'table.indicatorRole.indicator': { sv: 'indikator (Indikator, Styrmått eller Mått)', en: 'indicator (Indikator, Styrmått or Mått)' },
  'table.indicatorRole.target': { sv: 'målvärde (Målvärde eller Mål)', en: 'target (Målvärde or Mål)' },
  'table.indicatorRole.outcome': { sv: 'utfall (Utfall, Periodens utfall eller Resultat)', en: 'outcome (Utfall, Periodens utfall or Resultat)' },
  'table.targetMissed': {
    sv: '{indicator}: målet nås inte, {reason}',
    en: '{indicator}: target missed, {reason}',
  },
  'table.targetUnreadable': {
    sv: 'Målvärdet ”{target}” innehåller siffror som inte gick att tolka; skriv det t.ex. som ”≥ 90 %” eller ”högst 8,5 %”',
    en: 'The target “{target}” has figures that could not be read; write it e.g. as “≥ 90 %” or “högst 8,5 %”',
  },
  'table.targetError': {
    sv: 'Målvärdet är ett felvärde ({code}) och kan inte tolkas',
    en: 'The target is an error value ({code}) and cannot be read',
  },
  'table.outcomeMissing': {
    sv: '{indicator}: utfall saknas, fast målvärdet ”{target}” går att mäta',
    en: '{indicator}: the outcome is missing, although the target “{target}” is measurable',
  },
  'table.outcomeNotNumber': {
    sv: '{indicator}: utfall saknas: ”{text}” är inget tal som kan jämföras med målvärdet ”{target}”',
    en: '{indicator}: the outcome is missing: “{text}” is not a number that can be compared with the target “{target}”',
  },
  'table.outcomeNotYesNo': {
    sv: '{indicator}: utfall saknas: ”{text}” är varken ja eller nej, som målvärdet ”{target}” kräver',
    en: '{indicator}: the outcome is missing: “{text}” is neither yes nor no, as the target “{target}” requires',
  },
  'table.outcomeError': {
    sv: '{indicator}: utfallet är ett felvärde ({code})',
    en: '{indicator}: the outcome is an error value ({code})',
  },
  'table.targetMissing': {
    sv: '{indicator}: har ett utfall men saknar målvärde',
    en: '{indicator}: has an outcome but no target',
  },
  'table.targetMissingSaid': {
    sv: '{indicator}: har ett utfall men saknar målvärde (”{target}”)',
    en: '{indicator}: has an outcome but no target (“{target}”)',
  },
  'table.outcomeAmbiguous': {
    sv: '{indicator}: {reason}; skriv t.ex. ”51 % M: 60 % K: 45 %”',
    en: '{indicator}: {reason}; write e.g. “51 % M: 60 % K: 45 %”',
  },
  'table.percentScale': {
    sv: 'Utfallet {outcome} jämförs med ett mål i procent (”{target}”). Menades {percent}? Procent lagras som andel: {percent} är {fraction}.',
    en: 'The outcome {outcome} is compared with a percentage target (“{target}”). Was {percent} meant? Percentages are stored as fractions: {percent} is {fraction}.',
  },
  // A row with an indicator's name and nothing else: listed, not assessable.
  'table.indicatorNameOnly': {
    sv: 'varken målvärde eller utfall är ifyllt',
    en: 'neither a target nor an outcome is filled in',
  },
  // Which column of an indicator table was taken as what, and why: "Kolumnerna: indikator B ”Indikator”; mål D
  // ”Målvärde 2025” (cellerna är mätbara mål, inte A ”Mål”); …". {column} is the column's letter.
  'table.columns.description': { sv: 'Kolumnerna: {list}.', en: 'Columns: {list}.' },
  'table.columns.list': { sv: '{first}; {rest}', en: '{first}; {rest}' },
  'table.columns.choice': { sv: '{role} {column} ”{heading}”', en: '{role} {column} “{heading}”' },
  'table.columns.choiceWhy': { sv: '{role} {column} ”{heading}” ({why})', en: '{role} {column} “{heading}” ({why})' },
  'table.columns.choiceWhyOver': {
    sv: '{role} {column} ”{heading}” ({why}, inte {overColumn} ”{overHeading}”)',
    en: '{role} {column} “{heading}” ({why}, not {overColumn} “{overHeading}”)',
  },
  'table.columns.role.indicator': { sv: 'indikator', en: 'indicator' },
  'table.columns.role.target': { sv: 'mål', en: 'target' },
  'table.columns.role.outcome': { sv: 'utfall', en: 'outcome' },
  'table.columns.role.reference': { sv: 'jämförelse', en: 'reference' },
  'table.columns.role.group': { sv: 'grupp', en: 'group' },
  'table.columns.role.direction': { sv: 'riktning', en: 'direction' },
  'table.columns.role.status': { sv: 'måluppfyllelse', en: 'status' },
  'table.columns.role.development': { sv: 'utveckling', en: 'development' },
  'table.columns.why.latest-period': { sv: 'den senaste perioden', en: 'the latest period' },
  'table.columns.why.earlier-period': { sv: 'en tidigare period', en: 'an earlier period' },
  'table.columns.why.targets': { sv: 'cellerna är mätbara mål', en: 'its cells are measurable targets' },
  'table.columns.why.figures': { sv: 'cellerna är utfall', en: 'its cells are outcomes' },
  'table.columns.why.marks': { sv: 'cellerna är markeringar för måluppfyllelse', en: 'its cells are status marks' },
  'table.columns.why.arrows': { sv: 'cellerna visar utveckling', en: 'its cells show a development' },
  'table.columns.why.names': { sv: 'ett eget namn på varje rad', en: 'a name of its own on each row' },
  'table.noIndicatorTable': {
    sv: 'Ingen indikatortabell hittades. Målkoll letar efter en rubrikrad med kolumnerna Indikator (eller Styrmått, Mått), Målvärde (eller Mål) och Utfall (eller Periodens utfall, Resultat).',
    en: 'No indicator table found. Målkoll looks for a header row with the columns Indikator (or Styrmått, Mått), Målvärde (or Mål) and Utfall (or Periodens utfall, Resultat).',
  },
  'table.noIndicatorTableNearMiss': {
    sv: 'Rad {row} ser ut som rubrikraden i en indikatortabell men saknar kolumnen för {missing}, så tabellen är inte kontrollerad.',
    en: 'Row {row} looks like the header row of an indicator table but has no column for {missing}, so the table has not been checked.',
  },
  'table.noIndicatorTableNearMissRepeated': {
    sv: 'Rad {row} och {more} rader till längre ned ser ut som rubrikrader i en indikatortabell men saknar kolumnen för {missing}, så tabellerna är inte kontrollerade.',
    en: 'Row {row} and {more} more rows below look like header rows of an indicator table but have no column for {missing}, so the tables have not been checked.',
  },

  // Planned calculation columns next to a volume table (headings written into the sheet) and the price-kind report.
  'table.calc.additionalHeading': { sv: 'Utförd tilläggsvolym', en: 'Additional volume performed' },
  'table.calc.reimbursementHeading': { sv: 'Tilläggsersättning (kr)', en: 'Additional reimbursement (SEK)' },
  'table.calc.fulfilmentHeading': { sv: 'Måluppfyllelse', en: 'Goal fulfilment' },
  'table.calc.fulfilmentToMonthHeading': { sv: 'Måluppfyllelse t.o.m. månad {month}', en: 'Goal fulfilment to month {month}' },
  'table.calc.noOutcomeColumn': {
    sv: 'Tabellen har ingen kolumn för utfört (”Utfört”, ”Utfall”), så det finns inget att räkna ersättning och måluppfyllelse på.',
    en: 'The table has no column for the performed volume (“Utfört”, “Utfall”, “Performed”), so there is nothing to compute reimbursement and goal fulfilment from.',
  },
  'table.calc.badMonth': {
    sv: 'Månaden ska vara ett heltal från 1 till 12, inte {value}.',
    en: 'The month must be a whole number from 1 to 12, not {value}.',
  },
  'table.calc.kind.besök': { sv: 'besök', en: 'visit' },
  'table.calc.kind.behandling': { sv: 'behandling', en: 'treatment' },
  'table.calc.kind.koloskopi': { sv: 'koloskopi', en: 'colonoscopy' },
  'table.calc.kind.gastroskopi': { sv: 'gastroskopi', en: 'gastroscopy' },
  'table.calc.rowPriced': { sv: '{label} ({group}): ersätts som {kind}', en: '{label} ({group}): paid as {kind}' },
  'table.calc.rowUnpriced': {
    sv: '{label} ({group}): gruppen har inget pris i mappningen och får ingen ersättningsformel',
    en: '{label} ({group}): the mapping gives the group no price, so the row gets no reimbursement formula',
  },
  'table.calc.rowNeedsHospital': {
    sv: '{label} ({group}): {kind} har pris per sjukhus; välj sjukhus för att räkna ersättning',
    en: '{label} ({group}): {kind} is priced per hospital; choose a hospital to compute the reimbursement',
  },
} as const satisfies Record<string, Texts>;
