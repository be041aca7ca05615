// Copied by qspec from runtime/xml/compile-content.ts. Do not edit here: `qspec generate` replaces it.
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
import type { ContentAutomaton, ContentState, ElementParticle } from './content-state.js';
import { GlushkovAutomaton } from './glushkov-automaton.js';

const cache = new WeakMap<ParticleModel, ContentAutomaton>();

export function compileContentAutomaton(p: ParticleModel): ContentAutomaton {
  let a = cache.get(p);
  if (!a) {
    a =
      p.k === 'all' && AllAutomaton.handles(p)
        ? new AllAutomaton(p.items as readonly ElementParticle[], p.min)
        : new GlushkovAutomaton(p);
    cache.set(p, a);
  }
  return a;
}

/** The start state of a particle's automaton. */
export function compileContent(p: ParticleModel): ContentState {
  return compileContentAutomaton(p).start;
}

/** True when the particle has an element wildcard (`xs:any`) anywhere. */
export function hasWildcard(p: ParticleModel | null): boolean {
  if (!p) return false;
  if (p.k === 'any') return true;
  return p.k !== 'el' && p.items.some(hasWildcard);
}

/** Every element name declared anywhere in a content particle (for open-content drift checks). */
export function declaredNames(p: ParticleModel | null, into: Set<string> = new Set()): Set<string> {
  if (!p) return into;
  if (p.k === 'el') into.add(p.name);
  else if (p.k !== 'any') for (const i of p.items) declaredNames(i, into);
  return into;
}
