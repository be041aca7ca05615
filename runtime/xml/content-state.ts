/**
 * A state of a compiled content model (a lazily built deterministic automaton over child element
 * names). The validator keeps one state per open element and steps it on each child start tag.
 * States are shared and cached: stepping allocates nothing once a transition has been seen.
 *
 * @see XSD 1.1 Part 1 §3.8.4 (particle validation), XML 1.0 §3.2.1 (element content)
 */
import type { ParticleModel } from '../schema-model.js';

export type ElementParticle = Extract<ParticleModel, { k: 'el' }>;
export type AnyParticle = Extract<ParticleModel, { k: 'any' }>;

export interface ContentState {
  /** The content may end here. */
  readonly accepting: boolean;
  /** The element particle the transition into this state matched (undefined for a wildcard match or the start). */
  readonly el: ElementParticle | undefined;
  /** The wildcard the transition into this state matched, when no element particle did. */
  readonly any: AnyParticle | undefined;
  /** The child-name slot of `el` (see ContentAutomaton.slotOf); -1 without `el`. */
  readonly slot: number;
  /** The state after a child named `name`, or null if the content model does not allow it here. */
  step(name: string): ContentState | null;
  /** Names allowed next (`*` for a wildcard), for messages. */
  expected(): string[];
  /**
   * For states that `step` updates in place (returning themselves): an independent copy. Absent
   * on immutable states (shared, cached DFA states).
   */
  fork?(): ContentState;
  /**
   * Present with `fork`: an independent copy written into the one of `spares` (copies made
   * earlier that nothing uses any more) of the same automaton, else a new one, added to `spares`.
   */
  forkInto?(spares: ContentState[]): ContentState;
}

/**
 * A compiled content model: its start state, and a small integer (slot) per distinct declared
 * child name, so the validator counts same-named siblings in an array instead of a map.
 */
export interface ContentAutomaton {
  readonly start: ContentState;
  readonly slotCount: number;
  /** The slot of a declared child name, or -1 for a name the model does not declare. */
  slotOf(name: string): number;
}
