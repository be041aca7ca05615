import { describe, expect, it } from 'vitest';
import { AllAutomaton } from '../../../../../templates/runtime/xml/all-automaton.js';
import type { ElementParticle } from '../../../../../templates/runtime/xml/content-state.js';

describe('AllAutomaton state cache', () => {
  it('stays bounded over many member combinations and still validates each one', () => {
    const members: ElementParticle[] = Array.from({ length: 20 }, (_, i) => ({
      k: 'el',
      name: `f${i}`,
      p: `f${i}`,
      type: 0,
      min: 0,
      max: 1,
      array: false,
    }));
    const auto = new AllAutomaton(members, 1);
    for (let mask = 1; mask < 5000; mask++) {
      let state = auto.start;
      for (let i = 0; i < 20; i++) {
        if (mask & (1 << i)) {
          const next = state.step(`f${i}`);
          expect(next).not.toBeNull();
          state = next!;
        }
      }
      expect(state.accepting).toBe(true);
      expect(state.step('f0') === null).toBe((mask & 1) === 1); // each member at most once
    }
    expect(auto.cachedStates).toBeLessThanOrEqual(512);
  });
});
