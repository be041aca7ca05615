/**
 * The Glushkov content automaton at its edges: the unroll budget (positions per model never exceed
 * it, bounds that fit stay exact), nested `all` groups (expanded when small, relaxed when large),
 * emptiable choices, child-name slots, the particle a transition reports, DFA state identity and
 * the bounded memory of remembered transitions.
 */
import { describe, expect, it } from 'vitest';
import type { ParticleModel } from '../../../../runtime/schema-model.js';
import type { ContentState } from '../../../../runtime/xml/content-state.js';
import { GlushkovAutomaton } from '../../../../runtime/xml/glushkov-automaton.js';
import { all, choice, e, seq } from './particle-builders.js';

const BUDGET = 4096;

const any: ParticleModel = { k: 'any', min: 1, max: 1, process: 'lax' };

function walk(start: ContentState, names: readonly string[]): ContentState | null {
  let s: ContentState | null = start;
  for (const n of names) s = s ? s.step(n) : null;
  return s;
}

function accepts(auto: GlushkovAutomaton, names: string): boolean {
  return walk(auto.start, names.split(' ').filter(Boolean))?.accepting ?? false;
}

const times = (name: string, n: number): string[] => Array.from({ length: n }, () => name);

describe('GlushkovAutomaton unroll budget', () => {
  it('keeps a bound exact when its copies fill the budget exactly', () => {
    const auto = new GlushkovAutomaton(e('a', BUDGET, BUDGET));
    expect(auto.leaves.length).toBe(BUDGET);
    expect(walk(auto.start, times('a', BUDGET))?.accepting).toBe(true);
    expect(walk(auto.start, times('a', BUDGET - 1))?.accepting).toBe(false);
    expect(walk(auto.start, times('a', BUDGET + 1))).toBeNull();
  });

  it.each<[string, ParticleModel]>([
    ['a group max counted by its leaves', seq([e('a'), e('b'), e('c')], 0, 2000)],
    ['a two-leaf group max', seq([e('a'), e('b')], 0, 3000)],
    ['a min beyond the budget', e('a', 5000, -1)],
    ['a min just past the budget', e('a', BUDGET, -1)],
    ['a group min beyond the budget', seq([e('a'), e('b')], 5000, -1)],
    ['a max that only overflows with the positions before it', seq([e('h'), e('a', BUDGET, BUDGET)])],
    ['a min that only overflows with the positions before it', seq([e('h'), e('a', 5000, -1)])],
  ])('never unrolls past the budget: %s', (_name, p) => {
    const auto = new GlushkovAutomaton(p);
    expect(auto.leaves.length).toBeLessThanOrEqual(BUDGET);
  });

  it('still rejects too few copies and accepts enough when the budget relaxes a bound', () => {
    const auto = new GlushkovAutomaton(e('a', 5000, -1));
    expect(accepts(auto, 'a')).toBe(false);
    expect(walk(auto.start, times('a', 5000))?.accepting).toBe(true);
    const grouped = new GlushkovAutomaton(seq([e('a'), e('b'), e('c')], 0, 2000));
    expect(accepts(grouped, '')).toBe(true);
    expect(accepts(grouped, 'a b c a b c')).toBe(true);
    expect(accepts(grouped, 'a b')).toBe(false);
  });
});

