/**
 * whiteSpace `collapse` touches only XML's four whitespace characters (#x20, #x9, #xA, #xD):
 * other Unicode spaces (U+00A0 no-break space, U+3000, U+2028, U+FEFF) are ordinary characters,
 * kept at the ends of a collapsed value as in its middle. JavaScript's `String.prototype.trim`
 * strips them all, so it cannot do XSD's collapse. Pinned for values (applyWhiteSpace), for
 * xsi:nil (a boolean) and for xsi:type (a QName). Verdicts agree with xmllint (libxml2 2.9.14,
 * `--schema`): an xs:token of length 3 accepts `a &#9;&#160;` and `&#160;&#9; a`;
 * `xsi:nil="&#160;true"` is not a boolean and `xsi:type="&#160;xs:int"` not a QName, while
 * `xsi:nil=" true&#9;"` is true.
 *
 * @see XSD 1.0 Part 2 §4.3.6 (whiteSpace), §3.2.2 (boolean), §3.2.18 (QName);
 *      XML 1.0 §2.3 (S); XSD 1.0 Part 1 §3.3.4 (cvc-elt 3.1, 4.1: xsi:nil, xsi:type)
 */
import { describe, expect, it } from 'vitest';
import { buildXmlSchemaModel } from '../../../../generator/compile/build-xml-model.js';
import { parseXsd } from '../../../../generator/parse/xsd/parse-xsd.js';
import { applyWhiteSpace } from '../../../../runtime/xml/builtin-lexical.js';
import { verdictOnAllPaths } from './verdict-helper.js';

describe('applyWhiteSpace collapse keeps other Unicode spaces', () => {
  it.each([
    ['a \t\u00a0', 'a \u00a0'],
    ['\u00a0\t a', '\u00a0 a'],
    ['\t\u3000x\u3000\n', '\u3000x\u3000'],
    ['  \ufeffx\u2028  y ', '\ufeffx\u2028 y'],
    [' \t ', ''],
    ['\u00a0', '\u00a0'],
  ])('%j collapses to %j', (value, collapsed) => {
    expect(applyWhiteSpace(value, 'collapse')).toBe(collapsed);
  });
});

const model = buildXmlSchemaModel(
  parseXsd({
    source: `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
      <xs:simpleType name="T3"><xs:restriction base="xs:token"><xs:length value="3"/></xs:restriction></xs:simpleType>
      <xs:element name="r"><xs:complexType><xs:sequence>
        <xs:element name="t" type="T3" minOccurs="0" maxOccurs="9"/>
        <xs:element name="n" type="xs:int" nillable="true" minOccurs="0" maxOccurs="9"/>
      </xs:sequence></xs:complexType></xs:element></xs:schema>`,
    file: 't.xsd',
    schemaId: 't',
  }),
);
const XSI = 'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xs="http://www.w3.org/2001/XMLSchema"';
const errorsOf = async (body: string) =>
  (await verdictOnAllPaths(`<r ${XSI}>${body}</r>`, model)).errors.map((e) => `${e.code} ${e.message}`);

describe('in documents', () => {
  it('a token keeps a no-break space at either end (length 3)', async () => {
    expect(await errorsOf('<t>a &#9;&#160;</t><t>&#160;&#9; a</t>')).toEqual([]);
    expect((await errorsOf('<t>a&#160;</t>')).map((e) => e.split(' ')[0])).toEqual(['InvalidValue']);
  });

  it('xsi:nil with a no-break space is not a boolean; with XML whitespace it is', async () => {
    expect(await errorsOf('<n xsi:nil=" true&#9;"/>')).toEqual([]);
    expect(await errorsOf('<n xsi:nil="&#160;true"/>')).toEqual([
      "InvalidNil xsi:nil value '\u00a0true' is not a boolean",
      "InvalidValue <n> value '' not a valid xs:int",
    ]);
  });

  it('xsi:type with a no-break space is not a QName', async () => {
    expect(await errorsOf('<n xsi:type="xs:int&#9;">1</n>')).toEqual([]);
    expect(await errorsOf('<n xsi:type="&#160;xs:int">1</n>')).toEqual([
      'InvalidType xsi:type "\u00a0xs:int" is not a QName',
    ]);
  });
});
