/**
 * How the threads of a parallel `qspec validate` batch share its files: one counter in shared
 * memory (the index of the first file nobody has claimed), which each thread advances by itself
 * with a compare-and-swap when it needs more work, so no thread waits for another to hand it a
 * slice. Slices shrink as the batch runs out (a share of what is left, between MIN and MAX files):
 * large ones early keep claims and messages rare, small ones late let the threads finish together.
 *
 * @see validate-parallel.ts; validate-worker.ts
 */

/** Fewest files per slice (fewer only when fewer are left). */
export const SLICE_MIN = 4;
/** Most files per slice. */
export const SLICE_MAX = 128;

/** Files in the next slice when `left` files are unclaimed and `threads` threads share them. */
export function sliceSize(left: number, threads: number): number {
  return Math.min(left, Math.max(SLICE_MIN, Math.min(SLICE_MAX, Math.ceil(left / (threads * 4)))));
}

/** The shared counter of a batch (starts at file 0). */
export function newClaimCounter(): Int32Array {
  return new Int32Array(new SharedArrayBuffer(4));
}

/** Claims the next slice `[from, to)` of `files` files, or undefined when all are claimed. */
export function claimSlice(counter: Int32Array, files: number, threads: number): [number, number] | undefined {
  for (;;) {
    const from = Atomics.load(counter, 0);
    if (from >= files) return undefined;
    const to = from + sliceSize(files - from, threads);
    if (Atomics.compareExchange(counter, 0, from, to) === from) return [from, to];
  }
}