describe('GlushkovAutomaton nested all groups', () => {
  it('expands a four-member group exactly: each member once, every member required', () => {
    const auto = new GlushkovAutomaton(seq([e('h'), all([e('a'), e('b'), e('c'), e('d')])]));
    expect(accepts(auto, 'h d c b a')).toBe(true);
    expect(accepts(auto, 'h b a d c')).toBe(true);
    expect(accepts(auto, 'h a b c')).toBe(false);
    expect(accepts(auto, 'h a a b c d')).toBe(false);
  });

  it('relaxes a five-member group to one position per member, still accepting any order', () => {
    const members = ['a', 'b', 'c', 'd', 'e'].map((n) => e(n));
    const auto = new GlushkovAutomaton(seq([e('h'), all(members)]));
    expect(auto.leaves.length).toBe(6);
    expect(accepts(auto, 'h e d c b a')).toBe(true);
    expect(accepts(auto, 'h c a e b d')).toBe(true);
    expect(accepts(auto, 'h a b z')).toBe(false);
    expect(walk(auto.start, ['h'])?.expected()).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});

describe('GlushkovAutomaton emptiable choices', () => {
  it('a choice with one emptiable branch may be skipped', () => {
    const auto = new GlushkovAutomaton(seq([e('h'), choice([e('a', 0), e('b')]), e('t')]));
    expect(accepts(auto, 'h t')).toBe(true);
    expect(accepts(auto, 'h b t')).toBe(true);
    expect(accepts(auto, 'h')).toBe(false);
    expect(new GlushkovAutomaton(choice([e('b'), e('a', 0)])).start.accepting).toBe(true);
    expect(new GlushkovAutomaton(choice([e('b'), e('a')])).start.accepting).toBe(false);
  });
});

describe('GlushkovAutomaton slots', () => {
  it('numbers each distinct declared name densely in declaration order; wildcards take none', () => {
    const auto = new GlushkovAutomaton(seq([e('a'), any, e('b'), e('a'), e('c', 0, 3)]));
    expect(auto.slotCount).toBe(3);
    expect(auto.slotOf('a')).toBe(0);
    expect(auto.slotOf('b')).toBe(1);
    expect(auto.slotOf('c')).toBe(2);
    expect(auto.slotOf('zz')).toBe(-1);
    expect(auto.start.slot).toBe(-1);
    const afterA = auto.start.step('a')!;
    expect(afterA.slot).toBe(0);
    const afterAny = afterA.step('x')!;
    expect(afterAny.any).toBe(any);
    expect(afterAny.el).toBeUndefined();
    expect(afterAny.slot).toBe(-1);
    expect(afterAny.step('b')?.slot).toBe(1);
  });

  it('a model of wildcards only has no slots', () => {
    const auto = new GlushkovAutomaton(seq([any, any]));
    expect(auto.slotCount).toBe(0);
    expect(auto.slotOf('x')).toBe(-1);
  });
});

describe('GlushkovAutomaton transitions', () => {
  it('reports the element particle when a name matches both a wildcard and an element', () => {
    const a = e('a');
    const auto = new GlushkovAutomaton(choice([any, a]));
    const s = auto.start.step('a')!;
    expect(s.el).toBe(a);
    expect(s.any).toBeUndefined();
    expect(s.slot).toBe(0);
    expect(auto.start.step('other')?.any).toBe(any);
  });

  it('lists the names expected next in model order, `*` for a wildcard', () => {
    const nd = new GlushkovAutomaton(seq([choice([e('x'), seq([e('x'), e('y')])]), e('z')]));
    expect(nd.start.step('x')?.expected()).toEqual(['y', 'z']);
    expect(new GlushkovAutomaton(seq([e('h'), any])).start.step('h')?.expected()).toEqual(['*']);
  });

  it('distinct sets of positions are distinct states, even with look-alike position lists', () => {
    // Positions: k=0, x=1, x=2, y=3 | f=4..11, x=12, z=13.
    const auto = new GlushkovAutomaton(
      choice([seq([e('k'), choice([e('x'), seq([e('x'), e('y')])])]), seq([e('f', 8, 8), e('x'), e('z')])]),
    );
    const viaF = walk(auto.start, [...times('f', 8), 'x'])!;
    expect(viaF.accepting).toBe(false);
    const viaK = walk(auto.start, ['k', 'x'])!;
    expect(viaK).not.toBe(viaF);
    expect(viaK.accepting).toBe(true);
    expect(viaK.step('y')?.accepting).toBe(true);
    expect(viaF.step('z')?.accepting).toBe(true);
  });

  it('reaches the same cached state for the same set of positions from the start and from a loop', () => {
    // (a | b?){0,2} repeated: after `a` and after `a a` the same positions are current.
    const auto = new GlushkovAutomaton(seq([choice([e('a'), e('b', 0)], 0, 2)], 0, -1));
    const once = auto.start.step('a')!;
    expect(once.step('a')).toBe(once);
    expect(once.step('b')?.step('a')).toBe(once);
  });

  it('remembers transitions per state: up to 1024 accepted names, 64 rejected ones', () => {
    type Peek = { next: Map<string, unknown> };
    const auto = new GlushkovAutomaton(seq([e('h'), { ...any, min: 0, max: -1 }, e('t')]));
    const start = auto.start;
    start.step('h');
    expect((start as unknown as Peek).next.has('h')).toBe(true);
    for (let i = 0; i < 100; i++) expect(start.step(`bogus${i}`)).toBeNull();
    expect((start as unknown as Peek).next.size).toBe(64);
    const afterH = start.step('h')!;
    const first = afterH.step('n0');
    for (let i = 1; i < 100; i++) expect(afterH.step(`n${i}`)).toBe(first);
    expect((afterH as unknown as Peek).next.size).toBe(100);
  });
});
