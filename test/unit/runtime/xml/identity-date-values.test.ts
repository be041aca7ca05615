/**
 * Identity constraints on date/time and duration fields through the whole validator: values are
 * compared in their value space, not as text (XSD 1.0 Part 2 §3.2.7.4: a dateTime is a point on
 * the time line, so 12:00:00Z and 13:00:00+01:00 are one value, and a value without a timezone
 * equals no timezoned one; §3.2.6.2: durations equal when months and seconds are, P1D = PT24H but
 * P1M is not P30D). Each verdict here agrees with xmllint --schema (libxml2 2.9) but two, where
 * libxml2 departs from Part 2: T24:00:00 is the next day's T00:00:00 (§3.2.7, "24:00:00"), and
 * time values compare timezone-normalised (§3.2.8: the order of dateTime on an arbitrary day), so
 * 12:00:00Z is 14:00:00+02:00; libxml2 reports both pairs as distinct.
 */
import { describe, expect, it } from 'vitest';
import { buildXmlSchemaModel } from '../../../../generator/compile/build-xml-model.js';
import { parseXsd } from '../../../../generator/parse/xsd/parse-xsd.js';
import { verdictOnAllPaths } from './verdict-helper.js';

const TYPES = ['dateTime', 'time', 'date', 'gYearMonth', 'gDay', 'duration'] as const;
const model = buildXmlSchemaModel(
  parseXsd({
    file: 'd.xsd',
    schemaId: 'd',
    source: `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
  <xs:element name="r"><xs:complexType><xs:sequence>
${TYPES.map((t) => `    <xs:element name="${t}" type="xs:${t}" minOccurs="0" maxOccurs="unbounded"/>`).join('\n')}
    <xs:element name="a" minOccurs="0" maxOccurs="unbounded"><xs:complexType><xs:attribute name="at" type="xs:dateTime"/></xs:complexType></xs:element>
  </xs:sequence></xs:complexType>
${TYPES.map((t) => `  <xs:unique name="u-${t}"><xs:selector xpath="${t}"/><xs:field xpath="."/></xs:unique>`).join('\n')}
  <xs:unique name="u-a"><xs:selector xpath="a"/><xs:field xpath="@at"/></xs:unique>
  </xs:element>
</xs:schema>`,
  }),
);

const codes = async (type: string, a: string, b: string) => {
  const body = type === 'a' ? `<a at="${a}"/><a at="${b}"/>` : `<${type}>${a}</${type}><${type}>${b}</${type}>`;
  return (await verdictOnAllPaths(`<r>${body}</r>`, model)).errors.map((e) => e.code);
};

describe('identity constraints on date/time and duration values', () => {
  it.each([
    ['dateTime', '2020-01-01T12:00:00Z', '2020-01-01T13:00:00+01:00'],
    ['dateTime', '2020-01-01T12:00:00Z', '2020-01-01T12:00:00.000Z'],
    ['dateTime', '2020-01-01T00:30:00+01:00', '2019-12-31T23:30:00Z'],
    ['dateTime', '2020-01-01T24:00:00', '2020-01-02T00:00:00'],
    ['dateTime', '2020-01-01T12:00:00.5', '2020-01-01T12:00:00.50'],
    ['time', '12:00:00Z', '14:00:00+02:00'],
    ['date', '2020-01-02+14:00', '2020-01-01-10:00'],
    ['gYearMonth', '2020-01Z', '2020-01+00:00'],
    ['gDay', '---05Z', '---05-00:00'],
    ['duration', 'P1D', 'PT24H'],
    ['duration', 'P1Y', 'P12M'],
    ['duration', 'PT1.50S', 'PT1.5S'],
    ['duration', 'PT60M', 'PT3600S'],
    ['a', '2020-01-01T12:00:00Z', '2020-01-01T07:00:00-05:00'],
  ])('%s: %s and %s are one value (DuplicateKey)', async (type, a, b) => {
    expect(await codes(type, a, b)).toEqual(['DuplicateKey']);
  });

  it.each([
    ['dateTime', '2020-01-01T12:00:00Z', '2020-01-01T12:00:00'],
    ['dateTime', '2020-01-01T12:00:00Z', '2020-01-01T12:00:00.001Z'],
    ['dateTime', '2020-01-01T12:00:00+01:00', '2020-01-01T12:00:00Z'],
    ['time', '12:00:00', '12:00:00Z'],
    ['date', '2020-01-01', '2020-01-01Z'],
    ['duration', 'P1M', 'P30D'],
    ['duration', 'PT1S', 'PT1.001S'],
    ['duration', 'P1D', '-P1D'],
  ])('%s: %s and %s are different values', async (type, a, b) => {
    expect(await codes(type, a, b)).toEqual([]);
  });
});
