/**
 * An earlier settlement read back from the workbook Målkoll wrote (April's, when August is settled): per
 * hospital and row, what was paid to date then. Found by its headings, in Swedish or English (the edge
 * hands over the catalogue's words, so the core holds no user text), whatever the order of its rows.
 */
import type { Grid } from '../types';
import { cellText } from '../tables/shared/cellText';
import type { AssignedHospital } from './assignment';
import { nameKeys } from './hospitalNames';
import { rowKey } from './roundRows';
import type { PreviousSettlement, SettlementRule } from './types';

/** The columns of the rows sheet that a settlement is read back by. */
export const PREVIOUS_COLUMNS = ['hospital', 'section', 'group', 'specialty', 'reimbursement'] as const;
export type PreviousColumn = (typeof PREVIOUS_COLUMNS)[number];

/** The words of the settlement workbook, in every language it may have been written in. */
export interface SettlementWords {
  column: (id: PreviousColumn) => readonly string[];
  /** The label of the month's and the rule's rows on the rules sheet. */
  month: readonly string[];
  rule: readonly string[];
  ruleName: (rule: SettlementRule) => readonly string[];
}

const fold = (text: string): string => cellText(text).toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * The earlier settlement in a workbook's grids, or null when none of its sheets has the rows' headings.
 *
 * @example
 * readPreviousSettlement(read.grids, words, 'avrakning-april.xlsx')
 * // → { file: 'avrakning-april.xlsx', month: 4, rule: 'pro-rata', rows: [{ hospital: 'SV', section: 'Somatik', …, reimbursement: 1340420 }, …] }
 */
export function readPreviousSettlement(grids: readonly Grid[], words: SettlementWords, file?: string): PreviousSettlement | null {
  let rows: PreviousSettlement['rows'] | null = null;
  let month: number | undefined;
  let rule: SettlementRule | undefined;
  const monthWords = new Set(words.month.map(fold));
  const ruleWords = new Set(words.rule.map(fold));
  for (const grid of grids) {
    rows ??= rowsOf(grid, words);
    for (const line of grid.cells) {
      const label = fold(cellText(line[0] ?? null));
      if (monthWords.has(label) && typeof line[1] === 'number' && Number.isInteger(line[1]) && line[1] >= 1 && line[1] <= 12) month = line[1];
      if (ruleWords.has(label)) {
        const value = fold(cellText(line[1] ?? null));
        rule = (['pro-rata', 'annual'] as const).find((r) => words.ruleName(r).some((w) => fold(w) === value)) ?? rule;
      }
    }
  }
  if (rows === null) return null;
  return { ...(file !== undefined ? { file } : {}), ...(month !== undefined ? { month } : {}), ...(rule !== undefined ? { rule } : {}), rows };
}

function rowsOf(grid: Grid, words: SettlementWords): PreviousSettlement['rows'] | null {
  const wanted = PREVIOUS_COLUMNS.map((id) => new Set(words.column(id).map(fold)));
  for (let r = 0; r < Math.min(grid.cells.length, 20); r++) {
    const line = grid.cells[r].map((c) => fold(cellText(c)));
    const at = wanted.map((names) => line.findIndex((text) => names.has(text)));
    if (at.some((c) => c < 0)) continue;
    const [hospital, section, group, specialty, reimbursement] = at;
    const out: PreviousSettlement['rows'] = [];
    for (const cells of grid.cells.slice(r + 1)) {
      const name = cellText(cells[hospital] ?? null);
      const paid = cells[reimbursement];
      if (name === '' || typeof paid !== 'number' || !Number.isFinite(paid)) continue;
      out.push({
        hospital: name,
        section: cellText(cells[section] ?? null),
        group: cellText(cells[group] ?? null),
        specialty: cellText(cells[specialty] ?? null),
        reimbursement: paid,
      });
    }
    return out;
  }
  return null;
}

/**
 * What the earlier settlement paid, per assigned hospital and row key. A hospital is found by any of its
 * names, as a submission is.
 *
 * @example
 * previousByHospital(previous, hospitals).get(sv)?.get('somatik|forstabesok|hud') // → 1340420
 */
export function previousByHospital(
  previous: PreviousSettlement | undefined,
  hospitals: readonly AssignedHospital[],
): Map<AssignedHospital, Map<string, number>> {
  const out = new Map<AssignedHospital, Map<string, number>>();
  if (!previous) return out;
  const byName = new Map<string, AssignedHospital>();
  for (const h of hospitals) for (const k of h.keys) byName.set(k, h);
  for (const row of previous.rows) {
    const hospital = nameKeys([row.hospital])
      .map((k) => byName.get(k))
      .find((h) => h !== undefined);
    if (!hospital) continue;
    const rows = out.get(hospital) ?? new Map<string, number>();
    const key = rowKey(row.section, row.group, row.specialty);
    rows.set(key, (rows.get(key) ?? 0) + row.reimbursement);
    out.set(hospital, rows);
  }
  return out;
}
