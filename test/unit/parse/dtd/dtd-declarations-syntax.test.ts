/**
 * Pins the declaration-level grammar of generator/parse/dtd/parse-dtd-declarations.ts with whole
 * diagnostics (code, severity, exact message, file, line, column): what may stand between
 * declarations, conditional sections, and the shapes of `<!ELEMENT`/`<!ATTLIST` heads, `<!ENTITY`
 * and `<!NOTATION` declarations.
 *
 * Follows XML 1.0 (Fifth Edition) §2.8 [31] extSubsetDecl, §3.4 [61]–[65] conditional sections,
 * §4.2 [70]–[76] entity declarations (EntityValue, ExternalID = SYSTEM lit | PUBLIC lit lit,
 * NDataDecl only on general entities), §4.7 [82]–[83] notation declarations (ExternalID or
 * PublicID = PUBLIC lit). Every accepted/refused verdict is also checked against libxml2's
 * xmllint (an independent oracle); qspec's own policy (never fetching an external parameter
 * entity, docs/: DtdExternalEntity) is checked on our side only.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDtd } from '../../../../generator/parse/dtd/parse-dtd.js';
import { describeWith, xmllint } from '../../../support/requirements.js';
import { diagnosticsOf, withoutOrigins } from './dtd-test-helpers.js';

const FILE = 'vm/schemas/decl.dtd';
const run = (source: string) => () => parseDtd({ source, file: FILE, schemaId: FILE });

const syntax = (line: number, column: number, message: string) => ({
  code: 'DtdSyntax',
  severity: 'error',
  message,
  location: { file: FILE, line, column },
});
const close = (decl: string) => `expected '>' to close <!${decl}, found`;
const entityValue = 'expected a quoted entity value, SYSTEM or PUBLIC, found';

/** Malformed DTDs (XML 1.0 grammar violations) and the one diagnostic each must raise. */
const refused: [string, { given: string; want: ReturnType<typeof syntax> }][] = [
  [
    'text between declarations',
    {
      given: '<!ELEMENT a EMPTY> oops',
      want: syntax(
        1,
        20,
        "expected a markup declaration (<!ELEMENT, <!ATTLIST, <!ENTITY, <!NOTATION), <![ or a comment, found 'oops'",
      ),
    },
  ],
  [
    'an unterminated IGNORE section',
    {
      given: '<!ELEMENT a EMPTY>\n  <![IGNORE[ <!ELEMENT b EMPTY>',
      want: syntax(2, 3, "unterminated IGNORE section: missing ']]>'"),
    },
  ],
  [
    "a ']]>' outside any section",
    { given: '<!ELEMENT a EMPTY>\n ]]>', want: syntax(2, 2, "']]>' without a matching '<![INCLUDE['") },
  ],
  [
    'an unterminated INCLUDE section',
    {
      given: '<!ELEMENT a EMPTY>\n   <![INCLUDE[ <!ELEMENT b EMPTY>',
      want: syntax(2, 4, "unterminated INCLUDE section: missing ']]>'"),
    },
  ],
  [
    'a section keyword that is neither INCLUDE nor IGNORE',
    { given: '<![MAYBE[ ]]>', want: syntax(1, 4, "expected INCLUDE or IGNORE after <![, found 'MAYBE'") },
  ],
  [
    "INCLUDE without its '['",
    {
      given: '<![INCLUDE <!ELEMENT a EMPTY> ]]>',
      want: syntax(1, 12, "expected '[' after INCLUDE, found '<!ELEMENT'"),
    },
  ],
  [
    "IGNORE without its '['",
    { given: '<![ IGNORE ]]>', want: syntax(1, 12, "expected '[' after IGNORE, found ']]>'") },
  ],
  [
    '<!ELEMENT without a name',
    { given: '<!ELEMENT (a)>', want: syntax(1, 11, "expected an element name after <!ELEMENT, found '('") },
  ],
  [
    '<!ATTLIST without an element name',
    {
      given: '<!ATTLIST "a" x CDATA #IMPLIED>',
      want: syntax(1, 11, 'expected an element name after <!ATTLIST, found literal "a"'),
    },
  ],
  [
    'a general entity without a name',
    { given: '<!ENTITY "x" "y">', want: syntax(1, 10, 'expected an entity name, found literal "x"') },
  ],
  [
    'a parameter entity without a name',
    { given: '<!ENTITY % "x">', want: syntax(1, 12, 'expected an entity name, found literal "x"') },
  ],
  ['an entity without a definition', { given: '<!ENTITY g >', want: syntax(1, 12, `${entityValue} '>'`) }],
  [
    'an entity defined by an unknown keyword',
    { given: '<!ENTITY g FOO "x">', want: syntax(1, 12, `${entityValue} 'FOO'`) },
  ],
  [
    "an entity defined by '#PUBLIC' (not a keyword here)",
    { given: '<!ENTITY g #PUBLIC "x">', want: syntax(1, 12, `${entityValue} '#PUBLIC'`) },
  ],
  [
    'SYSTEM without its literal',
    { given: '<!ENTITY g SYSTEM>', want: syntax(1, 18, "expected a quoted system identifier, found '>'") },
  ],
  [
    'PUBLIC without its literals',
    { given: '<!ENTITY g PUBLIC>', want: syntax(1, 18, "expected a quoted public identifier, found '>'") },
  ],
  [
    'PUBLIC without the system literal (an entity needs both)',
    { given: '<!ENTITY g PUBLIC "p">', want: syntax(1, 22, "expected a quoted system identifier, found '>'") },
  ],
  [
    'a name after an external id that is not NDATA',
    { given: '<!ENTITY g SYSTEM "s" FOO bar>', want: syntax(1, 23, `${close('ENTITY')} 'FOO'`) },
  ],
  [
    "'#NDATA' after an external id (not the NDATA keyword)",
    { given: '<!ENTITY g SYSTEM "s" #NDATA gif>', want: syntax(1, 23, `${close('ENTITY')} '#NDATA'`) },
  ],
  [
    'NDATA without a notation name',
    { given: '<!ENTITY g SYSTEM "s" NDATA>', want: syntax(1, 28, "expected a notation name after NDATA, found '>'") },
  ],
  ['an entity value followed by more', { given: '<!ENTITY g "v" x>', want: syntax(1, 16, `${close('ENTITY')} 'x'`) }],
  [
    '<!NOTATION without a name',
    {
      given: '<!NOTATION "x">',
      want: syntax(1, 12, 'expected a notation name after <!NOTATION, found literal "x"'),
    },
  ],
  [
    'a notation with an unknown keyword',
    { given: '<!NOTATION n FOO "x">', want: syntax(1, 14, "expected SYSTEM or PUBLIC, found 'FOO'") },
  ],
  [
    'a notation SYSTEM without its literal',
    { given: '<!NOTATION n SYSTEM>', want: syntax(1, 20, "expected a quoted identifier, found '>'") },
  ],
  [
    'a notation SYSTEM with two literals',
    { given: '<!NOTATION n SYSTEM "a" "b">', want: syntax(1, 25, `${close('NOTATION')} literal "b"`) },
  ],
  [
    'a notation PUBLIC followed by a name',
    { given: '<!NOTATION n PUBLIC "a" x>', want: syntax(1, 25, `${close('NOTATION')} 'x'`) },
  ],
  [
    'a notation PUBLIC with both literals, then more',
    { given: '<!NOTATION n PUBLIC "a" "b" x>', want: syntax(1, 29, `${close('NOTATION')} 'x'`) },
  ],
];

