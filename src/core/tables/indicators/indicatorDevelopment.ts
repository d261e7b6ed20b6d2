/**
 * An indicator's development against its reference column, decided the way the formula the pane writes
 * decides it: the table's direction column when it has one, else the target's own comparator ("≤ 90 %" is
 * lower-is-better), else the indicator's name (DIRECTION), else higher, assumed.
 */
import { indicatorDirection, readDevelopment, type Development, type ParsedTarget } from '../../targets';
import { readDirection } from '../../targets/readDirection';
import type { CellValue } from '../../types';

/** Where the direction came from: the formula passes the direction cell, "≤"/"≥", DIRECTION(name), or nothing. */
export type DirectionSource = 'column' | 'target' | 'name' | 'assumed';

export interface IndicatorDevelopment {
  /** 'mixed' when a split outcome's groups went different ways. */
  development: Development | 'mixed';
  byGroup?: { group: string; development: Development }[];
  from: DirectionSource;
  /** For 'target': which way the target's comparator points. */
  higher: boolean;
}

/** The direction a target's own comparator or change word gives, or null for a bare value, a yes/no or no target. */
function targetDirection(target: ParsedTarget): 'higher' | 'lower' | null {
  const fromComparator = (c: string | null) => (c === null || c === '=' ? null : c.startsWith('<') ? 'lower' : 'higher');
  switch (target.kind) {
    case 'threshold':
      return fromComparator(target.threshold.comparator);
    case 'split':
      return fromComparator(target.parts[0]?.threshold.comparator ?? null);
    case 'change':
      return target.direction === 'increase' ? 'higher' : target.direction === 'decrease' ? 'lower' : null;
    default:
      return null;
  }
}

/**
 * The development of one indicator row, or undefined when it has no reference or nothing to compare.
 *
 * @example
 * indicatorDevelopment({ target: parsed('≤ 90 %'), outcome: 0.93, reference: 0.95, name: 'Beläggningsgrad', band: 0 })
 * // → { development: 'better', from: 'target', higher: false }
 */
export function indicatorDevelopment(row: {
  target: ParsedTarget;
  outcome: CellValue;
  reference: CellValue;
  /** The direction cell, when the table has a direction column. */
  directionCell?: CellValue;
  hasDirectionColumn: boolean;
  name: string;
  band: number;
}): IndicatorDevelopment | undefined {
  let from: DirectionSource;
  let direction: CellValue;
  if (row.hasDirectionColumn) {
    from = 'column';
    direction = row.directionCell ?? null;
  } else {
    const own = targetDirection(row.target);
    const named = own === null ? indicatorDirection(row.name) : null;
    from = own !== null ? 'target' : named !== null ? 'name' : 'assumed';
    direction = own ?? named;
  }
  const read = readDevelopment(row.outcome, row.reference, direction, row.band);
  if (!read.ok) return undefined;
  const { overall, groups } = read.value;
  return {
    development: overall,
    ...(groups.length > 0 ? { byGroup: groups.map((g) => ({ group: g.label, development: g.development })) } : {}),
    from,
    higher: from === 'column' ? readDirection(direction) !== 'lower' : read.value.higher,
  };
}
