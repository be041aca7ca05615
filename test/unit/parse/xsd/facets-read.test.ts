/**
 * Pins how the XSD front end reads the constraining facets of one `xs:restriction` step
 * (generator/parse/xsd/read-facets.ts) with whole diagnostics: a facet without `value`, a facet
 * given twice in one step, pattern values that are not XSD regular expressions or that are beyond
 * the matcher's limits, count facets that are not non-negative integers, whiteSpace values, empty
 * bounds, `fixed` as an xs:boolean ("true" and "1"), values read with their whitespace collapsed,
 * structural children of a simpleContent restriction, and the facets merged along a chain.
 *
 * XSD 1.0 Part 2 §4.3 (each facet's XML representation: `value` required, `fixed` an xs:boolean),
 * §4.1.3 src-single-facet-value (a facet once per step, patterns and enumerations excepted),
 * §4.3.4 and Appendix F (pattern syntax), §4.3.6 (whiteSpace values), §4.3.*.4 (a fixed facet
 * keeps its value). Each schema refused here is refused by xmllint 2.9.14 as well (checked by
 * hand), except two limits of xmllint noted where they apply: it accepts a facet twice in one step
 * and treats only fixed="true" (not "1") as fixed.
 */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../../generator/diagnostics.js';
import type { IrSchema } from '../../../../generator/ir/ir-types.js';
import { diagnosticOf, parseSnippet, typeOf } from './xsd-test-helpers.js';

/** A named simple type T restricting `base`: the facets start on line 5, one per line, at column 1. */
const simple = (base: string, ...facets: string[]) =>
  [
    '<xs:simpleType name="T">',
    `<xs:restriction base="${base}">`,
    ...facets,
    '</xs:restriction>',
    '</xs:simpleType>',
  ].join('\n');
/** The facets of primitive type `name`, as read (keys in their order). */
function facetsOf(schema: IrSchema, name: string): Record<string, unknown> {
  const t = typeOf(schema, name);
  if (t.kind !== 'primitive') throw new Error(`${name} is ${t.kind}`);
  return { ...t.facets };
}
const at = (code: string, message: string, line: number, column = 1): Diagnostic => ({
  code,
  severity: 'error',
  message,
  location: { file: 'test/t.xsd', line, column },
});

describe('a facet without a value attribute', () => {
  it('xs:enumeration', () => {
    const d = diagnosticOf(() => parseSnippet(simple('xs:string', '<xs:enumeration/>')));
    expect(d).toEqual(at('XsdInvalid', 'xs:enumeration has no value attribute', 5));
  });

  it('xs:maxLength, after a valid facet', () => {
    const d = diagnosticOf(() => parseSnippet(simple('xs:string', '<xs:minLength value="1"/>', '<xs:maxLength/>')));
    expect(d).toEqual(at('XsdInvalid', 'xs:maxLength has no value attribute', 6));
  });

  it('xs:pattern', () => {
    const d = diagnosticOf(() => parseSnippet(simple('xs:string', '<xs:pattern fixed="true"/>')));
    expect(d).toEqual(at('XsdInvalid', 'xs:pattern has no value attribute', 5));
  });
});

describe('one facet twice in one step (src-single-facet-value; xmllint does not check this)', () => {
  it('two maxLength: refused at the second', () => {
    const d = diagnosticOf(() =>
      parseSnippet(simple('xs:string', '<xs:maxLength value="3"/>', '<xs:maxLength value="4"/>')),
    );
    expect(d).toEqual(at('XsdInvalid', 'xs:maxLength appears twice in one restriction', 6));
  });

  it('two whiteSpace, even with the same value', () => {
    const d = diagnosticOf(() =>
      parseSnippet(simple('xs:string', '<xs:whiteSpace value="collapse"/>', '<xs:whiteSpace value="collapse"/>')),
    );
    expect(d).toEqual(at('XsdInvalid', 'xs:whiteSpace appears twice in one restriction', 6));
  });

  it('several patterns and enumerations in one step are allowed', () => {
    const s = parseSnippet(
      simple(
        'xs:string',
        '<xs:pattern value="a+"/>',
        '<xs:pattern value="b+"/>',
        '<xs:enumeration value="aa"/>',
        '<xs:enumeration value="bb"/>',
      ),
    );
    expect(typeOf(s, 'T')).toMatchObject({ kind: 'enum', values: ['aa', 'bb'] });
  });
});

