/**
 * Compiles a complex type's content particle into its start `ContentState`: a top-level `all`
 * group of elements gets the counting automaton, everything else the Glushkov automaton. Each
 * particle object is compiled once (WeakMap cache), so a model's automata are shared by every
 * validation that uses it.
 *
 * @see XSD 1.1 Part 1 §3.8 (model groups and particles)
 */
import type { ParticleModel } from '../schema-model.js';
import { AllAutomaton } from './all-automaton.js';
import type { ContentState, ElementParticle } from './content-state.js';
import { GlushkovAutomaton } from './glushkov-automaton.js';

const cache = new WeakMap<ParticleModel, ContentState>();

export function compileContent(p: ParticleModel): ContentState {
  let s = cache.get(p);
  if (!s) {
    s =
      p.k === 'all' && AllAutomaton.handles(p)
        ? new AllAutomaton(p.items as readonly ElementParticle[], p.min).start
        : new GlushkovAutomaton(p).start;
    cache.set(p, s);
  }
  return s;
}

/** Every element name declared anywhere in a content particle (for open-content drift checks). */
export function declaredNames(p: ParticleModel | null, into: Set<string> = new Set()): Set<string> {
  if (!p) return into;
  if (p.k === 'el') into.add(p.name);
  else if (p.k !== 'any') for (const i of p.items) declaredNames(i, into);
  return into;
}
