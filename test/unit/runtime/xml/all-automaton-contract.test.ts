/**
 * The `xs:all` automaton against the ContentState / ContentAutomaton contract (content-state.ts)
 * and XSD 1.1 Part 1 §3.8.4.1 (all-group validation: each member between its minOccurs and
 * maxOccurs times, in any order; XSD 1.1 lifts the 1.0 limit of maxOccurs 1, §3.8.6.4), and
 * §3.8.2 (an optional group is satisfied by nothing): unbounded members, minOccurs 2, members
 * sharing a name, a fork keeps the state it copies, the start state has no slot, every declared
 * name has a slot below slotCount, and only `all` groups of elements are handled.
 */
import { describe, expect, it } from 'vitest';
import { AllAutomaton } from '../../../../runtime/xml/all-automaton.js';
import type { ElementParticle } from '../../../../runtime/xml/content-state.js';
import { all, choice, e, seq, walk } from './particle-builders.js';

const member = (name: string, min = 0, max = 1) => e(name, min, max) as ElementParticle;

describe('AllAutomaton: XSD 1.1 occurrence bounds', () => {
  it('lets an unbounded member (maxOccurs="unbounded") occur any number of times', () => {
    const auto = new AllAutomaton([member('a', 0, -1), member('b', 1)], 1);
    const s = walk(auto.start, ['a', 'b', 'a', 'a', 'a'])!;
    expect(s).not.toBeNull();
    expect(s.accepting).toBe(true);
    expect(s.el?.name).toBe('a');
    expect(s.expected()).toEqual(['a']);
    expect(walk(auto.start, ['a'])?.expected()).toEqual(['a', 'b']);
  });

  it('needs a member with minOccurs 2 twice before the group is satisfied', () => {
    const auto = new AllAutomaton([member('a', 2, 3), member('b')], 1);
    expect(walk(auto.start, ['a'])?.accepting).toBe(false);
    expect(walk(auto.start, ['a', 'b'])?.accepting).toBe(false);
    expect(walk(auto.start, ['b', 'a', 'a'])?.accepting).toBe(true);
    expect(walk(auto.start, ['a', 'a', 'a'])?.accepting).toBe(true);
    expect(walk(auto.start, ['a', 'a', 'a', 'a'])).toBeNull();
  });

  it('stops every member at its maxOccurs when none is limited to one', () => {
    const auto = new AllAutomaton([member('a', 0, 2), member('b', 0, 2)], 1);
    expect(walk(auto.start, ['a', 'b', 'a', 'b'])?.accepting).toBe(true);
    expect(walk(auto.start, ['a', 'a', 'a'])).toBeNull();
    expect(walk(auto.start, ['a', 'a'])?.expected()).toEqual(['b']);
  });

  it('gives members sharing a name one occurrence each, and names them once in expected()', () => {
    const auto = new AllAutomaton([member('a', 1), member('b'), member('a')], 1);
    const once = walk(auto.start, ['a'])!;
    expect(once.accepting).toBe(true);
    expect(once.expected()).toEqual(['b', 'a']);
    expect(auto.start.expected()).toEqual(['a', 'b']);
    expect(walk(auto.start, ['a', 'a'])?.accepting).toBe(true);
    expect(walk(auto.start, ['a', 'a', 'a'])).toBeNull();
    expect(walk(auto.start, ['a', 'b', 'a'])?.slot).toBe(auto.slotOf('a'));
  });
});

describe('AllAutomaton: the empty instance and forks', () => {
  it('is satisfied by nothing when every member is optional, even if the group is required', () => {
    const auto = new AllAutomaton([member('a'), member('b')], 1);
    expect(auto.start.accepting).toBe(true);
    expect(auto.start.fork!().accepting).toBe(true);
  });

  it('a fork of a stepped state is as complete as the state it copies', () => {
    const required = new AllAutomaton([member('a', 1), member('b')], 1);
    const done = walk(required.start, ['b', 'a'])!;
    expect(done.accepting).toBe(true);
    expect(done.fork!().accepting).toBe(true);
    const optional = new AllAutomaton([member('a', 1), member('b')], 0);
    const started = walk(optional.start, ['b'])!;
    expect(started.accepting).toBe(false);
    const copy = started.fork!();
    expect(copy.accepting).toBe(false);
    expect(copy.step('a')?.accepting).toBe(true);
    expect(copy.step('b')).toBeNull();
  });

  it('the start state matched no element: no particle and slot -1', () => {
    const auto = new AllAutomaton([member('a', 1), member('b')], 1);
    expect(auto.start.el).toBeUndefined();
    expect(auto.start.slot).toBe(-1);
    expect(auto.start.fork!().slot).toBe(-1);
  });
});

describe('AllAutomaton: slots and what it handles', () => {
  it('gives every declared name a slot below slotCount, and -1 to other names', () => {
    const names = Array.from({ length: 70 }, (_, i) => `f${i}`);
    const auto = new AllAutomaton(
      names.map((n) => member(n)),
      1,
    );
    expect(auto.slotCount).toBeGreaterThanOrEqual(70);
    const slots = names.map((n) => auto.slotOf(n));
    expect(new Set(slots).size).toBe(70);
    for (const s of slots) expect(s >= 0 && s < auto.slotCount).toBe(true);
    expect(auto.slotOf('nope')).toBe(-1);
    expect(walk(auto.start, ['f69', 'f0'])?.slot).toBe(auto.slotOf('f0'));
  });

  it('handles an all group of elements only, not a sequence or choice of elements', () => {
    expect(AllAutomaton.handles(all([e('a'), e('b', 0)]))).toBe(true);
    expect(AllAutomaton.handles(seq([e('a'), e('b')]))).toBe(false);
    expect(AllAutomaton.handles(choice([e('a'), e('b')]))).toBe(false);
    expect(AllAutomaton.handles(all([e('a'), seq([e('b')])]))).toBe(false);
  });
});
