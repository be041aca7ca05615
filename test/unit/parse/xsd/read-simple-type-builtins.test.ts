/**
 * Every XSD 1.0 built-in datatype (XSD 1.0 Part 2 §3.2 primitive, §3.3 derived; plus
 * xs:anySimpleType, §3.4.1 of XSD 1.1 Part 2) is a type an element or a simple type can name,
 * read as the IR primitive of the same name (generator/parse/xsd/builtins.ts); the XSD 1.1
 * additions (§3.3.28 dateTimeStamp, §3.4.26-27 the two duration subtypes, anyAtomicType, error)
 * are refused as XsdUnsupported; xs:anyType is the IR `any`; any other name in the XSD namespace
 * names nothing (XsdUnresolvedType). Each is pinned as the whole root or the whole diagnostic.
 */
import { describe, expect, it } from 'vitest';
import { diagnosticOf, parseSnippet, root, typeOf } from './xsd-test-helpers.js';

const XSD10_BUILTINS = [
  'string',
  'normalizedString',
  'token',
  'language',
  'Name',
  'NCName',
  'ID',
  'IDREF',
  'IDREFS',
  'ENTITY',
  'ENTITIES',
  'NMTOKEN',
  'NMTOKENS',
  'boolean',
  'decimal',
  'integer',
  'nonPositiveInteger',
  'negativeInteger',
  'long',
  'int',
  'short',
  'byte',
  'nonNegativeInteger',
  'unsignedLong',
  'unsignedInt',
  'unsignedShort',
  'unsignedByte',
  'positiveInteger',
  'float',
  'double',
  'duration',
  'dateTime',
  'time',
  'date',
  'gYearMonth',
  'gYear',
  'gMonthDay',
  'gDay',
  'gMonth',
  'hexBinary',
  'base64Binary',
  'anyURI',
  'QName',
  'NOTATION',
];

describe('XSD 1.0 built-ins', () => {
  for (const b of [...XSD10_BUILTINS, 'anySimpleType']) {
    it(`an element of type xs:${b} has the primitive ${b}`, () => {
      expect(root(parseSnippet(`<xs:element name="e" type="xs:${b}"/>`), 'e')).toEqual({
        name: 'e',
        type: { kind: 'primitive', builtin: b, facets: {} },
        origin: { file: 'test/t.xsd', line: 3, column: 1 },
      });
    });
  }

  for (const b of ['normalizedString', 'time', 'duration', 'anyURI', 'base64Binary', 'hexBinary']) {
    it(`xs:${b} is also a base a simple type restricts`, () => {
      const s = parseSnippet(`<xs:simpleType name="A"><xs:restriction base="xs:${b}"/></xs:simpleType>`);
      expect(typeOf(s, 'A')).toEqual({ kind: 'primitive', builtin: b, facets: {} });
    });
  }

  it('xs:anyType is any', () => {
    expect(root(parseSnippet('<xs:element name="e" type="xs:anyType"/>'), 'e').type).toEqual({ kind: 'any' });
  });
});

describe('names in the XSD namespace that are not XSD 1.0 built-ins', () => {
  for (const b of ['dateTimeStamp', 'dayTimeDuration', 'yearMonthDuration', 'anyAtomicType', 'error']) {
    it(`xs:${b} (XSD 1.1) is XsdUnsupported`, () => {
      expect(diagnosticOf(() => parseSnippet(`<xs:element name="e" type="xs:${b}"/>`))).toEqual({
        code: 'XsdUnsupported',
        severity: 'error',
        message: `built-in type xs:${b} is not supported (use xs:string)`,
        location: { file: 'test/t.xsd', line: 3, column: 1 },
      });
    });
  }

  for (const b of ['foo', 'String', 'anytype']) {
    it(`xs:${b} names nothing`, () => {
      expect(diagnosticOf(() => parseSnippet(`<xs:element name="e" type="xs:${b}"/>`))).toEqual({
        code: 'XsdUnresolvedType',
        severity: 'error',
        message: `"xs:${b}" is not an XSD built-in type`,
        location: { file: 'test/t.xsd', line: 3, column: 1 },
      });
    });
  }
});
