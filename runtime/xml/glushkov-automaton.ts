/**
 * Compiles a content-model particle into a position (Glushkov) automaton and runs it as a lazily
 * determinised DFA: a DFA state is the set of positions just matched; transitions are computed on
 * first use and cached (at most MAX_REMEMBERED names per state, so the names a wildcard accepts
 * cannot grow memory without bound), so a deterministic model (XSD UPA, DTD determinism) costs one
 * Map lookup per child, and a non-deterministic one is still simulated correctly (set of states).
 *
 * Occurrence bounds are unrolled: X{2,4} = X X (X (X)?)?, X{1,} = X X*. Unrolling is capped
 * (UNROLL_BUDGET positions per model); beyond it a bounded max is relaxed to unbounded, the min
 * kept while its copies fit (X{2,1000000} = X X X*), else cut to the copies that fit (the only
 * place this engine over-accepts). A nested `all` group (XSD 1.1) of up to 4 members is expanded
 * into its permutations; a larger one is relaxed to (m1 | m2 | ...)*.
 *
 * @see XSD 1.1 Part 1 §3.8.4, §J (UPA); Brüggemann-Klein & Wood 1998 (one-unambiguous regular languages)
 */
import type { ParticleModel } from '../schema-model.js';
import type { AnyParticle, ContentAutomaton, ContentState, ElementParticle } from './content-state.js';
import { ownString } from './own-string.js';
import { wildcardAllows } from './wildcard.js';

type Re =
  | { readonly t: 'pos'; readonly i: number }
  | { readonly t: 'seq' | 'alt'; readonly items: readonly Re[] }
  | { readonly t: 'star'; readonly item: Re }
  // items[0] (items[1] (... (items[n-1])? ...)?)?: the optional tail of X{min,max}, kept flat so
  // that a long tail (max - min up to the unroll budget) is summarised without deep recursion.
  | { readonly t: 'upto'; readonly items: readonly Re[] }
  | { readonly t: 'eps' };

const EPS: Re = { t: 'eps' };
const UNROLL_BUDGET = 4096;
/** Distinct child names whose transition one state remembers (a wildcard accepts any number). */
const MAX_REMEMBERED = 1024;

interface Leaf {
  readonly name: string | null;
  readonly el: ElementParticle | undefined;
  readonly any: AnyParticle | undefined;
}

interface Summary {
  readonly nullable: boolean;
  readonly first: number[];
  readonly last: number[];
}

function leafCount(p: ParticleModel): number {
  return p.k === 'el' || p.k === 'any' ? 1 : p.items.reduce((n, i) => n + leafCount(i), 0);
}

function permutations<T>(xs: readonly T[]): T[][] {
  if (xs.length <= 1) return [xs.slice()];
  const out: T[][] = [];
  xs.forEach((x, i) => {
    for (const rest of permutations([...xs.slice(0, i), ...xs.slice(i + 1)])) out.push([x, ...rest]);
  });
  return out;
}

class Builder {
  readonly leaves: Leaf[] = [];
  readonly follow: Set<number>[] = [];

  particle(p: ParticleModel): Re {
    const make = () => this.once(p);
    let { min, max } = p;
    const per = leafCount(p);
    const copies = max === -1 ? min + 1 : max;
    if (copies * per + this.leaves.length > UNROLL_BUDGET) {
      // Relax the max only: the min copies still fit (X{2,1000000} = X X X*); a min beyond the
      // budget keeps as many required copies as fit, at least one.
      const room = Math.floor((UNROLL_BUDGET - this.leaves.length) / per) - 1;
      min = Math.min(min, Math.max(room, 1));
      max = -1;
    }
    const items: Re[] = [];
    for (let i = 0; i < min; i++) items.push(make());
    if (max === -1) items.push({ t: 'star', item: make() });
    else if (max > min) {
      // The innermost copy is made first (its positions numbered lowest), the outermost last.
      const copies: Re[] = [];
      for (let k = max - min; k > 0; k--) copies.push(make());
      items.push({ t: 'upto', items: copies.reverse() });
    } else items.push(EPS);
    return items.length === 1 ? items[0]! : { t: 'seq', items };
  }

  private once(p: ParticleModel): Re {
    switch (p.k) {
      case 'el':
        return this.leaf({ name: p.name, el: p, any: undefined });
      case 'any':
        return this.leaf({ name: null, el: undefined, any: p });
      case 'seq':
        return { t: 'seq', items: p.items.map((i) => this.particle(i)) };
      case 'choice':
        return { t: 'alt', items: p.items.map((i) => this.particle(i)) };
      case 'all':
        if (p.items.length <= 4) {
          return {
            t: 'alt',
            items: permutations(p.items).map((order) => ({ t: 'seq', items: order.map((i) => this.particle(i)) })),
          };
        }
        return { t: 'star', item: { t: 'alt', items: p.items.map((i) => this.particle({ ...i, min: 1, max: 1 })) } };
    }
  }

  private leaf(l: Leaf): Re {
    this.leaves.push(l);
    this.follow.push(new Set());
    return { t: 'pos', i: this.leaves.length - 1 };
  }

