/** The checked files as the stable JSON of `--json`; the readable report is rendered from the same data. */
import type { CellValue, Locale, Message } from '../core';
import { describeIndicatorColumns, type CheckedTable, type CheckOptions, type SheetCheck } from '../core/tables';
import type { Finding } from '../core';
import type { WorkbookCheck } from '../core/workbook';
import { formatMessage } from '../i18n/format';
import { readFailureMessage } from '../xlsx/readFailureMessage';
import type { FileResult } from './checkFile';
import type { JsonFile, JsonReport, JsonTable } from './reportSchema';
import { toJsonStamp } from './stampJson';

/**
 * Builds the report of `malkoll check --json`, every message rendered in `locale`.
 *
 * @example
 * toJsonReport([await checkFile('a.xlsx')], 'sv');
 * // → { files: [{ file: 'a.xlsx', tables: [{ sheet: 'Volymer 2025', range: 'A1:D61', kind: 'volumes', findings: [] }],
 * //               findings: [], summary: { errors: 0, warnings: 0, missed: 0 } }],
 * //     summary: { errors: 0, warnings: 0, missed: 0, unreadable: 0 } }
 */
export function toJsonReport(results: readonly FileResult[], locale: Locale, options?: CheckOptions): JsonReport {
  return reportOf(
    results.map((r) => toJsonFile(r, locale)),
    options,
  );
}

/**
 * The report of files already rendered (each by toJsonFile, as a file's check ends): the settings the
 * indicators were judged with, when given, the files and the sums over them.
 *
 * @example
 * reportOf([toJsonFile(await checkFile('a.xlsx'), 'sv')]).summary // → { errors: 0, warnings: 0, missed: 0, unreadable: 0 }
 */
export function reportOf(files: readonly JsonFile[], options?: CheckOptions): JsonReport {
  const sum = (pick: (f: JsonFile) => number): number => files.reduce((n, f) => n + pick(f), 0);
  return {
    ...(options?.tolerance !== undefined || options?.band !== undefined ? { settings: { ...options } } : {}),
    files: [...files],
    summary: {
      errors: sum((f) => f.summary.errors),
      warnings: sum((f) => f.summary.warnings),
      missed: sum((f) => f.summary.missed),
      unreadable: files.filter((f) => f.error).length,
    },
  };
}

/** The command line's exit statuses, each with one meaning (README and `malkoll --help` list them). */
export const EXIT = { ok: 0, errors: 1, unreadable: 2, usage: 3, unexpected: 4 } as const;

/**
 * The exit status of a run: 2 when any file could not be read (it wins), 1 when errors were found, else 0.
 *
 * @example
 * exitCode({ files: [], summary: { errors: 3, warnings: 0, missed: 0, unreadable: 1 } }) // → 2
 */
export function exitCode(report: JsonReport): 0 | 1 | 2 {
  if (report.summary.unreadable > 0) return EXIT.unreadable;
  return report.summary.errors > 0 ? EXIT.errors : EXIT.ok;
}

/** One file's part of the report. */
export function toJsonFile(result: FileResult, locale: Locale): JsonFile {
  const render = (m: Message): string => formatMessage(locale, m);
  if (!result.ok) {
    const message = formatMessage(locale, readFailureMessage(result.file, result.code, result.detail));
    return {
      file: result.file,
      tables: [],
      findings: [],
      summary: { errors: 0, warnings: 0, missed: 0 },
      error: { code: result.code, message },
    };
  }
  const { check } = result;
  const causes = causeCells(check);
  return {
    file: result.file,
    tables: check.sheets.flatMap((sheet) => sheet.tables.map((t) => toJsonTable(t, sheet, render, causes))),
    // The JSON's `findings` are the file's findings outside its tables (docs/cli.md): a published name, kept.
    findings: check.findingsOutsideTables.map((f) => ({
      ...(f.sheet !== undefined ? { sheet: f.sheet } : {}),
      ...(f.cell !== undefined ? { cell: f.cell } : {}),
      ...(f.row !== undefined ? { row: f.row } : {}),
      severity: f.severity,
      code: f.code,
      message: render(f.message),
    })),
    summary: { errors: check.summary.errors, warnings: check.summary.warnings, missed: check.summary.missed },
    ...(result.stamp ? { stamp: toJsonStamp(result.stamp, locale) } : {}),
  };
}

/** For each finding that another cell's fix clears (see core/workbook's problems), that cell. */
function causeCells(check: WorkbookCheck): Map<Finding, string> {
  const causes = new Map<Finding, string>();
  for (const p of check.problems ?? []) {
    for (const e of p.findings.slice(1)) causes.set(e.finding, p.findings[0].finding.cell);
  }
  return causes;
}

function toJsonTable(table: CheckedTable, sheet: SheetCheck, render: (m: Message) => string, causes: Map<Finding, string>): JsonTable {
  // Keys in the documented order (docs/cli.md): sheet, range, kind, findings, indicators.
  const sheetName = table.sheet ?? sheet.sheet ?? '';
  const findings = table.findings.map((f) => ({
    cell: f.cell,
    row: f.row,
    severity: f.severity,
    code: f.code,
    message: render(f.message),
    ...(causes.has(f) ? { causedBy: causes.get(f) } : {}),
  }));
  if (table.kind === 'volumes') return { sheet: sheetName, range: table.range, kind: 'volumes', findings };
  if (table.kind === 'production') {
    const checks = {
      subtotals: table.subtotals.length,
      ...(table.columnSums.length > 0 ? { columnSums: table.columnSums.length } : {}),
      changes: table.derived.filter((d) => d.kind === 'change').length,
      shares: table.derived.filter((d) => d.kind === 'share').length,
    };
    return { sheet: sheetName, range: table.range, kind: 'production', findings, checks };
  }
  const columns = describeIndicatorColumns(table.columns);
  return {
    sheet: sheetName,
    range: table.range,
    kind: 'indicators',
    findings,
    indicators: table.indicators.map((i) => ({
      row: i.row,
      indicator: i.indicator,
      target: i.target,
      outcome: jsonCellValue(i.outcome),
      status: i.status,
      reason: render(i.reason),
      ...(i.development !== undefined ? { development: i.development } : {}),
      ...(i.developmentByGroup ? { developmentByGroup: i.developmentByGroup } : {}),
    })),
    ...(columns ? { columns: render(columns) } : {}),
  };
}

/** JSON has no NaN or Infinity; the engine never produces them, but a number that is not finite must not print as null silently. */
function jsonCellValue(value: CellValue): CellValue {
  if (typeof value === 'number' && !Number.isFinite(value)) return { error: '#NUM!' };
  return value === undefined ? null : value;
}
