/**
 * `malkoll check FILE.xlsx … [--json] [--lang sv|en] [--tolerance 10%] [--band 2%] [--require-stamp]`: reads each workbook,
 * runs the table engine on every sheet and prints a readable report (or the stable JSON). Exit status (EXIT): 0 no errors, 1 errors
 * found, 2 a file could not be read, 3 the command was used wrongly, 4 something unexpected went wrong.
 * Never a stack trace: every file is checked on its own, and anything unexpected becomes a message. What
 * could not be read is said on stderr; stdout carries the report only. `malkoll stamp FILE… --out DIR` writes
 * stamped copies (./stampCommand).
 */
import type { Locale } from '../core';
import type { CheckOptions } from '../core/tables';
import { formatMessage } from '../i18n/format';
import { parseArgs } from './args';
import { expandWildcards } from './expandWildcards';
import { defaultChecker, inProcessChecker, type FileChecker } from './fileChecker';
import { EXIT, exitCode, reportOf, toJsonFile } from './jsonReport';
import type { JsonFile } from './reportSchema';
import { detectLocale, systemLocale } from './locale';
import { terminalText } from './terminalText';
import { withRequiredStamp } from './requireStamp';
import { runStamp } from './stampCommand';
import { renderFileLines, renderTotalText } from './textReport';
import { settleMain } from './settleCommand';
import { writeJson } from './writeJson';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  systemLocale?: string;
  version?: string;
  /** How each file is checked; in this process unless given (the real command isolates each file). */
  checker?: () => FileChecker;
}

/**
 * Runs the command line with `argv` (the arguments after the program's name) and returns the exit status.
 *
 * @example
 * await main(['check', 'samples/malkoll-exempel.xlsx', '--lang', 'en'], processIo()); // prints the report → 0
 * await main([], processIo());                                                       // prints the usage → 3
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const fallback = detectLocale(io.env, io.systemLocale);
  let locale: Locale = fallback;
  try {
    const args = parseArgs(argv);
    if (args.command !== 'version') locale = args.lang ?? fallback;
    if (args.command === 'settle' || args.command === 'settle-help' || args.command === 'settle-usage-error') return await settleMain(args, io, locale);
    const usage = formatMessage(locale, { key: 'cli.usage' });
    if (args.command === 'help') {
      io.stdout(`${usage}\n`);
      return 0;
    }
    if (args.command === 'version') {
      io.stdout(`${io.version ?? 'malkoll'}\n`);
      return 0;
    }
    if (args.command === 'usage-error') {
      // The message may quote what was typed, escape characters included.
      const problem = args.message ? `${terminalText(formatMessage(locale, args.message))}\n\n` : '';
      io.stderr(`${problem}${usage}\n`);
      return EXIT.usage;
    }

    if (args.command === 'stamp') {
      const version = (io.version ?? '').replace(/^malkoll\s*/, '') || 'unknown';
      return await runStamp({ files: args.files, out: args.out, options: args.options, version }, locale, io);
    }

    const files = expandWildcards(args.files);
    const results: JsonFile[] = [];
    const checker = (io.checker ?? inProcessChecker)();
    try {
      for (const [index, file] of files.entries()) {
        const checked = await checker.check(file, locale, args.options);
        let result = args.requireStamp ? withRequiredStamp(checked, locale) : checked;
        if (!result.error && !args.json) {
          // The readable report streams file by file, so a long run shows progress; JSON comes whole at the end.
          // A file whose report cannot be rendered is that file's failure: the batch goes on.
          const lines = renderedLines(result, locale, args.options);
          if (lines) {
            writeLines(lines, index > 0, io.stdout);
            // Printed: only its counts are needed for the total, not its findings.
            result = { ...result, tables: [], findings: [] };
          } else result = unexpectedFailure(file, locale);
        }
        // A file that could not be read is an error of the run, said on stderr (JSON still lists it, for scripts).
        if (result.error) io.stderr(`malkoll: ${terminalText(result.error.message)}\n`);
        results.push(result);
      }
    } finally {
      await checker.close();
    }
    const report = reportOf(results, args.options);
    if (args.json) {
      // In pieces: a report of a million findings is never one string.
      writeJson(report, io.stdout);
      io.stdout('\n');
    } else io.stdout(`\n${renderTotalText(report, locale)}`);
    return exitCode(report);
  } catch {
    // A library's own words are no message for the user; this is a fault of ours to report.
    io.stderr(`${formatMessage(locale, { key: 'cli.unexpected' })}\n`);
    return EXIT.unexpected;
  }
}

/** A file's readable report, or null when rendering it failed (never a stack trace, never the whole run). */
function renderedLines(file: JsonFile, locale: Locale, options: CheckOptions | undefined): string[] | null {
  try {
    return renderFileLines(file, locale, options);
  } catch {
    return null;
  }
}

/** A file whose check or report went wrong in Målkoll itself: that file's error, said in words. */
function unexpectedFailure(file: string, locale: Locale): JsonFile {
  return toJsonFile({ file, ok: false, code: 'unexpected' }, locale);
}

/** A file's lines, a blank line before all but the first file, written a thousand lines at a time. */
function writeLines(lines: readonly string[], after: boolean, write: (text: string) => void): void {
  if (after) write('\n');
  for (let i = 0; i < lines.length; i += 1000) write(`${lines.slice(i, i + 1000).join('\n')}\n`);
}

/** The real process's streams and environment. */
export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    systemLocale: systemLocale(),
    version: packageVersion(),
    checker: defaultChecker,
  };
}

/** Entry point of bin/malkoll.js: runs with the process's arguments and sets its exit status. */
export function runFromCommandLine(): void {
  // `malkoll check … | head` closes the pipe early; that is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  main(process.argv.slice(2), processIo()).then(
    (status) => {
      process.exitCode = status;
    },
    () => {
      process.exitCode = 4;
    },
  );
}

function packageVersion(): string | undefined {
  try {
    // build/cli/main.js → ../../package.json
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const pkg = require('../../package.json') as { name?: string; version?: string };
    return `${pkg.name ?? 'malkoll'} ${pkg.version ?? ''}`.trim();
  } catch {
    return undefined;
  }
}
