/**
 * Content-model automata: sequences, choices, nested and bounded occurrences, `all` groups (top
 * level and nested), wildcards, and a non-deterministic model simulated correctly.
 */
import { describe, expect, it } from 'vitest';
import type { ParticleModel } from '../../../../runtime/schema-model.js';
import { compileContent } from '../../../../runtime/xml/compile-content.js';
import { all, choice, e, seq } from './particle-builders.js';

const any: ParticleModel = { k: 'any', min: 0, max: -1, process: 'lax' };

function accepts(p: ParticleModel, names: string): boolean {
  const start = compileContent(p);
  // States that step in place (xs:all) are forked first, as the engine does per element.
  let s: ReturnType<typeof compileContent> | null = start.fork?.() ?? start;
  for (const n of names.split(' ').filter(Boolean)) {
    s = s.step(n);
    if (!s) return false;
  }
  return s.accepting;
}

const cases: [string, ParticleModel, [string, boolean][]][] = [
  [
    '(a, b?, c*)',
    seq([e('a'), e('b', 0), e('c', 0, -1)]),
    [
      ['a', true],
      ['a b c c', true],
      ['a c', true],
      ['b', false],
      ['a b b', false],
      ['', false],
    ],
  ],
  [
    '(x | y)+',
    choice([e('x'), e('y')], 1, -1),
    [
      ['x', true],
      ['x y x', true],
      ['', false],
      ['z', false],
    ],
  ],
  [
    '(a, b){2,3}',
    seq([e('a'), e('b')], 2, 3),
    [
      ['a b', false],
      ['a b a b', true],
      ['a b a b a b', true],
      ['a b a b a b a b', false],
      ['a b a', false],
    ],
  ],
  [
    'a{0,3}',
    e('a', 0, 3),
    [
      ['', true],
      ['a a a', true],
      ['a a a a', false],
    ],
  ],
  [
    '((a | b), c){1,2}',
    seq([choice([e('a'), e('b')]), e('c')], 1, 2),
    [
      ['b c a c', true],
      ['a c c', false],
    ],
  ],
  [
    'all(a, b?, c?)',
    all([e('a'), e('b', 0), e('c', 0)]),
    [
      ['c a', true],
      ['b c a', true],
      ['b c', false],
      ['a a', false],
      ['', false],
    ],
  ],
  [
    'optional all',
    all([e('a'), e('b')], 0),
    [
      ['', true],
      ['b a', true],
      ['a', false],
    ],
  ],
  [
    'nested all (XSD 1.1)',
    seq([e('h'), all([e('a'), e('b', 0)])]),
    [
      ['h b a', true],
      ['h a', true],
      ['h b', false],
    ],
  ],
  [
    'wildcard',
    seq([e('a'), any]),
    [
      ['a x y z', true],
      ['x', false],
    ],
  ],
  [
    'non-deterministic (a*, a)',
    seq([e('a', 0, -1), e('a')]),
    [
      ['a', true],
      ['a a a', true],
      ['', false],
    ],
  ],
  [
    'large bound stays exact',
    e('a', 2, 1000),
    [
      ['a', false],
      ['a a', true],
    ],
  ],
  [
    'a max beyond the unroll budget keeps its min',
    e('a', 2, 1000000),
    [
      ['', false],
      ['a', false],
      ['a a', true],
      ['a a a a', true],
    ],
  ],
  [
    'a wildcard max beyond the unroll budget keeps its min',
    seq([e('h'), { ...any, min: 3, max: 1000000 }]),
    [
      ['h x y', false],
      ['h x y z', true],
    ],
  ],
];

describe('compileContent', () => {
  it.each(cases)('%s', (_name, p, runs) => {
    for (const [names, want] of runs) expect([names, accepts(p, names)]).toEqual([names, want]);
  });

  it('reports the matched particle and the expected names', () => {
    const b = e('b', 0);
    const s = compileContent(seq([e('a'), b, e('c')]));
    expect(s.expected()).toEqual(['a']);
    const afterA = s.step('a')!;
    expect(afterA.expected()).toEqual(['b', 'c']);
    expect(afterA.step('b')?.el).toBe(b);
    expect(
      compileContent(seq([e('a'), any]))
        .step('a')
        ?.step('zzz')?.any,
    ).toBe(any);
  });

  it('remembers a bounded number of the names a wildcard accepts, and still steps the rest', () => {
    const s = compileContent(seq([e('h'), any]));
    const afterH = s.step('h')!;
    const first = afterH.step('n0');
    for (let i = 1; i < 5000; i++) expect(afterH.step(`n${i}`)).toBe(first);
    expect(afterH.step('n4999')).toBe(first);
    expect((afterH as unknown as { next: Map<string, unknown> }).next.size).toBeLessThanOrEqual(1024);
  });

  it('caches transitions (the same state object)', () => {
    const s = compileContent(choice([e('x'), e('y')], 1, -1));
    expect(s.step('x')).toBe(s.step('x'));
    expect(s.step('x')?.step('y')).toBe(s.step('y')?.step('y'));
  });
});
