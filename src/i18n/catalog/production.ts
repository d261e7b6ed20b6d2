import type { Texts } from './index';

/**
 * Production tables (periods as columns, subtotals, changes and shares): what the engine says about them,
 * and their names in the task pane, the command line and CHECK_TABLE. {column} is the heading of the cell's
 * column as the table writes it, {label} the row's label; row numbers are passed as text. Figures are passed
 * as numbers, shares and changes as percentages, so each renders in the reader's notation.
 */
export const productionMessages = {
  'table.noProductionTable': {
    sv: 'Ingen produktionstabell hittades. Målkoll letar efter en rubrikrad med perioder eller mått (t.ex. ”Besök | 202204 | 202104 | Förändring %”) och rader med tal under, där några rader är summor av andra eller några kolumner är förändringar eller andelar av andra.',
    en: 'No production table found. Målkoll looks for a header row of periods or measures (e.g. “Besök | 202204 | 202104 | Förändring %”) with rows of figures under it, where some rows are sums of others or some columns are changes or shares of others.',
  },

  // A subtotal or total that does not add up. {parts} lists the parts ("”Somatik” 29 725 + ”Psykiatri” 1 428") or names their rows.
  'production.subtotalMismatch': {
    sv: '{column}: ”{label}” anger {actual}, men {parts} = {expected}',
    en: '{column}: “{label}” says {actual}, but {parts} = {expected}',
  },
  'production.subtotalMismatchConfirmed': {
    sv: '{column}: ”{label}” anger {actual}, men {parts} = {expected}, och {why} stämmer också med {expected}',
    en: '{column}: “{label}” says {actual}, but {parts} = {expected}, and {why} agrees with {expected} too',
  },
  'production.subtotalMismatchInParts': {
    sv: '{column}: ”{label}” anger {actual}, men {parts} = {expected}. Summan ”{total}” stämmer med {actual}, så troligen är en av delarna felskriven',
    en: '{column}: “{label}” says {actual}, but {parts} = {expected}. The total “{total}” agrees with {actual}, so one of the parts is probably mistyped',
  },
  // A part whose figure is mistyped: the sum it belongs to and its own change or share both point at it.
  'production.partMistyped': {
    sv: '{column}: ”{label}” anger {actual} men ser felskrivet ut: med {expected} stämmer summan ”{total}” ({totalValue}), och {why} stämmer också med {expected}',
    en: '{column}: “{label}” says {actual} but looks mistyped: with {expected} the total “{total}” ({totalValue}) adds up, and {why} agrees with {expected} too',
  },
  'production.why.change': { sv: 'radens förändring', en: "the row's change" },
  'production.why.share': { sv: 'radens andel', en: "the row's share" },
  'production.why.sum': { sv: 'radens summa', en: "the row's sum" },
  'production.why.total': { sv: 'summan ”{total}”', en: 'the total “{total}”' },
  'production.parts.label': { sv: '”{label}” {value}', en: '“{label}” {value}' },
  'production.parts.row': { sv: 'rad {row} ({value})', en: 'row {row} ({value})' },
  'production.parts.plus': { sv: '{first} + {rest}', en: '{first} + {rest}' },
  'production.parts.rowsBelow': { sv: 'de {count} raderna under (rad {from}–{to})', en: 'the {count} rows below (rows {from}–{to})' },
  'production.parts.rowsAbove': { sv: 'de {count} raderna ovanför (rad {from}–{to})', en: 'the {count} rows above (rows {from}–{to})' },
  // The parts of a column that is the sum of other columns, more than four of them: named by their columns' letters.
  'production.parts.columns': { sv: 'de {count} kolumnerna {from}–{to}', en: 'the {count} columns {from}–{to}' },

  // A change or a share that does not follow from the columns it is computed from.
  'production.changeMismatch': {
    sv: '{column}: {actual}, men {new} ({newColumn}) mot {old} ({oldColumn}) ger {expected}',
    en: '{column}: {actual}, but {new} ({newColumn}) against {old} ({oldColumn}) gives {expected}',
  },
  // A share of the table's total row ("Andel av totalen"): each row's figure divided by the total row's.
  'production.shareOfTotalMismatch': {
    sv: '{column}: {actual}, men {part} ({partColumn}) av {whole} (”{wholeLabel}”) ger {expected}',
    en: '{column}: {actual}, but {part} ({partColumn}) of {whole} (“{wholeLabel}”) gives {expected}',
  },
  'production.shareMismatch': {
    sv: '{column}: {actual}, men {part} ({partColumn}) av {whole} ({wholeColumn}) ger {expected}',
    en: '{column}: {actual}, but {part} ({partColumn}) of {whole} ({wholeColumn}) gives {expected}',
  },

  // Where the kind is named: the task pane, the command line.
  'pane.summary.table.production': { sv: 'Produktionstabellen', en: 'Production table' },
  'pane.checklist.production': { sv: 'Produktionstabell', en: 'Production table' },
  'cli.kind.production': { sv: 'produktionstabell', en: 'production table' },
  'cli.productionChecks': { sv: 'Kontrollerat: {subtotals}, {changes}, {shares}.', en: 'Checked: {subtotals}, {changes}, {shares}.' },
  'cli.productionChecksColumnSums': {
    sv: 'Kontrollerat: {subtotals}, {columnSums}, {changes}, {shares}.',
    en: 'Checked: {subtotals}, {columnSums}, {changes}, {shares}.',
  },
  'cli.count.columnSums.one': { sv: '{count} summakolumn', en: '{count} sum column' },
  'cli.count.columnSums.other': { sv: '{count} summakolumner', en: '{count} sum columns' },
  'cli.count.subtotals.one': { sv: '{count} summarad', en: '{count} sum row' },
  'cli.count.subtotals.other': { sv: '{count} summarader', en: '{count} sum rows' },
  'cli.count.changes.one': { sv: '{count} förändringskolumn', en: '{count} change column' },
  'cli.count.changes.other': { sv: '{count} förändringskolumner', en: '{count} change columns' },
  'cli.count.shares.one': { sv: '{count} andelskolumn', en: '{count} share column' },
  'cli.count.shares.other': { sv: '{count} andelskolumner', en: '{count} share columns' },
} as const satisfies Record<string, Texts>;
