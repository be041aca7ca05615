/**
 * Thompson construction: a `RegexNode` tree -> an NFA with character states (one set each), split
 * states (two epsilon exits) and epsilon jumps. Counted repetition is expanded
 * (`x{2,4}` -> `x x x? x?`, `x{2,}` -> `x x+`), so the NFA is linear in the size of the expanded
 * pattern; a pattern whose expansion would pass `MAX_NFA_STATES` is refused with an
 * `XsdRegexError` of kind `limit` before anything is built.
 *
 * @see XSD 1.0 Part 2 Appendix F; K. Thompson, "Regular expression search algorithm" (1968)
 */
import type { CharSet } from './char-set.js';
import { type RegexNode, XsdRegexError } from './regex-ast.js';

/** Most NFA states one pattern may compile to (counted repetitions expanded). */
export const MAX_NFA_STATES = 20_000;

export const CHAR = 0;
export const SPLIT = 1;
export const JUMP = 2;
export const MATCH = 3;

export interface Nfa {
  /** Per state: CHAR, SPLIT, JUMP or MATCH. */
  readonly kind: Uint8Array;
  /** Per state: the next state (CHAR, JUMP) or the first epsilon exit (SPLIT). */
  readonly out: Int32Array;
  /** Per state: the second epsilon exit of a SPLIT. */
  readonly out2: Int32Array;
  /** Per CHAR state: index into `sets`. */
  readonly setOf: Int32Array;
  readonly sets: readonly CharSet[];
  readonly start: number;
}

/** Upper bound on the states `node` compiles to (may overestimate, never under). */
export function estimateStates(node: RegexNode): number {
  switch (node.t) {
    case 'set':
      return 1;
    case 'seq':
      return node.items.reduce((n, x) => n + estimateStates(x), 1);
    case 'alt':
      return node.items.reduce((n, x) => n + estimateStates(x), node.items.length);
    case 'rep': {
      const copies = node.max === Number.POSITIVE_INFINITY ? Math.max(node.min, 1) : node.max;
      return (estimateStates(node.node) + 1) * copies + 2;
    }
  }
}

interface Fragment {
  readonly start: number;
  /** Dangling exits: state * 2 (its `out`) or state * 2 + 1 (its `out2`). */
  readonly ends: number[];
}

class Builder {
  readonly kind: number[] = [];
  readonly out: number[] = [];
  readonly out2: number[] = [];
  readonly setOf: number[] = [];
  readonly sets: CharSet[] = [];
  private readonly setIndex = new Map<CharSet, number>();

  add(kind: number, out = -1, out2 = -1, set = -1): number {
    this.kind.push(kind);
    this.out.push(out);
    this.out2.push(out2);
    this.setOf.push(set);
    return this.kind.length - 1;
  }

  patch(ends: readonly number[], to: number): void {
    for (const e of ends) {
      if (e & 1) this.out2[e >> 1] = to;
      else this.out[e >> 1] = to;
    }
  }

  compile(node: RegexNode): Fragment {
    switch (node.t) {
      case 'set': {
        let i = this.setIndex.get(node.set);
        if (i === undefined) {
          i = this.sets.push(node.set) - 1;
          this.setIndex.set(node.set, i);
        }
        const s = this.add(CHAR, -1, -1, i);
        return { start: s, ends: [s * 2] };
      }
      case 'seq':
        return this.sequence(node.items.map((x) => () => this.compile(x)));
      case 'alt': {
        const frags = node.items.map((x) => this.compile(x));
        let start = frags[frags.length - 1]!.start;
        for (let k = frags.length - 2; k >= 0; k--) start = this.add(SPLIT, frags[k]!.start, start);
        return { start, ends: frags.flatMap((f) => f.ends) };
      }
      case 'rep':
        return this.repeat(node.node, node.min, node.max);
    }
  }

  private sequence(parts: readonly (() => Fragment)[]): Fragment {
    if (parts.length === 0) {
      const s = this.add(JUMP);
      return { start: s, ends: [s * 2] };
    }
    const first = parts[0]!();
    let ends = first.ends;
    for (let k = 1; k < parts.length; k++) {
      const f = parts[k]!();
      this.patch(ends, f.start);
      ends = f.ends;
    }
    return { start: first.start, ends };
  }

  private repeat(x: RegexNode, min: number, max: number): Fragment {
    const parts: (() => Fragment)[] = [];
    const unbounded = max === Number.POSITIVE_INFINITY;
    for (let k = 0; k < min - (unbounded && min > 0 ? 1 : 0); k++) parts.push(() => this.compile(x));
    if (unbounded) {
      const atLeastOnce = min > 0;
      parts.push(() => {
        const f = this.compile(x);
        const loop = this.add(SPLIT, f.start, -1);
        this.patch(f.ends, loop);
        return atLeastOnce ? { start: f.start, ends: [loop * 2 + 1] } : { start: loop, ends: [loop * 2 + 1] };
      });
    } else {
      for (let k = min; k < max; k++)
        parts.push(() => {
          const f = this.compile(x);
          const skip = this.add(SPLIT, f.start, -1);
          return { start: skip, ends: [...f.ends, skip * 2 + 1] };
        });
    }
    return this.sequence(parts);
  }
}

/** Compiles `node` (throws `XsdRegexError` kind `limit` past `MAX_NFA_STATES`). */
export function buildNfa(node: RegexNode): Nfa {
  const estimate = estimateStates(node);
  if (estimate > MAX_NFA_STATES)
    throw new XsdRegexError(
      `the pattern needs about ${estimate} automaton states once its counted repetitions are expanded (limit ${MAX_NFA_STATES})`,
      'limit',
      0,
    );
  const b = new Builder();
  const f = b.compile(node);
  const match = b.add(MATCH);
  b.patch(f.ends, match);
  return {
    kind: Uint8Array.from(b.kind),
    out: Int32Array.from(b.out),
    out2: Int32Array.from(b.out2),
    setOf: Int32Array.from(b.setOf),
    sets: b.sets,
    start: f.start,
  };
}
