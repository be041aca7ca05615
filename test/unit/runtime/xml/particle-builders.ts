/** Content-model particles for the automaton tests: an element (type 0) and the three groups. */
import type { ParticleModel } from '../../../../runtime/schema-model.js';

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
