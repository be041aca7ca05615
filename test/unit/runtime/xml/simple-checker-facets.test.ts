/**
 * The atomic simple-type check (`compileSimple`) at the edges of its facets and built-ins: the
 * length facets at their limits, fractionDigits on its own, the whiteSpace-normalised value that
 * enumerations, patterns and bounds see after a raw value failed its lexical check, base64Binary
 * patterns over the collapsed value, NOTATION prefixes, the coercion of the number built-ins, and
 * the messages naming the facet and limit that failed. Verdicts agree with xmllint --schema
 * (libxml2 2.9.14) on the equivalent schema and instance, but for an xs:int with whitespace
 * around it and a bound ('\n9\t' under maxInclusive 9): libxml2 rejects it, though whiteSpace
 * is fixed to collapse for xs:int (§4.3.6), so it is 9 and valid (libxml2 accepts ' 9 ' as
 * xs:decimal under the same bound).
 *
 * @see XSD 1.0 Part 2 §4.3.1–4.3.3 (length, minLength, maxLength), §4.3.4 (pattern), §4.3.5
 *      (enumeration), §4.3.6 (whiteSpace), §4.3.7–4.3.12 (bounds, totalDigits, fractionDigits),
 *      §3.2.16 (base64Binary), §3.2.18–3.2.19 (QName, NOTATION), §3.3.13–3.3.23 (int, short, …)
 */
import { describe, expect, it } from 'vitest';
import type { SimpleModel } from '../../../../runtime/schema-model.js';
import { compileSimple } from '../../../../runtime/xml/simple-checker.js';

const check = (model: SimpleModel, raw: string, uriOf?: (p: string) => string | undefined) =>
  compileSimple(model).check(raw, uriOf);

describe('length facets at their limits (§4.3.1–4.3.3)', () => {
  it('accepts a value exactly minLength long and rejects a shorter one, naming the facet', () => {
    const m: SimpleModel = { b: 'string', facets: { minLength: 2 } };
    expect(check(m, 'ab')).toBeUndefined();
    expect(check(m, 'abc')).toBeUndefined();
    expect(check(m, 'a')).toMatch(/minLength\D*2/);
  });

  it('accepts a value exactly maxLength long and names maxLength when it is exceeded', () => {
    const m: SimpleModel = { b: 'string', facets: { maxLength: 2 } };
    expect(check(m, 'ab')).toBeUndefined();
    expect(check(m, 'abc')).toMatch(/maxLength\D*2/);
  });

  it('checks minLength alone when only it is given, and both limits together', () => {
    const m: SimpleModel = { b: 'token', facets: { minLength: 1, maxLength: 3 } };
    expect(check(m, ' a ')).toBeUndefined();
    expect(check(m, 'abc')).toBeUndefined();
    expect(check(m, '')).toMatch(/minLength\D*1/);
    expect(check(m, 'abcd')).toMatch(/maxLength\D*3/);
  });
});

describe('pattern and bounds messages (§4.3.4, §4.3.7–4.3.10)', () => {
  it('names the pattern a value does not match', () => {
    expect(check({ b: 'string', facets: { patterns: ['[a-z]+'] } }, 'A1')).toContain('[a-z]+');
  });

  it.each([
    ['minInclusive', { minInclusive: '5' }, '4', '>= 5'],
    ['maxInclusive', { maxInclusive: '5' }, '6', '<= 5'],
    ['minExclusive', { minExclusive: '5' }, '5', '> 5'],
    ['maxExclusive', { maxExclusive: '5' }, '5', '< 5'],
  ])('%s: the message states the comparison the value fails', (_facet, facets, raw, said) => {
    const m: SimpleModel = { b: 'int', facets };
    expect(check(m, raw)).toContain(said);
  });

  it('accepts the bounds themselves when inclusive', () => {
    expect(check({ b: 'int', facets: { minInclusive: '5', maxInclusive: '5' } }, '5')).toBeUndefined();
  });
});

describe('fractionDigits and totalDigits (§4.3.11–4.3.12)', () => {
  const fd: SimpleModel = { b: 'decimal', facets: { fractionDigits: 2 } };

  it('checks fractionDigits when it is the only digits facet', () => {
    expect(check(fd, '1.25')).toBeUndefined();
    expect(check(fd, '12345.5')).toBeUndefined();
    expect(check(fd, '1.255')).toMatch(/fractionDigits\D*2/);
  });

  it('counts fraction digits without trailing zeros', () => {
    expect(check(fd, '1.2500')).toBeUndefined();
  });

  it('checks totalDigits alone without reporting fraction digits', () => {
    const td: SimpleModel = { b: 'decimal', facets: { totalDigits: 5 } };
    expect(check(td, '1.2345')).toBeUndefined();
    expect(check(td, '1.23456')).toMatch(/totalDigits\D*5/);
  });

  it('applies both when both are given', () => {
    const both: SimpleModel = { b: 'decimal', facets: { totalDigits: 4, fractionDigits: 1 } };
    expect(check(both, '123.4')).toBeUndefined();
    expect(check(both, '12.34')).toMatch(/fractionDigits\D*1/);
    expect(check(both, '12345')).toMatch(/totalDigits\D*4/);
  });
});

