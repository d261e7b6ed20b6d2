import type { Texts } from './index';

/**
 * The command line (`malkoll check`) and what it says about files it could not read. The same texts
 * serve /check.html where a file is read in the browser. Swedish quotes are ”…” on both sides.
 */
export const cliMessages = {
  'cli.usage': {
    sv: [
      'Användning: malkoll check ARBETSBOK.xlsx … [--json] [--lang sv|en] [--tolerance 10%] [--band 2%] [--require-stamp]',
      '            malkoll stamp ARBETSBOK.xlsx … --out MAPP [--lang sv|en] [--tolerance 10%] [--band 2%]',
      '',
      'Kontrollerar volymtabeller, indikatortabeller och produktionstabeller på varje blad i arbetsböckerna:',
      'att uppdrag är bas + tillägg, att summaraderna stämmer, att inga volymer är tomma, negativa eller text,',
      'vilka indikatorer som inte når sitt målvärde, och att delsummor, förändringar och andelar i tabeller',
      'med perioder som kolumner följer av talen. Filerna läses bara på den här datorn; inget skickas någonstans.',
      '',
      '  --json         skriv resultatet som JSON (för skript)',
      '  --lang sv|en   rapportens språk (standard: svenska om systemets språk är svenska, annars engelska)',
      '  --tolerance T  ett utfall som missar målet med högst T av målvärdet är delvis uppfyllt (t.ex. 10%)',
      '  --band B       en förändring om högst B av jämförelsevärdet räknas som oförändrad (t.ex. 2%)',
      '  --require-stamp  en arbetsbok som inte är stämplad som kontrollerad, eller ändrad efter stämpeln, är ett fel',
      '  stamp --out MAPP  skriv stämplade kopior i MAPP av de arbetsböcker som kontrolleras utan fel',
      '  --help         visa den här hjälpen',
      '',
      'Slutstatus: 0 inga fel, 1 fel hittades, 2 någon fil kunde inte läsas (den är trasig, saknas eller är',
      'ingen .xlsx), 3 kommandot användes fel, 4 något oväntat gick fel i Målkoll. Meddelanden om filer som',
      'inte kunde läsas skrivs till stderr.',
      'Exempel: malkoll check samples/malkoll-exempel.xlsx',
      'Avräkna en omgång mot uppdraget: malkoll settle --help',
    ].join('\n'),
    en: [
      'Usage: malkoll check WORKBOOK.xlsx … [--json] [--lang sv|en] [--tolerance 10%] [--band 2%] [--require-stamp]',
      '       malkoll stamp WORKBOOK.xlsx … --out FOLDER [--lang sv|en] [--tolerance 10%] [--band 2%]',
      '',
      'Checks the volume, indicator and production tables on every sheet of the workbooks: that each total is',
      'base + additional, that the totals rows add up, that no volume is blank, negative or text, which',
      'indicators miss their target, and that the subtotals, changes and shares of tables with periods as',
      'columns follow from their figures. The files are read on this computer only; nothing is sent anywhere.',
      '',
      '  --json         print the result as JSON (for scripts)',
      '  --lang sv|en   language of the report (default: Swedish if the system language is Swedish, else English)',
      '  --tolerance T  an outcome missing its target by at most T of the target is partly met (e.g. 10%)',
      '  --band B       a change of at most B of the reference value counts as unchanged (e.g. 2%)',
      '  --require-stamp  a workbook not stamped as checked, or changed since its stamp, is an error',
      '  stamp --out FOLDER  write stamped copies in FOLDER of the workbooks that check without errors',
      '  --help         show this help',
      '',
      'Exit status: 0 no errors, 1 errors found, 2 a file could not be read (damaged, missing or not an',
      '.xlsx), 3 the command was used wrongly, 4 something unexpected went wrong in Målkoll. Messages about',
      'files that could not be read go to stderr.',
      'Example: malkoll check samples/malkoll-exempel.xlsx',
      'Settle a round against the assignment: malkoll settle --help',
    ].join('\n'),
  },
  'cli.args.noFiles': {
    sv: 'Ange minst en arbetsbok (.xlsx) att kontrollera.',
    en: 'Name at least one workbook (.xlsx) to check.',
  },
  'cli.args.unknownCommand': {
    sv: 'Okänt kommando ”{command}”.',
    en: 'Unknown command "{command}".',
  },
  'cli.args.checkMissing': {
    sv: 'Skriv ”malkoll check {command}” för att kontrollera arbetsboken.',
    en: 'Write "malkoll check {command}" to check the workbook.',
  },
  'cli.args.badFraction': {
    sv: '{option} ska vara en andel mellan 0 och 100 %, t.ex. 10%, inte ”{value}”.',
    en: '{option} must be a share from 0 to 100%, e.g. 10%, not "{value}".',
  },
  'cli.args.unknownOption': { sv: 'Okänt alternativ ”{option}”.', en: 'Unknown option "{option}".' },
  'cli.args.badLang': {
    sv: '--lang ska vara sv eller en, inte ”{value}”.',
    en: '--lang must be sv or en, not "{value}".',
  },
  'cli.unexpected': {
    sv: 'Något gick oväntat fel i Målkoll, och kontrollen avbröts.',
    en: 'Something went unexpectedly wrong in Målkoll, and the check was stopped.',
  },

  // Why a file could not be read. {file} is the name as given on the command line.
  'cli.read.not-found': { sv: '{file}: filen finns inte.', en: '{file}: no such file.' },
  'cli.read.not-a-file': { sv: '{file}: är en mapp, inte en fil.', en: '{file}: is a folder, not a file.' },
  'cli.read.not-regular': {
    sv: '{file}: är ingen vanlig fil (utan en enhet, ett rör eller en socket) och lästes inte.',
    en: '{file}: is not an ordinary file (it is a device, a pipe or a socket) and was not read.',
  },
  'cli.read.no-access': {
    sv: '{file}: filen får inte läsas (behörighet saknas).',
    en: '{file}: not allowed to read the file (permission denied).',
  },
  'cli.read.read-failed': { sv: '{file}: filen kunde inte läsas ({detail}).', en: '{file}: the file could not be read ({detail}).' },
  'cli.read.empty': { sv: '{file}: filen är tom (0 byte).', en: '{file}: the file is empty (0 bytes).' },
  'cli.read.not-xlsx': {
    sv: '{file}: är inte en Excel-arbetsbok i .xlsx-format{kind}. Spara den som .xlsx i Excel och kör igen.',
    en: '{file}: is not an Excel workbook in .xlsx format{kind}. Save it as .xlsx in Excel and run again.',
  },
  'cli.read.not-xlsx.kind': { sv: ' (filen ser ut att vara {kind})', en: ' (it looks like {kind})' },
  'cli.read.xls-or-encrypted': {
    sv: '{file}: är en äldre .xls-arbetsbok eller en lösenordsskyddad arbetsbok. Spara den som .xlsx utan lösenord och kör igen.',
    en: '{file}: is an old .xls workbook or a password-protected workbook. Save it as .xlsx without a password and run again.',
  },
  // {detail} is one of read.zip.*, read.part.*, read.package.*: which part of the file is damaged.
  'cli.read.corrupt': {
    sv: '{file}: kunde inte läsas, filen är skadad: {detail}. Spara om den som .xlsx i Excel och kör igen.',
    en: '{file}: could not be read, the file is damaged: {detail}. Save it again as .xlsx in Excel and run again.',
  },
  'cli.read.unexpected': {
    sv: '{file}: kunde inte kontrolleras, något gick oväntat fel i Målkoll.',
    en: '{file}: could not be checked, something went unexpectedly wrong in Målkoll.',
  },
  // {detail} is one of read.limit.*: the limit the file passes.
  'cli.read.too-large': {
    sv: '{file}: är för stor för att kontrolleras: {detail}. Dela upp arbetsboken eller ta bort det som inte behövs, och kör igen.',
    en: '{file}: is too large to check: {detail}. Split the workbook or remove what is not needed, and run again.',
  },
  // {detail} is the number of seconds (readLimits' timeLimitMs).
  'cli.read.time-limit': {
    sv: '{file}: kontrollen avbröts efter {detail} sekunder, den tid en fil får ta. Arbetsboken är ovanligt stor eller skadad.',
    en: '{file}: the check was stopped after {detail} seconds, the time one file may take. The workbook is unusually large or damaged.',
  },
  // {detail} is the number of megabytes one file's check may use.
  'cli.read.memory-limit': {
    sv: '{file}: kontrollen avbröts när den behövde mer än {detail} MB minne, det en fil får använda. Arbetsboken är ovanligt stor eller skadad.',
    en: '{file}: the check was stopped when it needed more than {detail} MB of memory, what one file may use. The workbook is unusually large or damaged.',
  },
  'cli.read.no-sheets': {
    sv: '{file}: innehåller inga kalkylblad. Är det en Excel-arbetsbok?',
    en: '{file}: holds no worksheets. Is it an Excel workbook?',
  },

  // The readable report.
  'cli.kind.volumes': { sv: 'volymtabell', en: 'volume table' },
  'cli.kind.indicators': { sv: 'indikatortabell', en: 'indicator table' },
  'cli.severity.error': { sv: 'fel', en: 'error' },
  'cli.severity.warning': { sv: 'varning', en: 'warning' },
  'cli.status.met': { sv: 'uppfyllt', en: 'met' },
  'cli.status.missed': { sv: 'ej uppfyllt', en: 'missed' },
  'cli.status.partly': { sv: 'delvis uppfyllt', en: 'partly met' },
  'cli.status.not-assessable': { sv: 'ej bedömbart', en: 'not assessable' },
  'cli.noFindings': { sv: 'Inga avvikelser.', en: 'No findings.' },
  // Past the first few hundred of a table's findings (or missed indicators), the readable report counts the rest.
  'cli.moreFindings': { sv: '… och {count} till (alla finns i --json)', en: '… and {count} more (all of them in --json)' },
  // After a total that a mistyped figure breaks: the two cells are one problem, counted once.
  'cli.causedBy': { sv: '(samma fel som {cell})', en: '(the same error as {cell})' },
  // {met}, {missed}, {notAssessable} are cli.count.indicators* below, singular or plural by the count.
  'cli.indicatorCounts': {
    sv: 'Indikatorer: {met}, {missed}, {notAssessable}.',
    en: 'Indicators: {met}, {missed}, {notAssessable}.',
  },
  // With a tolerance: the partly met counted too, with the band.
  'cli.indicatorCountsPartly': {
    sv: 'Indikatorer: {met}, {partly} (högst {tolerance} från målvärdet), {missed}, {notAssessable}.',
    en: 'Indicators: {met}, {partly} (within {tolerance} of the target), {missed}, {notAssessable}.',
  },
  'cli.development': { sv: 'utveckling: {development}', en: 'development: {development}' },
  'cli.development.better': { sv: 'bättre', en: 'better' },
  'cli.development.unchanged': { sv: 'oförändrad', en: 'unchanged' },
  'cli.development.worse': { sv: 'sämre', en: 'worse' },
  'cli.development.mixed': { sv: 'olika per grupp', en: 'different by group' },
  'cli.indicatorRow': { sv: 'rad {row}', en: 'row {row}' },
  'cli.workbookFindings': { sv: 'Arbetsboken:', en: 'Workbook:' },
  'cli.fileSummary': { sv: 'Summering: {errors}, {warnings}, {missed}.', en: 'Summary: {errors}, {warnings}, {missed}.' },
  'cli.totalSummary': {
    sv: 'Totalt {files}: {errors}, {warnings}, {missed}.',
    en: 'In all: {files}, {errors}, {warnings}, {missed}.',
  },
  'cli.totalSummaryUnreadable': {
    sv: 'Totalt {files}: {errors}, {warnings}, {missed}; {unreadable}.',
    en: 'In all: {files}, {errors}, {warnings}, {missed}; {unreadable}.',
  },
  // Counts: `.one` for exactly 1, `.other` for every other count (0 too), in both languages.
  'cli.count.errors.one': { sv: '{count} fel', en: '{count} error' },
  'cli.count.errors.other': { sv: '{count} fel', en: '{count} errors' },
  'cli.count.warnings.one': { sv: '{count} varning', en: '{count} warning' },
  'cli.count.warnings.other': { sv: '{count} varningar', en: '{count} warnings' },
  'cli.count.missed.one': { sv: '{count} mål ej uppfyllt', en: '{count} missed target' },
  'cli.count.missed.other': { sv: '{count} mål ej uppfyllda', en: '{count} missed targets' },
  'cli.count.files.one': { sv: '{count} fil', en: '{count} file' },
  'cli.count.files.other': { sv: '{count} filer', en: '{count} files' },
  'cli.count.unreadable.one': { sv: '{count} fil kunde inte läsas', en: '{count} file could not be read' },
  'cli.count.unreadable.other': { sv: '{count} filer kunde inte läsas', en: '{count} files could not be read' },
  // Indicators by status, as the status column says them: "uppfyllt" for one, "uppfyllda" for more.
  'cli.count.indicatorsMet.one': { sv: '{count} uppfyllt', en: '{count} met' },
  'cli.count.indicatorsMet.other': { sv: '{count} uppfyllda', en: '{count} met' },
  'cli.count.indicatorsPartly.one': { sv: '{count} delvis uppfyllt', en: '{count} partly met' },
  'cli.count.indicatorsPartly.other': { sv: '{count} delvis uppfyllda', en: '{count} partly met' },
  'cli.count.indicatorsMissed.one': { sv: '{count} ej uppfyllt', en: '{count} missed' },
  'cli.count.indicatorsMissed.other': { sv: '{count} ej uppfyllda', en: '{count} missed' },
  'cli.count.indicatorsNotAssessable.one': { sv: '{count} ej bedömbart', en: '{count} not assessable' },
  'cli.count.indicatorsNotAssessable.other': { sv: '{count} ej bedömbara', en: '{count} not assessable' },
} as const satisfies Record<string, Texts>;
