/**
 * The Glushkov automaton on long optional tails: X{min,max} with max - min in the thousands (well
 * inside the unroll budget) compiles and stays exact, where summarising the nested form
 * X (X (X ...)?)? recursively overflowed the stack from about 1,200 optional copies; and on short
 * bounds its language equals the regular expression's, word by word.
 */
import { describe, expect, it } from 'vitest';
import type { ParticleModel } from '../../../../runtime/schema-model.js';
import type { ContentState } from '../../../../runtime/xml/content-state.js';
import { GlushkovAutomaton } from '../../../../runtime/xml/glushkov-automaton.js';
import { choice, e, seq } from './particle-builders.js';

/** true: accepted; false: a prefix that may go on; null: refused at some child. */
function run(auto: GlushkovAutomaton, names: readonly string[]): boolean | null {
  let s: ContentState | null = auto.start;
  for (const n of names) {
    s = s.step(n);
    if (s === null) return null;
  }
  return s.accepting;
}
const times = (n: number, ...names: string[]): string[] => Array.from({ length: n }, () => names).flat();

describe('GlushkovAutomaton, long optional tails', () => {
  it('compiles a{0,4000} and accepts exactly 0 to 4000 a', () => {
    const auto = new GlushkovAutomaton(e('a', 0, 4000));
    expect(auto.leaves.length).toBe(4000);
    for (const n of [0, 1, 1207, 3999, 4000]) expect(run(auto, times(n, 'a'))).toBe(true);
    expect(run(auto, times(4001, 'a'))).toBeNull();
  });

  it('compiles a{5,2500}: fewer than 5 is an unfinished prefix, more than 2500 refused', () => {
    const auto = new GlushkovAutomaton(e('a', 5, 2500));
    expect(run(auto, times(4, 'a'))).toBe(false);
    expect(run(auto, times(5, 'a'))).toBe(true);
    expect(run(auto, times(2500, 'a'))).toBe(true);
    expect(run(auto, times(2501, 'a'))).toBeNull();
  });

  it('compiles (a b?){0,1500}: a copy that ends optionally is followed by the next copy', () => {
    const auto = new GlushkovAutomaton(seq([e('a'), e('b', 0, 1)], 0, 1500));
    expect(auto.leaves.length).toBe(3000);
    expect(run(auto, [...times(700, 'a', 'b'), ...times(800, 'a')])).toBe(true);
    expect(run(auto, times(1500, 'a', 'b'))).toBe(true);
    expect(run(auto, [...times(1500, 'a'), 'a'])).toBeNull();
    expect(run(auto, ['b'])).toBeNull();
    expect(run(auto, ['a', 'b', 'b'])).toBeNull();
  });
});

describe('GlushkovAutomaton, bounded repeats equal their regular expression', () => {
  const words: string[] = [''];
  for (let len = 1; len <= 7; len++)
    for (let bits = 0; bits < 2 ** len; bits++)
      words.push(Array.from({ length: len }, (_, i) => ((bits >> i) & 1 ? 'b' : 'a')).join(''));

  it.each<[string, ParticleModel, RegExp]>([
    ['a{0,3}', e('a', 0, 3), /^a{0,3}$/],
    ['a{2,4}', e('a', 2, 4), /^a{2,4}$/],
    ['(a b?){0,3}', seq([e('a'), e('b', 0, 1)], 0, 3), /^(?:ab?){0,3}$/],
    ['(a? b){1,3}', seq([e('a', 0, 1), e('b')], 1, 3), /^(?:a?b){1,3}$/],
    ['(a? b?){0,2}', seq([e('a', 0, 1), e('b', 0, 1)], 0, 2), /^(?:a?b?){0,2}$/],
    ['(a | b){2,3}', choice([e('a'), e('b')], 2, 3), /^(?:a|b){2,3}$/],
    ['a{0,2} b{1,2}', seq([e('a', 0, 2), e('b', 1, 2)]), /^a{0,2}b{1,2}$/],
  ])('%s', (_name, particle, regex) => {
    const auto = new GlushkovAutomaton(particle);
    for (const word of words) expect([word, run(auto, [...word]) === true]).toEqual([word, regex.test(word)]);
  });
});