  summarise(re: Re): Summary {
    switch (re.t) {
      case 'eps':
        return { nullable: true, first: [], last: [] };
      case 'pos':
        return { nullable: false, first: [re.i], last: [re.i] };
      case 'star': {
        const s = this.summarise(re.item);
        for (const l of s.last) for (const f of s.first) this.follow[l]!.add(f);
        return { nullable: true, first: s.first, last: s.last };
      }
      case 'alt': {
        const ss = re.items.map((i) => this.summarise(i));
        return {
          nullable: ss.some((s) => s.nullable),
          first: ss.flatMap((s) => s.first),
          last: ss.flatMap((s) => s.last),
        };
      }
      case 'upto':
        return this.summariseUpto(re.items);
      case 'seq': {
        let acc: Summary = { nullable: true, first: [], last: [] };
        for (const item of re.items) {
          const s = this.summarise(item);
          for (const l of acc.last) for (const f of s.first) this.follow[l]!.add(f);
          acc = {
            nullable: acc.nullable && s.nullable,
            first: acc.nullable ? [...acc.first, ...s.first] : acc.first,
            last: s.nullable ? [...acc.last, ...s.last] : s.last,
          };
        }
        return acc;
      }
    }
  }

  /**
   * The summary of c1 (c2 (... (cn)? ...)?)?, as the nested form would give it: each copy is
   * summarised first (outermost first), then, from the innermost out, the last positions of a copy
   * are followed by the first positions of the optional rest after it.
   */
  private summariseUpto(copies: readonly Re[]): Summary {
    const parts = copies.map((c) => this.summarise(c));
    let restFirst: number[] = parts[parts.length - 1]!.first;
    for (let i = parts.length - 2; i >= 0; i--) {
      const s = parts[i]!;
      for (const l of s.last) for (const f of restFirst) this.follow[l]!.add(f);
      restFirst = s.nullable ? [...s.first, ...restFirst] : s.first;
    }
    return { nullable: true, first: restFirst, last: parts.flatMap((s) => s.last) };
  }
}

class GlushkovState implements ContentState {
  private readonly next = new Map<string, GlushkovState | null>();
  private candidates: number[] | undefined;

  constructor(
    private readonly auto: GlushkovAutomaton,
    /** Positions just matched; empty for the start state. */
    private readonly positions: readonly number[],
    readonly accepting: boolean,
    readonly el: ElementParticle | undefined,
    readonly any: AnyParticle | undefined,
    readonly slot: number,
  ) {}

  private cand(): number[] {
    if (!this.candidates) {
      if (this.positions.length === 0 && this === this.auto.start) this.candidates = this.auto.first;
      else {
        const set = new Set<number>();
        for (const p of this.positions) for (const f of this.auto.follow[p]!) set.add(f);
        this.candidates = [...set].sort((a, b) => a - b);
      }
    }
    return this.candidates;
  }

  step(name: string): ContentState | null {
    let s = this.next.get(name);
    if (s === undefined) {
      const hits = this.cand().filter((i) => {
        const leaf = this.auto.leaves[i]!;
        return leaf.name === null ? wildcardAllows(leaf.any!.ns, name) : leaf.name === name;
      });
      s = hits.length ? this.auto.state(hits) : null;
      // Transitions are remembered only up to a bound: a stream of ever new element names (bogus
      // ones, or ones a wildcard accepts) must not grow memory. Past it a name's transition is
      // recomputed on each step; the target state itself is still the cached one. The key is a
      // copy: the automaton outlives the document the name was cut from (own-string.ts).
      if (this.next.size < (s !== null ? MAX_REMEMBERED : 64)) this.next.set(ownString(name), s);
    }
    return s;
  }

  expected(): string[] {
    return [...new Set(this.cand().map((i) => this.auto.leaves[i]!.name ?? '*'))];
  }
}

export class GlushkovAutomaton implements ContentAutomaton {
  readonly leaves: readonly Leaf[];
  readonly follow: readonly (readonly number[])[];
  readonly first: number[];
  readonly last: ReadonlySet<number>;
  readonly start: GlushkovState;
  private readonly states = new Map<string, GlushkovState>();
  private readonly slots = new Map<string, number>();

  constructor(particle: ParticleModel) {
    const b = new Builder();
    const summary = b.summarise(b.particle(particle));
    this.leaves = b.leaves;
    this.follow = b.follow.map((s) => [...s].sort((x, y) => x - y));
    this.first = [...new Set(summary.first)].sort((x, y) => x - y);
    this.last = new Set(summary.last);
    for (const l of this.leaves)
      if (l.name !== null && !this.slots.has(l.name)) this.slots.set(l.name, this.slots.size);
    this.start = new GlushkovState(this, [], summary.nullable, undefined, undefined, -1);
  }

  get slotCount(): number {
    return this.slots.size;
  }

  slotOf(name: string): number {
    return this.slots.get(name) ?? -1;
  }

  /** The (cached) DFA state for a sorted set of positions. */
  state(positions: number[]): GlushkovState {
    const key = positions.join(',');
    let s = this.states.get(key);
    if (!s) {
      const el = positions.map((i) => this.leaves[i]!.el).find((x) => x !== undefined);
      const any = el ? undefined : positions.map((i) => this.leaves[i]!.any).find((x) => x !== undefined);
      s = new GlushkovState(
        this,
        positions,
        positions.some((i) => this.last.has(i)),
        el,
        any,
        el ? this.slotOf(el.name) : -1,
      );
      this.states.set(key, s);
    }
    return s;
  }
}
