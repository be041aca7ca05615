// Copied by qspec from runtime/xml/resync-content.ts. Do not edit here: `qspec generate` replaces it.
/**
 * Error recovery for content models: when a child element is not allowed in the current state,
 * look for the shortest run of element names that, had they been present, would make it allowed
 * (a breadth-first search over the automaton, bounded). The caller then reports those names as
 * missing (one `MissingElement`) and continues from the state after the child, so one omitted
 * element does not turn every following sibling into an error.
 *
 * @see XSD 1.1 Part 1 §3.8.4 (validation is per content model; recovery is ours)
 */
import type { ContentState } from './content-state.js';

const MAX_STEPS = 6;
const MAX_VISITS = 256;

export interface Resync {
  /** Names of the elements that are missing before the child. */
  readonly missing: readonly string[];
  /** The state after the child. */
  readonly state: ContentState;
}

export function resyncContent(from: ContentState, name: string): Resync | undefined {
  const queue: { state: ContentState; path: string[] }[] = [{ state: from, path: [] }];
  const seen = new Set<ContentState>([from]);
  for (let head = 0; head < queue.length && seen.size <= MAX_VISITS; head++) {
    const { state, path } = queue[head]!;
    if (path.length > 0) {
      const hit = (state.fork?.() ?? state).step(name);
      if (hit?.el) return { missing: path, state: hit };
    }
    if (path.length >= MAX_STEPS) continue;
    for (const n of state.expected()) {
      if (n === '*' || n === name) continue;
      const next = (state.fork?.() ?? state).step(n);
      if (next && !seen.has(next)) {
        seen.add(next);
        queue.push({ state: next, path: [...path, n] });
      }
    }
  }
  return undefined;
}