describe('xs:pattern values', () => {
  it('not an XSD regular expression: XsdInvalid, with the 1-based character of the problem', () => {
    const d = diagnosticOf(() => parseSnippet(simple('xs:string', '<xs:pattern value="ab[c"/>')));
    expect(d).toEqual(
      at('XsdInvalid', "xs:pattern 'ab[c' is not an XSD regular expression: '[' is not closed at character 3", 5),
    );
  });

  it('a quantifier whose maximum is below its minimum', () => {
    const d = diagnosticOf(() =>
      parseSnippet(simple('xs:string', '<xs:pattern value="x"/>', '<xs:pattern value="a{2,1}"/>')),
    );
    expect(d).toEqual(
      at(
        'XsdInvalid',
        "xs:pattern 'a{2,1}' is not an XSD regular expression: quantifier {2,1}: the maximum is below the minimum at character 2",
        6,
      ),
    );
  });

  it('valid, but beyond the matcher limits: XsdUnsupported (xmllint accepts it)', () => {
    const d = diagnosticOf(() => parseSnippet(simple('xs:string', '<xs:pattern value="(a{100}){300}"/>')));
    expect(d).toEqual(
      at(
        'XsdUnsupported',
        "xs:pattern '(a{100}){300}' is beyond the limits of qspec's pattern matcher: it needs about 60902 automaton states once its counted repetitions are expanded (limit 20000)",
        5,
      ),
    );
  });

  it('one pattern stays as written; several in one step are ORed into one', () => {
    expect(typeOf(parseSnippet(simple('xs:string', '<xs:pattern value="a+"/>')), 'T')).toEqual({
      kind: 'primitive',
      builtin: 'string',
      facets: { patterns: ['a+'] },
    });
    expect(
      typeOf(parseSnippet(simple('xs:string', '<xs:pattern value="a+"/>', '<xs:pattern value="b"/>')), 'T'),
    ).toEqual({ kind: 'primitive', builtin: 'string', facets: { patterns: ['((a+)|(b))'] } });
  });
});

describe('count facet values are non-negative integers', () => {
  it.each([
    ['x5', 'a letter before the digits'],
    ['5x', 'a letter after the digits'],
    ['-1', 'a negative number'],
    ['1.5', 'a decimal'],
  ])('maxLength "%s" (%s) is refused', (value) => {
    const d = diagnosticOf(() => parseSnippet(simple('xs:string', `<xs:maxLength value="${value}"/>`)));
    expect(d).toEqual(at('XsdInvalid', `xs:maxLength value "${value}" is not a non-negative integer`, 5));
  });

  it('totalDigits "2a" is refused', () => {
    const d = diagnosticOf(() => parseSnippet(simple('xs:decimal', '<xs:totalDigits value="2a"/>')));
    expect(d).toEqual(at('XsdInvalid', 'xs:totalDigits value "2a" is not a non-negative integer', 5));
  });

  it('surrounding whitespace is collapsed away (the value is an xs:nonNegativeInteger)', () => {
    const s = parseSnippet(simple('xs:string', '<xs:maxLength value=" 5 "/>', '<xs:minLength value="\t2\n"/>'));
    expect(typeOf(s, 'T')).toEqual({ kind: 'primitive', builtin: 'string', facets: { minLength: 2, maxLength: 5 } });
  });
});

describe('xs:whiteSpace values', () => {
  it('a value other than preserve, replace or collapse is refused', () => {
    const d = diagnosticOf(() => parseSnippet(simple('xs:string', '<xs:whiteSpace value="trim"/>')));
    expect(d).toEqual(at('XsdInvalid', 'xs:whiteSpace value "trim" must be preserve, replace or collapse', 5));
  });

  it.each(['preserve', 'replace', 'collapse'])('%s on xs:string is read', (value) => {
    const s = parseSnippet(simple('xs:string', `<xs:whiteSpace value="${value}"/>`));
    expect(typeOf(s, 'T')).toEqual({ kind: 'primitive', builtin: 'string', facets: { whiteSpace: value } });
  });
});

describe('bounds', () => {
  it('an empty maxInclusive is refused', () => {
    const d = diagnosticOf(() => parseSnippet(simple('xs:int', '<xs:maxInclusive value=""/>')));
    expect(d).toEqual(at('XsdInvalid', 'xs:maxInclusive has an empty value', 5));
  });

  it('a minExclusive of spaces only is empty too', () => {
    const d = diagnosticOf(() => parseSnippet(simple('xs:decimal', '<xs:minExclusive value="   "/>')));
    expect(d).toEqual(at('XsdInvalid', 'xs:minExclusive has an empty value', 5));
  });

  it('a bound is kept without its surrounding whitespace (xs:int collapses it)', () => {
    const s = parseSnippet(simple('xs:int', '<xs:maxInclusive value=" 5 "/>', '<xs:minInclusive value="\n-3\t"/>'));
    expect(typeOf(s, 'T')).toEqual({
      kind: 'primitive',
      builtin: 'int',
      facets: { minInclusive: '-3', maxInclusive: '5' },
    });
  });
});

