/** Every DTD diagnostic code, with its location (file:line:column). */
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../../../generator/diagnostics.js';
import { parseDtd, parseDtdWithWarnings } from '../../../../generator/parse/dtd/parse-dtd.js';
import { diagnosticsOf } from './dtd-test-helpers.js';

const FILE = 'vm/schemas/bad.dtd';
const run = (source: string) => () => parseDtd({ source, file: FILE, schemaId: FILE });

const errors: [string, { given: string; want: { code: string; line: number; column: number; message?: RegExp } }][] = [
  ['unknown markup', { given: '<!ELEMENT a EMPTY>\n  <!DOCTYPE x>', want: { code: 'DtdSyntax', line: 2, column: 3 } }],
  [
    'stray text between declarations',
    { given: '<!ELEMENT a EMPTY> oops', want: { code: 'DtdSyntax', line: 1, column: 20 } },
  ],
  [
    'missing >',
    {
      given: '<!ELEMENT a EMPTY\n<!ELEMENT b EMPTY>',
      want: { code: 'DtdSyntax', line: 2, column: 1, message: /expected '>'/ },
    },
  ],
  [
    'bad content spec',
    { given: '<!ELEMENT a EMTPY>', want: { code: 'DtdSyntax', line: 1, column: 13, message: /EMPTY, ANY or '\('/ } },
  ],
  [
    'mixing , and | in one group',
    { given: '<!ELEMENT a (b, c | d)>', want: { code: 'DtdSyntax', line: 1, column: 19, message: /cannot mix/ } },
  ],
  [
    '#PCDATA not first',
    {
      given: '<!ELEMENT a (b | #PCDATA)*>',
      want: { code: 'DtdSyntax', line: 1, column: 18, message: /must come first/ },
    },
  ],
  [
    'mixed content with names but no *',
    { given: '<!ELEMENT a (#PCDATA | b)>', want: { code: 'DtdSyntax', line: 1, column: 26, message: /'\*'/ } },
  ],
  [
    'unclosed group at end of file',
    { given: '<!ELEMENT a (b, c', want: { code: 'DtdSyntax', line: 1, column: 18, message: /end of DTD/ } },
  ],
  [
    'unknown attribute type',
    { given: '<!ATTLIST a x STRING #IMPLIED>', want: { code: 'DtdSyntax', line: 1, column: 15 } },
  ],
  [
    'missing default',
    { given: '<!ATTLIST a x CDATA>', want: { code: 'DtdSyntax', line: 1, column: 20, message: /#REQUIRED/ } },
  ],
  ['#FIXED without value', { given: '<!ATTLIST a x CDATA #FIXED>', want: { code: 'DtdSyntax', line: 1, column: 27 } }],
  [
    'unterminated comment',
    { given: '<!ELEMENT a EMPTY>\n<!-- never closed', want: { code: 'DtdSyntax', line: 2, column: 1 } },
  ],
  ['unterminated literal', { given: '<!ATTLIST a x CDATA "open>', want: { code: 'DtdSyntax', line: 1, column: 21 } }],
  [
    'unterminated IGNORE section',
    { given: '<![IGNORE[ <!ELEMENT a EMPTY>', want: { code: 'DtdSyntax', line: 1, column: 1 } },
  ],
  [
    'unterminated INCLUDE section',
    { given: '\n<![INCLUDE[ <!ELEMENT a EMPTY>', want: { code: 'DtdSyntax', line: 2, column: 1 } },
  ],
  ['unmatched ]]>', { given: '<!ELEMENT a EMPTY> ]]>', want: { code: 'DtdSyntax', line: 1, column: 20 } }],
  ['bad conditional keyword', { given: '<![MAYBE[ ]]>', want: { code: 'DtdSyntax', line: 1, column: 4 } }],
  ['malformed PE reference', { given: '<!ELEMENT a (%b)>', want: { code: 'DtdSyntax', line: 1, column: 14 } }],
  [
    'syntax error inside a PE expansion is located at the reference',
    {
      given: '<!ENTITY % m "(a,|b)">\n<!ELEMENT a %m;>',
      want: { code: 'DtdSyntax', line: 2, column: 13, message: /expansion of %m;/ },
    },
  ],
  [
    'external parameter entity (SYSTEM)',
    {
      given: '<!ENTITY % ext SYSTEM "http://example.com/x.dtd">\n%ext;',
      want: { code: 'DtdExternalEntity', line: 1, column: 16 },
    },
  ],
  [
    'external parameter entity (PUBLIC)',
    { given: '<!ENTITY % ext PUBLIC "-//X//EN" "x.dtd">', want: { code: 'DtdExternalEntity', line: 1, column: 16 } },
  ],
  [
    'recursive parameter entity (via a character reference)',
    {
      given: '<!ENTITY % loop "&#37;loop;">\n<!ELEMENT a (%loop;)>',
      want: { code: 'DtdEntityLimit', line: 2, column: 14, message: /recursive/ },
    },
  ],
  [
    'exponential parameter entities (billion laughs)',
    // l0 is 50 chars, each level ×10: declaring l1..l4 costs 555 500 chars; l5 (line 6) crosses 1 MB at its literal.
    {
      given: [
        '<!ENTITY % l0 "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">',
        ...Array.from({ length: 8 }, (_, i) => `<!ENTITY % l${i + 1} "${`%l${i};`.repeat(10)}">`),
      ].join('\n'),
      want: { code: 'DtdEntityLimit', line: 6, column: 15, message: /exceeds 1000000 characters/ },
    },
  ],
  [
    'undefined parameter entity',
    { given: '<!ELEMENT a (%nope;)>', want: { code: 'DtdUndefinedEntity', line: 1, column: 14 } },
  ],
  [
    'duplicate element declaration',
    {
      given: '<!ELEMENT a EMPTY>\n  <!ELEMENT a (#PCDATA)>',
      want: { code: 'DtdDuplicateElement', line: 2, column: 3, message: /line 1:1/ },
    },
  ],
];

describe('DTD diagnostics (errors)', () => {
  it.each(errors)('%s', (_name, { given, want }) => {
    const [d, ...rest] = diagnosticsOf(run(given));
    expect(rest).toEqual([]);
    expect(d).toMatchObject({
      code: want.code,
      severity: 'error',
      location: { file: FILE, line: want.line, column: want.column },
    });
    if (want.message) expect(d!.message).toMatch(want.message);
    expect(formatDiagnostic(d!)).toMatch(new RegExp(`^${FILE}:${want.line}:${want.column}: error ${want.code}: `));
  });

  it('enforces a custom expansion budget (characters and count)', () => {
    const source = '<!ENTITY % p "a, b">\n<!ELEMENT r (%p;, %p;)>';
    const tight = { maxExpandedChars: 5, maxExpansions: 100 };
    const few = { maxExpandedChars: 1000, maxExpansions: 1 };
    for (const limits of [tight, few]) {
      const [d] = diagnosticsOf(() => parseDtd({ source, file: FILE, schemaId: FILE, limits }));
      expect(d).toMatchObject({ code: 'DtdEntityLimit', location: { line: 2, column: 19 } });
    }
  });
});

describe('DTD diagnostics (warnings)', () => {
  it('DtdUndeclaredElement: collected, not thrown; parseDtd still returns the schema', () => {
    const source =
      '<!ELEMENT r (a, ghost, ghost?)>\n<!ELEMENT a (#PCDATA | spook)*>\n<!ATTLIST nobody x CDATA #IMPLIED>';
    const { schema, warnings } = parseDtdWithWarnings({ source, file: FILE, schemaId: FILE });
    expect(warnings.map((w) => [w.code, w.severity, w.location.line, w.location.column])).toEqual([
      ['DtdUndeclaredElement', 'warning', 1, 17],
      ['DtdUndeclaredElement', 'warning', 2, 24],
      ['DtdUndeclaredElement', 'warning', 3, 11],
    ]);
    expect(warnings[0]!.message).toMatch(/ghost \(a child of r\)/);
    expect(parseDtd({ source, file: FILE, schemaId: FILE })).toEqual(schema);
    const r = schema.types.find((t) => t.name === 'r')!.type;
    expect(r.kind === 'object' && r.fields.map((f) => [f.name, f.type, f.occurs.max])).toContainEqual([
      'ghost',
      { kind: 'ref', target: `${FILE}#ghost` },
      'unbounded',
    ]);
  });

  it('DtdDuplicateAttribute: the first definition wins', () => {
    const source = '<!ELEMENT e EMPTY>\n<!ATTLIST e x CDATA #REQUIRED>\n<!ATTLIST e x (a|b) #IMPLIED>';
    const { schema, warnings } = parseDtdWithWarnings({ source, file: FILE, schemaId: FILE });
    expect(warnings.map((w) => [w.code, w.severity, w.location.line, w.location.column])).toEqual([
      ['DtdDuplicateAttribute', 'warning', 3, 13],
    ]);
    const e = schema.types[0]!.type;
    expect(e.kind === 'object' && e.fields.map((f) => [f.name, f.type.kind, f.occurs.min])).toEqual([
      ['x', 'primitive', 1],
    ]);
  });

  it('a clean DTD has no warnings', () => {
    expect(
      parseDtdWithWarnings({ source: '<!ELEMENT a (b)> <!ELEMENT b EMPTY>', file: FILE, schemaId: FILE }).warnings,
    ).toEqual([]);
  });
});
