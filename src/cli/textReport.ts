/** The readable report of `malkoll check`: per file its tables, findings, indicators and a summary line. */
import type { Locale, Message, MessageKey } from '../core';
import { pushAll, quoteSheetName } from '../core';
import { isToFix, type CheckOptions } from '../core/tables';
import { formatMessage } from '../i18n/format';
import { pluralKey, type PluralBase } from '../i18n/plural';
import type { JsonFile, JsonReport, JsonTable } from './reportSchema';
import { renderStampLines } from './stampText';
import { terminalText } from './terminalText';

const INDENT = '  ';
const LONG_NAME = 70;
/**
 * Findings a table (or the workbook) lists in the readable report, and missed indicators a table lists: a
 * screenful to start on; the rest are counted on the line after ("… och 129 800 till"), and --json has them all.
 */
export const MAX_LISTED = 200;

/**
 * One file's section of the readable report, ending with its summary line.
 *
 * @example
 * renderFileText(toJsonFile(result, 'sv'), 'sv');
 * // → "a.xlsx\n  'Volymer 2025'!A1:D61  volymtabell\n    Inga avvikelser.\n  Summering: 0 fel, 0 varningar, 0 mål ej uppfyllda.\n"
 */
export function renderFileText(file: JsonFile, locale: Locale, options?: CheckOptions): string {
  return `${renderFileLines(file, locale, options).join('\n')}\n`;
}

/**
 * The lines of renderFileText, each safe for a terminal, for a caller that prints a long report in pieces.
 *
 * @example
 * renderFileLines(toJsonFile(result, 'en'), 'en'); // → ['a.xlsx', "  'Volymer 2025'!A1:D61  volume table", …]
 */
export function renderFileLines(file: JsonFile, locale: Locale, options?: CheckOptions): string[] {
  const t = (key: MessageKey, params?: Message['params']): string => formatMessage(locale, params ? { key, params } : { key });
  const lines: string[] = [file.file];
  if (file.error) {
    lines.push(`${INDENT}${t('cli.severity.error')}: ${file.error.message}`);
    return lines.map(terminalText);
  }
  for (const table of file.tables) renderTable(lines, table, locale, t, options?.tolerance);
  if (file.findings.length > 0) {
    lines.push(`${INDENT}${t('cli.workbookFindings')}`);
    const listed = file.findings.slice(0, MAX_LISTED).map((f) => ({
      where: f.sheet === undefined ? '' : f.cell === undefined ? sheetRef(f.sheet) : `${sheetRef(f.sheet)}!${f.cell}`,
      severity: t(`cli.severity.${f.severity}`),
      code: f.code,
      message: f.message,
    }));
    alignFindings(lines, listed, INDENT + INDENT);
    more(lines, file.findings.length - listed.length, INDENT + INDENT, t);
  }
  if (file.stamp) pushAll(lines, renderStampLines(file.stamp, locale, INDENT));
  lines.push(`${INDENT}${t('cli.fileSummary', countParams(file.summary, locale))}`);
  // Cell texts, sheet and file names reach the terminal here: nothing in them may act on it.
  return lines.map(terminalText);
}

/**
 * The closing line over all files, e.g. "Totalt 3 filer: 2 fel, 1 varning, 0 mål ej uppfyllda; 1 fil kunde inte läsas."
 * (en "In all: 3 files, 2 errors, 1 warning, 0 missed targets; 1 file could not be read.")
 */
export function renderTotalText(report: JsonReport, locale: Locale): string {
  const params = {
    ...countParams(report.summary, locale),
    files: plural(locale, 'files', report.files.length),
    unreadable: plural(locale, 'unreadable', report.summary.unreadable),
  };
  const key = report.summary.unreadable > 0 ? 'cli.totalSummaryUnreadable' : 'cli.totalSummary';
  return `${formatMessage(locale, { key, params })}\n`;
}

/** The whole readable report: every file's section, then the total. */
export function renderTextReport(report: JsonReport, locale: Locale): string {
  return [...report.files.map((f) => renderFileText(f, locale)), renderTotalText(report, locale)].join('\n');
}

