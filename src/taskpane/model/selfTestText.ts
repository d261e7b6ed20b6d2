/**
 * The self-test's result as text in the reader's language: the lines the pane shows, and the same lines as the
 * text a controller copies into a support message.
 */
import type { Locale } from '../../core';
import { formatMessage, t } from '../../i18n/format';
import type { SelfTestReport } from './selfTestReport';

/** Målkoll's version, put in at build time (webpack's DefinePlugin); "dev" in tests. */
export const MALKOLL_VERSION: string = process.env.MALKOLL_VERSION || 'dev';

/** The environment's lines: versions and platform, the notation Excel writes formulas in, the requirement sets. */
export function environmentLines(locale: Locale, report: SelfTestReport, version = MALKOLL_VERSION): string[] {
  const e = report.environment;
  const unknown = t(locale, 'pane.selftest.unknown');
  const supported = Object.entries(e.sets)
    .map(([set, ok]) => `${set} ${ok ? '✓' : '✗'}`)
    .join(', ');
  return [
    t(locale, 'pane.selftest.environment', { version, excel: e.version, platform: e.platform, language: e.displayLanguage }),
    t(locale, 'pane.selftest.notation', { list: e.listSeparator ?? unknown, decimal: e.decimalSeparator ?? unknown }),
    t(locale, 'pane.selftest.sets', { sets: supported }),
  ];
}

/** One line per step: ✓ or ✗, what it tried, and what Excel showed or why it failed. */
export function stepLines(locale: Locale, report: SelfTestReport): string[] {
  return report.steps.map((s) => {
    const what = t(locale, `pane.selftest.step.${s.step}`);
    const detail = s.detail ? ` — ${formatMessage(locale, s.detail)}` : '';
    return `${s.ok ? '✓' : '✗'} ${what}${detail}`;
  });
}

/**
 * The whole result as a support message's text.
 *
 * @example
 * selfTestText('sv', report, new Date('2026-05-04T10:00:00'))
 * // → 'Självtest 2026-05-04 10:00\nMålkoll 0.1.0 · Excel 16.0.19127.20000 (PC) · visningsspråk sv-SE\n…\n✓ Skriva och läsa värden och talformat\n…'
 */
export function selfTestText(locale: Locale, report: SelfTestReport, at: Date, version = MALKOLL_VERSION): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const when = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())} ${pad(at.getHours())}:${pad(at.getMinutes())}`;
  const failed = report.steps.filter((s) => !s.ok).length;
  const summary = failed === 0 ? t(locale, 'pane.selftest.allOk') : t(locale, 'pane.selftest.someFailed', { failed, total: report.steps.length });
  return [`${t(locale, 'pane.selftest.heading')} ${when}`, ...environmentLines(locale, report, version), summary, ...stepLines(locale, report)].join('\n');
}
