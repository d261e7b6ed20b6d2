/* How large the benchmarks run. `npm run bench` runs them at full size and prints their figures;
 * MALKOLL_BENCH_SIZE=tiny runs every one of them on small inputs in seconds, which `npm test` does
 * (test/foundation/bench.test.ts) so that a benchmark that no longer runs fails the build. Tiny figures mean
 * nothing; what they prove is that each bench still runs and its own checks of what it measured still hold. */
'use strict';

const tiny = process.env.MALKOLL_BENCH_SIZE === 'tiny';

/** `full` at full size, `small` when running tiny. */
function size(full, small) {
  return tiny ? small : full;
}

module.exports = { size, tiny };
