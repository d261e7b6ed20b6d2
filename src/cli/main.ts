/**
 * `malkoll check FILE.xlsx … [--json] [--lang sv|en] [--tolerance 10%] [--band 2%]`: reads each workbook, runs the table engine on
 * every sheet and prints a readable report (or the stable JSON). Exit status 0 no errors, 1 errors found,
 * 2 a file could not be read or the command was used wrongly. Never a stack trace: every file is checked
 * on its own, and anything unexpected becomes a message.
 */
import type { Locale } from '../core';
import { formatMessage } from '../i18n/format';
import { parseArgs } from './args';
import { checkFile, type FileResult } from './checkFile';
import { expandWildcards } from './expandWildcards';
import { exitCode, toJsonFile, toJsonReport } from './jsonReport';
import { detectLocale, systemLocale } from './locale';
import { renderFileText, renderTotalText } from './textReport';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  systemLocale?: string;
  version?: string;
}

/**
 * Runs the command line with `argv` (the arguments after the program's name) and returns the exit status.
 *
 * @example
 * await main(['check', 'samples/malkoll-exempel.xlsx', '--lang', 'en'], processIo()); // prints the report → 0
 * await main([], processIo());                                                       // prints the usage → 2
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const fallback = detectLocale(io.env, io.systemLocale);
  let locale: Locale = fallback;
  try {
    const args = parseArgs(argv);
    if (args.command !== 'version') locale = args.lang ?? fallback;
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
      const problem = args.message ? `${formatMessage(locale, args.message)}\n\n` : '';
      io.stderr(`${problem}${usage}\n`);
      return 2;
    }

    const files = expandWildcards(args.files);
    const results: FileResult[] = [];
    for (const [index, file] of files.entries()) {
      const result = await checkFile(file, args.options);
      results.push(result);
      // The readable report streams file by file, so a long run shows progress; JSON comes whole at the end.
      if (!args.json) io.stdout(`${index > 0 ? '\n' : ''}${renderFileText(toJsonFile(result, locale), locale, args.options)}`);
    }
    const report = toJsonReport(results, locale, args.options);
    if (args.json) io.stdout(`${JSON.stringify(report, null, 2)}\n`);
    else io.stdout(`\n${renderTotalText(report, locale)}`);
    return exitCode(report);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    io.stderr(`${formatMessage(locale, { key: 'cli.unexpected', params: { detail } })}\n`);
    return 2;
  }
}

/** The real process's streams and environment. */
export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    systemLocale: systemLocale(),
    version: packageVersion(),
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
      process.exitCode = 2;
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
