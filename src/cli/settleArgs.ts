/**
 * `malkoll settle --assignment UPPDRAG.xlsx [--month M] [--annual] [--previous EARLIER.xlsx] [--prices P.xlsx]
 * [--out AVRAKNING.xlsx] [--json] [--lang sv|en] SUBMISSION.xlsx…`: its arguments, parsed as `check`'s are.
 */
import type { Locale, Message } from '../core';

export interface SettleArgs {
  command: 'settle';
  assignment: string;
  submissions: string[];
  month?: number;
  annual: boolean;
  previous?: string;
  prices?: string;
  out?: string;
  json: boolean;
  lang?: Locale;
}

export type SettleParse = SettleArgs | { command: 'settle-help'; lang?: Locale } | { command: 'settle-usage-error'; message?: Message; lang?: Locale };

const VALUED = ['--assignment', '--month', '--previous', '--prices', '--out', '--lang'] as const;
type Valued = (typeof VALUED)[number];

/**
 * The command a command line names: its first word that is neither an option nor an option's value.
 *
 * @example
 * commandOf(['--lang', 'en', 'settle', '--assignment', 'u.xlsx']) // → 'settle'
 */
export function commandOf(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') return argv[i + 1];
    if ((VALUED as readonly string[]).includes(arg)) i += 1;
    else if (!arg.startsWith('-') || arg === '-') return arg;
  }
  return undefined;
}

/**
 * Parses `malkoll settle …` (the arguments without `node` and the script, the command among them).
 *
 * @example
 * parseSettleArgs(['settle', '--assignment', 'uppdrag.xlsx', 'sv.xlsx', '--month', '8'])
 * // → { command: 'settle', assignment: 'uppdrag.xlsx', submissions: ['sv.xlsx'], month: 8, annual: false, json: false }
 */
export function parseSettleArgs(argv: readonly string[]): SettleParse {
  const values: Partial<Record<Valued, string>> = {};
  const positional: string[] = [];
  let json = false;
  let annual = false;
  let help = false;
  let problem: Message | undefined;
  let ended = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (ended || !arg.startsWith('-') || arg === '-') {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (arg === '--') ended = true;
    else if (arg === '--json') json = true;
    else if (arg === '--annual') annual = true;
    else if (arg === '--help' || arg === '-h') help = true;
    else if ((VALUED as readonly string[]).includes(name)) {
      const value = inline ?? argv[(i += 1)];
      if (value === undefined || value === '') problem ??= { key: 'settle.args.needsValue', params: { option: name } };
      else values[name as Valued] = value;
    } else problem ??= { key: 'cli.args.unknownOption', params: { option: arg } };
  }
  let lang: Locale | undefined;
  if (values['--lang'] !== undefined) {
    const l = values['--lang'].trim().toLowerCase();
    if (l === 'sv' || l === 'en') lang = l;
    else problem ??= { key: 'cli.args.badLang', params: { value: values['--lang'] } };
  }
  const withLang = <T extends object>(v: T): T & { lang?: Locale } => (lang ? { ...v, lang } : v);
  if (help) return withLang({ command: 'settle-help' as const });
  let month: number | undefined;
  if (values['--month'] !== undefined) {
    month = Number(values['--month'].trim());
    if (!Number.isInteger(month) || month < 1 || month > 12) problem ??= { key: 'settle.args.badMonth', params: { value: values['--month'] } };
  }
  if (problem) return withLang({ command: 'settle-usage-error' as const, message: problem });
  const submissions = positional.slice(positional.indexOf('settle') + 1);
  if (values['--assignment'] === undefined) return withLang({ command: 'settle-usage-error' as const, message: { key: 'settle.args.noAssignment' } });
  if (submissions.length === 0) return withLang({ command: 'settle-usage-error' as const, message: { key: 'settle.args.noSubmissions' } });
  return withLang({
    command: 'settle' as const,
    assignment: values['--assignment'],
    submissions,
    ...(month !== undefined ? { month } : {}),
    annual,
    ...(values['--previous'] !== undefined ? { previous: values['--previous'] } : {}),
    ...(values['--prices'] !== undefined ? { prices: values['--prices'] } : {}),
    ...(values['--out'] !== undefined ? { out: values['--out'] } : {}),
    json,
  });
}
