/**
 * What /check.html's worker may spend on one workbook. A browser lets a page set no memory limit on its
 * worker, and a check that runs out of memory takes the whole tab with it: so the page bounds what the
 * check is given instead. Its memory grows with the cells it checks (the grid, a record per row, at most a
 * few findings per row), and the page hands it at most PAGE_READ_LIMITS.maxCells of them, a fifth of what the
 * command line reads (whose worker has a heap limit of its own); a larger workbook is for `malkoll check`.
 * Time is bounded for reading and checking together, as the command line bounds it.
 */
import { DEFAULT_READ_LIMITS, type ReadLimits } from '../xlsx/readLimits';

/** The read limits of the page: the command line's, with fewer cells (a 500 000-row table of four columns). */
export const PAGE_READ_LIMITS: Readonly<Partial<ReadLimits>> = Object.freeze({ maxCells: 2_000_000 });

/** Milliseconds a file's reading and checking may take on the page: the reader's own limit and a moment's grace, as on the command line. */
export const PAGE_TIME_LIMIT_MS = DEFAULT_READ_LIMITS.timeLimitMs + 2_000;
