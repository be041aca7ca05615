/** Table-driven tests of the aggregated child occurrence behind IR element fields (XML 1.0 §3.2.1). */
import { describe, expect, it } from 'vitest';
import { fieldOccurs } from '../../../../generator/parse/dtd/field-occurs.js';
import { parseDtdDeclarations } from '../../../../generator/parse/dtd/parse-dtd-declarations.js';

function occursIn(model: string): [string, number, number | 'unbounded'][] {
  const decls = parseDtdDeclarations({ source: `<!ELEMENT r ${model}>`, file: 'f.dtd' });
  const content = decls.elements[0]!.content;
  if (content.kind !== 'children') throw new Error('not element content');
  return fieldOccurs(content.particle).map((o) => [o.name, o.occurs.min, o.occurs.max]);
}

const cases: [string, { given: string; want: [string, number, number | 'unbounded'][] }][] = [
  ['required', { given: '(a)', want: [['a', 1, 1]] }],
  [
    '? * +',
    {
      given: '(a?, b*, c+)',
      want: [
        ['a', 0, 1],
        ['b', 0, 'unbounded'],
        ['c', 1, 'unbounded'],
      ],
    },
  ],
  [
    'choice of two makes both optional',
    {
      given: '(a | b)',
      want: [
        ['a', 0, 1],
        ['b', 0, 1],
      ],
    },
  ],
  [
    'choice of one keeps it required',
    {
      given: '((a), b)',
      want: [
        ['a', 1, 1],
        ['b', 1, 1],
      ],
    },
  ],
  [
    'a name in every alternative stays required',
    {
      given: '(a | (a, b))',
      want: [
        ['a', 1, 1],
        ['b', 0, 1],
      ],
    },
  ],
  [
    'optional group makes its members optional',
    {
      given: '((a, b)?)',
      want: [
        ['a', 0, 1],
        ['b', 0, 1],
      ],
    },
  ],
  [
    'repeating ancestor makes members unbounded',
    {
      given: '((a, (b | c))+)',
      want: [
        ['a', 1, 'unbounded'],
        ['b', 0, 'unbounded'],
        ['c', 0, 'unbounded'],
      ],
    },
  ],
  [
    'two appearances are unbounded',
    {
      given: '(a, b, a)',
      want: [
        ['a', 2, 'unbounded'],
        ['b', 1, 1],
      ],
    },
  ],
  [
    'first-appearance order',
    {
      given: '(c, (b | a), c)',
      want: [
        ['c', 2, 'unbounded'],
        ['b', 0, 1],
        ['a', 0, 1],
      ],
    },
  ],
];

describe('fieldOccurs', () => {
  it.each(cases)('%s: %s', (_name, { given, want }) => {
    expect(occursIn(given)).toEqual(want);
  });
});
