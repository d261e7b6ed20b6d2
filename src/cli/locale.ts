import type { Locale } from '../core';

/**
 * The report's language when `--lang` is not given: the POSIX locale variables in their order of
 * precedence (LC_ALL, LC_MESSAGES, LANG; the first one set decides, so LC_ALL=C means English), and
 * without any of them (Windows) the system locale as Node reports it. Swedish for `sv*`, else English.
 *
 * @example
 * detectLocale({ LANG: 'sv_SE.UTF-8' }, 'en-US');          // → 'sv'
 * detectLocale({ LC_ALL: 'C', LANG: 'sv_SE.UTF-8' }, 'sv'); // → 'en'
 * detectLocale({}, 'sv-SE');                                // → 'sv'
 */
export function detectLocale(env: NodeJS.ProcessEnv, systemLocale: string | undefined): Locale {
  const fromEnv = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => typeof v === 'string' && v.trim() !== '');
  const tag = fromEnv ?? systemLocale ?? '';
  return /^sv(?:[_.@-]|$)/i.test(tag.trim()) ? 'sv' : 'en';
}

/** The system locale as Node's Intl reports it, or undefined when Intl cannot say. */
export function systemLocale(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().locale;
  } catch {
    return undefined;
  }
}
