/**
 * The readable report of `malkoll settle`: the rules it settled by (month, rule, formulas, price mapping),
 * then per hospital its status, its figures and what to follow up, the region's totals, the files that
 * named no hospital, and a closing count. Rendered from the JSON, so both say the same.
 */
import type { Locale, Message, MessageKey } from '../core';
import { quoteSheetName } from '../core';
import { formatMessage } from '../i18n/format';
import { pluralKey } from '../i18n/plural';
import type { SettleFindingJson, SettleReport, SettleTotalsJson } from './settleSchema';
import { terminalText } from './terminalText';

const INDENT = '  ';

/**
 * @example
 * renderSettleLines(settleReport(settlement, [], 'sv'), 'sv')[0] // → 'Avräkning t.o.m. augusti, proportionell regel (månaden ur utfallets rubrik)'
 */
export function renderSettleLines(report: SettleReport, locale: Locale): string[] {
  const t = (key: string, params?: Message['params']): string =>
    formatMessage(locale, params ? { key: key as MessageKey, params } : { key: key as MessageKey });
  const m = report.month;
  const month = { message: { key: `settle.month.${m}` as MessageKey } };
  const rule = { message: { key: `settle.rule.${report.rule}` as MessageKey } };
  const lines: string[] = [
    `${t('settle.title', { month, rule })} (${t(`settle.report.monthFrom.${report.monthFrom}`)})`,
    `${INDENT}${t('settle.report.assignment', { file: report.assignment, hospitals: report.hospitals.map((h) => h.hospital).join(', ') })}`,
  ];
  if (report.previous) {
    const when = report.previous.month !== undefined ? t(`settle.month.${report.previous.month}`) : '?';
    lines.push(`${INDENT}${t('settle.report.previous', { file: report.previous.file ?? '', month: when })}`);
  }
  lines.push(
    `${INDENT}${t('settle.formula.plan', { m })}`,
    `${INDENT}${t(`settle.formula.${report.rule}`, { m })}`,
    `${INDENT}${t('settle.formula.reimbursement')}`,
    `${INDENT}${t('settle.formula.assigned')}`,
    `${INDENT}${t('settle.report.mapping', { mapping: mappingText(report, t) })}`,
    `${INDENT}${report.prices.table ? t('settle.report.priceTable', { file: report.prices.table }) : t('settle.rules.builtInPrices')}`,
  );
  for (const f of report.findings) lines.push(findingLine(f, INDENT, t));

  for (const h of report.hospitals) {
    const file = h.file ?? h.files?.join(', ') ?? '';
    lines.push('', [h.hospital, t(`settle.status.${h.status}`), file].filter((s) => s !== '').join('  '));
    if (h.status === 'settled' || h.status === 'preliminary') lines.push(`${INDENT}${totalsText(h.totals, t)}`);
    for (const f of h.findings) lines.push(findingLine(f, INDENT, t));
    if (h.check && h.check.findings.length > 0) {
      lines.push(
        `${INDENT}${t('settle.report.ownCheck', { errors: plural(locale, 'cli.count.errors', h.check.summary.errors), warnings: plural(locale, 'cli.count.warnings', h.check.summary.warnings) })}`,
      );
      for (const f of h.check.findings) lines.push(findingLine({ ...f, file: undefined }, INDENT + INDENT, t));
    }
  }
  lines.push('', `${t('settle.region')}: ${totalsText(report.region, t)}`);
  for (const f of report.files) {
    lines.push('', f.file);
    if (f.error) lines.push(`${INDENT}${t('cli.severity.error')}: ${f.error.message}`);
    for (const x of f.findings) lines.push(findingLine({ ...x, file: undefined }, INDENT, t));
  }
  const s = report.summary;
  lines.push(
    '',
    t(s.unreadable > 0 ? 'settle.report.summaryUnreadable' : 'settle.report.summary', {
      hospitals: plural(locale, 'settle.count.hospitals', s.hospitals),
      settled: plural(locale, 'settle.count.settled', s.settled),
      preliminary: plural(locale, 'settle.count.preliminary', s.preliminary),
      missing: s.missing,
      duplicate: plural(locale, 'settle.count.duplicate', s.duplicate),
      errors: plural(locale, 'cli.count.errors', s.errors),
      warnings: plural(locale, 'cli.count.warnings', s.warnings),
      unreadable: plural(locale, 'cli.count.unreadable', s.unreadable),
    }),
  );
  if (s.preliminary > 0) lines.push(t('settle.formula.preliminary'));
  // Sheet, file and cell texts reach the terminal here: nothing in them may act on it.
  return lines.map(terminalText);
}

function totalsText(totals: SettleTotalsJson, t: (key: string, params?: Message['params']) => string): string {
  return t('settle.report.totals', {
    plan: totals.planToDate,
    performed: totals.performed,
    fulfilment: totals.fulfilment === null ? '–' : { percent: Math.round(totals.fulfilment * 1000) / 1000 },
    reimbursement: totals.reimbursement,
    before: totals.settledBefore,
    toSettle: totals.toSettle,
  });
}

function findingLine(f: Omit<SettleFindingJson, 'file' | 'code'> & { code: string; file?: string }, indent: string, t: (key: string) => string): string {
  const where = [f.file, f.sheet !== undefined ? (f.cell !== undefined ? `${quoteSheetName(f.sheet)}!${f.cell}` : quoteSheetName(f.sheet)) : undefined]
    .filter((x) => x !== undefined)
    .join(' ');
  return `${indent}${[where, t(`cli.severity.${f.severity}`), f.code, f.message].filter((x) => x !== '').join('  ')}`;
}

function mappingText(report: SettleReport, t: (key: string) => string): string {
  return report.prices.mapping.map((r) => `${r.group} → ${t(r.kind === 'by-row-name' ? 'settle.kind.byRowName' : `settle.kind.${r.kind}`)}`).join('; ');
}

function plural(locale: Locale, base: string, count: number): string {
  return formatMessage(locale, { key: pluralKey(base as never, count), params: { count } });
}
