/**
 * One hospital's settlement: its assigned rows matched with its submission's, each settled from the
 * assigned bas and tillägg; what differs, is missing or was added is a finding at its cell.
 */
import type { AssignedHospital } from './assignment';
import type { SubmissionTable } from './matchSubmission';
import { RowIndex, roundRows, type RoundRow } from './roundRows';
import { rowPrice, type RowPrice } from './rowPrice';
import { rowFigures } from './settleFigures';
import { sumTotals } from './totals';
import type { HospitalIndicator, HospitalStatus, PriceSetting, RoundFinding, RoundWorkbook, SettledHospital, SettledRow, SettlementRule } from './types';

export interface HospitalRound {
  hospital: AssignedHospital;
  month: number;
  rule: SettlementRule;
  prices: PriceSetting;
  /** What an earlier settlement paid for each of this hospital's rows, by row key. */
  settledBefore: ReadonlyMap<string, number>;
  /** Errors in the assignment's own check: no settlement on it is final. */
  assignmentHasErrors: boolean;
  /** Prices already looked up in this round. */
  priceCache?: Map<string, RowPrice>;
}

/** The figures a submission must keep as assigned, with their names in findings. */
const ASSIGNED_FIGURES = [
  ['uppdrag', 'settle.figure.uppdrag'],
  ['bas', 'settle.figure.bas'],
  ['tillagg', 'settle.figure.tillagg'],
] as const;

/**
 * The settlement of a hospital with its submission (`submission` absent: no submission, or two).
 *
 * @example
 * settleHospital({ hospital: sv, month: 8, rule: 'pro-rata', prices, settledBefore: new Map(), assignmentHasErrors: false },
 *   { workbook, volume }) // → { hospital: 'SV', status: 'settled', rows: [...], totals: { reimbursement: 12 345 678, … } }
 */
