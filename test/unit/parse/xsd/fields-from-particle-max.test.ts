/**
 * The flat field view's maximum occurrence at its edges (generator/parse/xsd/fields-from-particle.ts):
 * the exact count of a child element over the content model (XSD 1.1 Part 1 §3.9.6 effective
 * total range: a sequence/all sums, a choice takes the greatest alternative, a particle's own
 * maxOccurs multiplies), where a particle with maxOccurs="0" contributes nothing (§3.9.1: it
 * "corresponds to no component at all"), an unbounded particle makes the count unbounded, and an
 * exact maximum other than 0/1 or a maxOccurs declared on the element itself becomes 'unbounded'.
 * Also: the record property of same-named children in different namespaces (`x`, `x_2`, `x_3`).
 */
import { describe, expect, it } from 'vitest';
import type { IrOccurs, IrParticle } from '../../../../generator/ir/ir-types.js';
import { fieldsFromParticle } from '../../../../generator/parse/xsd/fields-from-particle.js';
import type { ElementDecl } from '../../../../generator/parse/xsd/xsd-components.js';

type Max = IrOccurs['max'];
const el = (name: string, min: number, max: Max): IrParticle => ({ kind: 'element', name, occurs: { min, max } });
const group = (kind: 'sequence' | 'choice' | 'all', items: IrParticle[], min = 1, max: Max = 1): IrParticle => ({
  kind,
  items,
  occurs: { min, max },
});

const declOf = (name: string): ElementDecl => ({
  name,
  type: { kind: 'any' },
  nillable: false,
  origin: { file: 'f.xsd', line: 1, column: 1 },
});

function declsFor(p: IrParticle): Map<string, ElementDecl> {
  const decls = new Map<string, ElementDecl>();
  const walk = (x: IrParticle): void => {
    if (x.kind === 'element') decls.set(x.name, declOf(x.name));
    else if (x.kind !== 'any') for (const i of x.items) walk(i);
  };
  walk(p);
  return decls;
}

/** name → occurs of the fields of `p`. */
function occursOf(p: IrParticle): Record<string, IrOccurs> {
  return Object.fromEntries(fieldsFromParticle(p, declsFor(p)).map((f) => [f.name, f.occurs]));
}

describe('fieldsFromParticle: maximum occurrence', () => {
  const cases: [string, { given: IrParticle; want: Record<string, IrOccurs> }][] = [
    [
      'a maxOccurs="0" appearance adds nothing to a required one',
      { given: group('sequence', [el('a', 1, 1), el('a', 0, 0)]), want: { a: { min: 1, max: 1 } } },
    ],
    [
      'a maxOccurs="0" appearance before a required one',
      { given: group('sequence', [el('a', 0, 0), el('a', 1, 1)]), want: { a: { min: 1, max: 1 } } },
    ],
    [
      'an unbounded appearance plus a required one',
      {
        given: group('sequence', [el('a', 0, 'unbounded'), el('a', 1, 1)]),
        want: { a: { min: 1, max: 'unbounded' } },
      },
    ],
    [
      'a required appearance plus an unbounded one',
      {
        given: group('sequence', [el('a', 1, 1), el('a', 0, 'unbounded')]),
        want: { a: { min: 1, max: 'unbounded' } },
      },
    ],
    [
      'an unbounded element in a choice',
      {
        given: group('choice', [el('a', 0, 'unbounded'), el('b', 1, 1)]),
        want: { a: { min: 0, max: 'unbounded' }, b: { min: 0, max: 1 } },
      },
    ],
    [
      'an unbounded element in the second alternative of a choice',
      {
        given: group('choice', [el('b', 1, 1), el('a', 1, 'unbounded')]),
        want: { b: { min: 0, max: 1 }, a: { min: 0, max: 'unbounded' } },
      },
    ],
    [
      'an unbounded element inside a repeated group',
      {
        given: group('sequence', [group('sequence', [el('a', 0, 'unbounded')], 1, 2)]),
        want: { a: { min: 0, max: 'unbounded' } },
      },
    ],
    [
      'a maxOccurs="0" element inside an unbounded group cannot occur',
      {
        given: group('sequence', [group('sequence', [el('a', 0, 0)], 0, 'unbounded'), el('b', 1, 1)]),
        want: { a: { min: 0, max: 0 }, b: { min: 1, max: 1 } },
      },
    ],
    [
      'an unbounded element inside a maxOccurs="0" group cannot occur',
      {
        given: group('sequence', [group('sequence', [el('a', 0, 'unbounded')], 0, 0), el('b', 1, 1)]),
        want: { a: { min: 0, max: 0 }, b: { min: 1, max: 1 } },
      },
    ],
    [
      'a required element inside a maxOccurs="0" group cannot occur',
      {
        given: group('sequence', [group('choice', [el('a', 1, 1)], 0, 0), el('b', 1, 1)]),
        want: { a: { min: 0, max: 0 }, b: { min: 1, max: 1 } },
      },
    ],
    [
      'maxOccurs="2" inside a group repeated twice can occur 4 times: an array',
      {
        given: group('sequence', [group('sequence', [el('a', 0, 2)], 1, 2)]),
        want: { a: { min: 0, max: 'unbounded' } },
      },
    ],
    [
      'maxOccurs="3" inside a group repeated three times can occur 9 times: an array',
      {
        given: group('sequence', [group('sequence', [el('a', 1, 3)], 2, 3)]),
        want: { a: { min: 2, max: 'unbounded' } },
      },
    ],
    [
      'the greatest alternative equal to a declared maxOccurs is kept',
      {
        given: group('choice', [group('sequence', [el('a', 0, 3)], 1, 2), el('a', 0, 6)]),
        want: { a: { min: 0, max: 6 } },
      },
    ],
    [
      'a sum beyond every declared maxOccurs is an array',
      {
        given: group('sequence', [el('a', 0, 2), el('a', 0, 2), el('a', 1, 4)]),
        want: { a: { min: 1, max: 'unbounded' } },
      },
    ],
    [
      'a sum with a maxOccurs="0" appearance keeps the declared maxOccurs',
      { given: group('sequence', [el('a', 0, 3), el('a', 0, 0)]), want: { a: { min: 0, max: 3 } } },
    ],
  ];
  it.each(cases)('%s', (_name, { given, want }) => {
    expect(occursOf(given)).toEqual(want);
  });
});

describe('fieldsFromParticle: record property names', () => {
  it('same local name in three namespaces: x, x_2, x_3, in order of first appearance', () => {
    const p = group('sequence', [el('{urn:a}x', 1, 1), el('{urn:b}x', 0, 1), el('{urn:c}x', 1, 1), el('x_2', 1, 1)]);
    expect(fieldsFromParticle(p, declsFor(p)).map((f) => [f.name, f.xml.local, f.occurs])).toEqual([
      ['x', '{urn:a}x', { min: 1, max: 1 }],
      ['x_2', '{urn:b}x', { min: 0, max: 1 }],
      ['x_3', '{urn:c}x', { min: 1, max: 1 }],
      ['x_2_2', 'x_2', { min: 1, max: 1 }],
    ]);
  });

  it('an element particle without a recorded declaration is an internal error naming it', () => {
    const p = group('sequence', [el('{urn:a}x', 1, 1)]);
    expect(() => fieldsFromParticle(p, new Map())).toThrow(
      new Error('no declaration recorded for element particle "{urn:a}x"'),
    );
  });
});