/** Well-formed declarations the reader must get through (then declare r). */
const accepted: [string, string][] = [
  ['a general entity with a public and a system id', '<!ENTITY g PUBLIC "-//X//EN" "g.txt">'],
  [
    'an unparsed entity (NDATA) and its notation',
    '<!NOTATION gif SYSTEM "image/gif">\n<!ENTITY pic SYSTEM "p.gif" NDATA gif>',
  ],
  ['a public unparsed entity', '<!NOTATION gif SYSTEM "image/gif">\n<!ENTITY pic PUBLIC "p" "p.gif" NDATA gif>'],
  ['a notation with only a public id', '<!NOTATION n PUBLIC "-//X//NOTATION n//EN">'],
  ['a notation with a public and a system id', '<!NOTATION n PUBLIC "p" "s">'],
  ['a notation with a system id', '<!NOTATION n SYSTEM "s">'],
];

describe('DTD declarations: refused with one whole DtdSyntax diagnostic', () => {
  it.each(refused)('%s', (_name, { given, want }) => {
    expect(diagnosticsOf(run(given))).toEqual([want]);
  });
});

describe('DTD declarations: accepted', () => {
  it.each(accepted)('%s', (_name, given) => {
    const schema = run(`${given}\n<!ELEMENT r EMPTY>`)();
    expect(schema.types.map((t) => t.name)).toEqual(['r']);
  });

  it('a general entity is not a parameter entity: %g; stays undeclared', () => {
    expect(diagnosticsOf(run('<!ENTITY g "(a)">\n<!ELEMENT a EMPTY>\n<!ELEMENT r %g;>'))).toEqual([
      {
        code: 'DtdUndefinedEntity',
        severity: 'error',
        message: 'parameter entity %g; is not declared (declare it with <!ENTITY % g "..."> before its first use)',
        location: { file: FILE, line: 3, column: 13 },
      },
    ]);
  });

  it('a general entity does not take a later parameter entity of the same name', () => {
    const schema = run('<!ENTITY p "junk">\n<!ENTITY % p "(a)">\n<!ELEMENT a EMPTY>\n<!ELEMENT r %p;>')();
    const r = withoutOrigins(schema.types.find((t) => t.name === 'r')!.type);
    expect(r.kind === 'object' && r.fields.map((f) => f.name)).toEqual(['a']);
  });
});

