/** Content-model particles for the automaton tests: an element (type 0) and the three groups. */
import type { ParticleModel } from '../../../../runtime/schema-model.js';
import type { ContentState } from '../../../../runtime/xml/content-state.js';

export const e = (name: string, min = 1, max = 1): ParticleModel => ({
  k: 'el',
  name,
  p: name,
  type: 0,
  min,
  max,
  array: max !== 1,
});
export const seq = (items: ParticleModel[], min = 1, max = 1): ParticleModel => ({ k: 'seq', items, min, max });
export const choice = (items: ParticleModel[], min = 1, max = 1): ParticleModel => ({ k: 'choice', items, min, max });
export const all = (items: ParticleModel[], min = 1): ParticleModel => ({ k: 'all', items, min, max: 1 });

/** The state after stepping `names` from a fork of `start` (null once a name is refused). */
export function walk(start: ContentState, names: readonly string[]): ContentState | null {
  let s: ContentState | null = start.fork?.() ?? start;
  for (const n of names) s = s ? s.step(n) : null;
  return s;
}
