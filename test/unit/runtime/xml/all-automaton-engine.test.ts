/**
 * xs:all groups from schema to verdict (XSD 1.0 Part 1 §3.8 Model Groups, §3.8.4 all-group
 * validation, §3.8.6 all-group constraints): every member at most once in any order, however
 * many members (past 31 and past 62, where a bit-set representation would wrap), an empty
 * instance when every member is optional, and the positional paths of the errors (a repeated
 * member is its name's second occurrence, an undeclared child its first; sibling parents of one
 * all-type count their children apart). Verdicts agree with xmllint (libxml2 2.9.14,
 * `--noout --schema`); every instance runs through the string, bytes and chunked paths.
 */
import { describe, expect, it } from 'vitest';
import { buildXmlSchemaModel } from '../../../../generator/compile/build-xml-model.js';
import { parseXsd } from '../../../../generator/parse/xsd/parse-xsd.js';
import type { XmlSchemaModel } from '../../../../runtime/schema-model.js';
import { verdictOnAllPaths } from './verdict-helper.js';

function schema(body: string): XmlSchemaModel {
  const source = `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">${body}</xs:schema>`;
  return buildXmlSchemaModel(parseXsd({ source, file: 'all.xsd', schemaId: 'all' }));
}

/** <r> with an xs:all of `n` optional members e0 … e(n-1). */
function wide(n: number): XmlSchemaModel {
  const els = Array.from({ length: n }, (_, i) => `<xs:element name="e${i}" minOccurs="0"/>`).join('');
  return schema(`<xs:element name="r"><xs:complexType><xs:all>${els}</xs:all></xs:complexType></xs:element>`);
}

const doc = (...names: number[]) => `<r>${names.map((i) => `<e${i}/>`).join('')}</r>`;

async function errors(xml: string, m: XmlSchemaModel) {
  return (await verdictOnAllPaths(xml, m)).errors.map((e) => `${e.code} ${e.location.path}`);
}

describe('xs:all with many members (xmllint agrees on every verdict)', () => {
  const forty = wide(40);
  const sixtyFour = wide(64);

  it('accepts an empty instance when every member is optional (group minOccurs 1)', async () => {
    expect(await errors('<r/>', forty)).toEqual([]);
    expect(await errors('<r/>', sixtyFour)).toEqual([]);
  });

  it('rejects a repeat of the 32nd and 33rd member (past the first 31)', async () => {
    expect(await errors(doc(31, 31), forty)).toEqual(['UnexpectedElement /r/e31[2]']);
    expect(await errors(doc(32, 32), forty)).toEqual(['UnexpectedElement /r/e32[2]']);
    expect(await errors(doc(39, 5, 39), forty)).toEqual(['UnexpectedElement /r/e39[2]']);
  });

  it('keeps members past the first 31 apart from the first ones', async () => {
    expect(await errors(doc(32, 0), forty)).toEqual([]);
    expect(await errors(doc(31, 0, 30), forty)).toEqual([]);
    expect(await errors(doc(...Array.from({ length: 40 }, (_, i) => 39 - i)), forty)).toEqual([]);
  });

  it('keeps the members of a group of 64 apart (no two share a bit)', async () => {
    expect(await errors(doc(63, 31), sixtyFour)).toEqual([]);
    expect(await errors(doc(62, 30, 63, 0, 31), sixtyFour)).toEqual([]);
    expect(await errors(doc(...Array.from({ length: 64 }, (_, i) => i)), sixtyFour)).toEqual([]);
    expect(await errors(doc(63, 63), sixtyFour)).toEqual(['UnexpectedElement /r/e63[2]']);
    expect(await errors(doc(62, 1, 62), sixtyFour)).toEqual(['UnexpectedElement /r/e62[2]']);
  });
});

describe('xs:all: the paths of errors among the group members', () => {
  const m = schema(`<xs:complexType name="P"><xs:all>
      <xs:element name="a" type="xs:int" minOccurs="0"/><xs:element name="b" minOccurs="0"/>
    </xs:all></xs:complexType>
    <xs:element name="r"><xs:complexType><xs:sequence>
      <xs:element name="p" type="P" maxOccurs="unbounded"/></xs:sequence></xs:complexType></xs:element>`);

  it('names a repeated member by its position among same-named siblings', async () => {
    expect(await errors('<r><p><b/><b/></p></r>', m)).toEqual(['UnexpectedElement /r/p[1]/b[2]']);
    expect(await errors('<r><p><a>1</a><b/><a>2</a></p></r>', m)).toEqual(['UnexpectedElement /r/p[1]/a[2]']);
  });

  it('reports an undeclared child as its first occurrence, apart from the members', async () => {
    expect(await errors('<r><p><b/><x/></p></r>', m)).toEqual(['UnexpectedElement /r/p[1]/x']);
    expect(await errors('<r><p><a>1</a><b/><x/></p></r>', m)).toEqual(['UnexpectedElement /r/p[1]/x']);
  });

  it('counts the children of each parent afresh (a second <p> starts from zero)', async () => {
    expect(await errors('<r><p><a>1</a></p><p><a>x</a></p></r>', m)).toEqual(['InvalidValue /r/p[2]/a']);
    expect(await errors('<r><p><b/><a>1</a></p><p><b/><a>y</a></p></r>', m)).toEqual(['InvalidValue /r/p[2]/a']);
  });
});
