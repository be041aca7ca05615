// Copied by qspec from runtime/xml/xsd-regex/regex-matcher.ts. Do not edit here: `qspec generate` replaces it.
/**
 * Matches a value against a compiled XSD pattern in linear time: the NFA is simulated with a
 * state set (every NFA state is visited at most once per input character, so a match costs
 * O(length × states) at worst, whatever the pattern: `(a+)+b` included), and the state sets met
 * are kept as the states of a lazily built DFA so a typical pattern costs one table lookup per
 * character. The cache is bounded: at most `MAX_DFA_STATES` states per pattern (a full cache is
 * emptied and built again), each with an ASCII row and at most `MAX_WIDE_EDGES` cached non-ASCII
 * transitions (past that, computed again each time: still linear).
 *
 * The whole value must match (XSD patterns are implicitly anchored). A surrogate pair in the
 * value is one character.
 *
 * @see XSD 1.0 Part 2 §4.3.4 (pattern), Appendix F; R. Cox, "Regular Expression Matching Can Be
 *      Simple And Fast" (2007)
 */
import { membership } from './char-set.js';
import { CHAR, JUMP, MATCH, type Nfa, SPLIT } from './regex-nfa.js';

const MAX_DFA_STATES = 1_000;
const MAX_WIDE_EDGES = 256;

interface DState {
  /** The CHAR states of the set, ascending. */
  readonly chars: Int32Array;
  readonly accept: boolean;
  /** Cached transitions for code points from 128 on (created on first use). */
  wide: Map<number, number> | undefined;
}

export class NfaMatcher {
  private readonly tests: ((cp: number) => boolean)[];
  private readonly interned = new Map<string, number>();
  private states: DState[] = [];
  /** `ascii[id * 128 + cp]`: the next state's id + 1 for an ASCII `cp`, 0 while unknown. */
  private ascii = new Int32Array(8 * 128);
  /** Per state id: 0 normal, 1 no way on and accepting, 2 no way on and rejecting. */
  private ends = new Uint8Array(8);
  /** Generation marks: `mark[s] === gen` when NFA state s was already added in this step. */
  private readonly mark: Int32Array;
  private gen = 0;
  private readonly stack: number[] = [];
  private readonly found: number[] = [];

  constructor(private readonly nfa: Nfa) {
    this.tests = nfa.sets.map(membership);
    this.mark = new Int32Array(nfa.kind.length);
    this.reset();
  }

  test(value: string): boolean {
    // Local copies of the tables; `step` may replace them (growth, or a full cache emptied).
    let ascii = this.ascii;
    let ends = this.ends;
    let s = 0; // the start state is always id 0
    const n = value.length;
    for (let i = 0; i < n; i++) {
      let cp = value.charCodeAt(i);
      let t = cp < 128 ? ascii[s * 128 + cp]! - 1 : -1;
      if (t < 0) {
        if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < n) {
          const lo = value.charCodeAt(i + 1);
          if (lo >= 0xdc00 && lo <= 0xdfff) {
            cp = (cp - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000;
            i++;
          }
        }
        t = (cp >= 128 ? this.states[s]!.wide?.get(cp) : undefined) ?? this.step(s, cp);
        ascii = this.ascii;
        ends = this.ends;
      }
      s = t;
      const end = ends[s];
      if (end !== 0) return end === 1 && i === n - 1;
    }
    return this.states[s]!.accept;
  }

  /** Empties the cache and interns the start state as id 0. */
  private reset(): void {
    this.interned.clear();
    this.states = [];
    this.ascii = new Int32Array(8 * 128);
    this.ends = new Uint8Array(8);
    this.intern(this.closure([this.nfa.start]));
  }

  /** The state after `cp` from state `s`, computed from the NFA and cached. */
  private step(s: number, cp: number): number {
    const from: number[] = [];
    const d = this.states[s]!;
    for (const c of d.chars) if (this.tests[this.nfa.setOf[c]!]!(cp)) from.push(this.nfa.out[c]!);
    const set = this.closure(from);
    const key = keyOf(set);
    const known = this.interned.get(key);
    if (known === undefined && this.states.length >= MAX_DFA_STATES) {
      // Cache full: start over with an empty one (the old ids are not used after this step).
      this.reset();
      return this.intern(set);
    }
    const t = known ?? this.intern(set);
    if (cp < 128) this.ascii[s * 128 + cp] = t + 1;
    else {
      d.wide ??= new Map();
      if (d.wide.size < MAX_WIDE_EDGES) d.wide.set(cp, t);
    }
    return t;
  }

  private intern(set: { chars: number[]; accept: boolean }): number {
    const key = keyOf(set);
    const known = this.interned.get(key);
    if (known !== undefined) return known;
    const id = this.states.length;
    this.states.push({ chars: Int32Array.from(set.chars), accept: set.accept, wide: undefined });
    this.interned.set(key, id);
    if (id >= this.ends.length) {
      const ends = new Uint8Array(this.ends.length * 2);
      ends.set(this.ends);
      this.ends = ends;
      const ascii = new Int32Array(this.ascii.length * 2);
      ascii.set(this.ascii);
      this.ascii = ascii;
    }
    this.ends[id] = set.chars.length > 0 ? 0 : set.accept ? 1 : 2;
    return id;
  }

  /** The CHAR states reachable from `roots` through epsilon moves (ascending), and whether MATCH is. */
  private closure(roots: readonly number[]): { chars: number[]; accept: boolean } {
    const { kind, out, out2 } = this.nfa;
    const gen = ++this.gen;
    const stack = this.stack;
    const found = this.found;
    found.length = 0;
    let accept = false;
    for (let k = roots.length - 1; k >= 0; k--) stack.push(roots[k]!);
    while (stack.length > 0) {
      const s = stack.pop()!;
      if (s < 0 || this.mark[s] === gen) continue;
      this.mark[s] = gen;
      const k = kind[s];
      if (k === CHAR) found.push(s);
      else if (k === MATCH) accept = true;
      else if (k === SPLIT) stack.push(out2[s]!, out[s]!);
      else if (k === JUMP) stack.push(out[s]!);
    }
    return { chars: found.slice().sort((a, b) => a - b), accept };
  }
}

function keyOf(set: { chars: number[]; accept: boolean }): string {
  return `${set.accept ? 1 : 0}:${set.chars.join(',')}`;
}
