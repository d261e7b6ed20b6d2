/**
 * A figure's other relations as evidence about it: when a sum does not add up, the figure that is wrong
 * is the one whose own change or share also disagrees, and agrees once the figure is what the sum says.
 */
import { keeps, type DerivedRelation } from './derivedColumns';
import type { TableFigures } from './figures';

/**
 * What giving row i the figure `value` in figure column c does to the changes and shares computed from that
 * cell: 'change' or 'share' (the first that breaks now and holds then) when every one of them that breaks
 * now holds then and none that holds now breaks; null otherwise, or when there are none.
 */
export type Evidence = (i: number, c: number, value: number) => 'change' | 'share' | null;

/**
 * The evidence function of a table with the given derived columns.
 *
 * @example
 * const evidence = evidenceOf(figures, derived);
 * evidence(somatikRow, visits202204, 29752) // → 'change' when 29 725 was typed and its change % says 29 752
 */
export function evidenceOf(figures: TableFigures, derived: DerivedRelation[]): Evidence {
  const { columns } = figures;
  const bySource = new Map<number, DerivedRelation[]>();
  for (const d of derived) {
    for (const c of [d.a, d.b]) {
      const list = bySource.get(c);
      if (list) list.push(d);
      else bySource.set(c, [d]);
    }
  }
  return (i, c, value) => {
    const relations = bySource.get(c);
    if (!relations) return null;
    const col = columns[c];
    const written = col.value[i];
    const before = relations.map((d) => keeps(d, columns[d.target], columns[d.a], columns[d.b], i));
    // The figure is put in place for a moment and back again: the relations read the columns as they are.
    col.value[i] = value;
    let after: (-1 | 0 | 1)[];
    try {
      after = relations.map((d) => keeps(d, columns[d.target], columns[d.a], columns[d.b], i));
    } finally {
      col.value[i] = written;
    }
    let first: 'change' | 'share' | null = null;
    for (let k = 0; k < relations.length; k++) {
      if (before[k] === 1 && after[k] !== 1) return null;
      if (before[k] === 0 && after[k] !== 1) return null;
      if (before[k] === 0 && first === null) first = relations[k].kind;
    }
    return first;
  };
}
