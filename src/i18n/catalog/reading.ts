import type { Texts } from './index';

/**
 * Why a workbook file could not be read, or one of its sheets: which part of the file is damaged and how,
 * or which read limit it passes. Each text completes a sentence of cli.read.* or workbook.sheetUnreadable
 * ("… the file is damaged: the part xl/workbook.xml is missing."), so it starts in lower case and has no
 * full stop. {part} is the part's name inside the .xlsx package, e.g. xl/worksheets/sheet2.xml.
 */
export const readingMessages = {
  'read.zip.incomplete': {
    sv: 'zip-strukturen saknar sitt slut (filen är avkortad)',
    en: 'its zip structure has no end (the file is cut off)',
  },
  'read.zip.damaged': { sv: 'zip-strukturen är skadad', en: 'its zip structure is damaged' },
  'read.part.missing': { sv: 'delen {part} saknas', en: 'the part {part} is missing' },
  'read.part.ambiguous': { sv: 'delen {part} finns två gånger', en: 'the part {part} is there twice' },
  'read.part.unpack': { sv: 'delen {part} går inte att packa upp', en: 'the part {part} cannot be unpacked' },
  'read.part.checksum': {
    sv: 'delen {part} har ändrats eller skadats (dess kontrollsumma stämmer inte)',
    en: 'the part {part} has been changed or damaged (its checksum does not match)',
  },
  'read.part.xml': { sv: 'delen {part} är inte giltig XML (rad {line})', en: 'the part {part} is not valid XML (line {line})' },
  'read.part.textTooLong': {
    sv: 'delen {part} innehåller en text som är längre än en Excel-cell rymmer',
    en: 'the part {part} holds a text longer than an Excel cell can',
  },
  'read.part.tooDeep': {
    sv: 'delen {part} är nästlad djupare än någon arbetsbok',
    en: 'the part {part} is nested deeper than any workbook',
  },
  'read.package.noWorkbook': { sv: '{part} pekar inte ut någon arbetsbok', en: '{part} names no workbook' },
  'read.package.unreadable': { sv: 'innehållet gick inte att tolka', en: 'its content could not be interpreted' },

  'read.sheet.noRelationship': {
    sv: 'arbetsboken hänvisar till relationen {id}, som saknas i {part}',
    en: 'the workbook refers to relationship {id}, which {part} does not hold',
  },
  'read.sheet.notWorksheet': {
    sv: 'dess relation {id} pekar inte på ett kalkylblad',
    en: 'its relationship {id} does not point at a worksheet',
  },
  'read.sheet.external': { sv: 'det pekar ut ur filen ({target})', en: 'it points outside the file ({target})' },
  'read.sheet.sharedPart': {
    sv: 'det delar delen {part} med bladet ”{other}”',
    en: 'it shares the part {part} with sheet "{other}"',
  },
  'read.sheet.sameName': { sv: 'ett annat blad har samma namn', en: 'another sheet has the same name' },
  'read.sheet.nameTooLong': {
    sv: 'dess namn är {length} tecken långt, och Excel tillåter högst {limit} (Excel måste reparera en sådan arbetsbok)',
    en: 'its name is {length} characters long, and Excel allows at most {limit} (Excel has to repair such a workbook)',
  },

  'read.cell.notNumber': {
    sv: 'cellen {cell} i {part} har ”{text}” där ett tal ska stå',
    en: 'cell {cell} in {part} holds "{text}" where a number belongs',
  },
  'read.cell.badSharedIndex': {
    sv: 'cellen {cell} i {part} hänvisar till en delad text med ogiltigt nummer ”{text}”',
    en: 'cell {cell} in {part} refers to a shared text by an invalid number "{text}"',
  },
  'read.cell.notBoolean': {
    sv: 'cellen {cell} i {part} har ”{text}” där SANT eller FALSKT ska stå',
    en: 'cell {cell} in {part} holds "{text}" where TRUE or FALSE belongs',
  },
  'read.cell.notDate': {
    sv: 'cellen {cell} i {part} har ”{text}” där ett datum ska stå',
    en: 'cell {cell} in {part} holds "{text}" where a date belongs',
  },
  'read.cell.unknownType': {
    sv: 'cellen {cell} i {part} har den okända typen ”{text}”',
    en: 'cell {cell} in {part} has the unknown type "{text}"',
  },
  'read.cell.badRow': { sv: '{part} har ett ogiltigt radnummer ”{text}”', en: '{part} has an invalid row number "{text}"' },
  'read.cell.badAddress': { sv: '{part} har en ogiltig celladress ”{text}”', en: '{part} has an invalid cell address "{text}"' },
  'read.cell.wrongRow': {
    sv: 'cellen {cell} i {part} står under rad {row}',
    en: 'cell {cell} in {part} is listed under row {row}',
  },
  'read.cell.noSharedText': {
    sv: 'cellen {cell} i {part} hänvisar till delad text nummer {index}, som saknas i {texts}',
    en: 'cell {cell} in {part} refers to shared text number {index}, which {texts} does not hold',
  },
  'read.cell.twice': { sv: 'cellen {cell} finns två gånger i {part}', en: 'cell {cell} is there twice in {part}' },
  'read.merge.badRange': {
    sv: '{part} har ett sammanslaget område med den ogiltiga adressen ”{text}”',
    en: '{part} has a merged area with the invalid address "{text}"',
  },
  'read.merge.overlap': { sv: 'sammanslagna områden i {part} överlappar varandra', en: 'merged areas in {part} overlap' },

  // Limits (src/xlsx/readLimits.ts), completing cli.read.too-large.
  'read.limit.fileBytes': { sv: 'filen är större än {limit} MB', en: 'the file is larger than {limit} MB' },
  'read.limit.parts': { sv: 'den består av fler än {limit} delar', en: 'it has more than {limit} parts' },
  'read.limit.sheets': { sv: 'den listar fler än {limit} blad', en: 'it lists more than {limit} sheets' },
  'read.limit.unpacked': { sv: 'uppackad är den större än {limit} MB', en: 'unpacked it is larger than {limit} MB' },
  'read.limit.cells': { sv: 'bladen har fler än {limit} celler med innehåll', en: 'its sheets hold more than {limit} cells with content' },
} as const satisfies Record<string, Texts>;
