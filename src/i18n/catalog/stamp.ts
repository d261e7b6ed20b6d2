import type { Texts } from './index';

/**
 * The stamp (kontrollstämpel): what the command line, the check page and the task pane say of a workbook's
 * stamp, why a workbook is not stamped, and `malkoll stamp`. {when} is a local date and time, {table} a
 * sheet-qualified range.
 */
export const stampMessages = {
  'stamp.status.none': { sv: 'Inte stämplad som kontrollerad.', en: 'Not stamped as checked.' },
  'stamp.status.unchanged': {
    sv: 'Stämplad som kontrollerad {when} ({source}, Målkoll {version}) och oförändrad sedan dess.',
    en: 'Stamped as checked {when} ({source}, Målkoll {version}) and unchanged since.',
  },
  'stamp.status.changed': {
    sv: 'Stämplad som kontrollerad {when} ({source}, Målkoll {version}), men ändrad efter kontrollen:',
    en: 'Stamped as checked {when} ({source}, Målkoll {version}), but changed after the check:',
  },
  'stamp.status.unreadable': { sv: 'Kontrollstämpeln kunde inte läsas: {reason}.', en: 'The stamp could not be read: {reason}.' },
  'stamp.status.unverified': {
    sv: 'Stämplad som kontrollerad {when} ({source}, Målkoll {version}). Kontrollera hela arbetsboken för att se om den är oförändrad sedan dess.',
    en: 'Stamped as checked {when} ({source}, Målkoll {version}). Check the whole workbook to see whether it is unchanged since.',
  },
  'stamp.source.pane': { sv: 'i Excel', en: 'in Excel' },
  'stamp.source.cli': { sv: 'med malkoll stamp', en: 'by malkoll stamp' },
  'stamp.table.changed': { sv: '{table}: ändrad', en: '{table}: changed' },
  'stamp.table.changedRows.one': { sv: '{table}: ändrad på rad {rows}', en: '{table}: changed in row {rows}' },
  'stamp.table.changedRows.other': { sv: '{table}: ändrad på raderna {rows}', en: '{table}: changed in rows {rows}' },
  'stamp.table.moreRows': { sv: '{rows} och {more} till', en: '{rows} and {more} more' },
  'stamp.table.missing': { sv: '{table}: bladet finns inte längre', en: '{table}: the sheet is no longer there' },
  'stamp.table.added': { sv: '{table}: en tabell som stämpeln inte omfattar', en: '{table}: a table the stamp does not cover' },
  'stamp.table.unchanged': { sv: '{table}: oförändrad', en: '{table}: unchanged' },

  // Why a stamp is not made.
  'stamp.refused.errors': {
    sv: 'kontrollen hittade fel ({count}); rätta dem och kontrollera igen',
    en: 'the check found errors ({count}); correct them and check again',
  },
  'stamp.refused.noTables': { sv: 'ingen tabell hittades att stämpla', en: 'no table was found to stamp' },
  'stamp.refused.badRange': { sv: 'området {range} kan inte stämplas', en: 'the range {range} cannot be stamped' },
  'stamp.refused.notWorkbook': {
    sv: 'en stämpel gäller hela arbetsboken; välj Kontrollera hela arbetsboken och stämpla sedan',
    en: 'a stamp covers the whole workbook; choose Check the whole workbook, then stamp',
  },
  'stamp.refused.skippedSheets': {
    sv: 'alla blad kunde inte läsas, och en stämpel får bara gälla det som kontrollerats',
    en: 'not every sheet could be read, and a stamp may only vouch for what was checked',
  },
  'stamp.refused.changedSinceCheck': {
    sv: 'arbetsboken har ändrats sedan kontrollen; kontrollera igen innan du stämplar',
    en: 'the workbook has changed since the check; check again before stamping',
  },

  // Why a stamp that is there cannot be read.
  'stamp.unreadable.field': { sv: 'stämpelns uppgift ”{what}” saknas eller är felaktig', en: 'the stamp\'s "{what}" is missing or wrong' },
  'stamp.unreadable.noTables': { sv: 'stämpeln omfattar ingen tabell', en: 'the stamp covers no table' },
  'stamp.unreadable.xml': { sv: 'delen {part} är ingen läsbar XML', en: 'the part {part} is no readable XML' },
  'stamp.unreadable.tooLarge': { sv: 'delen {part} är större än en stämpel kan vara', en: 'the part {part} is larger than a stamp can be' },
  'stamp.unreadable.noCrypto': {
    sv: 'sidan kan inte räkna fram kontrollsummor här (den måste visas över https)',
    en: 'the page cannot compute digests here (it must be served over https)',
  },
  'stamp.unreadable.damaged': { sv: 'delen {part} är skadad', en: 'the part {part} is damaged' },

  // --require-stamp
  'stamp.required.none': {
    sv: 'Arbetsboken är inte stämplad som kontrollerad (--require-stamp).',
    en: 'The workbook is not stamped as checked (--require-stamp).',
  },
  'stamp.required.changed': {
    sv: 'Arbetsboken har ändrats efter kontrollstämpeln från {checkedAt} (--require-stamp).',
    en: 'The workbook has changed since its stamp of {checkedAt} (--require-stamp).',
  },
  'stamp.required.unreadable': {
    sv: 'Kontrollstämpeln kunde inte läsas: {reason} (--require-stamp).',
    en: 'The stamp could not be read: {reason} (--require-stamp).',
  },

  // The task pane
  'stamp.pane.action': { sv: 'Stämpla som kontrollerad', en: 'Stamp as checked' },
  'stamp.pane.hint': {
    sv: 'Stämpeln sparas i arbetsboken, i ingen cell, så att mottagaren kan se att den är oförändrad sedan kontrollen. Den är ingen underskrift.',
    en: 'The stamp is kept in the workbook, in no cell, so that whoever receives it can see it is unchanged since the check. It is not a signature.',
  },
  'stamp.pane.done': {
    sv: 'Arbetsboken är stämplad som kontrollerad. Spara arbetsboken så följer stämpeln med filen.',
    en: 'The workbook is stamped as checked. Save the workbook for the stamp to go with the file.',
  },
  'stamp.pane.refused': { sv: 'Arbetsboken stämplades inte: {reason}.', en: 'The workbook was not stamped: {reason}.' },

  // malkoll stamp
  'stamp.cli.stamped': { sv: '{file}: stämplad som kontrollerad → {out}', en: '{file}: stamped as checked → {out}' },
  'stamp.cli.refused': { sv: '{file}: stämplas inte: {reason}.', en: '{file}: not stamped: {reason}.' },
  'stamp.cli.unreadable': { sv: '{file}: stämplas inte: {reason}', en: '{file}: not stamped: {reason}' },
  'stamp.cli.sameAsInput': {
    sv: 'kopian skulle skrivas över en arbetsbok som ska stämplas ({out}); välj en annan mapp med --out',
    en: 'the copy would be written over a workbook being stamped ({out}); choose another folder with --out',
  },
  'stamp.cli.exists': {
    sv: '{out} finns redan och skrivs inte över; ta bort den eller välj en annan mapp med --out',
    en: '{out} already exists and is not written over; remove it or choose another folder with --out',
  },
  'stamp.cli.writeFailed': { sv: 'kopian kunde inte skrivas ({out}: {detail})', en: 'the copy could not be written ({out}: {detail})' },
  'stamp.cli.noOut': {
    sv: 'Ange mappen för de stämplade kopiorna med --out MAPP.',
    en: 'Name the folder for the stamped copies with --out FOLDER.',
  },
  'stamp.cli.summary': {
    sv: '{stamped} av {files} stämplade i {out}.',
    en: '{stamped} of {files} stamped in {out}.',
  },
} as const satisfies Record<string, Texts>;
