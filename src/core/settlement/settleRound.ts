/**
 * The round settled: the assignment's hospitals, each submission matched to one, every hospital settled
 * (or said to be missing or sent twice), the region's totals, and the findings of the round. Pure: the
 * workbooks come in already read and checked (core/workbook), by the command line, the check page or the
 * task pane alike.
 */
import { assignedHospitals, distinctiveWords, type AssignedHospital } from './assignment';
import { a1 } from '../address';
import { matchSubmission, type SubmissionTable } from './matchSubmission';
import { monthFromHeader, monthOfHeaders } from './month';
import { previousByHospital } from './previous';
import { DEFAULT_PRICES, type RowPrice } from './rowPrice';
import { settleHospital } from './settleHospital';
import { sumTotals } from './totals';
import type { RoundFile, RoundInput, SettlementTotals, RoundOutcome, RoundWorkbook, SettledHospital, Settlement } from './types';

/**
 * Settles a round for `input.month` (else the month the outcome headers name) under `input.rule`
 * (pro rata unless 'annual'). Fails only when there is no month to settle for.
 *
 * @example
 * settleRound({ assignment, submissions: [su, sv, nu, skas, sas], month: 8 })
 * // → { ok: true, settlement: { month: 8, rule: 'pro-rata', hospitals: [...5], region: { reimbursement: …, … }, files: [], findings: [] } }
 */
export function settleRound(input: RoundInput): RoundOutcome {
  const { hospitals, findings } = assignedHospitals(input.assignment);
  const distinctive = distinctiveWords(hospitals);
  const matches = input.submissions.map((workbook) => ({ workbook, match: matchSubmission(workbook, hospitals, distinctive) }));

  let month = input.month;
  const headerMonths = matches.map(({ match }) => monthFromHeader(match.volume?.table.columns.headers.outcome));
  if (month === undefined) {
    const read = monthOfHeaders(headerMonths);
    if (!('month' in read)) return { ok: false, problem: read.months.length === 0 ? 'no-month' : 'months-differ', months: read.months };
    month = read.month;
  }
  const rule = input.rule ?? 'pro-rata';
  const prices = input.prices ?? DEFAULT_PRICES;

  const files: RoundFile[] = [];
  const byHospital = new Map<AssignedHospital, Submitted[]>();
  matches.forEach(({ workbook, match }, i) => {
    if (!match.ok) {
      const names = match.candidates.map((h) => h.hospital);
      files.push({
        file: workbook.file,
        findings: [
          {
            code: 'hospital-unknown',
            severity: 'error',
            file: workbook.file,
            message:
              names.length > 1
                ? { key: 'settle.finding.hospitalAmbiguous', params: { file: workbook.file, hospitals: names.join(', ') } }
                : { key: 'settle.finding.hospitalUnknown', params: { file: workbook.file, hospitals: hospitals.map((h) => h.hospital).join(', ') } },
          },
        ],
      });
      return;
    }
    const list = byHospital.get(match.hospital) ?? [];
    list.push({ workbook, ...(match.volume ? { volume: match.volume } : {}) });
    byHospital.set(match.hospital, list);
    const named = headerMonths[i];
    if (named !== null && named !== month) list[list.length - 1].monthDiffers = named;
  });

  const previous = previousByHospital(input.previous, hospitals);
  if (input.previous?.month !== undefined && input.previous.month >= month) {
    findings.push({
      code: 'previous-not-earlier',
      severity: 'error',
      ...(input.previous.file !== undefined ? { file: input.previous.file } : {}),
      message: { key: 'settle.finding.previousNotEarlier', params: { previous: input.previous.month, month } },
    });
  }
  const assignmentHasErrors = input.assignment.ownCounts.errors > 0;
  const priceCache = new Map<string, RowPrice>();

  const settled: SettledHospital[] = hospitals.map((hospital) => {
    const submissions = byHospital.get(hospital) ?? [];
    const round = {
      hospital,
      month: month as number,
      rule,
      prices,
      settledBefore: previous.get(hospital) ?? new Map<string, number>(),
      assignmentHasErrors,
      priceCache,
    };
    if (submissions.length === 0) {
      const result = settleHospital(round, undefined, 'missing');
      result.findings.push({
        code: 'hospital-missing',
        severity: 'error',
        message: { key: 'settle.finding.hospitalMissing', params: { hospital: hospital.hospital } },
      });
      return result;
    }
    if (submissions.length > 1) {
      const names = submissions.map((s) => s.workbook.file);
      const result = settleHospital(round, undefined, 'duplicate');
      result.files = names;
      result.findings.push({
        code: 'hospital-duplicate',
        severity: 'error',
        message: { key: 'settle.finding.hospitalDuplicate', params: { hospital: hospital.hospital, files: names.join(', ') } },
      });
      return result;
    }
    const [submission] = submissions;
    const result = settleHospital(round, submission);
    if (submission.monthDiffers !== undefined) {
      result.findings.unshift({
        code: 'month-differs',
        severity: 'warning',
        file: submission.workbook.file,
        ...(submission.volume ? { sheet: submission.volume.sheet, cell: outcomeHeaderCell(submission.volume) } : {}),
        message: { key: 'settle.finding.monthDiffers', params: { named: submission.monthDiffers, month: month as number } },
      });
    }
    return result;
  });

  const settlement: Settlement = {
    month,
    monthFrom: input.month === undefined ? 'headers' : 'given',
    rule,
    prices,
    assignmentFile: input.assignment.file,
    ...(input.previous ? { previous: { file: input.previous.file, month: input.previous.month, rule: input.previous.rule } } : {}),
    hospitals: settled,
    region: regionTotals(settled),
    files,
    findings,
  };
  return { ok: true, settlement };
}

/**
 * The region's totals: the sums over every hospital; its fulfilment over the hospitals whose performed volumes
 * are known (a missing hospital's plan would otherwise count as nothing performed).
 */
function regionTotals(hospitals: readonly SettledHospital[]): SettlementTotals {
  const totals = sumTotals(hospitals.map((h) => h.totals));
  const known = sumTotals(hospitals.filter((h) => h.status === 'settled' || h.status === 'preliminary').map((h) => h.totals));
  return { ...totals, fulfilment: known.fulfilment };
}

/** A submission of a hospital, and the month its outcome heading names when that is not the round's. */
interface Submitted {
  workbook: RoundWorkbook;
  volume?: SubmissionTable;
  monthDiffers?: number;
}

function outcomeHeaderCell(volume: SubmissionTable): string | undefined {
  const { table } = volume;
  return table.columns.outcome === undefined ? undefined : a1(table.headerRow, table.columns.outcome);
}
