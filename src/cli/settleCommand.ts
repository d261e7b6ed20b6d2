/**
 * `malkoll settle`: reads the assignment and every submission (one at a time, from disk), settles the round
 * with the core, prints the readable report or the stable JSON, and with `--out` writes the settlement
 * workbook. Exit status as `check`: 0 clean, 1 errors found, 2 a file could not be read (or `--out` not
 * written), 3 used wrongly (the month neither given nor named alike by the outcome headings included).
 */
import { writeFile } from 'fs/promises';
import path from 'path';
import type { Locale } from '../core';
import { settlementPlan } from '../core/settlement';
import { formatMessage } from '../i18n/format';
import { readFailureMessage, type ReadFailureCode } from '../xlsx/readFailureMessage';
import { runRound, type Reading, type RoundSource } from '../settle/runRound';
import { writeSettlementXlsx } from '../settle/writeSettlementXlsx';
import { expandWildcards } from './expandWildcards';
import { EXIT } from './jsonReport';
import type { CliIo } from './main';
import { readWorkbookFile } from './readWorkbookFile';
import type { SettleArgs, SettleParse } from './settleArgs';
import { settleReport } from './settleJson';
import { renderSettleLines } from './settleText';
import { terminalText } from './terminalText';
import { writeJson } from './writeJson';

/** A file on disk as the round reads it, when its turn comes. */
function diskSource(file: string): RoundSource {
  return {
    file,
    read: async (): Promise<Reading> => {
      const read = await readWorkbookFile(file);
      if (read.ok) return { ok: true, grids: read.grids, notes: read.notes };
      return { ok: false, code: read.code, message: readFailureMessage(file, read.code as ReadFailureCode, read.detail) };
    },
  };
}

/**
 * `malkoll settle …` as parsed: its usage (asked for, or after a wrong use), or the round settled.
 *
 * @example
 * await settleMain(parseSettleArgs(['settle', '--help']), io, 'en') // prints the usage → 0
 */
export async function settleMain(args: SettleParse, io: CliIo, locale: Locale): Promise<number> {
  const usage = formatMessage(locale, { key: 'settle.usage' });
  if (args.command === 'settle-help') {
    io.stdout(`${usage}\n`);
    return EXIT.ok;
  }
  if (args.command === 'settle-usage-error') {
    const problem = args.message ? `${terminalText(formatMessage(locale, args.message))}\n\n` : '';
    io.stderr(`${problem}${usage}\n`);
    return EXIT.usage;
  }
  return runSettle(args, io, locale);
}

/**
 * Runs `malkoll settle` and returns its exit status.
 *
 * @example
 * await runSettle(parseSettleArgs(['settle', '--assignment', 'uppdrag.xlsx', 'sv.xlsx']), io, 'sv') // → 0
 */
export async function runSettle(args: SettleArgs, io: CliIo, locale: Locale): Promise<number> {
  const say = (text: string) => io.stderr(`malkoll: ${terminalText(text)}\n`);
  const submissions = expandWildcards(args.submissions);
  const inputs = new Set([args.assignment, ...submissions, args.previous, args.prices].filter((f): f is string => f !== undefined).map((f) => path.resolve(f)));
  if (args.out !== undefined && inputs.has(path.resolve(args.out))) {
    io.stderr(
      `${terminalText(formatMessage(locale, { key: 'settle.args.outIsInput', params: { file: args.out } }))}\n\n${formatMessage(locale, { key: 'settle.usage' })}\n`,
    );
    return EXIT.usage;
  }
  const run = await runRound({
    assignment: diskSource(args.assignment),
    submissions: submissions.map(diskSource),
    ...(args.previous !== undefined ? { previous: diskSource(args.previous) } : {}),
    ...(args.prices !== undefined ? { prices: diskSource(args.prices) } : {}),
    ...(args.month !== undefined ? { month: args.month } : {}),
    ...(args.annual ? { rule: 'annual' as const } : {}),
  });
  for (const u of run.unreadable) say(formatMessage(locale, u.message));
  if (!run.ok) {
    if (run.reason === 'unreadable') return EXIT.unreadable;
    const months = run.months.map((m) => formatMessage(locale, { key: `settle.month.${m}` as never })).join(', ');
    io.stderr(`${formatMessage(locale, { key: run.reason === 'no-month' ? 'settle.args.noMonth' : 'settle.args.monthsDiffer', params: { months } })}\n`);
    return EXIT.usage;
  }
  const report = settleReport(run.settlement, run.unreadable, locale);
  if (args.json) {
    writeJson(report, io.stdout);
    io.stdout('\n');
  } else {
    io.stdout(`${renderSettleLines(report, locale).join('\n')}\n`);
  }
  if (args.out !== undefined) {
    try {
      await writeFile(args.out, await writeSettlementXlsx(settlementPlan(run.settlement, io.version), locale));
      if (!args.json) io.stdout(`${terminalText(formatMessage(locale, { key: 'settle.report.written', params: { file: args.out } }))}\n`);
    } catch (error) {
      say(formatMessage(locale, { key: 'settle.outFailed', params: { file: args.out, detail: (error as NodeJS.ErrnoException)?.code ?? 'error' } }));
      return EXIT.unreadable;
    }
  }
  if (report.summary.unreadable > 0) return EXIT.unreadable;
  return report.summary.errors > 0 ? EXIT.errors : EXIT.ok;
}
