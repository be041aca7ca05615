/**
 * The flat field view's occurrence aggregation, driven directly with IR particles.
 * @see generator/parse/xsd/fields-from-particle.ts
 */
import { describe, expect, it } from 'vitest';
import type { IrOccurs, IrParticle } from '../../../../generator/ir/ir-types.js';
import { fieldsFromParticle } from '../../../../generator/parse/xsd/fields-from-particle.js';
import type { ElementDecl } from '../../../../generator/parse/xsd/xsd-components.js';

const el = (name: string, min = 1, max: IrOccurs['max'] = 1): IrParticle => ({
  kind: 'element',
  name,
  occurs: { min, max },
});
const group = (
  kind: 'sequence' | 'choice' | 'all',
  items: IrParticle[],
  min = 1,
  max: IrOccurs['max'] = 1,
): IrParticle => ({
  kind,
  items,
  occurs: { min, max },
});

function occursOf(p: IrParticle): Record<string, IrOccurs> {
  const names = new Set<string>();
  const walk = (x: IrParticle): void => {
    if (x.kind === 'element') names.add(x.name);
    else if (x.kind !== 'any') for (const i of x.items) walk(i);
  };
  walk(p);
  const decls = new Map<string, ElementDecl>(
    [...names].map((n) => [
      n,
      { name: n, type: { kind: 'any' }, nillable: false, origin: { file: 'f', line: 1, column: 1 } },
    ]),
  );
  return Object.fromEntries(fieldsFromParticle(p, decls).map((f) => [f.name, f.occurs]));
}

describe('fieldsFromParticle', () => {
  const cases: [string, { given: IrParticle; want: Record<string, IrOccurs> }][] = [
    ['single required', { given: group('sequence', [el('a')]), want: { a: { min: 1, max: 1 } } }],
    [
      'minOccurs multiplies down',
      {
        given: group('sequence', [group('sequence', [el('a', 2, 2)], 3, 3)]),
        want: { a: { min: 6, max: 'unbounded' } },
      },
    ],
    ['own bounded max kept', { given: group('sequence', [el('a', 0, 4)]), want: { a: { min: 0, max: 4 } } }],
    ['maxOccurs="0" element', { given: group('sequence', [el('a', 0, 0)]), want: { a: { min: 0, max: 0 } } }],
    [
      'twice in a sequence',
      { given: group('sequence', [el('a'), el('a', 0)]), want: { a: { min: 1, max: 'unbounded' } } },
    ],
    [
      'in every choice alternative',
      {
        given: group('choice', [group('sequence', [el('a'), el('b')]), group('sequence', [el('a'), el('c')])]),
        want: { a: { min: 1, max: 1 }, b: { min: 0, max: 1 }, c: { min: 0, max: 1 } },
      },
    ],
    ['single-alternative choice keeps min', { given: group('choice', [el('a')]), want: { a: { min: 1, max: 1 } } }],
    [
      'repeating choice',
      {
        given: group('choice', [el('a'), el('b')], 0, 'unbounded'),
        want: { a: { min: 0, max: 'unbounded' }, b: { min: 0, max: 'unbounded' } },
      },
    ],
    [
      'all with optional members',
      { given: group('all', [el('a', 0), el('b')]), want: { a: { min: 0, max: 1 }, b: { min: 1, max: 1 } } },
    ],
    [
      'wildcards contribute no field',
      {
        given: group('sequence', [{ kind: 'any', process: 'lax', occurs: { min: 0, max: 'unbounded' } }, el('a')]),
        want: { a: { min: 1, max: 1 } },
      },
    ],
  ];
  it.each(cases)('%s', (_name, { given, want }) => {
    expect(occursOf(given)).toEqual(want);
  });

  it('keeps first-appearance order and returns [] for no particle', () => {
    const p = group('sequence', [el('z'), group('choice', [el('a'), el('z')]), el('m')]);
    expect(Object.keys(occursOf(p))).toEqual(['z', 'a', 'm']);
    expect(fieldsFromParticle(null, new Map())).toEqual([]);
  });
});