/** Appends a table's lines: its place and kind, its findings, its indicators not met, what a production table's check covered. */
function renderTable(lines: string[], table: JsonTable, locale: Locale, t: (key: MessageKey, params?: Message['params']) => string, tolerance?: number): void {
  lines.push(`${INDENT}${sheetRef(table.sheet)}!${table.range}  ${t(`cli.kind.${table.kind}`)}`);
  const inner = INDENT + INDENT;
  // Which column was read as what, before what was read from them.
  if (table.kind === 'indicators' && table.columns) lines.push(`${inner}${table.columns}`);
  // The missed indicators are listed below with their reasons; their `target-missed` findings would say it twice.
  const findings = table.findings.filter((f) => isToFix(f));
  const listed = findings.slice(0, MAX_LISTED).map((f) => ({
    where: `${sheetRef(table.sheet)}!${f.cell}`,
    severity: t(`cli.severity.${f.severity}`),
    code: f.code,
    // One problem, two cells: the total says which figure's fix clears it, and is not counted again.
    message: f.causedBy ? `${f.message} ${t('cli.causedBy', { cell: f.causedBy })}` : f.message,
  }));
  alignFindings(lines, listed, inner);
  more(lines, findings.length - listed.length, inner, t);
  if (table.kind === 'indicators') {
    const counts = new Map<string, number>();
    for (const i of table.indicators) counts.set(i.status, (counts.get(i.status) ?? 0) + 1);
    const count = (status: string): number => counts.get(status) ?? 0;
    const params = {
      met: plural(locale, 'indicatorsMet', count('met')),
      missed: plural(locale, 'indicatorsMissed', count('missed')),
      notAssessable: plural(locale, 'indicatorsNotAssessable', count('not-assessable')),
    };
    // With a tolerance the partly met are counted, and the band said, even when there are none.
    lines.push(
      `${inner}${
        tolerance === undefined
          ? t('cli.indicatorCounts', params)
          : t('cli.indicatorCountsPartly', { ...params, partly: plural(locale, 'indicatorsPartly', count('partly')), tolerance: { percent: tolerance } })
      }`,
    );
    const notMet = table.indicators.filter((i) => i.status !== 'met');
    const shown = notMet.slice(0, MAX_LISTED).map((i) => ({ row: t('cli.indicatorRow', { row: String(i.row) }), status: t(`cli.status.${i.status}`), i }));
    const rowWidth = widest(shown, (l) => l.row);
    const statusWidth = widest(shown, (l) => l.status);
    for (const { row, status, i } of shown) {
      const development = i.development ? ` (${t('cli.development', { development: { message: { key: `cli.development.${i.development}` } } })})` : '';
      lines.push(`${inner}${INDENT}${row.padEnd(rowWidth)}  ${status.padEnd(statusWidth)}  ${shorten(i.indicator)}: ${i.reason}${development}`);
    }
    more(lines, notMet.length - shown.length, inner + INDENT, t);
  } else if (findings.length === 0) {
    lines.push(`${inner}${t('cli.noFindings')}`);
  }
  if (table.kind === 'production') {
    const { subtotals, columnSums, changes, shares } = table.checks;
    const counts = {
      subtotals: plural(locale, 'subtotals', subtotals),
      changes: plural(locale, 'changes', changes),
      shares: plural(locale, 'shares', shares),
    };
    // Sums across columns are named only where a table has them: most have none.
    lines.push(
      `${inner}${
        columnSums
          ? t('cli.productionChecksColumnSums', { ...counts, columnSums: plural(locale, 'columnSums', columnSums) })
          : t('cli.productionChecks', counts)
      }`,
    );
  }
}

/** "… och 129 800 till (alla finns i --json)" when `rest` findings were not listed. */
function more(lines: string[], rest: number, indent: string, t: (key: MessageKey, params?: Message['params']) => string): void {
  if (rest > 0) lines.push(`${indent}${t('cli.moreFindings', { count: rest })}`);
}

interface FindingLine {
  where: string;
  severity: string;
  code: string;
  message: string;
}

/** The length of the longest text `pick` gives (0 for none), in a loop: the list may be long. */
function widest<T>(items: readonly T[], pick: (item: T) => string): number {
  let width = 0;
  for (const item of items) width = Math.max(width, pick(item).length);
  return width;
}

/** Appends findings one per line, the address, severity and code columns padded so the messages line up. */
function alignFindings(lines: string[], findings: readonly FindingLine[], indent: string): void {
  const w = { where: widest(findings, (f) => f.where), severity: widest(findings, (f) => f.severity), code: widest(findings, (f) => f.code) };
  for (const f of findings) {
    lines.push(`${indent}${f.where.padEnd(w.where)}  ${f.severity.padEnd(w.severity)}  ${f.code.padEnd(w.code)}  ${f.message}`.trimEnd());
  }
}

/** A sheet name as Excel writes it in a reference (the core's rule). */
export const sheetRef = quoteSheetName;

function shorten(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > LONG_NAME ? `${oneLine.slice(0, LONG_NAME - 1).trimEnd()}…` : oneLine;
}

function countParams(summary: { errors: number; warnings: number; missed: number }, locale: Locale): { errors: string; warnings: string; missed: string } {
  return {
    errors: plural(locale, 'errors', summary.errors),
    warnings: plural(locale, 'warnings', summary.warnings),
    missed: plural(locale, 'missed', summary.missed),
  };
}

/** What the report counts: cli.count.<what>.one/.other in the catalogue. */
type CountedThing = PluralBase extends infer B ? (B extends `cli.count.${infer W}` ? W : never) : never;

/** `{count} …` in the singular for exactly 1 and the plural otherwise, from the catalogue's cli.count.<what>.one/.other. */
function plural(locale: Locale, what: CountedThing, count: number): string {
  return formatMessage(locale, { key: pluralKey(`cli.count.${what}`, count), params: { count } });
}
