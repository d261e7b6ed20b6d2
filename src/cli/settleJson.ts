/** A settlement as the stable JSON of `malkoll settle --json`; the readable report is rendered from the same data. */
import type { CellValue, Locale, Message } from '../core';
import { shown, type RoundFinding, type SettledHospital, type Settlement, type SettlementTotals } from '../core/settlement';
import { formatMessage } from '../i18n/format';
import type { Unreadable } from '../settle/runRound';
import type { SettleFindingJson, SettleHospitalJson, SettleReport, SettleTotalsJson } from './settleSchema';

/**
 * @example
 * settleReport(settlement, [], 'sv').hospitals[1].rows[0] // → { section: 'Psykiatri', group: 'Förstabetesök', specialty: 'BUP', …, reimbursement: 0 }
 */
export function settleReport(s: Settlement, unreadable: readonly Unreadable[], locale: Locale): SettleReport {
  const render = (m: Message): string => formatMessage(locale, m);
  const finding = (f: RoundFinding): SettleFindingJson => ({
    code: f.code,
    severity: f.severity,
    ...(f.file !== undefined ? { file: f.file } : {}),
    ...(f.sheet !== undefined ? { sheet: f.sheet } : {}),
    ...(f.cell !== undefined ? { cell: f.cell } : {}),
    ...(f.assigned !== undefined ? { assigned: f.assigned } : {}),
    ...(f.submitted !== undefined ? { submitted: jsonValue(f.submitted) } : {}),
    ...(f.section !== undefined ? { section: f.section } : {}),
    ...(f.group !== undefined ? { group: f.group } : {}),
    ...(f.specialty !== undefined ? { specialty: f.specialty } : {}),
    message: render(f.message),
  });
  const hospitals = s.hospitals.map((h) => hospitalJson(h, finding, render));
  const files = [
    ...s.files.map((f) => ({ file: f.file, findings: f.findings.map(finding) })),
    ...unreadable.filter((u) => u.role === 'submission').map((u) => ({ file: u.file, findings: [], error: { code: u.code, message: render(u.message) } })),
  ];
  const findings = s.findings.map(finding);
  const all = [...findings, ...files.flatMap((f) => f.findings), ...hospitals.flatMap((h) => h.findings)];
  const status = (st: SettledHospital['status']) => s.hospitals.filter((h) => h.status === st).length;
  return {
    month: s.month,
    monthFrom: s.monthFrom,
    rule: s.rule,
    assignment: s.assignmentFile,
    ...(s.previous
      ? {
          previous: {
            ...(s.previous.file !== undefined ? { file: s.previous.file } : {}),
            ...(s.previous.month !== undefined ? { month: s.previous.month } : {}),
            ...(s.previous.rule ? { rule: s.previous.rule } : {}),
          },
        }
      : {}),
    prices: {
      mapping: s.prices.mapping.map((r) => ({ group: r.group, kind: r.kind })),
      ...(s.prices.tableFile !== undefined ? { table: s.prices.tableFile } : {}),
    },
    hospitals,
    region: totalsJson(s.region),
    files,
    findings,
    summary: {
      hospitals: s.hospitals.length,
      settled: status('settled'),
      preliminary: status('preliminary'),
      missing: status('missing'),
      duplicate: status('duplicate'),
      errors: all.filter((f) => f.severity === 'error').length + hospitals.reduce((n, h) => n + (h.check?.summary.errors ?? 0), 0),
      warnings: all.filter((f) => f.severity === 'warning').length + hospitals.reduce((n, h) => n + (h.check?.summary.warnings ?? 0), 0),
      unreadable: files.filter((f) => 'error' in f).length,
    },
  };
}

function hospitalJson(h: SettledHospital, finding: (f: RoundFinding) => SettleFindingJson, render: (m: Message) => string): SettleHospitalJson {
  const findings = h.findings.map(finding);
  const errors = h.own.errors + findings.filter((f) => f.severity === 'error').length;
  return {
    hospital: h.hospital,
    names: h.names,
    ...(h.file !== undefined ? { file: h.file } : {}),
    ...(h.files ? { files: h.files } : {}),
    ...(h.sheet !== undefined ? { sheet: h.sheet } : {}),
    status: h.status,
    errors,
    warnings: h.own.warnings + findings.length - findings.filter((f) => f.severity === 'error').length,
    findings,
    ...(h.file !== undefined
      ? {
          check: {
            findings: h.own.findings.map((f) => ({
              ...(f.sheet !== undefined ? { sheet: f.sheet } : {}),
              ...(f.cell !== undefined ? { cell: f.cell } : {}),
              severity: f.severity,
              code: f.code,
              message: render(f.message),
            })),
            summary: { errors: h.own.errors, warnings: h.own.warnings },
          },
        }
      : {}),
    rows: h.rows.map((r) => ({
      section: r.section,
      group: r.group,
      specialty: r.specialty,
      uppdrag: r.uppdrag,
      bas: r.bas,
      tillagg: r.tillagg,
      performed: r.performed,
      planToDate: shown(r.planToDate, 2),
      fulfilment: r.fulfilment === null ? null : shown(r.fulfilment, 4),
      additional: shown(r.additional, 2),
      priceKind: r.priceKind,
      price: r.price,
      reimbursement: r.reimbursement,
      settledBefore: r.settledBefore,
      toSettle: r.toSettle,
      ...(r.performedCell !== undefined ? { cell: r.performedCell } : {}),
    })),
    totals: totalsJson(h.totals),
    indicators: h.indicators.map((i) => ({ indicator: i.indicator, target: i.target, outcome: jsonValue(i.outcome), status: i.status })),
  };
}

function totalsJson(t: SettlementTotals): SettleTotalsJson {
  return {
    planToDate: shown(t.planToDate, 2),
    performed: t.performed,
    fulfilment: t.fulfilment === null ? null : shown(t.fulfilment, 4),
    reimbursement: Math.round(t.reimbursement),
    settledBefore: Math.round(t.settledBefore),
    toSettle: Math.round(t.toSettle),
  };
}

/** A cell's value as JSON holds it: an Excel error as its code, nothing that is not finite. */
function jsonValue(v: CellValue | undefined): number | string | boolean | null {
  if (v === undefined || v === null) return null;
  if (typeof v === 'object') return v.error;
  if (typeof v === 'number' && !Number.isFinite(v)) return null;
  return v;
}
