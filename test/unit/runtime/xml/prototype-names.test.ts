/**
 * Names that are also properties of Object.prototype (`toString`, `constructor`, `__proto__`)
 * are names like any other, in documents and in type names: a required attribute named
 * `toString` that is absent is missing, an attribute named `__proto__` is kept and checked, and
 * `xs:constructor` names no built-in type (before: inherited properties answered for them).
 */
import { describe, expect, it } from 'vitest';
import { buildXmlSchemaModel } from '../../../../generator/compile/build-xml-model.js';
import { parseXsd } from '../../../../generator/parse/xsd/parse-xsd.js';
import { checkBuiltinLexical, isDecimalBuiltin, isIntegerBuiltin } from '../../../../runtime/xml/builtin-lexical.js';
import { verdictOnAllPaths } from './verdict-helper.js';

const model = buildXmlSchemaModel(
  parseXsd({
    source: `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
      <xs:element name="r"><xs:complexType>
        <xs:sequence><xs:element name="e" type="xs:string" maxOccurs="9"/></xs:sequence>
        <xs:attribute name="toString" type="xs:string" use="required"/>
        <xs:attribute name="__proto__" type="xs:int"/>
        <xs:attribute name="constructor" type="xs:int" default="7"/>
      </xs:complexType></xs:element></xs:schema>`,
    file: 'prototype-names.xsd',
    schemaId: 'prototype-names',
  }),
);
const XSI = 'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xs="http://www.w3.org/2001/XMLSchema"';
const codes = async (xml: string) => (await verdictOnAllPaths(xml, model)).errors.map((e) => `${e.code} ${e.message}`);

describe('names that Object.prototype also has', () => {
  it('reports a required attribute named toString as missing', async () => {
    expect(await codes('<r><e>x</e></r>')).toEqual([
      "MissingAttribute required attribute 'toString' is missing on <r>",
    ]);
    expect(await codes('<r toString="a"><e>x</e></r>')).toEqual([]);
  });

  it('keeps an attribute named __proto__ and checks its value', async () => {
    expect(await codes('<r toString="a" __proto__="zz"><e>x</e></r>')).toEqual([
      "InvalidValue attribute '__proto__' value 'zz' not a valid xs:int",
    ]);
    expect(await codes('<r toString="a" __proto__="12"><e>x</e></r>')).toEqual([]);
    expect(await codes('<r toString="a" constructor="x"><e>x</e></r>')).toEqual([
      "InvalidValue attribute 'constructor' value 'x' not a valid xs:int",
    ]);
  });

  it('takes xs:constructor and xs:toString in xsi:type as no type', async () => {
    for (const name of ['constructor', 'toString', 'hasOwnProperty']) {
      expect(await codes(`<r toString="a" ${XSI}><e xsi:type="xs:${name}">x</e></r>`)).toEqual([
        `InvalidType xsi:type "xs:${name}" names no type of the schema`,
      ]);
    }
  });

  it('knows no integer built-in named like a prototype property', () => {
    for (const name of ['constructor', 'toString', '__proto__', 'valueOf']) {
      expect(isIntegerBuiltin(name)).toBe(false);
      expect(isDecimalBuiltin(name)).toBe(false);
      expect(checkBuiltinLexical(name, '1')).toBeUndefined();
      expect(checkBuiltinLexical(name, 'x')).toBeUndefined();
    }
  });
});
