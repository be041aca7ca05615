/**
 * Pins the bounds and fixed-facet rules of one simple-type restriction step checked against its
 * base (generator/parse/xsd/check-facets.ts), with whole diagnostics (code, message, file, line,
 * column), and the module's two exported functions called directly:
 *
 * - XSD 1.0 Part 2 §4.3.7–4.3.10 (each bound's schema component constraints): not both
 *   minInclusive and minExclusive (or both max) in one step; lower ≤ upper (strictly below when
 *   one of them is exclusive); each bound narrows the base's (maxInclusive below the base's
 *   maxExclusive, minInclusive at least the base's minInclusive, maxExclusive above the base's
 *   minInclusive, minExclusive below the base's maxInclusive or maxExclusive).
 * - §3.3.13–3.3.25: the integer built-ins carry their value-space bounds as facets (xs:byte is
 *   minInclusive -128, maxInclusive 127) unless a restriction replaced them.
 * - §4.1.5 (the facets of an enumeration-derived type are its base primitive's); §4.3.*.4 and
 *   §3.3.13 (a facet fixed in an ancestor keeps its value through later steps; xs:integer's
 *   fractionDigits is fixed to 0; a bound equal in value, not in spelling, does not change it).
 *
 * Every schema here gets the same verdict from xmllint 2.9.14 (`xmllint --schema`, checked by
 * hand) except two that xmllint accepts:
 * - xs:int with fractionDigits 1: xs:integer's fractionDigits is 0 with fixed="true" (§3.3.13);
 * - xs:byte with minExclusive 127 (xs:byte's {facets} include maxInclusive 127, §3.3.19): the
 *   XSD 1.0 text compares a minExclusive with the base's maxInclusive non-strictly but a
 *   maxExclusive with the base's minInclusive strictly, an inconsistency the WG recorded (W3C bug
 *   1893); qspec refuses both bounds that leave no value, and this case pins that reading.
 */
import { describe, expect, it } from 'vitest';
import type { IrType } from '../../../../generator/ir/ir-types.js';
import { parseXmlTree } from '../../../../generator/parse/xml/xml-tree.js';
import { checkRestriction, recordFixedFacets } from '../../../../generator/parse/xsd/check-facets.js';
import type { XsdNode } from '../../../../generator/parse/xsd/xsd-node.js';
import { accepted, f, invalid, refusal, st } from './facet-chain-helpers.js';
import { diagnosticOf } from './xsd-test-helpers.js';

describe('two lower or two upper bounds in one step', () => {
  it('minInclusive with minExclusive: refused at minExclusive', () => {
    expect(refusal('', 'xs:decimal', f('minInclusive', 1), f('minExclusive', 0))).toEqual(
      invalid('xs:minInclusive and xs:minExclusive cannot both be used in one restriction', 7),
    );
  });

  it('maxExclusive with maxInclusive: refused at maxExclusive', () => {
    expect(refusal('', 'xs:decimal', f('maxExclusive', 9), f('maxInclusive', 5))).toEqual(
      invalid('xs:maxInclusive and xs:maxExclusive cannot both be used in one restriction', 6),
    );
  });
});

describe('the lower and upper bounds of one step', () => {
  it('minInclusive equal to maxExclusive is refused at minInclusive; below it is accepted', () => {
    expect(refusal('', 'xs:decimal', f('maxExclusive', 5), f('minInclusive', 5))).toEqual(
      invalid('xs:minInclusive 5 must be less than xs:maxExclusive 5', 7),
    );
    expect(accepted('', 'xs:decimal', f('minInclusive', 1), f('maxExclusive', 5))).toEqual({
      kind: 'primitive',
      builtin: 'decimal',
      facets: { minInclusive: '1', maxExclusive: '5' },
    });
  });

  it('minInclusive equal to maxInclusive is accepted; above it is refused at minInclusive', () => {
    expect(accepted('', 'xs:decimal', f('minInclusive', 5), f('maxInclusive', 5))).toMatchObject({
      facets: { minInclusive: '5', maxInclusive: '5' },
    });
    expect(refusal('', 'xs:decimal', f('maxInclusive', 3), f('minInclusive', 5))).toEqual(
      invalid('xs:minInclusive 5 must be at most xs:maxInclusive 3', 7),
    );
  });
});

describe("a bound against the base's bounds", () => {
  it("maxInclusive at the base's maxExclusive is refused; below it is accepted", () => {
    const base = st('B', 'xs:decimal', f('maxExclusive', 10));
    expect(refusal(base, 'B', f('pattern', '.*'), f('maxInclusive', 10))).toEqual(
      invalid("xs:maxInclusive 10 must be less than the base type's maxExclusive 10", 7),
    );
    expect(accepted(base, 'B', f('maxInclusive', 9))).toMatchObject({
      facets: { maxInclusive: '9', maxExclusive: '10' },
    });
  });

  it("minInclusive below the base's minInclusive is refused", () => {
    expect(
      refusal(st('B', 'xs:decimal', f('minInclusive', 10)), 'B', f('pattern', '.*'), f('minInclusive', 5)),
    ).toEqual(invalid("xs:minInclusive 5 must be at least the base type's minInclusive 10", 7));
  });

  it("maxExclusive above the base's minInclusive is accepted", () => {
    expect(accepted(st('B', 'xs:decimal', f('minInclusive', 0)), 'B', f('maxExclusive', 5))).toMatchObject({
      facets: { minInclusive: '0', maxExclusive: '5' },
    });
  });
});

