/**
 * The whiteSpace facet each XSD 1.0 built-in implies (Part 2 §4.3.6: preserve for string,
 * replace for normalizedString, collapse for every other built-in) and its application; and which
 * built-ins have no lexical check at all (any string is in their lexical space).
 */
import { describe, expect, it } from 'vitest';
import {
  applyWhiteSpace,
  builtinWhiteSpace,
  checkBuiltinLexical,
  lexicalCheckerFor,
} from '../../../../runtime/xml/builtin-lexical.js';

describe('builtinWhiteSpace', () => {
  it('string and anySimpleType preserve', () => {
    expect(builtinWhiteSpace('string')).toBe('preserve');
    expect(builtinWhiteSpace('anySimpleType')).toBe('preserve');
  });

  it('normalizedString replaces', () => {
    expect(builtinWhiteSpace('normalizedString')).toBe('replace');
  });

  it.each([
    'token',
    'language',
    'Name',
    'NCName',
    'NMTOKEN',
    'NMTOKENS',
    'IDREFS',
    'boolean',
    'decimal',
    'integer',
    'int',
    'float',
    'double',
    'date',
    'hexBinary',
    'base64Binary',
    'anyURI',
    'QName',
  ])('%s collapses', (b) => {
    expect(builtinWhiteSpace(b)).toBe('collapse');
  });
});

describe('applyWhiteSpace', () => {
  const samples = ['', ' ', 'a', 'a b', ' a', 'a ', 'a  b', 'a\tb', 'a\nb', 'a\rb', '\t a \r\n b \n', 'a \t b'];

  it.each(samples)('preserve leaves %j as it is', (v) => {
    expect(applyWhiteSpace(v, 'preserve')).toBe(v);
  });

  it.each([
    ['', ''],
    ['a b', 'a b'],
    ['a\tb', 'a b'],
    ['a\nb', 'a b'],
    ['a\rb', 'a b'],
    ['\r\n', '  '],
    ['\t a \r\n b \n', '  a    b  '],
    [' a  b ', ' a  b '],
  ])('replace turns each tab, line feed and carriage return of %j into a space', (v, out) => {
    expect(applyWhiteSpace(v, 'replace')).toBe(out);
  });

  it.each([
    ['', ''],
    ['a', 'a'],
    ['ab', 'ab'],
    ['a b', 'a b'],
    ['a b c', 'a b c'],
    [' ', ''],
    ['  ', ''],
    [' a', 'a'],
    ['a ', 'a'],
    [' a ', 'a'],
    ['a  b', 'a b'],
    ['a   b', 'a b'],
    ['a\tb', 'a b'],
    ['a\nb', 'a b'],
    ['a\rb', 'a b'],
    ['\ta', 'a'],
    ['a\n', 'a'],
    ['\ra\r', 'a'],
    ['a \t b', 'a b'],
    ['\t a \r\n b \n', 'a b'],
    ['a b  c', 'a b c'],
    ['a\u00a0b', 'a\u00a0b'],
  ])('collapse turns %j into %j', (v, out) => {
    expect(applyWhiteSpace(v, 'collapse')).toBe(out);
  });
});

describe('built-ins without a lexical check', () => {
  it.each(['string', 'normalizedString', 'token', 'anyURI', 'anySimpleType'])('%s has no checker', (b) => {
    expect(lexicalCheckerFor(b)).toBeUndefined();
    expect(checkBuiltinLexical(b, 'any \u00e9 thing ::: 1e3 <>')).toBeUndefined();
    expect(checkBuiltinLexical(b, '')).toBeUndefined();
  });

  it('an unknown built-in name is accepted leniently', () => {
    expect(checkBuiltinLexical('noSuchType', '@@@')).toBeUndefined();
    expect(lexicalCheckerFor('noSuchType')?.('@@@')).toBeUndefined();
  });

  it("'null' accepts only the empty string", () => {
    expect(checkBuiltinLexical('null', '')).toBeUndefined();
    expect(checkBuiltinLexical('null', 'x')).toBe('not empty');
    expect(checkBuiltinLexical('null', ' ')).toBe('not empty');
    expect(lexicalCheckerFor('null')?.('x')).toBe('not empty');
  });
});