describe('DTD declarations: external parameter entities are never fetched (DtdExternalEntity)', () => {
  it.each([
    ['SYSTEM', '<!ENTITY a "x">\n<!ENTITY  %  ext SYSTEM "http://example.com/x.dtd">', 2, 18],
    ['PUBLIC', '<!ENTITY % ext PUBLIC "-//X//EN" "x.dtd">', 1, 16],
  ] as const)('%s', (kind, given, line, column) => {
    expect(diagnosticsOf(run(given))).toEqual([
      {
        code: 'DtdExternalEntity',
        severity: 'error',
        message: `external parameter entity %ext; (${kind}) is never fetched; inline its declarations into this DTD`,
        location: { file: FILE, line, column },
      },
    ]);
  });
});

const dir = xmllint().present ? mkdtempSync(path.join(tmpdir(), 'qspec-dtd-decl-')) : '';
afterAll(() => {
  if (dir !== '') rmSync(dir, { recursive: true, force: true });
});

/** libxml2's "parser error" lines for `source` used as an external subset. */
function xmllintParserErrors(source: string): string[] {
  const file = path.join(dir, 'subset.dtd');
  writeFileSync(file, source);
  const r = spawnSync('xmllint', ['--nonet', '--noout', '--dtdvalid', file, '-'], { input: '<r/>', encoding: 'utf8' });
  return r.stderr.split('\n').filter((l) => l.includes('parser error'));
}

describeWith(xmllint())('DTD declarations: xmllint agrees on every verdict', () => {
  it.each(refused)('xmllint refuses: %s', (_name, { given }) => {
    expect(xmllintParserErrors(`${given}\n<!ELEMENT r EMPTY>`).length).toBeGreaterThan(0);
  });
  it.each(accepted)('xmllint accepts: %s', (_name, given) => {
    expect(xmllintParserErrors(`${given}\n<!ELEMENT r EMPTY>`)).toEqual([]);
  });
});
