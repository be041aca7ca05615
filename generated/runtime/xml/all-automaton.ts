// Copied by qspec from runtime/xml/all-automaton.ts. Do not edit here: `qspec generate` replaces it.
/**
 * A top-level `all` group (XSD `xs:all`): each member element at most `max` times (1 in XSD 1.0),
 * in any order; the group is satisfied when every member has reached its `min` (or, if the group
 * itself is optional, when nothing was seen). A state is the member counts (two 31-bit masks
 * when every member occurs at most once and there are at most 62 of them, as in XSD 1.0; an
 * array otherwise) plus two running tallies (members still below their `min`, members seen), so
 * stepping is one name lookup and O(1) arithmetic, and nothing is cached: memory is one state per open
 * element whatever field combinations and orders a stream holds (WebApp has 42 optional
 * members: 2^42 combinations), and no lookup key is ever built.
 *
 * @see XSD 1.1 Part 1 §3.8.4.1 (all-group validation), §3.8.6.4 (all-group limits)
 */
import type { ParticleModel } from '../schema-model.js';
import type { ContentAutomaton, ContentState, ElementParticle } from './content-state.js';

class AllState implements ContentState {
  readonly any = undefined;
  accepting: boolean;
  slot: number;

  constructor(
    private readonly auto: AllAutomaton,
    /** Members seen, as bits (members 0-30 in `lo`, 31-61 in `hi`); used when `counts` is null. */
    private lo: number,
    private hi: number,
    private counts: number[] | null,
    /** Members whose count is still below their `min`. */
    private missing: number,
    /** Elements matched so far. */
    private seen: number,
    public el: ElementParticle | undefined,
    slot: number,
  ) {
    this.accepting = missing === 0 || (seen === 0 && auto.groupMin === 0);
    this.slot = slot;
  }

  /** A copy to step on its own (each open element steps its own copy in place). */
  fork(): AllState {
    return new AllState(
      this.auto,
      this.lo,
      this.hi,
      this.counts?.slice() ?? null,
      this.missing,
      this.seen,
      this.el,
      this.slot,
    );
  }

  /**
   * A copy of this state to step on its own, written into the state of the same automaton among
   * `spares` (the copies an engine frame made for earlier elements, which nothing uses any more),
   * else a new one, added to `spares`. Saves an object per element of an `all` type, also where
   * elements of several `all` types take turns at one depth.
   */
  forkInto(spares: ContentState[]): AllState {
    let spare: AllState | undefined;
    for (let k = 0; k < spares.length && spare === undefined; k++) {
      const s = spares[k];
      if (s instanceof AllState && s.auto === this.auto) spare = s;
    }
    if (spare === undefined) {
      const copy = this.fork();
      spares.push(copy);
      return copy;
    }
    spare.lo = this.lo;
    spare.hi = this.hi;
    // One automaton, one representation: both states count in an array of one length, or neither.
    if (this.counts !== null) Object.assign(spare.counts!, this.counts);
    spare.missing = this.missing;
    spare.seen = this.seen;
    spare.el = this.el;
    spare.slot = this.slot;
    spare.accepting = this.accepting;
    return spare;
  }

  /** How many times member `i` was seen. */
  count(i: number): number {
    if (this.counts) return this.counts[i]!;
    return ((i < 31 ? this.lo >>> i : this.hi >>> (i - 31)) & 1) as number;
  }

  step(name: string): ContentState | null {
    const a = this.auto;
    const slots = a.slots.get(name);
    if (slots === undefined) return null;
    for (let k = 0; k < slots.length; k++) {
      const i = slots[k]!;
      const m = a.members[i]!;
      const c = this.count(i);
      if (m.max !== -1 && c >= m.max) continue;
      if (c < m.min && c + 1 >= m.min) this.missing--;
      if (this.counts === null) {
        if (i < 31) this.lo |= 1 << i;
        else this.hi |= 1 << (i - 31);
      } else this.counts[i] = c + 1;
      this.seen++;
      this.el = m;
      this.slot = slots[0]!;
      this.accepting = this.missing === 0;
      return this;
    }
    return null;
  }

  expected(): string[] {
    return this.auto.members
      .filter((m, j) => m.max === -1 || this.count(j) < m.max)
      .map((m) => m.name)
      .filter((n, i, all) => all.indexOf(n) === i);
  }
}

export class AllAutomaton implements ContentAutomaton {
  readonly start: ContentState;
  /** Member indices by element name (one each in XSD 1.0; XSD 1.1 allows repeats). */
  readonly slots = new Map<string, number[]>();

  constructor(
    readonly members: readonly ElementParticle[],
    readonly groupMin: number,
  ) {
    members.forEach((m, i) => {
      const list = this.slots.get(m.name);
      if (list) list.push(i);
      else this.slots.set(m.name, [i]);
    });
    const missing = members.filter((m) => m.min > 0).length;
    const bits = members.length <= 62 && members.every((m) => m.max === 1);
    this.start = new AllState(this, 0, 0, bits ? null : members.map(() => 0), missing, 0, undefined, -1);
  }

  get slotCount(): number {
    return this.members.length;
  }

  /** A name's slot is the index of its first member. */
  slotOf(name: string): number {
    return this.slots.get(name)?.[0] ?? -1;
  }

  /** True when `p` is an `all` group this automaton handles (element members only). */
  static handles(p: ParticleModel): boolean {
    return p.k === 'all' && p.items.every((i) => i.k === 'el');
  }
}
