/**
 * Pins, one case per entry, the tables behind the bounds rules of a simple-type restriction step
 * (generator/parse/xsd/check-facets.ts), with whole diagnostics (code, message, file, line,
 * column):
 *
 * - the value-space bounds of each integer built-in, which a step's bounds must respect
 *   (XSD 1.0 Part 2 §3.3.14–3.3.25: xs:long minInclusive -9223372036854775808 ... xs:unsignedByte
 *   maxInclusive 255; xs:nonNegativeInteger has only minInclusive 0, xs:negativeInteger only
 *   maxInclusive -1);
 * - each of the sixteen "valid restriction" constraints between a step's bound and a bound of its
 *   base (§4.3.7.4 maxInclusive, §4.3.8.4 maxExclusive, §4.3.9.4 minExclusive, §4.3.10.4
 *   minInclusive), at the value where it starts to fail;
 * - the order of a lower and an upper bound given in one step (§4.3.7.4 minInclusive <=
 *   maxInclusive, §4.3.8.4 minExclusive <= maxExclusive, and strictly less for a mixed pair,
 *   §4.3.9.4 / §4.3.10.4).
 *
 * xmllint 2.9.14 agrees with every verdict here (`xmllint --schema`, checked by hand) except the
 * ones it accepts where qspec reads the spec more strictly: it does not compare a step's bounds
 * with the integer built-ins' own bounds (xs:byte's {facets} include maxInclusive 127, §3.3.19),
 * and it accepts a minExclusive equal to the base's maxInclusive. The XSD 1.0 text compares that
 * pair non-strictly but maxExclusive with the base's minInclusive strictly, an inconsistency the
 * WG recorded (W3C bug 1893); qspec refuses both bounds that leave no value, and the minExclusive
 * cases here pin that reading.
 */
import { describe, expect, it } from 'vitest';
import { chain, f, invalid, refusal } from './facet-chain-helpers.js';
import { parseSnippet, typeOf } from './xsd-test-helpers.js';

describe('the value-space bounds of the integer built-ins', () => {
  it.each([
    ['long', '9223372036854775807'],
    ['int', '2147483647'],
    ['short', '32767'],
    ['byte', '127'],
    ['nonPositiveInteger', '0'],
    ['negativeInteger', '-1'],
    ['unsignedLong', '18446744073709551615'],
    ['unsignedInt', '4294967295'],
    ['unsignedShort', '65535'],
    ['unsignedByte', '255'],
  ])('xs:%s has maxInclusive %s: a minExclusive there leaves no value', (b, hi) => {
    expect(refusal('', `xs:${b}`, f('minExclusive', hi))).toEqual(
      invalid(`xs:minExclusive ${hi} must be less than the base type's maxInclusive ${hi}`, 6),
    );
  });

  it.each([
    ['long', '-9223372036854775808'],
    ['int', '-2147483648'],
    ['short', '-32768'],
    ['byte', '-128'],
    ['nonNegativeInteger', '0'],
    ['positiveInteger', '1'],
    ['unsignedLong', '0'],
    ['unsignedInt', '0'],
    ['unsignedShort', '0'],
    ['unsignedByte', '0'],
  ])('xs:%s has minInclusive %s: a maxExclusive there leaves no value', (b, lo) => {
    expect(refusal('', `xs:${b}`, f('maxExclusive', lo))).toEqual(
      invalid(`xs:maxExclusive ${lo} must be greater than the base type's minInclusive ${lo}`, 6),
    );
  });

  it.each([
    ['nonNegativeInteger', 'minExclusive', '99999999999999999999'],
    ['positiveInteger', 'minExclusive', '99999999999999999999'],
    ['nonPositiveInteger', 'maxExclusive', '-99999999999999999999'],
    ['negativeInteger', 'maxExclusive', '-99999999999999999999'],
  ])('xs:%s is unbounded on the other side: %s %s is accepted', (b, facet, v) => {
    expect(typeOf(parseSnippet(chain('', `xs:${b}`, f(facet, v))), 'T')).toEqual({
      kind: 'primitive',
      builtin: b,
      facets: { [facet]: v },
    });
  });
});

describe("a step's bound against each bound of its base (decimal, base bound 5)", () => {
  it.each([
    ['maxInclusive', '6', 'maxInclusive', 'at most'],
    ['maxInclusive', '5', 'maxExclusive', 'less than'],
    ['maxInclusive', '4', 'minInclusive', 'at least'],
    ['maxInclusive', '5', 'minExclusive', 'greater than'],
    ['maxExclusive', '6', 'maxExclusive', 'at most'],
    ['maxExclusive', '6', 'maxInclusive', 'at most'],
    ['maxExclusive', '5', 'minInclusive', 'greater than'],
    ['maxExclusive', '5', 'minExclusive', 'greater than'],
    ['minInclusive', '4', 'minInclusive', 'at least'],
    ['minInclusive', '5', 'minExclusive', 'greater than'],
    ['minInclusive', '6', 'maxInclusive', 'at most'],
    ['minInclusive', '5', 'maxExclusive', 'less than'],
    ['minExclusive', '4', 'minExclusive', 'at least'],
    ['minExclusive', '4', 'minInclusive', 'at least'],
    ['minExclusive', '5', 'maxInclusive', 'less than'],
    ['minExclusive', '5', 'maxExclusive', 'less than'],
  ])('%s %s against the base %s 5: must be %s', (facet, v, other, words) => {
    const base = `<xs:simpleType name="B"><xs:restriction base="xs:decimal">${f(other, 5)}</xs:restriction></xs:simpleType>`;
    expect(refusal(base, 'B', f(facet, v))).toEqual(
      invalid(`xs:${facet} ${v} must be ${words} the base type's ${other} 5`, 6),
    );
  });
});

describe('a lower and an upper bound in one step', () => {
  it('minExclusive equal to maxInclusive is refused at minExclusive', () => {
    expect(refusal('', 'xs:decimal', f('maxInclusive', 5), f('minExclusive', 5))).toEqual(
      invalid('xs:minExclusive 5 must be less than xs:maxInclusive 5', 7),
    );
  });

  it('minExclusive equal to maxExclusive is accepted; above it is refused at minExclusive', () => {
    expect(typeOf(parseSnippet(chain('', 'xs:decimal', f('minExclusive', 5), f('maxExclusive', 5))), 'T')).toEqual({
      kind: 'primitive',
      builtin: 'decimal',
      facets: { minExclusive: '5', maxExclusive: '5' },
    });
    expect(refusal('', 'xs:decimal', f('maxExclusive', 5), f('minExclusive', 6))).toEqual(
      invalid('xs:minExclusive 6 must be at most xs:maxExclusive 5', 7),
    );
  });
});