export function settleHospital(
  round: HospitalRound,
  submission?: { workbook: RoundWorkbook; volume?: SubmissionTable },
  status?: 'missing' | 'duplicate',
): SettledHospital {
  const { hospital } = round;
  const findings: RoundFinding[] = [];
  const file = submission?.workbook.file;
  const volume = submission?.volume;
  const sheet = volume?.sheet;
  const subRows = volume ? roundRows(volume.table) : [];
  const submitted = volume ? new RowIndex(subRows) : null;
  const taken = new Set<RoundRow>();
  const rows: SettledRow[] = [];
  const at = (cell?: string) => ({
    ...(file !== undefined ? { file } : {}),
    ...(sheet !== undefined ? { sheet } : {}),
    ...(cell !== undefined ? { cell } : {}),
  });

  if (submission && !volume) {
    findings.push({
      code: 'performed-missing',
      severity: 'error',
      ...at(),
      message: { key: 'settle.finding.noVolumeTable', params: { file: submission.workbook.file } },
    });
  } else if (volume && volume.table.columns.outcome === undefined) {
    findings.push({
      code: 'performed-missing',
      severity: 'error',
      ...at(assignmentHeaderCell(volume)),
      message: { key: 'settle.finding.noPerformedColumn', params: { range: volume.table.range } },
    });
  }

  for (const assigned of hospital.rows) {
    const uppdrag = assigned.uppdrag ?? 0;
    const bas = assigned.bas ?? 0;
    const tillagg = assigned.tillagg ?? 0;
    const match = submitted?.find(assigned);
    const sub = match && !taken.has(match) ? match : undefined;
    if (sub) taken.add(sub);
    const about = { section: assigned.section, group: assigned.group, specialty: assigned.specialty };
    const label = { row: describeRow(assigned) };
    if (volume && !sub && uppdrag > 0) {
      findings.push({
        code: 'assignment-row-missing',
        severity: 'error',
        ...at(),
        ...about,
        message: { key: 'settle.finding.rowMissing', params: { ...label, uppdrag } },
      });
    }
    if (sub) {
      for (const [figure, name] of ASSIGNED_FIGURES) {
        const given = sub[figure];
        const expected = assigned[figure] ?? 0;
        if (given !== null && given !== expected) {
          findings.push({
            code: 'assignment-changed',
            severity: 'error',
            ...at(sub.cells[figure]),
            assigned: expected,
            submitted: given,
            ...about,
            message: { key: 'settle.finding.changed', params: { ...label, figure: { message: { key: name } }, assigned: expected, submitted: given } },
          });
        }
      }
      if (sub.performed === null && uppdrag > 0 && volume?.table.columns.outcome !== undefined) {
        findings.push({
          code: 'performed-missing',
          severity: 'error',
          ...at(sub.cells.performed),
          ...about,
          message: { key: 'settle.finding.performedMissing', params: { ...label, uppdrag } },
        });
      }
    }
    const performed = sub ? sub.performed : null;
    const { kind, price } = rowPrice(assigned.group, assigned.specialty, hospital.names, round.prices, round.priceCache);
    const settled = status === undefined;
    const figures = rowFigures({ uppdrag, bas, tillagg, performed: settled ? performed : null, price }, round.month, round.rule);
    if (figures.reimbursement === null) {
      findings.push({
        code: 'price-missing',
        severity: 'error',
        ...at(sub?.cells.label),
        ...about,
        message: {
          key: kind ? 'settle.finding.priceMissing' : 'settle.finding.kindMissing',
          params: { ...label, kind: kind ?? '', hospital: hospital.hospital },
        },
      });
    }
    const reimbursement = figures.reimbursement ?? 0;
    const settledBefore = round.settledBefore.get(assigned.key) ?? 0;
    rows.push({
      ...about,
      uppdrag,
      bas,
      tillagg,
      performed,
      planToDate: figures.planToDate,
      fulfilment: figures.fulfilment,
      additional: figures.additional,
      priceKind: kind,
      price,
      reimbursement,
      settledBefore,
      // A hospital not settled now pays nothing back for it: its settlement waits for its submission.
      toSettle: settled ? reimbursement - settledBefore : 0,
      assignmentCell: assigned.cells.uppdrag,
      ...(sub?.cells.performed !== undefined ? { performedCell: sub.cells.performed } : {}),
    });
  }

  for (const sub of subRows) {
    if (taken.has(sub)) continue;
    findings.push({
      code: 'assignment-row-added',
      severity: 'warning',
      ...at(sub.cells.label),
      section: sub.section,
      group: sub.group,
      specialty: sub.specialty,
      message: { key: 'settle.finding.rowAdded', params: { row: describeRow(sub), performed: sub.performed ?? 0 } },
    });
  }

  const own = submission ? ownCounts(submission.workbook) : { errors: 0, warnings: 0, findings: [] };
  const hasErrors = own.errors > 0 || findings.some((f) => f.severity === 'error') || round.assignmentHasErrors;
  const finalStatus: HospitalStatus = status ?? (hasErrors ? 'preliminary' : 'settled');
  return {
    hospital: hospital.hospital,
    names: hospital.names,
    assignmentSheet: hospital.sheet,
    status: finalStatus,
    ...(file !== undefined ? { file } : {}),
    ...(sheet !== undefined ? { sheet } : {}),
    findings,
    own,
    rows,
    totals: sumTotals(rows),
    indicators: submission ? indicatorsOf(submission.workbook) : [],
  };
}

function assignmentHeaderCell(volume: SubmissionTable): string {
  return volume.table.range.split(':')[0];
}

/** "Somatik › Förstabesök › Hud": the row as a message names it. */
export function describeRow(row: { section: string; group: string; specialty: string }): string {
  return [row.section, row.group, row.specialty].filter((s) => s !== '').join(' › ');
}

function ownCounts(workbook: RoundWorkbook): SettledHospital['own'] {
  return { ...workbook.ownCounts, findings: workbook.ownFindings };
}

function indicatorsOf(workbook: RoundWorkbook): HospitalIndicator[] {
  return workbook.sheets.flatMap((s) =>
    s.tables.flatMap((t) =>
      t.kind === 'indicators' ? t.indicators.map((i) => ({ indicator: i.indicator, target: i.target, outcome: i.outcome, status: i.status })) : [],
    ),
  );
}
