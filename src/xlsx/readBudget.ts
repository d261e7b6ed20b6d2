/**
 * What one workbook's reading may still spend: unpacked bytes, cells and time. Every part read and every
 * sheet assembled draws on the same budget, so the limits hold for the whole file, not per part.
 */
import { LimitPassed, TimeLimitPassed } from './readProblem';
import { megabytes, type ReadLimits } from './readLimits';

export class ReadBudget {
  private unpacked = 0;
  private cells = 0;
  private readonly started: number;

  /**
   * @example
   * const budget = new ReadBudget(readLimits());
   * budget.spendBytes(16_384); // throws LimitPassed once 256 MB have been unpacked
   */
  constructor(
    readonly limits: ReadLimits,
    private readonly now: () => number = Date.now,
  ) {
    this.started = now();
  }

  /** Counts bytes unpacked; throws when they pass the limit or the time is up. */
  spendBytes(bytes: number): void {
    this.unpacked += bytes;
    if (this.unpacked > this.limits.maxUnpackedBytes) {
      throw new LimitPassed({ key: 'read.limit.unpacked', params: { limit: megabytes(this.limits.maxUnpackedBytes) } });
    }
    this.checkTime();
  }

  /** Counts cells held (with a value, or in a used range); throws when they pass the limit. */
  spendCells(count: number): void {
    this.cells += count;
    if (this.cells > this.limits.maxCells) throw this.cellLimit();
  }

  /** Whether `count` more cells fit, without spending them. */
  cellsLeft(): number {
    return Math.max(0, this.limits.maxCells - this.cells);
  }

  /** The error naming the cell limit. */
  cellLimit(): LimitPassed {
    return new LimitPassed({ key: 'read.limit.cells', params: { limit: this.limits.maxCells } });
  }

  /** Throws when the time allowed for the file is used up. */
  checkTime(): void {
    if (this.now() - this.started > this.limits.timeLimitMs) throw new TimeLimitPassed(Math.round(this.limits.timeLimitMs / 1000));
  }
}
