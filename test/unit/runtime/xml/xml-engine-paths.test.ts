/**
 * One element, one path: the issues the engine reports about an element before its frame exists
 * (an xsi:type that names no type, an abstract type, a missing element before it) name the same
 * path as the issues reported from inside it (its text, its children). An element whose
 * declaration repeats (maxOccurs > 1) is indexed from its first occurrence (`/r/c[1]`), one that
 * cannot repeat only from its second (a second one is itself an error). Documents are invalid
 * for libxml2 2.9.14 (`xmllint --schema`) as well.
 *
 * @see docs/json-output.md (`path`: an XPath, `/A/B[2]/@c`); XSD 1.0 Part 1 §3.3.4 (cvc-elt 4
 *      xsi:type, 1 abstract), §3.4.4 (cvc-complex-type 2.4)
 */
import { describe, expect, it } from 'vitest';
import { verdictOnAllPaths } from './verdict-helper.js';
import { xsdModel } from './xsd-model.js';

const model = xsdModel(`
  <xs:complexType name="B"><xs:sequence><xs:element name="x" type="xs:int"/></xs:sequence></xs:complexType>
  <xs:complexType name="A" abstract="true"><xs:sequence><xs:element name="x" type="xs:int"/></xs:sequence></xs:complexType>
  <xs:element name="r"><xs:complexType><xs:sequence>
    <xs:element name="h" type="xs:int"/>
    <xs:element name="c" type="B" maxOccurs="3"/>
    <xs:element name="one" type="B" minOccurs="0"/>
    <xs:element name="abs" type="A" minOccurs="0" maxOccurs="2"/>
  </xs:sequence></xs:complexType></xs:element>`);

const XSI = 'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"';
const located = async (xml: string) =>
  (await verdictOnAllPaths(xml, model)).errors.map((e) => `${e.code} ${e.location?.path}`);

describe('an element whose declaration repeats is indexed from its first occurrence, in every issue', () => {
  it('an xsi:type naming no type, then a bad value inside', async () => {
    expect(await located(`<r ${XSI}><h>1</h><c xsi:type="Nope"><x>no</x></c></r>`)).toEqual([
      'InvalidType /r/c[1]',
      'InvalidValue /r/c[1]/x',
    ]);
  });

  it('an abstract type, then a bad value inside', async () => {
    expect(await located(`<r><h>1</h><c><x>1</x></c><abs><x>no</x></abs></r>`)).toEqual([
      'InvalidType /r/abs[1]',
      'InvalidValue /r/abs[1]/x',
    ]);
  });

  it('a missing element before it, then a bad value inside', async () => {
    expect(await located('<r><c><x>no</x></c></r>')).toEqual(['MissingElement /r/c[1]', 'InvalidValue /r/c[1]/x']);
  });

  it('the second occurrence is [2] in both', async () => {
    expect(await located(`<r ${XSI}><h>1</h><c><x>1</x></c><c xsi:type="Nope"><x>no</x></c></r>`)).toEqual([
      'InvalidType /r/c[2]',
      'InvalidValue /r/c[2]/x',
    ]);
  });
});

describe('an element that cannot repeat is not indexed', () => {
  it('an xsi:type naming no type, then a bad value inside', async () => {
    expect(await located(`<r ${XSI}><h>1</h><c><x>1</x></c><one xsi:type="Nope"><x>no</x></one></r>`)).toEqual([
      'InvalidType /r/one',
      'InvalidValue /r/one/x',
    ]);
  });
});
