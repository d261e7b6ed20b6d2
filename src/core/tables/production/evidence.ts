/**
 * A figure's other relations as evidence about it: when a sum does not add up, the figure that is wrong
 * is the one whose own change, share or row sum also disagrees, and agrees once the figure is what the
 * sum says.
 */
import type { ColumnSum } from './columnSums';
import { rowVerdict } from './columnSums';
import { keeps, type DerivedRelation } from './derivedColumns';
import type { TableFigures } from './figures';
import { OK, SILENT } from './scanRelation';

/** What kind of relation of a figure's own speaks for a corrected figure. */
export type EvidenceKind = 'change' | 'share' | 'sum';

/**
 * What giving row i the figure `value` in figure column c does to the changes and shares computed from that
 * cell and to the column sums it is in: the kind of the first that breaks now and holds then, when every
 * one of them that breaks now holds then and none that holds now breaks; null otherwise, or when there are
 * none.
 */
export type Evidence = (i: number, c: number, value: number) => EvidenceKind | null;

interface Check {
  kind: EvidenceKind;
  /** 1 when row i keeps it, 0 when it breaks it, -1 when it cannot be computed there. */
  at: (i: number) => -1 | 0 | 1;
}

/**
 * The evidence function of a table with the given derived columns and column sums.
 *
 * @example
 * const evidence = evidenceOf(figures, derived, columnSums);
 * evidence(somatikRow, visits202204, 29752) // → 'change' when 29 725 was typed and its change % says 29 752
 */
export function evidenceOf(figures: TableFigures, derived: DerivedRelation[], columnSums: ColumnSum[] = []): Evidence {
  const { columns } = figures;
  const bySource = new Map<number, Check[]>();
  const add = (c: number, check: Check): void => {
    const list = bySource.get(c);
    if (list) list.push(check);
    else bySource.set(c, [check]);
  };
  for (const d of derived) {
    const check: Check = { kind: d.kind, at: (i) => keeps(d, columns[d.target], columns[d.a], columns[d.b], i) };
    add(d.a, check);
    if (d.b !== d.a) add(d.b, check);
  }
  for (const s of columnSums) {
    const check: Check = {
      kind: 'sum',
      at: (i) => {
        const v = rowVerdict(columns, s.total, s.parts, i).status;
        return v === SILENT ? -1 : v === OK ? 1 : 0;
      },
    };
    for (const c of [s.total, ...s.parts]) add(c, check);
  }
  return (i, c, value) => {
    const checks = bySource.get(c);
    if (!checks) return null;
    const col = columns[c];
    const written = col.value[i];
    const before = checks.map((k) => k.at(i));
    // The figure is put in place for a moment and back again: the relations read the columns as they are.
    col.value[i] = value;
    let after: (-1 | 0 | 1)[];
    try {
      after = checks.map((k) => k.at(i));
    } finally {
      col.value[i] = written;
    }
    let first: EvidenceKind | null = null;
    for (let k = 0; k < checks.length; k++) {
      if (before[k] === 1 && after[k] !== 1) return null;
      if (before[k] === 0 && after[k] !== 1) return null;
      if (before[k] === 0 && first === null) first = checks[k].kind;
    }
    return first;
  };
}
