/**
 * Pins the facet rules of one simple-type restriction step checked against its base
 * (generator/parse/xsd/check-facets.ts) for the length, digits and whiteSpace facets and for which
 * facets apply to which base, with whole diagnostics (code, message, file, line, column):
 *
 * - XSD 1.0 Part 2 §4.1.5: bounds apply to float, double and duration; boolean takes whiteSpace;
 *   a union takes only pattern and enumeration; a list's whiteSpace is collapse (§4.3.6).
 * - §4.3.1.4 (length and minLength/maxLength in one step only when the same bound is inherited
 *   unchanged and is consistent with length), §4.3.1–4.3.3 valid restriction (length equal to the
 *   base's, between its minLength and maxLength; minLength ≤ maxLength; minLength not below, and
 *   maxLength not above, the base's), the built-in list types' minLength 1 (§3.3.10).
 * - §4.3.11–4.3.12: totalDigits at least 1, fractionDigits ≤ totalDigits, neither above the base's.
 * - §4.3.6.4: whiteSpace never loosens the base's.
 *
 * Each refusal is located at the offending facet element. Every schema here gets the same verdict
 * from xmllint 2.9.14 (`xmllint --schema`, checked by hand) except three places where xmllint is
 * laxer or follows the first edition, and the spec text is quoted instead:
 * - length beside an inherited, consistent minLength/maxLength: xmllint refuses it (XSD 1.0 first
 *   edition); the second edition and XSD 1.1 §4.3.1.4 allow it ("unless ... there is some type
 *   definition from which this one is derived ... in which minLength has the same {value}");
 * - minLength above maxLength in one step: xmllint accepts it; §4.3.2.4 (minLength <= maxLength);
 * - whiteSpace preserve on xs:token or on a list: xmllint accepts it; §4.3.6.4 (an error when
 *   {value} is replace or preserve and the base's whiteSpace is collapse).
 */
import { describe, expect, it } from 'vitest';
import { accepted, f, invalid, refusal, st } from './facet-chain-helpers.js';

describe('which facets apply to a base', () => {
  it.each(['float', 'double'])('xs:%s takes the bounds facets', (b) => {
    expect(accepted('', `xs:${b}`, f('minInclusive', '1.5'), f('maxExclusive', 'INF'))).toEqual({
      kind: 'primitive',
      builtin: b,
      facets: { minInclusive: '1.5', maxExclusive: 'INF' },
    });
  });

  it('xs:duration takes the bounds facets', () => {
    expect(accepted('', 'xs:duration', f('maxInclusive', 'P1D'))).toEqual({
      kind: 'primitive',
      builtin: 'duration',
      facets: { maxInclusive: 'P1D' },
    });
  });

  it('xs:boolean takes whiteSpace (collapse, its own value)', () => {
    expect(accepted('', 'xs:boolean', f('whiteSpace', 'collapse'))).toEqual({
      kind: 'primitive',
      builtin: 'boolean',
      facets: { whiteSpace: 'collapse' },
    });
  });

  const union = '<xs:simpleType name="U"><xs:union memberTypes="xs:int xs:date"/></xs:simpleType>';

  it('a union takes a pattern', () => {
    expect(accepted(union, 'U', f('pattern', '[0-9]+'))).toMatchObject({
      kind: 'union',
      facets: { patterns: ['[0-9]+'] },
    });
  });

  it('a union does not take maxLength', () => {
    expect(refusal(union, 'U', f('pattern', '[0-9]+'), f('maxLength', 3))).toEqual(
      invalid('xs:maxLength does not apply to an xs:union type', 7),
    );
  });

  const list = '<xs:simpleType name="L"><xs:list itemType="xs:int"/></xs:simpleType>';

  it("a list's whiteSpace is collapse: preserve loosens it, collapse keeps it", () => {
    expect(refusal(list, 'L', f('whiteSpace', 'preserve'))).toEqual(
      invalid("xs:whiteSpace preserve loosens the base type's collapse", 6),
    );
    expect(accepted(list, 'L', f('whiteSpace', 'collapse'))).toMatchObject({
      kind: 'list',
      facets: { whiteSpace: 'collapse' },
    });
  });

  it('whiteSpace preserve on xs:token is refused at the whiteSpace facet', () => {
    expect(refusal('', 'xs:token', f('maxLength', 3), f('whiteSpace', 'preserve'))).toEqual(
      invalid("xs:whiteSpace preserve loosens the base type's collapse", 7),
    );
  });
});

