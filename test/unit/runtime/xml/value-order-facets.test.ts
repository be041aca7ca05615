/**
 * Facets on built-in values through the validator: bounds on float/double (NaN and the
 * infinities), enumerations and fixed values matched by value (boolean, hexBinary, base64Binary,
 * float, duration) and length facets measured in octets, items and characters. Every case runs
 * through the string, bytes and chunked paths.
 * @see XSD 1.0 Part 2 §3.2.4–3.2.5 (a bound of NaN admits only NaN when inclusive and nothing
 *      when exclusive; any other bound excludes NaN), §4.3.1 (length), §4.3.5 (enumeration
 *      compares values), §3.2.15–3.2.16 (binary lengths in octets)
 */
import { describe, expect, it } from 'vitest';
import { buildXmlSchemaModel } from '../../../../generator/compile/build-xml-model.js';
import { parseXsd } from '../../../../generator/parse/xsd/parse-xsd.js';
import { verdictOnAllPaths } from './verdict-helper.js';

const simple = (name: string, base: string, facets: string) =>
  `<xs:element name="${name}"><xs:simpleType><xs:restriction base="xs:${base}">${facets}</xs:restriction></xs:simpleType></xs:element>`;

const model = buildXmlSchemaModel(
  parseXsd({
    source: `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
      ${simple('fMax', 'float', '<xs:maxInclusive value="1.5"/>')}
      ${simple('dMin', 'double', '<xs:minInclusive value="-1.5"/>')}
      ${simple('dNaNIncl', 'double', '<xs:maxInclusive value="NaN"/>')}
      ${simple('fNaNExcl', 'float', '<xs:minExclusive value="NaN"/>')}
      ${simple('dInfIncl', 'double', '<xs:maxInclusive value="INF"/>')}
      ${simple('dBelowInf', 'double', '<xs:maxExclusive value="INF"/>')}
      ${simple('fAboveNegInf', 'float', '<xs:minExclusive value="-INF"/>')}
      <xs:element name="bFixed" type="xs:boolean" fixed="true"/>
      <xs:element name="bFixed0" type="xs:boolean" fixed="0"/>
      ${simple('hEnum', 'hexBinary', '<xs:enumeration value="0A"/>')}
      ${simple('b64Enum', 'base64Binary', '<xs:enumeration value="YWJj"/>')}
      ${simple('fEnum', 'float', '<xs:enumeration value="1.0"/><xs:enumeration value="NaN"/>')}
      ${simple('durEnum', 'duration', '<xs:enumeration value="P1D"/>')}
      ${simple('sEnum', 'string', '<xs:enumeration value="1.0"/>')}
      ${simple('hLen', 'hexBinary', '<xs:length value="2"/>')}
      ${simple('b64Len', 'base64Binary', '<xs:length value="2"/>')}
      ${simple('tokensLen', 'NMTOKENS', '<xs:length value="2"/>')}
      ${simple('sLen', 'string', '<xs:length value="2"/>')}
    </xs:schema>`,
    file: 'value-order.xsd',
    schemaId: 'value-order',
  }),
);

const valid = async (name: string, text: string) =>
  (await verdictOnAllPaths(`<${name}>${text}</${name}>`, model)).valid;

describe('bounds on float and double', () => {
  it('compare numbers by value', async () => {
    expect(await valid('fMax', '1.5')).toBe(true);
    expect(await valid('fMax', '15E-1')).toBe(true);
    expect(await valid('fMax', '-2')).toBe(true);
    expect(await valid('fMax', '1.6')).toBe(false);
    expect(await valid('dMin', '-1.5')).toBe(true);
    expect(await valid('dMin', '-1.25')).toBe(true);
    expect(await valid('dMin', '-1.75')).toBe(false);
  });

  it('place INF above and -INF below every number', async () => {
    expect(await valid('fMax', 'INF')).toBe(false);
    expect(await valid('fMax', '-INF')).toBe(true);
    expect(await valid('dMin', '-INF')).toBe(false);
    expect(await valid('dMin', 'INF')).toBe(true);
    expect(await valid('dInfIncl', 'INF')).toBe(true);
    expect(await valid('dInfIncl', '1.7E308')).toBe(true);
    expect(await valid('dBelowInf', 'INF')).toBe(false);
    expect(await valid('dBelowInf', '1.7E308')).toBe(true);
    expect(await valid('fAboveNegInf', '-INF')).toBe(false);
    expect(await valid('fAboveNegInf', '-3.4E38')).toBe(true);
  });

  it('exclude NaN when the bound is a number or an infinity', async () => {
    expect(await valid('fMax', 'NaN')).toBe(false);
    expect(await valid('dMin', 'NaN')).toBe(false);
    expect(await valid('dInfIncl', 'NaN')).toBe(false);
    expect(await valid('fAboveNegInf', 'NaN')).toBe(false);
  });

  it('an inclusive NaN bound admits only NaN; an exclusive one admits nothing', async () => {
    expect(await valid('dNaNIncl', 'NaN')).toBe(true);
    expect(await valid('dNaNIncl', '0')).toBe(false);
    expect(await valid('dNaNIncl', 'INF')).toBe(false);
    expect(await valid('dNaNIncl', '-INF')).toBe(false);
    expect(await valid('fNaNExcl', 'NaN')).toBe(false);
    expect(await valid('fNaNExcl', '1')).toBe(false);
  });
});

