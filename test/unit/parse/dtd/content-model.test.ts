/** Table-driven tests: `<!ELEMENT>` content models → IR types (XML 1.0 §3.2). */
import { describe, expect, it } from 'vitest';
import { elementField, parse, STRING, textField, typeOf } from './dtd-test-helpers.js';

const leaves =
  '<!ELEMENT a (#PCDATA)> <!ELEMENT b (#PCDATA)> <!ELEMENT c (#PCDATA)> <!ELEMENT x EMPTY> <!ELEMENT y EMPTY>';
const el = (name: string, min = 1, max: number | 'unbounded' = 1) => ({
  kind: 'element' as const,
  name,
  occurs: { min, max },
});
const ONE = { min: 1, max: 1 };

/** Expected types are compared without origins, so they are plain data rather than IrType. */
const cases: [string, { given: string; want: unknown }][] = [
  ['(#PCDATA) without attributes is a string', { given: '<!ELEMENT r (#PCDATA)>', want: STRING }],
  ['(#PCDATA)* is a string too', { given: '<!ELEMENT r (#PCDATA)*>', want: STRING }],
  [
    'sequence with ? and *',
    {
      given: '<!ELEMENT r (a, b?, c*)>',
      want: {
        kind: 'object',
        content: 'sequence',
        fields: [elementField('a', 1, 1), elementField('b', 0, 1), elementField('c', 0, 'unbounded')],
        particle: { kind: 'sequence', items: [el('a'), el('b', 0, 1), el('c', 0, 'unbounded')], occurs: ONE },
      },
    },
  ],
  [
    'choice with + (alternatives optional, repeat unbounded)',
    {
      given: '<!ELEMENT r (x | y)+>',
      want: {
        kind: 'object',
        content: 'choice',
        fields: [elementField('x', 0, 'unbounded'), elementField('y', 0, 'unbounded')],
        particle: { kind: 'choice', items: [el('x'), el('y')], occurs: { min: 1, max: 'unbounded' } },
      },
    },
  ],
  [
    'nested groups: optional choice inside a sequence',
    {
      given: '<!ELEMENT r (a, (b | c)?, x+)>',
      want: {
        kind: 'object',
        content: 'sequence',
        fields: [
          elementField('a', 1, 1),
          elementField('b', 0, 1),
          elementField('c', 0, 1),
          elementField('x', 1, 'unbounded'),
        ],
        particle: {
          kind: 'sequence',
          items: [
            el('a'),
            { kind: 'choice', items: [el('b'), el('c')], occurs: { min: 0, max: 1 } },
            el('x', 1, 'unbounded'),
          ],
          occurs: ONE,
        },
      },
    },
  ],
  [
    "an ancestor's * makes a required child repeat",
    {
      given: '<!ELEMENT r ((a, b?)*, c)>',
      want: {
        kind: 'object',
        content: 'sequence',
        fields: [elementField('a', 0, 'unbounded'), elementField('b', 0, 'unbounded'), elementField('c', 1, 1)],
        particle: {
          kind: 'sequence',
          items: [{ kind: 'sequence', items: [el('a'), el('b', 0, 1)], occurs: { min: 0, max: 'unbounded' } }, el('c')],
          occurs: ONE,
        },
      },
    },
  ],
  [
    'a name appearing twice is unbounded (one field)',
    {
      given: '<!ELEMENT r (a, b, a?)>',
      want: {
        kind: 'object',
        content: 'sequence',
        fields: [elementField('a', 1, 'unbounded'), elementField('b', 1, 1)],
        particle: { kind: 'sequence', items: [el('a'), el('b'), el('a', 0, 1)], occurs: ONE },
      },
    },
  ],
  [
    'single-child group with + ',
    {
      given: '<!ELEMENT r (a+)>',
      want: {
        kind: 'object',
        content: 'sequence',
        fields: [elementField('a', 1, 'unbounded')],
        particle: { kind: 'sequence', items: [el('a', 1, 'unbounded')], occurs: ONE },
      },
    },
  ],
  [
    'mixed content',
    {
      given: '<!ELEMENT r (#PCDATA | a | b)*>',
      want: {
        kind: 'object',
        content: 'mixed',
        fields: [elementField('a', 0, 'unbounded'), elementField('b', 0, 'unbounded'), textField(0)],
        particle: { kind: 'choice', items: [el('a'), el('b')], occurs: { min: 0, max: 'unbounded' } },
      },
    },
  ],
  ['EMPTY', { given: '<!ELEMENT r EMPTY>', want: { kind: 'object', content: 'empty', fields: [], particle: null } }],
  [
    'ANY',
    {
      given: '<!ELEMENT r ANY>',
      want: {
        kind: 'object',
        content: 'mixed',
        fields: [textField(0)],
        particle: { kind: 'any', process: 'lax', occurs: { min: 0, max: 'unbounded' } },
      },
    },
  ],
  [
    'whitespace and line breaks inside the model',
    {
      given: '<!ELEMENT r (\n  a ,\n  b?\n)>',
      want: {
        kind: 'object',
        content: 'sequence',
        fields: [elementField('a', 1, 1), elementField('b', 0, 1)],
        particle: { kind: 'sequence', items: [el('a'), el('b', 0, 1)], occurs: ONE },
      },
    },
  ],
];

describe('DTD content models → IR', () => {
  it.each(cases)('%s', (_name, { given, want }) => {
    expect(typeOf(`${leaves}\n${given}`, 'r')).toEqual(want);
  });

  it('names every type <schemaId>#Name, sorts types and roots by name, roots ref their type', () => {
    const schema = parse('<!ELEMENT zeta (alpha)> <!ELEMENT alpha (#PCDATA)> <!ELEMENT Mid EMPTY>');
    expect(schema.format).toBe('dtd');
    expect(schema.types.map((t) => t.id)).toEqual([
      't/schemas/test.dtd#Mid',
      't/schemas/test.dtd#alpha',
      't/schemas/test.dtd#zeta',
    ]);
    expect(schema.roots.map((r) => [r.name, r.type])).toEqual(
      schema.types.map((t) => [t.name, { kind: 'ref', target: t.id }]),
    );
  });

  it('keeps the position of each declaration and of the first use of each child', () => {
    const { types } = parse('<!ELEMENT a (#PCDATA)>\n  <!ELEMENT r (a,\n a*)>');
    const r = types.find((t) => t.name === 'r')!;
    expect(r.origin).toEqual({ file: 't/schemas/test.dtd', line: 2, column: 3 });
    expect(r.type.kind === 'object' && r.type.fields[0]!.origin).toEqual({
      file: 't/schemas/test.dtd',
      line: 2,
      column: 16,
    });
  });
});