describe('length beside minLength or maxLength in one step', () => {
  const min3 = st('B', 'xs:string', f('minLength', 3));
  const max5 = st('B', 'xs:string', f('maxLength', 5));
  const cannot = (line: number) =>
    invalid('xs:length cannot be used with xs:minLength or xs:maxLength in one restriction', line);

  it('the inherited minLength repeated, at most the length: accepted', () => {
    expect(accepted(min3, 'B', f('minLength', 3), f('length', 3))).toEqual({
      kind: 'primitive',
      builtin: 'string',
      facets: { length: 3, minLength: 3 },
    });
  });

  it('the inherited minLength repeated, above the length: refused at length', () => {
    expect(refusal(min3, 'B', f('minLength', 3), f('length', 2))).toEqual(cannot(7));
  });

  it('the inherited maxLength repeated, at least the length: accepted', () => {
    expect(accepted(max5, 'B', f('maxLength', 5), f('length', 5))).toMatchObject({
      facets: { length: 5, maxLength: 5 },
    });
    expect(accepted(max5, 'B', f('length', 3), f('maxLength', 5))).toMatchObject({
      facets: { length: 3, maxLength: 5 },
    });
  });

  it('the inherited maxLength repeated, below the length: refused at length', () => {
    expect(refusal(max5, 'B', f('maxLength', 5), f('length', 6))).toEqual(cannot(7));
  });

  it('a maxLength the base does not have: refused at length', () => {
    expect(refusal('', 'xs:string', f('maxLength', 5), f('length', 3))).toEqual(cannot(7));
  });
});

describe('minLength and maxLength', () => {
  it('equal minLength and maxLength are accepted', () => {
    expect(accepted('', 'xs:string', f('minLength', 3), f('maxLength', 3))).toMatchObject({
      facets: { minLength: 3, maxLength: 3 },
    });
  });

  it('minLength above the maxLength of the same step: refused at minLength', () => {
    expect(refusal('', 'xs:string', f('maxLength', 3), f('minLength', 5))).toEqual(
      invalid('xs:minLength 5 is greater than xs:maxLength 3', 7),
    );
  });

  it("a maxLength below the base's minLength: refused at maxLength", () => {
    expect(refusal(st('B', 'xs:string', f('minLength', 5)), 'B', f('pattern', 'a*'), f('maxLength', 3))).toEqual(
      invalid('xs:minLength 5 is greater than xs:maxLength 3', 7),
    );
  });

  it("maxLength above the base's maxLength is refused; equal is accepted", () => {
    const base = st('B', 'xs:string', f('maxLength', 5));
    expect(refusal(base, 'B', f('pattern', 'a*'), f('maxLength', 6))).toEqual(
      invalid("xs:maxLength 6 is greater than the base type's maxLength 5", 7),
    );
    expect(accepted(base, 'B', f('maxLength', 5))).toMatchObject({ facets: { maxLength: 5 } });
  });

  it("minLength below the base's minLength is refused; equal is accepted", () => {
    const base = st('B', 'xs:string', f('minLength', 3));
    expect(refusal(base, 'B', f('pattern', 'a*'), f('minLength', 2))).toEqual(
      invalid("xs:minLength 2 is less than the base type's minLength 3", 7),
    );
    expect(accepted(base, 'B', f('minLength', 3))).toMatchObject({ facets: { minLength: 3 } });
  });

  // xmllint accepts minLength 0 here; §4.3.2.4 refuses a minLength below the base's, and the
  // built-in list types have minLength 1 (§3.3.10, §3.3.12, the schema for schemas' definitions).
  it.each(['NMTOKENS', 'IDREFS', 'ENTITIES'])('xs:%s has minLength 1: minLength 0 is refused', (b) => {
    expect(refusal('', `xs:${b}`, f('minLength', 0))).toEqual(
      invalid("xs:minLength 0 is less than the base type's minLength 1", 6),
    );
  });

  it('a restriction of xs:NMTOKENS keeps its own minLength as the bound (not the built-in 1)', () => {
    const base = st('N', 'xs:NMTOKENS', f('minLength', 3));
    expect(refusal(base, 'N', f('minLength', 2))).toEqual(
      invalid("xs:minLength 2 is less than the base type's minLength 3", 6),
    );
  });
});