describe('enumeration values that the base type refuses', () => {
  it('the diagnostic points at the offending (first) enumeration, not the last', () => {
    const d = diagnosticOf(() =>
      parseSnippet(simple('xs:int', '<xs:enumeration value="x"/>', '<xs:enumeration value="1"/>')),
    );
    expect(d).toEqual(
      at('XsdInvalid', 'xs:enumeration value "x" is not valid for the base type: not a valid xs:int', 5),
    );
  });
});

describe('fixed facets (fixed is an xs:boolean: "true" or "1")', () => {
  const chain = (fixed: string, derived: string) =>
    [
      simple('xs:string', `<xs:maxLength value="5" fixed="${fixed}"/>`),
      '<xs:simpleType name="U">',
      '<xs:restriction base="T">',
      derived,
      '</xs:restriction>',
      '</xs:simpleType>',
    ].join('\n');

  it.each(['true', '1'])('fixed="%s": a restriction of the type cannot change the value', (fixed) => {
    // xmllint 2.9.14 enforces fixed="true" only; XSD 1.0 Part 2 §3.2.2 makes "1" the same value.
    const d = diagnosticOf(() => parseSnippet(chain(fixed, '<xs:maxLength value="4"/>')));
    expect(d).toEqual(at('XsdInvalid', 'xs:maxLength is fixed to 5 in the base type; 4 changes it', 10));
  });

  it.each(['false', '0'])('fixed="%s": the value may be narrowed', (fixed) => {
    const s = parseSnippet(chain(fixed, '<xs:maxLength value="4"/>'));
    expect(typeOf(s, 'U')).toEqual({ kind: 'primitive', builtin: 'string', facets: { maxLength: 4 } });
  });

  it('fixed="true": the same value again, beside another facet, is fine', () => {
    const s = parseSnippet(chain('true', '<xs:maxLength value="5"/>\n<xs:minLength value="1"/>'));
    expect(typeOf(s, 'U')).toEqual({ kind: 'primitive', builtin: 'string', facets: { minLength: 1, maxLength: 5 } });
  });

  it('fixed="true" on a bound of a decimal type', () => {
    const body = [
      simple('xs:int', '<xs:maxInclusive value="10" fixed="1"/>'),
      '<xs:simpleType name="U"><xs:restriction base="T"><xs:maxInclusive value="9"/></xs:restriction></xs:simpleType>',
    ].join('\n');
    const d = diagnosticOf(() => parseSnippet(body));
    expect(d).toEqual(at('XsdInvalid', 'xs:maxInclusive is fixed to 10 in the base type; 9 changes it', 8, 50));
  });
});

describe('facets merged along a chain of restrictions', () => {
  it('only the facets some step declares, in canonical order, none left undefined', () => {
    const body = [
      simple('xs:string', '<xs:maxLength value="5"/>'),
      simple('T', '<xs:minLength value="1"/>').replace('name="T"', 'name="U"'),
    ].join('\n');
    expect(Object.entries(facetsOf(parseSnippet(body), 'U'))).toEqual([
      ['minLength', 1],
      ['maxLength', 5],
    ]);
  });

  it('a later step wins, patterns accumulate', () => {
    const body = [
      simple('xs:string', '<xs:maxLength value="5"/>', '<xs:pattern value="[a-z]*"/>'),
      simple('T', '<xs:maxLength value="3"/>', '<xs:pattern value="a.*"/>').replace('name="T"', 'name="U"'),
    ].join('\n');
    expect(Object.entries(facetsOf(parseSnippet(body), 'U'))).toEqual([
      ['maxLength', 3],
      ['patterns', ['[a-z]*', 'a.*']],
    ]);
  });
});

describe('a simpleContent restriction', () => {
  it('its attribute declarations, attribute group refs and wildcard are not facets', () => {
    const body = `<xs:attributeGroup name="G"><xs:attribute name="a"/></xs:attributeGroup>
<xs:complexType name="B">
<xs:simpleContent><xs:extension base="xs:string"><xs:attribute name="b"/><xs:attributeGroup ref="G"/><xs:anyAttribute/></xs:extension></xs:simpleContent>
</xs:complexType>
<xs:complexType name="C">
<xs:simpleContent>
<xs:restriction base="B">
<xs:maxLength value="3"/>
<xs:attribute name="b" type="xs:token"/>
<xs:attributeGroup ref="G"/>
<xs:anyAttribute/>
</xs:restriction>
</xs:simpleContent>
</xs:complexType>`;
    const c = typeOf(parseSnippet(body), 'C');
    if (c.kind !== 'object') throw new Error(`C is ${c.kind}`);
    expect(c.fields.find((f) => f.name === 'value')?.type).toEqual({
      kind: 'primitive',
      builtin: 'string',
      facets: { maxLength: 3 },
    });
    expect(c.fields.map((f) => f.name).sort()).toEqual(['a', 'b', 'value']);
  });
});
