/**
 * The `xs:all` automaton: any order, each member at most `max` times, satisfied when every
 * required member is there (or nothing is, for an optional group); states are not cached (each
 * element steps its own fork in place), so thousands of member combinations leave nothing behind,
 * and stepping a fork leaves the shared start state untouched.
 */
import { describe, expect, it } from 'vitest';
import { AllAutomaton } from '../../../../runtime/xml/all-automaton.js';
import type { ElementParticle } from '../../../../runtime/xml/content-state.js';
import { e, walk } from './particle-builders.js';

const member = (i: number, min = 0, max = 1) => e(`f${i}`, min, max) as ElementParticle;

describe('AllAutomaton', () => {
  it('accepts every combination of 20 optional members in any order, each at most once', () => {
    const auto = new AllAutomaton(
      Array.from({ length: 20 }, (_, i) => member(i)),
      1,
    );
    expect(Object.keys(auto).sort()).toEqual(['groupMin', 'members', 'slots', 'start']);
    for (let mask = 1; mask < 5000; mask++) {
      const names = Array.from({ length: 20 }, (_, i) => i)
        .filter((i) => mask & (1 << i))
        .map((i) => `f${i}`);
      if (mask % 2) names.reverse();
      const state = walk(auto.start, names);
      expect(state?.accepting).toBe(true);
      expect(state?.el?.name).toBe(names.at(-1));
      expect(state!.step('f0') === null).toBe((mask & 1) === 1);
    }
    expect(auto.start.step('nope')).toBeNull();
  });

  it('is satisfied only once every required member is there', () => {
    const auto = new AllAutomaton([member(0, 1), member(1), member(2, 1)], 1);
    expect(auto.start.accepting).toBe(false);
    expect(walk(auto.start, ['f1', 'f0'])?.accepting).toBe(false);
    expect(walk(auto.start, ['f2', 'f1', 'f0'])?.accepting).toBe(true);
    expect(walk(auto.start, ['f1', 'f0'])?.expected()).toEqual(['f2']);
  });

  it('an optional group may be empty, but once started must be complete', () => {
    const auto = new AllAutomaton([member(0, 1), member(1)], 0);
    expect(auto.start.accepting).toBe(true);
    expect(walk(auto.start, ['f1'])?.accepting).toBe(false);
    expect(walk(auto.start, ['f1', 'f0'])?.accepting).toBe(true);
  });

  it('a fork steps in place; the start state and other forks are untouched', () => {
    const auto = new AllAutomaton([member(0, 1), member(1)], 1);
    const a = auto.start.fork!();
    const b = auto.start.fork!();
    expect(a.step('f0')).toBe(a);
    expect(a.accepting).toBe(true);
    expect(b.accepting).toBe(false);
    expect(auto.start.accepting).toBe(false);
    expect(auto.start.expected()).toEqual(['f0', 'f1']);
    expect(b.step('f1')?.expected()).toEqual(['f0']);
  });

  it('honours max > 1 (XSD 1.1) and the same state reached twice is equivalent', () => {
    const auto = new AllAutomaton([member(0, 0, 2), member(1)], 1);
    expect(walk(auto.start, ['f0', 'f1', 'f0'])?.accepting).toBe(true);
    expect(walk(auto.start, ['f0', 'f0', 'f0'])).toBeNull();
    const a = walk(auto.start, ['f0', 'f1'])!;
    const b = walk(auto.start, ['f1', 'f0'])!;
    expect(a.expected()).toEqual(b.expected());
  });
});
