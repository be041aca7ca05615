/** Table-driven tests: `<!ATTLIST>` types and defaults → IR attribute fields (XML 1.0 §3.3). */
import { describe, expect, it } from 'vitest';
import type { IrField, IrType } from '../../../../generator/ir/ir-types.js';
import { elementField, parse, STRING, textField, typeOf, withoutOrigins } from './dtd-test-helpers.js';

type Want = Omit<IrField, 'origin' | 'xml' | 'nillable'>;
const attr = (f: Want) => ({ ...f, xml: { local: f.name, node: 'attribute' }, nillable: false });
const prim = (builtin: string): IrType => ({ kind: 'primitive', builtin, facets: {} }) as IrType;
const OPT = { min: 0, max: 1 };
const REQ = { min: 1, max: 1 };

const cases: [string, { given: string; want: Want }][] = [
  ['CDATA #IMPLIED', { given: 'a CDATA #IMPLIED', want: { name: 'a', type: STRING, occurs: OPT } }],
  ['CDATA #REQUIRED', { given: 'a CDATA #REQUIRED', want: { name: 'a', type: STRING, occurs: REQ } }],
  ['ID', { given: 'a ID #REQUIRED', want: { name: 'a', type: prim('ID'), occurs: REQ } }],
  ['IDREF', { given: 'a IDREF #IMPLIED', want: { name: 'a', type: prim('IDREF'), occurs: OPT } }],
  ['IDREFS', { given: 'a IDREFS #IMPLIED', want: { name: 'a', type: prim('IDREFS'), occurs: OPT } }],
  ['NMTOKEN', { given: 'a NMTOKEN #IMPLIED', want: { name: 'a', type: prim('NMTOKEN'), occurs: OPT } }],
  ['NMTOKENS', { given: 'a NMTOKENS #IMPLIED', want: { name: 'a', type: prim('NMTOKENS'), occurs: OPT } }],
  ['ENTITY', { given: 'a ENTITY #IMPLIED', want: { name: 'a', type: prim('ENTITY'), occurs: OPT } }],
  ['ENTITIES', { given: 'a ENTITIES #IMPLIED', want: { name: 'a', type: prim('ENTITIES'), occurs: OPT } }],
  [
    'enumeration keeps declared order, with a default',
    {
      given: 'a (zulu | alpha|mike) "alpha"',
      want: {
        name: 'a',
        type: { kind: 'enum', base: 'NMTOKEN', values: ['zulu', 'alpha', 'mike'] },
        occurs: OPT,
        default: 'alpha',
      },
    },
  ],
  [
    'enumeration of name tokens starting with digits',
    {
      given: 'a (1|2|10) #REQUIRED',
      want: { name: 'a', type: { kind: 'enum', base: 'NMTOKEN', values: ['1', '2', '10'] }, occurs: REQ },
    },
  ],
  [
    'NOTATION enumeration',
    {
      given: 'a NOTATION (gif | png) #IMPLIED',
      want: { name: 'a', type: { kind: 'enum', base: 'NOTATION', values: ['gif', 'png'] }, occurs: OPT },
    },
  ],
  ['#FIXED', { given: 'a CDATA #FIXED "1.0"', want: { name: 'a', type: STRING, occurs: OPT, fixed: '1.0' } }],
  [
    'plain default in single quotes',
    { given: "a CDATA 'x y'", want: { name: 'a', type: STRING, occurs: OPT, default: 'x y' } },
  ],
  [
    'default with character references and predefined entities',
    { given: 'a CDATA "&#65;&#x42;&lt;&amp;"', want: { name: 'a', type: STRING, occurs: OPT, default: 'AB<&' } },
  ],
  [
    'general entity references in defaults are kept, never expanded',
    { given: 'a CDATA "&custom;"', want: { name: 'a', type: STRING, occurs: OPT, default: '&custom;' } },
  ],
];

describe('DTD ATTLIST → IR attribute fields', () => {
  it.each(cases)('%s', (_name, { given, want }) => {
    const t = typeOf(`<!ELEMENT e EMPTY>\n<!ATTLIST e ${given}>`, 'e');
    expect(t).toEqual({ kind: 'object', content: 'empty', particle: null, fields: [attr(want)] });
  });

  it('reads several attributes per ATTLIST and several ATTLISTs per element, in order', () => {
    const t = typeOf(
      `<!ELEMENT e EMPTY>
       <!ATTLIST e
          id   ID    #REQUIRED
          kind (a|b) "a">
       <!ATTLIST e note CDATA #IMPLIED>`,
      'e',
    );
    expect(t.kind === 'object' && t.fields.map((f) => f.name)).toEqual(['id', 'kind', 'note']);
  });

  it('(#PCDATA) with attributes is simple content: a text field then the attributes', () => {
    expect(typeOf('<!ELEMENT e (#PCDATA)> <!ATTLIST e source CDATA #IMPLIED>', 'e')).toEqual({
      kind: 'object',
      content: 'simple',
      particle: null,
      fields: [textField(1), attr({ name: 'source', type: STRING, occurs: OPT })],
    });
  });

  it('suffixes Attr to an attribute named like a child element or the text field', () => {
    const schema = parse(
      `<!ELEMENT e (id)> <!ELEMENT id (#PCDATA)> <!ATTLIST e id CDATA #IMPLIED>
       <!ELEMENT s (#PCDATA)> <!ATTLIST s value CDATA #IMPLIED>`,
    );
    const e = withoutOrigins(schema.types.find((t) => t.name === 'e')!.type);
    expect(e.kind === 'object' && e.fields).toEqual([
      elementField('id', 1, 1),
      { ...attr({ name: 'idAttr', type: STRING, occurs: OPT }), xml: { local: 'id', node: 'attribute' } },
    ]);
    const s = withoutOrigins(schema.types.find((t) => t.name === 's')!.type);
    expect(s.kind === 'object' && s.fields.map((f) => [f.name, f.xml.local])).toEqual([
      ['value', ''],
      ['valueAttr', 'value'],
    ]);
  });

  it('locates each attribute field at its name', () => {
    const t = parse('<!ELEMENT e EMPTY>\n<!ATTLIST e\n    first CDATA #IMPLIED>').types[0]!.type;
    expect(t.kind === 'object' && t.fields[0]!.origin).toEqual({ file: 't/schemas/test.dtd', line: 3, column: 5 });
  });
});