describe("length against the base's lengths", () => {
  it("a length other than the base's length is refused; the same length is accepted", () => {
    const base = st('B', 'xs:string', f('length', 3));
    expect(refusal(base, 'B', f('pattern', 'a*'), f('length', 4))).toEqual(
      invalid("xs:length 4 differs from the base type's length 3", 7),
    );
    expect(accepted(base, 'B', f('length', 3))).toMatchObject({ facets: { length: 3 } });
  });

  it("a length below the base's minLength is refused; equal is accepted", () => {
    const base = st('B', 'xs:string', f('minLength', 3));
    expect(refusal(base, 'B', f('pattern', 'a*'), f('length', 2))).toEqual(
      invalid("xs:length 2 is less than the base type's minLength 3", 7),
    );
    expect(accepted(base, 'B', f('length', 3))).toMatchObject({ facets: { length: 3, minLength: 3 } });
  });

  it("a length above the base's maxLength is refused; equal or below is accepted", () => {
    const base = st('B', 'xs:string', f('maxLength', 5));
    expect(refusal(base, 'B', f('pattern', 'a*'), f('length', 6))).toEqual(
      invalid("xs:length 6 is greater than the base type's maxLength 5", 7),
    );
    expect(accepted(base, 'B', f('length', 5))).toMatchObject({ facets: { length: 5, maxLength: 5 } });
    expect(accepted(base, 'B', f('length', 4))).toMatchObject({ facets: { length: 4, maxLength: 5 } });
  });

  it("minLength above, or maxLength below, the base's length is refused; equal is accepted", () => {
    const base = st('B', 'xs:string', f('length', 3));
    expect(refusal(base, 'B', f('pattern', 'a*'), f('minLength', 4))).toEqual(
      invalid("xs:minLength 4 is greater than the base type's length 3", 7),
    );
    expect(refusal(base, 'B', f('pattern', 'a*'), f('maxLength', 2))).toEqual(
      invalid("xs:maxLength 2 is less than the base type's length 3", 7),
    );
    expect(accepted(base, 'B', f('minLength', 3), f('maxLength', 3))).toMatchObject({
      facets: { length: 3, minLength: 3, maxLength: 3 },
    });
    expect(accepted(base, 'B', f('pattern', 'a*'))).toMatchObject({ facets: { length: 3, patterns: ['a*'] } });
  });
});

describe('totalDigits and fractionDigits', () => {
  it('totalDigits 0 is refused; 1 is accepted', () => {
    expect(refusal('', 'xs:decimal', f('pattern', '.*'), f('totalDigits', 0))).toEqual(
      invalid('xs:totalDigits must be at least 1', 7),
    );
    expect(accepted('', 'xs:decimal', f('totalDigits', 1))).toMatchObject({ facets: { totalDigits: 1 } });
  });

  it('fractionDigits may equal totalDigits', () => {
    expect(accepted('', 'xs:decimal', f('totalDigits', 2), f('fractionDigits', 2))).toMatchObject({
      facets: { totalDigits: 2, fractionDigits: 2 },
    });
  });

  it('fractionDigits above totalDigits of the same step: refused at fractionDigits', () => {
    expect(refusal('', 'xs:decimal', f('fractionDigits', 3), f('totalDigits', 2))).toEqual(
      invalid('xs:fractionDigits 3 is greater than xs:totalDigits 2', 6),
    );
  });

  it("a totalDigits below the base's fractionDigits: refused at totalDigits", () => {
    expect(
      refusal(st('B', 'xs:decimal', f('fractionDigits', 3)), 'B', f('pattern', '.*'), f('totalDigits', 2)),
    ).toEqual(invalid('xs:fractionDigits 3 is greater than xs:totalDigits 2', 7));
  });

  it("totalDigits above the base's is refused; equal is accepted", () => {
    const base = st('B', 'xs:decimal', f('totalDigits', 3));
    expect(refusal(base, 'B', f('pattern', '.*'), f('totalDigits', 4))).toEqual(
      invalid("xs:totalDigits 4 is greater than the base type's 3", 7),
    );
    expect(accepted(base, 'B', f('totalDigits', 3))).toMatchObject({ facets: { totalDigits: 3 } });
  });

  it("fractionDigits above the base's is refused; equal is accepted", () => {
    const base = st('B', 'xs:decimal', f('fractionDigits', 2));
    expect(refusal(base, 'B', f('pattern', '.*'), f('fractionDigits', 3))).toEqual(
      invalid("xs:fractionDigits 3 is greater than the base type's 2", 7),
    );
    expect(accepted(base, 'B', f('fractionDigits', 2))).toMatchObject({ facets: { fractionDigits: 2 } });
  });
});