describe('enumerations compare values', () => {
  it('boolean (no enumeration facet; a fixed value is compared the same way): 1 is true, 0 is false', async () => {
    expect(await valid('bFixed', 'true')).toBe(true);
    expect(await valid('bFixed', '1')).toBe(true);
    expect(await valid('bFixed', 'false')).toBe(false);
    expect(await valid('bFixed', '0')).toBe(false);
    expect(await valid('bFixed0', 'false')).toBe(true);
    expect(await valid('bFixed0', '0')).toBe(true);
    expect(await valid('bFixed0', 'true')).toBe(false);
    expect(await valid('bFixed0', '1')).toBe(false);
  });

  it('hexBinary: the case of the digits does not matter', async () => {
    expect(await valid('hEnum', '0a')).toBe(true);
    expect(await valid('hEnum', '0A')).toBe(true);
    expect(await valid('hEnum', '0B')).toBe(false);
  });

  it('base64Binary: whitespace inside does not matter, letters do', async () => {
    expect(await valid('b64Enum', 'YW Jj')).toBe(true);
    expect(await valid('b64Enum', 'YWJk')).toBe(false);
    expect(await valid('b64Enum', 'ywjj')).toBe(false);
  });

  it('float: 1 is 1.0, and NaN matches NaN', async () => {
    expect(await valid('fEnum', '1')).toBe(true);
    expect(await valid('fEnum', '10E-1')).toBe(true);
    expect(await valid('fEnum', 'NaN')).toBe(true);
    expect(await valid('fEnum', '2')).toBe(false);
    expect(await valid('fEnum', 'INF')).toBe(false);
  });

  it('duration: P1D is PT24H', async () => {
    expect(await valid('durEnum', 'PT24H')).toBe(true);
    expect(await valid('durEnum', 'PT1440M')).toBe(true);
    expect(await valid('durEnum', 'PT25H')).toBe(false);
  });

  it('string: compared as text, 1 is not 1.0', async () => {
    expect(await valid('sEnum', '1.0')).toBe(true);
    expect(await valid('sEnum', '1')).toBe(false);
  });
});

describe('length facets', () => {
  it('hexBinary counts octets', async () => {
    expect(await valid('hLen', '0A1b')).toBe(true);
    expect(await valid('hLen', '0A')).toBe(false);
    expect(await valid('hLen', '0A1B2C')).toBe(false);
  });

  it('base64Binary counts octets, not characters or padding', async () => {
    expect(await valid('b64Len', 'YWI=')).toBe(true);
    expect(await valid('b64Len', 'YW I=')).toBe(true);
    expect(await valid('b64Len', 'YQ==')).toBe(false);
    expect(await valid('b64Len', 'YWJj')).toBe(false);
  });

  it('NMTOKENS counts items', async () => {
    expect(await valid('tokensLen', 'ab  cd')).toBe(true);
    expect(await valid('tokensLen', 'ab')).toBe(false);
    expect(await valid('tokensLen', 'a b c')).toBe(false);
  });

  it('string counts characters, one for a character outside the BMP', async () => {
    expect(await valid('sLen', `${String.fromCodePoint(0x10000)}${String.fromCodePoint(0x10ffff)}`)).toBe(true);
    expect(await valid('sLen', `a${String.fromCodePoint(0x103ff)}`)).toBe(true);
    expect(await valid('sLen', '\ue000\ufffd')).toBe(true);
    expect(await valid('sLen', String.fromCodePoint(0x1d11e))).toBe(false);
    expect(await valid('sLen', 'abc')).toBe(false);
  });
});
