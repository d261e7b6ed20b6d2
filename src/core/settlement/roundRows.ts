/**
 * A volume table's data rows as a round matches them: by section, group and specialty, whatever their
 * order and spelling ("Förstabetesök" = "Förstabesök"; case, spaces and punctuation do not count).
 */
import { a1 } from '../address';
import { groupKey, type VolumeTable } from '../tables';

export interface RoundRow {
  /** section | group | specialty, folded: the same row of two tables has the same key. */
  key: string;
  /** group | specialty: for a table without sections. */
  looseKey: string;
  section: string;
  group: string;
  specialty: string;
  /** The figures as the table holds them (null where none could be read). */
  uppdrag: number | null;
  bas: number | null;
  tillagg: number | null;
  performed: number | null;
  /** The sheet row, and the cells of each figure. */
  row: number;
  cells: { uppdrag: string; bas: string; tillagg: string; performed?: string; label: string };
}

/**
 * A label as rows are matched on: lower case, only letters and digits (diacritics kept: "Övrig ortopedi" and
 * "Övriga ögon" stay apart, "Höft- & knäprotes" = "Höft & knäprotes").
 *
 * @example
 * labelMatchKey(' Allmän  Kirurgi ') // → 'allmänkirurgi'
 */
export function labelMatchKey(label: string): string {
  return label
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The key of a row from its section, group and specialty. */
export function rowKey(section: string, group: string, specialty: string): string {
  return `${labelMatchKey(section)}|${groupMatchKey(group)}|${labelMatchKey(specialty)}`;
}

/** The key of a row without its section. */
export function looseRowKey(group: string, specialty: string): string {
  return `${groupMatchKey(group)}|${labelMatchKey(specialty)}`;
}

function groupMatchKey(group: string): string {
  return group === '' ? '' : labelMatchKey(groupKey(group));
}

/**
 * Every data row of a volume table, with its keys and cells.
 *
 * @example
 * roundRows(checkVolumes(grid).tables[0])[0] // → { key: 'psykiatri|forstabesok|bup', section: 'Psykiatri', group: 'Förstabetesök', specialty: 'BUP', uppdrag: 760, … }
 */
export function roundRows(table: VolumeTable): RoundRow[] {
  const { columns } = table;
  const out: RoundRow[] = [];
  // A table has a handful of sections and groups over many rows: each is folded once.
  const folded = new Map<string, string>();
  const once = (text: string, fold: (t: string) => string): string => {
    let key = folded.get(text);
    if (key === undefined) folded.set(text, (key = fold(text)));
    return key;
  };
  for (const r of table.rows) {
    if (r.kind !== 'data') continue;
    const section = r.section ?? '';
    const group = r.group ?? '';
    const sectionKey = once(`s${section}`, () => labelMatchKey(section));
    const groupKey = once(`g${group}`, () => groupMatchKey(group));
    const specialtyKey = labelMatchKey(r.label);
    const cells: RoundRow['cells'] = {
      uppdrag: a1(r.row, columns.total),
      bas: a1(r.row, columns.base),
      tillagg: a1(r.row, columns.additional),
      label: a1(r.row, columns.label > 0 ? columns.label : Math.min(columns.total, columns.base, columns.additional)),
    };
    if (columns.outcome !== undefined) cells.performed = a1(r.row, columns.outcome);
    out.push({
      key: `${sectionKey}|${groupKey}|${specialtyKey}`,
      looseKey: `${groupKey}|${specialtyKey}`,
      section,
      group,
      specialty: r.label,
      uppdrag: r.total ?? null,
      bas: r.base ?? null,
      tillagg: r.additional ?? null,
      performed: columns.outcome === undefined ? null : (r.outcome ?? null),
      row: r.row,
      cells,
    });
  }
  return out;
}

/**
 * Finds rows of one table in another's: by the whole key, else (a table without sections, or with
 * other section names) by group and specialty where that pair is unique on both sides.
 */
export class RowIndex {
  private readonly byKey = new Map<string, RoundRow>();
  private readonly byLoose = new Map<string, RoundRow | null>();

  constructor(rows: readonly RoundRow[]) {
    for (const row of rows) {
      if (!this.byKey.has(row.key)) this.byKey.set(row.key, row);
      // A pair seen twice (Urologi under first visits in two sections) is no loose key.
      this.byLoose.set(row.looseKey, this.byLoose.has(row.looseKey) ? null : row);
    }
  }

  find(row: RoundRow): RoundRow | undefined {
    return this.byKey.get(row.key) ?? this.byLoose.get(row.looseKey) ?? undefined;
  }
}
