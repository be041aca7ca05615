/**
 * CPU time of a piece of work, for the linear-time tests (docs/testing.md, "Timing-sensitive
 * tests"): they compare the CPU time of a small and a large input instead of a wall-clock bound,
 * so a loaded machine or Stryker's instrumented code (every statement counted) slows both sides
 * alike and cannot fail them.
 */

/** CPU microseconds (user + system) of `work`, the best of `runs` runs. */
export function bestCpuMicros(work: () => void, runs = 3): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const t0 = process.cpuUsage();
    work();
    const t = process.cpuUsage(t0);
    best = Math.min(best, t.user + t.system);
  }
  return best;
}
