/**
 * Parameter entities, conditional sections, comments, PIs, text declaration, line endings, docs
 * and qspec:open markers (XML 1.0 §2.5–§2.6, §2.11, §3.4, §4.2, §4.4).
 */
import { describe, expect, it } from 'vitest';
import { parseDtdWithWarnings } from '../../../../generator/parse/dtd/parse-dtd.js';
import { elementField, parse, STRING, typeOf } from './dtd-test-helpers.js';

const seqOf = (...names: string[]) => ({
  kind: 'object',
  content: 'sequence',
  fields: names.map((n) => elementField(n, 1, 1)),
  particle: {
    kind: 'sequence',
    items: names.map((name) => ({ kind: 'element', name, occurs: { min: 1, max: 1 } })),
    occurs: { min: 1, max: 1 },
  },
});
const leaves = '<!ELEMENT a (#PCDATA)> <!ELEMENT b (#PCDATA)> <!ELEMENT c (#PCDATA)>';

const cases: [string, { given: string; want: unknown }][] = [
  ['PE inside a content model', { given: '<!ENTITY % ab "a, b"> <!ELEMENT r (%ab;, c)>', want: seqOf('a', 'b', 'c') }],
  [
    'PE referring to another PE (included in literal)',
    { given: '<!ENTITY % x "b"> <!ENTITY % ab "a, %x;"> <!ELEMENT r (%ab;)>', want: seqOf('a', 'b') },
  ],
  ['PE as a whole declaration', { given: '<!ENTITY % decl "<!ELEMENT r (a)>"> %decl;', want: seqOf('a') }],
  ['first PE binding wins', { given: '<!ENTITY % p "a"> <!ENTITY % p "b"> <!ELEMENT r (%p;)>', want: seqOf('a') }],
  ['character reference in an entity value', { given: '<!ENTITY % p "&#97;"> <!ELEMENT r (%p;)>', want: seqOf('a') }],
  [
    'general entities are ignored (not expanded)',
    {
      given: '<!ENTITY g "(b)"> <!ENTITY ext SYSTEM "x.txt"> <!ENTITY pic SYSTEM "p.gif" NDATA gif> <!ELEMENT r (a)>',
      want: seqOf('a'),
    },
  ],
  ['INCLUDE section', { given: '<![INCLUDE[ <!ELEMENT r (a)> ]]>', want: seqOf('a') }],
  [
    'IGNORE section with nested sections and garbage',
    {
      given: '<![IGNORE[ <!ELEMENT r (b)> <![INCLUDE[ <!ELEMENT r ((( ]]> junk ]]> <!ELEMENT r (c)>',
      want: seqOf('c'),
    },
  ],
  [
    'conditional keywords via parameter entities',
    {
      given:
        '<!ENTITY % draft "IGNORE"> <!ENTITY % final "INCLUDE"> <![%draft;[ <!ELEMENT r (a)> ]]> <![ %final; [ <!ELEMENT r (b)> ]]>',
      want: seqOf('b'),
    },
  ],
  [
    "IGNORE keyword and '[' from one parameter entity",
    { given: "<!ENTITY % ig 'IGNORE['> <![%ig; <!ELEMENT r (b)> ]]> <!ELEMENT r (a)>", want: seqOf('a') },
  ],
  ['nested INCLUDE sections', { given: '<![INCLUDE[ <![INCLUDE[ <!ELEMENT r (a, b)> ]]> ]]>', want: seqOf('a', 'b') }],
  [
    'comments between and inside declarations',
    { given: '<!-- c1 --> <!ELEMENT r (a, <!-- inside --> b) <!-- end -->> <!-- c2 -->', want: seqOf('a', 'b') },
  ],
  ['processing instructions are skipped', { given: '<?pi data?> <!ELEMENT r (a) > <?other?>', want: seqOf('a') }],
  [
    'NOTATION declarations are skipped',
    { given: '<!NOTATION gif SYSTEM "image/gif"> <!NOTATION png PUBLIC "p" "s"> <!ELEMENT r (a)>', want: seqOf('a') },
  ],
];

describe('DTD parameter entities, conditional sections and markup', () => {
  it.each(cases)('%s', (_name, { given, want }) => {
    expect(typeOf(`${leaves}\n${given}`, 'r')).toEqual(want);
  });

  it('skips a leading <?xml ...?> declaration and reads Windows line endings', () => {
    const source =
      '\uFEFF<?xml version="1.0" encoding="UTF-8"?>\r\n<!-- head -->\r\n<!ELEMENT r (a)>\r\n<!ELEMENT a (#PCDATA)>\r\n';
    const schema = parse(source);
    expect(schema.doc).toBe('head');
    expect(schema.types.map((t) => [t.name, t.origin.line, t.origin.column])).toEqual([
      ['a', 4, 1],
      ['r', 3, 1],
    ]);
    expect(schema.types.find((t) => t.name === 'a')!.type).toEqual(STRING);
  });

  it('locates tokens from a PE expansion at the reference', () => {
    const schema = parse('<!ENTITY % m "(a)">\n<!ELEMENT a (#PCDATA)>\n<!ELEMENT r   %m;>');
    const r = schema.types.find((t) => t.name === 'r')!;
    expect(r.type.kind === 'object' && r.type.fields[0]!.origin).toEqual({
      file: 't/schemas/test.dtd',
      line: 3,
      column: 15,
    });
  });

  it('takes the leading comments as the schema doc and an adjacent comment block as an element doc', () => {
    const schema = parse(`<!-- Title -->
<!--  $Revision: 1 $  -->

<!ELEMENT r (a)>

<!-- far away -->

<!-- line one
     line two -->
<!ELEMENT a (#PCDATA)>
<!ELEMENT b (#PCDATA)>`);
    expect(schema.doc).toBe('Title\n$Revision: 1 $');
    expect(schema.types.map((t) => [t.name, t.doc])).toEqual([
      ['a', 'line one\nline two'],
      ['b', undefined],
      ['r', undefined],
    ]);
  });

  it('marks elements named in a qspec:open comment as open (and never uses it as a doc)', () => {
    const { schema, warnings } = parseDtdWithWarnings({
      source: '<!ELEMENT r (a)>\n<!-- qspec:open r a\n  GHOST -->\n<!ELEMENT a (#PCDATA)>',
      file: 'f.dtd',
      schemaId: 'f.dtd',
    });
    const r = schema.types.find((t) => t.name === 'r')!;
    const a = schema.types.find((t) => t.name === 'a')!;
    expect(r.type.kind === 'object' && r.type.open).toBe(true);
    expect(a.type).toMatchObject({ kind: 'object', content: 'simple', open: true });
    expect(a.doc).toBeUndefined();
    expect(warnings.map((w) => [w.code, w.severity, w.location.line])).toEqual([
      ['DtdUndeclaredElement', 'warning', 2],
    ]);
  });

  it('does not mark elements open without a marker', () => {
    const t = typeOf('<!ELEMENT r (a)> <!ELEMENT a EMPTY> <!-- qspec: open r -->', 'r');
    expect(t.kind === 'object' && 'open' in t).toBe(false);
  });
});
