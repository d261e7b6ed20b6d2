/**
 * The rows of a production table not yet summed into a subtotal, as a linked list in sheet order: the
 * subtotal finder takes rows out as their subtotals are found, and a scan for the parts of a sum steps
 * from one active row to the next (../scanRelation reads `next` and `prev` directly).
 */
export class ActiveRows {
  /** Per row: the next active row, or -1. */
  readonly next: Int32Array;
  /** Per row: the previous active row, or -1. */
  readonly prev: Int32Array;
  private head: number;

  /**
   * The rows 0 … n − 1 for which `takesPart` holds, in order.
   *
   * @example
   * const rows = new ActiveRows(4, (i) => i !== 2);
   * [...rows.active()] // → [0, 1, 3]
   */
  constructor(n: number, takesPart: (i: number) => boolean) {
    this.next = new Int32Array(n).fill(-1);
    this.prev = new Int32Array(n).fill(-1);
    const rows: number[] = [];
    for (let i = 0; i < n; i++) if (takesPart(i)) rows.push(i);
    rows.forEach((i, k) => {
      this.next[i] = k + 1 < rows.length ? rows[k + 1] : -1;
      this.prev[i] = k > 0 ? rows[k - 1] : -1;
    });
    this.head = rows.length > 0 ? rows[0] : -1;
  }

  /** The active rows, first to last. Taking rows out while walking them is not allowed. */
  *active(): Generator<number> {
    for (let t = this.head; t !== -1; t = this.next[t]) yield t;
  }

  /** Takes row i out: it was summed into a subtotal, which stands for it from now on. */
  remove(i: number): void {
    const before = this.prev[i];
    const after = this.next[i];
    if (before !== -1) this.next[before] = after;
    else this.head = after;
    if (after !== -1) this.prev[after] = before;
  }
}
