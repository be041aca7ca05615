/**
 * A top-level `all` group (XSD `xs:all`): each member element at most `max` times (1 in XSD 1.0),
 * in any order; the group is satisfied when every member has reached its `min` (or, if the group
 * itself is optional, when nothing was seen). Run as a lazily built DFA whose states are the
 * member counts (so the usual ≤ 1 bounds give at most 2^n states, created only when reached).
 * The state cache is bounded (MAX_CACHED_STATES): past it, states are built per element and
 * dropped with it, so a large `xs:all` (WebApp has 42 optional members) seen in many field
 * combinations cannot grow memory without limit while streaming.
 *
 * @see XSD 1.1 Part 1 §3.8.4.1 (all-group validation), §3.8.6.4 (all-group limits)
 */
import type { ParticleModel } from '../schema-model.js';
import type { ContentState, ElementParticle } from './content-state.js';

/** Bound on cached states per automaton; beyond it states are transient (constant memory). */
const MAX_CACHED_STATES = 512;

class AllState implements ContentState {
  private readonly next = new Map<string, AllState | null>();
  readonly any = undefined;

  constructor(
    private readonly auto: AllAutomaton,
    private readonly counts: readonly number[],
    readonly accepting: boolean,
    readonly el: ElementParticle | undefined,
    readonly cached: boolean,
  ) {}

  step(name: string): ContentState | null {
    let s = this.next.get(name);
    if (s === undefined) {
      const i = this.auto.members.findIndex((m, j) => m.name === name && (m.max === -1 || this.counts[j]! < m.max));
      if (i < 0) s = null;
      else {
        const counts = this.counts.slice();
        counts[i] = counts[i]! + 1;
        s = this.auto.state(counts, this.auto.members[i]!);
      }
      // Only cached states remember transitions, and only into cached states: a transient state
      // must not be kept alive by the cache.
      if (this.cached && (s === null || s.cached)) this.next.set(name, s);
    }
    return s;
  }

  expected(): string[] {
    return this.auto.members
      .filter((m, j) => m.max === -1 || this.counts[j]! < m.max)
      .map((m) => m.name)
      .filter((n, i, all) => all.indexOf(n) === i);
  }
}

export class AllAutomaton {
  readonly start: ContentState;
  private readonly states = new Map<string, AllState>();

  constructor(
    readonly members: readonly ElementParticle[],
    private readonly groupMin: number,
  ) {
    this.start = this.state(
      members.map(() => 0),
      undefined,
    );
  }

  /** How many states are cached (bounded; for tests and diagnostics). */
  get cachedStates(): number {
    return this.states.size;
  }

  /** True when `p` is an `all` group this automaton handles (element members only). */
  static handles(p: ParticleModel): boolean {
    return p.k === 'all' && p.items.every((i) => i.k === 'el');
  }

  state(counts: number[], el: ElementParticle | undefined): AllState {
    const key = `${counts.join(',')}|${el?.name ?? ''}`;
    let s = this.states.get(key);
    if (!s) {
      const none = counts.every((c) => c === 0);
      const satisfied = this.members.every((m, j) => counts[j]! >= m.min);
      const cache = this.states.size < MAX_CACHED_STATES;
      s = new AllState(this, counts, satisfied || (none && this.groupMin === 0), el, cache);
      if (cache) this.states.set(key, s);
    }
    return s;
  }
}
