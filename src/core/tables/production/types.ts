/** A checked production table: its columns, the relations its figures showed, and the cells that break them. */
import type { TableBase } from '../shared/tableKind';

/** A row that is the sum of other rows. */
export interface SubtotalCheck {
  /** Sheet row of the subtotal or total. */
  row: number;
  /** Sheet rows of its parts, top to bottom. */
  parts: number[];
  /** Sheet columns in which the sum was checked. */
  columns: number[];
}

/** A column that is the sum of other columns on every row ("Totalt" beside "Somatik" and "Psykiatri"). */
export interface ColumnSumCheck {
  /** Sheet column of the total. */
  column: number;
  /** Sheet columns of its parts, left to right. */
  parts: number[];
  /** Sheet rows on which the sum was checked. */
  rows: number[];
}

/** A column computed from two others on every row: a change (new ÷ old − 1, or new − old) or a share (part ÷ whole). */
export interface DerivedCheck {
  kind: 'change' | 'share';
  /** Sheet column of the computed figures. */
  column: number;
  /** Sheet columns it is computed from: new and old for a change, part and whole for a share. */
  from: [number, number];
  /** 100 when a percentage is written as 6,8 rather than 6,8 %; 1000 per thousand; 1 otherwise. */
  scale: number;
  /** 'difference' for new − old. */
  formula: 'ratio' | 'change' | 'difference';
  /** A share of the total row ("Andel av totalen"): the sheet row of the whole, in the part's own column. */
  wholeRow?: number;
}

export interface ProductionColumns {
  /** Sheet columns of the labels (years, names, codes: never summed). */
  labels: number[];
  /** Sheet columns of the figures. */
  figures: number[];
  /** Sheet column → its heading as the table writes it. */
  headings: Record<number, string>;
}

export interface ProductionTable extends TableBase {
  kind: 'production';
  columns: ProductionColumns;
  subtotals: SubtotalCheck[];
  columnSums: ColumnSumCheck[];
  derived: DerivedCheck[];
}
