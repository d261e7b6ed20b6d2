/** The command line's arguments, parsed without a library: one command, a few options. */
import type { Locale, Message } from '../core';
import { parseNumberText } from '../core/numbers';
import { readFraction } from '../core/targets';
import type { CheckOptions } from '../core/tables';
import { commandOf, parseSettleArgs, type SettleParse } from './settleArgs';

export type ParsedArgs =
  | { command: 'check'; files: string[]; json: boolean; lang?: Locale; options?: CheckOptions; requireStamp?: true }
  /** `malkoll stamp FILE… --out DIR`: stamped copies of the files that check without errors (src/cli/stampCommand.ts). */
  | { command: 'stamp'; files: string[]; out: string; lang?: Locale; options?: CheckOptions }
  | { command: 'help'; lang?: Locale }
  | { command: 'version' }
  /** Wrong use: the message says what, and the usage follows. `lang` is kept when it was given right. */
  | { command: 'usage-error'; message?: Message; lang?: Locale }
  /** `malkoll settle …`: its own arguments (settleArgs.ts). */
  | SettleParse;

/**
 * Parses `malkoll`'s arguments (without `node` and the script).
 *
 * @example
 * parseArgs(['check', 'a.xlsx', 'b.xlsx', '--json']);
 * // → { command: 'check', files: ['a.xlsx', 'b.xlsx'], json: true }
 * parseArgs([]);            // → { command: 'usage-error' }  (usage, exit status 2)
 * parseArgs(['--help']);    // → { command: 'help' }         (usage, exit status 0)
 */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  if (commandOf(argv) === 'settle') return parseSettleArgs(argv);
  const positional: string[] = [];
  let json = false;
  let help = false;
  let version = false;
  let lang: Locale | undefined;
  let problem: Message | undefined;
  let optionsEnded = false;
  const options: CheckOptions = {};
  let requireStamp = false;
  let out: string | undefined;

  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (optionsEnded || !arg.startsWith('-') || arg === '-') {
      positional.push(arg);
      continue;
    }
    if (arg === '--') {
      optionsEnded = true;
    } else if (arg === '--json') {
      json = true;
    } else if (arg === '--require-stamp') {
      requireStamp = true;
    } else if (arg === '--out' || arg.startsWith('--out=')) {
      out = arg === '--out' ? argv[(i += 1)] : arg.slice('--out='.length);
      if (!out) problem ??= { key: 'stamp.cli.noOut' };
    } else if (arg === '--help' || arg === '-h') {
      help = true;
    } else if (arg === '--version' || arg === '-v') {
      version = true;
    } else if (arg === '--lang' || arg.startsWith('--lang=')) {
      const value = arg === '--lang' ? argv[(i += 1)] : arg.slice('--lang='.length);
      const normalized = value?.trim().toLowerCase();
      if (normalized === 'sv' || normalized === 'en') lang = normalized;
      else problem ??= { key: 'cli.args.badLang', params: { value: value ?? '' } };
    } else if (/^--(tolerance|band)(=|$)/.test(arg)) {
      const name = arg.startsWith('--tolerance') ? 'tolerance' : 'band';
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[(i += 1)];
      const fraction = fractionArg(value);
      if (fraction === null) problem ??= { key: 'cli.args.badFraction', params: { option: `--${name}`, value: value ?? '' } };
      else options[name] = fraction;
    } else {
      problem ??= { key: 'cli.args.unknownOption', params: { option: arg } };
    }
  }

  if (help) return lang ? { command: 'help', lang } : { command: 'help' };
  if (version) return { command: 'version' };
  const withLang = <T extends object>(value: T): T & { lang?: Locale } => (lang ? { ...value, lang } : value);
  if (problem) return withLang({ command: 'usage-error' as const, message: problem });
  const [command, ...files] = positional;
  if (command === undefined) return withLang({ command: 'usage-error' as const });
  if (command === 'help') return withLang({ command: 'help' as const });
  const given = Object.keys(options).length > 0 ? { options } : {};
  if (command === 'stamp') return withLang(stampArgs(files, out, requireStamp ? '--require-stamp' : json ? '--json' : null, given));
  if (out !== undefined) return withLang({ command: 'usage-error' as const, message: { key: 'cli.args.unknownOption', params: { option: '--out' } } });
  if (command !== 'check') {
    const hint = /\.xlsx?$/i.test(command) ? 'cli.args.checkMissing' : 'cli.args.unknownCommand';
    return withLang({ command: 'usage-error' as const, message: { key: hint, params: { command } } });
  }
  if (files.length === 0) return withLang({ command: 'usage-error' as const, message: { key: 'cli.args.noFiles' } });
  return withLang({ command: 'check' as const, files, json, ...given, ...(requireStamp ? { requireStamp: true as const } : {}) });
}

/** `stamp`'s own rules: files, and the folder for their copies. */
function stampArgs(files: string[], out: string | undefined, checkOnly: string | null, given: { options?: CheckOptions }): ParsedArgs {
  // `check`'s own options mean nothing here; taking them silently would let a script think it got JSON.
  if (checkOnly) return { command: 'usage-error', message: { key: 'cli.args.unknownOption', params: { option: checkOnly } } };
  if (files.length === 0) return { command: 'usage-error', message: { key: 'cli.args.noFiles' } };
  if (out === undefined) return { command: 'usage-error', message: { key: 'stamp.cli.noOut' } };
  return { command: 'stamp', files, out, ...given };
}

/**
 * `--tolerance 10%`, `--tolerance 0,1`, `--tolerance 10`: a fraction from 0 to 1; a figure above 1 without
 * a percent sign is read as percent (10 is 10 %). Null for anything else.
 */
function fractionArg(value: string | undefined): number | null {
  const parsed = value === undefined ? null : parseNumberText(value);
  if (!parsed) return null;
  const fraction = !parsed.percent && parsed.value > 1 ? parsed.value / 100 : parsed.value;
  const read = readFraction(fraction, 'arg.tolerance');
  return read.ok && read.value !== undefined ? read.value : null;
}
