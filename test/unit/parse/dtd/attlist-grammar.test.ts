/**
 * The `<!ATTLIST>` grammar of generator/parse/dtd/attlist-parser.ts, XML 1.0 (Fifth Edition)
 * §3.3 [52]-[60]: AttDef ::= S Name S AttType S DefaultDecl; AttType is a StringType, a
 * TokenizedType, `NOTATION (Name|...)` or `(Nmtoken|...)`; DefaultDecl is `#REQUIRED`,
 * `#IMPLIED` or `(#FIXED S)? AttValue`; and §3.3.3 for the normalised default (character
 * references and the five predefined entities replaced, tab and newline become a space).
 *
 * Each malformed declaration is pinned as the whole DtdSyntax diagnostic; libxml2's xmllint
 * 2.9.14 refuses each of them too (`xmllint --dtdvalid`, checked by hand: "no name for
 * Attribute", "'(' required to start ATTLIST enumeration", "NOTATION: Name expected here",
 * "NmToken expected", "')' required to finish", "AttValue: \" or ' expected", "Space required
 * after '#FIXED'"), and accepts the well-formed ones. A token repeated in an enumeration breaks
 * only a validity constraint (§3.3.1 VC: No Duplicate Tokens; xmllint: a validity error): the
 * values are a set, read once.
 */
import { describe, expect, it } from 'vitest';
import { parseDtdDeclarations } from '../../../../generator/parse/dtd/parse-dtd-declarations.js';
import { diagnosticsOf, parse, STRING, typeOf } from './dtd-test-helpers.js';

const FILE = 't/schemas/test.dtd';
/** `<!ELEMENT e EMPTY>` then, on line 2, `<!ATTLIST e ${defs}>` (defs start at column 13). */
const dtd = (defs: string) => `<!ELEMENT e EMPTY>\n<!ATTLIST e ${defs}>`;
const syntax = (column: number, message: string) => [
  { code: 'DtdSyntax', severity: 'error', message, location: { file: FILE, line: 2, column } },
];
const refused = (defs: string) => diagnosticsOf(() => parse(dtd(defs)));
const attributesOf = (defs: string) => parseDtdDeclarations({ source: dtd(defs), file: FILE }).attributes.get('e');

describe('malformed attribute definitions', () => {
  it('a literal where the attribute name goes', () => {
    expect(refused('"x" CDATA #IMPLIED')).toEqual(syntax(13, `expected an attribute name or '>', found literal "x"`));
  });

  it('a "(" where the attribute name goes', () => {
    expect(refused('(x) CDATA #IMPLIED')).toEqual(syntax(13, `expected an attribute name or '>', found '('`));
  });

  it('an unknown attribute type', () => {
    expect(refused('a FOO #IMPLIED')).toEqual(
      syntax(
        15,
        "expected an attribute type (CDATA, ID, IDREF, IDREFS, ENTITY, ENTITIES, NMTOKEN, NMTOKENS, NOTATION or an enumeration), found 'FOO'",
      ),
    );
  });

  it('a literal where the attribute type goes', () => {
    expect(refused('a "CDATA" #IMPLIED')).toEqual(
      syntax(
        15,
        'expected an attribute type (CDATA, ID, IDREF, IDREFS, ENTITY, ENTITIES, NMTOKEN, NMTOKENS, NOTATION or an enumeration), found literal "CDATA"',
      ),
    );
  });

  it('NOTATION without its parenthesised names', () => {
    expect(refused('a NOTATION gif #IMPLIED')).toEqual(syntax(24, "expected '(' after NOTATION, found 'gif'"));
  });

  it('a literal in an enumeration', () => {
    expect(refused('a (x|"y") #IMPLIED')).toEqual(syntax(18, 'expected an enumeration value, found literal "y"'));
  });

  it('an empty enumeration', () => {
    expect(refused('a () #IMPLIED')).toEqual(syntax(16, "expected an enumeration value, found ')'"));
  });

  it('two enumeration values without "|"', () => {
    expect(refused('a (x y) #IMPLIED')).toEqual(syntax(18, "expected '|' or ')' in an enumeration, found 'y'"));
  });

  it('"," between enumeration values', () => {
    expect(refused('a NOTATION (x,y) #IMPLIED')).toEqual(
      syntax(26, "expected '|' or ')' in an enumeration, found ','"),
    );
  });

  it('an unknown #keyword as the default', () => {
    expect(refused('a CDATA #FOO')).toEqual(
      syntax(21, `expected #REQUIRED, #IMPLIED, #FIXED "value" or a quoted default value, found '#FOO'`),
    );
  });

  it('#FIXED without its value', () => {
    expect(refused('a CDATA #FIXED')).toEqual(syntax(27, "expected a quoted value after #FIXED, found '>'"));
  });
});

describe('well-formed attribute definitions, as declarations', () => {
  it('#IMPLIED and #REQUIRED', () => {
    expect(attributesOf('a CDATA #IMPLIED b ID #REQUIRED')).toEqual([
      {
        name: 'a',
        type: { kind: 'builtin', name: 'CDATA' },
        defaultDecl: { kind: 'implied' },
        at: { line: 2, column: 13 },
      },
      {
        name: 'b',
        type: { kind: 'builtin', name: 'ID' },
        defaultDecl: { kind: 'required' },
        at: { line: 2, column: 30 },
      },
    ]);
  });

  it('quoted defaults spelling REQUIRED, IMPLIED and FIXED are plain defaults', () => {
    expect(attributesOf(`a CDATA "REQUIRED" b CDATA 'IMPLIED' c CDATA "FIXED"`)?.map((d) => d.defaultDecl)).toEqual([
      { kind: 'default', value: 'REQUIRED' },
      { kind: 'default', value: 'IMPLIED' },
      { kind: 'default', value: 'FIXED' },
    ]);
  });

  it('a NOTATION type and an enumeration', () => {
    expect(attributesOf('a NOTATION (gif|png) #IMPLIED b (x | y) "x"')?.map((d) => d.type)).toEqual([
      { kind: 'notation', values: ['gif', 'png'] },
      { kind: 'enumeration', values: ['x', 'y'] },
    ]);
  });

  it('a repeated enumeration token is read once, in first-seen order', () => {
    expect(attributesOf('a (x|y|x|z|y) #IMPLIED')?.[0]?.type).toEqual({ kind: 'enumeration', values: ['x', 'y', 'z'] });
  });
});

describe('default values are normalised (§3.3.3)', () => {
  const field = (value: string) => ({
    kind: 'object',
    content: 'empty',
    particle: null,
    fields: [
      {
        name: 'a',
        xml: { local: 'a', node: 'attribute' },
        type: STRING,
        occurs: { min: 0, max: 1 },
        nillable: false,
        default: value,
      },
    ],
  });

  it('the five predefined entities are replaced', () => {
    expect(typeOf(dtd('a CDATA "[&lt;|&gt;|&amp;|&apos;|&quot;]"'), 'e')).toEqual(field(`[<|>|&|'|"]`));
  });

  it('character references are replaced', () => {
    expect(typeOf(dtd('a CDATA "&#x41;&#66;"'), 'e')).toEqual(field('AB'));
  });

  it('a tab and a newline in the literal each become one space', () => {
    expect(typeOf(dtd('a CDATA "x\ty\nz"'), 'e')).toEqual(field('x y z'));
  });

  it('an #FIXED value too', () => {
    expect(typeOf(dtd('a CDATA #FIXED "&amp;\t&quot;"'), 'e')).toMatchObject({
      fields: [{ name: 'a', fixed: '& "', occurs: { min: 0, max: 1 } }],
    });
  });
});
