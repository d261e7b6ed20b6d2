/**
 * The cells of one sheet as read from its XML, before they become a grid: kept in flat arrays (row,
 * column, value) so that a sheet of a million rows costs a few numbers per cell, not an object per cell.
 */
import type { CellValue } from '../core';
import type { RangeRef } from './cellAddress';

/** A growable array of 32-bit integers. */
class IntList {
  data = new Int32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length] = value;
    this.length += 1;
  }
}

/** The first few cells whose formula has no saved result, and how many there are. */
export interface FormulasWithoutResult {
  count: number;
  cells: string[];
}

export class SheetCells {
  private readonly rowList = new IntList();
  private readonly columnList = new IntList();
  /** The index of the cell's shared text, or -1 when the value is in `values`. */
  private readonly sharedList = new IntList();
  private readonly mergeList = new IntList();
  readonly values: CellValue[] = [];
  /** The cells (by their index here) of numbers shown by a format other than General, and those formats. */
  private readonly formattedList = new IntList();
  readonly formatCodes: string[] = [];
  readonly withoutResult: FormulasWithoutResult = { count: 0, cells: [] };

  get count(): number {
    return this.values.length;
  }

  get rows(): Int32Array {
    return this.rowList.data;
  }

  get columns(): Int32Array {
    return this.columnList.data;
  }

  get shared(): Int32Array {
    return this.sharedList.data;
  }

  /** The index of each cell listed in `formatCodes`, in the same order. */
  get formatted(): Int32Array {
    return this.formattedList.data.subarray(0, this.formattedList.length);
  }

  /** Whether any cell refers to a shared text. */
  hasShared = false;

  /**
   * @example
   * cells.add(31, 3, 8143);     // C31 holds 8 143
   * cells.add(31, 4, 0.068, '0.0%'); // D31 holds 6,8 %, shown with one decimal
   * cells.addShared(31, 1, 12); // A31 holds shared text number 12
   */
  add(row: number, column: number, value: CellValue, format?: string): void {
    if (format !== undefined) {
      this.formattedList.push(this.values.length);
      this.formatCodes.push(format);
    }
    this.rowList.push(row);
    this.columnList.push(column);
    this.sharedList.push(-1);
    this.values.push(value);
  }

  addShared(row: number, column: number, index: number): void {
    this.rowList.push(row);
    this.columnList.push(column);
    this.sharedList.push(index);
    this.values.push(null);
    this.hasShared = true;
  }

  addMerge(range: RangeRef): void {
    this.mergeList.push(range.top);
    this.mergeList.push(range.left);
    this.mergeList.push(range.bottom);
    this.mergeList.push(range.right);
  }

  /** The merged areas, four numbers each: top, left, bottom, right. */
  get merges(): Int32Array {
    return this.mergeList.data.subarray(0, this.mergeList.length);
  }
}