describe('the value-space bounds of the integer built-ins', () => {
  it("xs:byte's maxInclusive 127: minExclusive 127 is refused", () => {
    expect(refusal('', 'xs:byte', f('minExclusive', 127))).toEqual(
      invalid("xs:minExclusive 127 must be less than the base type's maxInclusive 127", 6),
    );
  });

  it("a restriction's own bounds replace the built-in's: maxInclusive 100 of a byte type bounds the next step", () => {
    expect(refusal(st('B', 'xs:byte', f('maxInclusive', 100)), 'B', f('maxInclusive', 110))).toEqual(
      invalid("xs:maxInclusive 110 must be at most the base type's maxInclusive 100", 6),
    );
  });

  it("a byte type's own minInclusive bounds the next step", () => {
    expect(refusal(st('B', 'xs:byte', f('minInclusive', 10)), 'B', f('minInclusive', 5))).toEqual(
      invalid("xs:minInclusive 5 must be at least the base type's minInclusive 10", 6),
    );
  });

  it("a byte type's maxExclusive stands instead of the built-in maxInclusive 127", () => {
    expect(refusal(st('B', 'xs:byte', f('maxExclusive', 100)), 'B', f('minExclusive', 127))).toEqual(
      invalid("xs:minExclusive 127 must be less than the base type's maxExclusive 100", 6),
    );
  });

  it("a positiveInteger type's minExclusive stands instead of the built-in minInclusive 1", () => {
    expect(refusal(st('P', 'xs:positiveInteger', f('minExclusive', 5)), 'P', f('maxExclusive', 1))).toEqual(
      invalid("xs:maxExclusive 1 must be greater than the base type's minExclusive 5", 6),
    );
  });
});

describe('a restriction of an enumeration', () => {
  const e = st('E', 'xs:int', f('enumeration', 1), f('enumeration', 7));

  it("takes the facets of the enumeration's primitive: bounds, not length", () => {
    expect(accepted(e, 'E', f('minInclusive', 7))).toEqual({ kind: 'enum', base: 'int', values: ['7'] });
    expect(refusal(e, 'E', f('minInclusive', 7), f('length', 1))).toEqual(
      invalid('xs:length does not apply to xs:int', 7),
    );
  });
});

describe('fixed facets', () => {
  it('xs:int has fractionDigits fixed to 0: 1 is refused, 0 is accepted', () => {
    expect(refusal('', 'xs:int', f('pattern', '.*'), f('fractionDigits', 1))).toEqual(
      invalid('xs:fractionDigits is fixed to 0 in the base type; 1 changes it', 7),
    );
    expect(accepted('', 'xs:int', f('fractionDigits', 0))).toMatchObject({ facets: { fractionDigits: 0 } });
  });

  it('a fixed bound restated with another spelling of the same value is accepted', () => {
    expect(accepted(st('B', 'xs:decimal', f('maxInclusive', 10, true)), 'B', f('maxInclusive', '10.0'))).toMatchObject({
      facets: { maxInclusive: '10.0' },
    });
  });

  it('a fixed facet stays fixed through a step that does not restate it', () => {
    const bases = [st('A', 'xs:string', f('maxLength', 5, true)), st('B', 'A', f('minLength', 1))].join('');
    expect(refusal(bases, 'B', f('maxLength', 4))).toEqual(
      invalid('xs:maxLength is fixed to 5 in the base type; 4 changes it', 6),
    );
  });
});

describe('the exported functions, called directly', () => {
  const at = (): XsdNode => ({
    el: parseXmlTree('<r/>', 'direct.xsd'),
    file: 'direct.xsd',
    doc: {
      targetNamespace: '',
      elementQualified: false,
      attributeQualified: false,
      chameleon: false,
      blockDefault: '',
      finalDefault: '',
    },
  });
  const string = (): IrType => ({ kind: 'primitive', builtin: 'string', facets: {} });
  const noValues = () => () => undefined;

  it('a step without facet nodes is refused at the restriction node', () => {
    expect(
      diagnosticOf(() => checkRestriction(string(), { facets: { minLength: 5, maxLength: 3 } }, at(), noValues)),
    ).toEqual({
      code: 'XsdInvalid',
      severity: 'error',
      message: 'xs:minLength 5 is greater than xs:maxLength 3',
      location: { file: 'direct.xsd', line: 1, column: 1 },
    });
  });

  it('a facet declared fixed without a value in its step is not recorded as fixed', () => {
    const base = string();
    const derived = string();
    recordFixedFacets(base, { facets: {}, fixed: new Set(['maxLength']) }, derived);
    expect(() => checkRestriction(derived, { facets: { maxLength: 3 } }, at(), noValues)).not.toThrow();
  });

  it('a base that is not simple (xs:anyType) is left to the caller: no facet is checked against it', () => {
    expect(() =>
      checkRestriction({ kind: 'any' }, { facets: { minLength: 5, maxLength: 3 } }, at(), noValues),
    ).not.toThrow();
  });

  it('a restriction that yields its base itself does not mark the base fixed', () => {
    const base = string();
    recordFixedFacets(base, { facets: { maxLength: 5 }, fixed: new Set(['maxLength']) }, base);
    expect(() => checkRestriction(base, { facets: { maxLength: 4 } }, at(), noValues)).not.toThrow();
    const derived = string();
    recordFixedFacets(base, { facets: { maxLength: 5 }, fixed: new Set(['maxLength']) }, derived);
    expect(diagnosticOf(() => checkRestriction(derived, { facets: { maxLength: 4 } }, at(), noValues)).message).toBe(
      'xs:maxLength is fixed to 5 in the base type; 4 changes it',
    );
  });
});