describe('a collapse built-in whose raw value fails its lexical check (§4.3.6)', () => {
  // The whitespace pass must still lead on to the enumeration and the other facets.
  it('checks the enumeration on the collapsed value', () => {
    const m: SimpleModel = { b: 'int', enum: ['1'] };
    expect(check(m, ' 1 ')).toBeUndefined();
    expect(check(m, ' 2 ')).toMatch(/allowed values/);
  });

  it('checks the bounds on the collapsed value', () => {
    const m: SimpleModel = { b: 'int', facets: { maxInclusive: '9' } };
    expect(check(m, '\n9\t')).toBeUndefined();
    expect(check(m, '\n10\t')).toContain('<= 9');
  });

  it('still reports a collapsed value that is not in the lexical space', () => {
    expect(check({ b: 'int' }, ' 1 2 ')).toBeDefined();
  });
});

describe('enumeration message (§4.3.5)', () => {
  it('lists every allowed value, comma separated', () => {
    const e = check({ b: 'token', enum: ['red', 'green', 'blue'] }, 'pink');
    expect(e).toContain('red, green, blue');
  });
});

describe('base64Binary: patterns see the collapsed value (§3.2.16, §4.3.6)', () => {
  // whiteSpace is collapse for base64Binary, so a line break inside the value reaches the
  // pattern as one space and leading/trailing whitespace not at all (xmllint agrees).
  const m: SimpleModel = { b: 'base64Binary', facets: { patterns: ['[A-Za-z0-9+/=]+( [A-Za-z0-9+/=]+)*'] } };

  it('matches a value with a line break inside it', () => {
    expect(check(m, 'aGVs\nbG8=')).toBeUndefined();
    expect(check(m, 'aGVs\r\n\tbG8=')).toBeUndefined();
  });

  it('matches a value with surrounding whitespace', () => {
    expect(check(m, ' aGVsbG8= ')).toBeUndefined();
  });

  it('still rejects a value the pattern does not allow', () => {
    expect(check(m, 'aGVs-bG8=')).toBeDefined();
  });
});

describe('QName and NOTATION prefixes (§3.2.18, §3.2.19)', () => {
  const uriOf = (p: string) => (p === 'p' ? 'urn:p' : undefined);

  it.each(['QName', 'NOTATION'] as const)('%s needs the instance to resolve prefixes', (b) => {
    expect(compileSimple({ b }).qname).toBe(true);
  });

  it.each(['QName', 'NOTATION'] as const)('%s: an unbound prefix is named in the message', (b) => {
    expect(check({ b }, 'p:x', uriOf)).toBeUndefined();
    expect(check({ b }, 'x', uriOf)).toBeUndefined();
    expect(check({ b }, 'z:x', uriOf)).toContain("prefix 'z' ");
  });

  it('other built-ins do not', () => {
    expect(compileSimple({ b: 'NCName' }).qname).toBe(false);
    expect(compileSimple({ b: 'string' }).qname).toBe(false);
  });
});

describe('coercion of the number built-ins', () => {
  it.each([
    ['int', '-12', -12],
    ['short', ' -300 ', -300],
    ['byte', '7', 7],
    ['unsignedInt', '4294967295', 4294967295],
    ['unsignedShort', '65535', 65535],
    ['unsignedByte', '255', 255],
    ['float', '1.5', 1.5],
    ['double', '-INF', Number.NEGATIVE_INFINITY],
  ] as const)('%s %j coerces to a number', (b, raw, n) => {
    expect(compileSimple({ b }).coerce(raw)).toBe(n);
  });

  it('keeps long, integer and decimal exact as strings', () => {
    expect(compileSimple({ b: 'long' }).coerce(' 12 ')).toBe('12');
    expect(compileSimple({ b: 'decimal' }).coerce('1.50')).toBe('1.50');
  });
});

describe('acceptsAll', () => {
  it('holds for the string-like built-ins without enumeration or facets', () => {
    for (const b of ['string', 'normalizedString', 'token', 'anyURI'] as const)
      expect(compileSimple({ b }).acceptsAll).toBe(true);
  });

  it('does not hold once a lexical space, an enumeration or a facet narrows the values', () => {
    expect(compileSimple({ b: 'int' }).acceptsAll).toBe(false);
    expect(compileSimple({ b: 'string', enum: ['a'] }).acceptsAll).toBe(false);
    expect(compileSimple({ b: 'string', facets: { maxLength: 3 } }).acceptsAll).toBe(false);
  });
});
