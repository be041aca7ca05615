/**
 * The identity-constraint XPath reader (identity-xpath.ts) on its own: which characters make an
 * NCName in a name test (XML 1.0 §2.3 NameStartChar / NameChar without the colon, read by code
 * point), the `xml` prefix bound without a declaration (Namespaces in XML 1.0 §3), a `*` name
 * test, the `child::` / `attribute::` axes only when `::` follows, and each refusal with its whole
 * diagnostic at the xs:selector / xs:field element.
 *
 * @see XSD 1.0 Part 1 §3.11.6 (Selector Value OK, Fields Value OK: the XPath subset), XML 1.0
 *      §2.3 (Names), Namespaces in XML 1.0 §3 (the `xml` prefix)
 */
import { describe, expect, it } from 'vitest';
import { parseIdentityXPath } from '../../../../generator/parse/xsd/identity-xpath.js';
import type { XsdNode } from '../../../../generator/parse/xsd/xsd-node.js';
import { diagnosticOf } from './xsd-test-helpers.js';

const node = {
  el: { ns: { p: 'urn:p', e: '' }, line: 7, column: 3 },
  file: 't.xsd',
  doc: { targetNamespace: '' },
} as unknown as XsdNode;

/** The single child-step path of `names` (no leading `.//`). */
const steps = (...names: string[]) => [{ descendant: false, steps: names.map((name) => ({ kind: 'name', name })) }];

function refusal(value: string, field: boolean, why: string) {
  return {
    code: 'XsdInvalid',
    severity: 'error',
    message: `${field ? 'xs:field' : 'xs:selector'} xpath="${value}" is not in the XPath subset of identity constraints: ${why}`,
    location: { file: 't.xsd', line: 7, column: 3 },
  };
}

const refused = (value: string, field = false) => diagnosticOf(() => parseIdentityXPath(node, value, field));

describe('identity XPath: NCName characters', () => {
  it.each([
    ['lower-case letters, both ends of the range', 'a/z', ['a', 'z']],
    ['upper-case letters, both ends of the range', 'A/Z', ['A', 'Z']],
    ['an underscore', '_', ['_']],
    ['a non-ASCII letter (U+00E9)', '\u00e9t\u00e9', ['\u00e9t\u00e9']],
    ['a supplementary-plane letter first (U+10000)', '\u{10000}x', ['\u{10000}x']],
    ['hyphen, full stop and digits 0 and 9 after the first character', 'a-b.c0d9', ['a-b.c0d9']],
    ['a middle dot (U+00B7), a name character that cannot start a name', 'a\u00b7b', ['a\u00b7b']],
  ])('reads %s as a name', (_what, value, names) => {
    expect(parseIdentityXPath(node, value, false)).toEqual(steps(...names));
  });

  it.each([
    ['a digit', '0a', '"0" cannot start a name test'],
    ['a hyphen', '-a', '"-" cannot start a name test'],
    ['a middle dot', '\u00b7a', '"\u00b7" cannot start a name test'],
    ['a colon', ':a', '":" cannot start a name test'],
  ])('refuses %s at the start of a name', (_what, value, why) => {
    expect(refused(value)).toEqual(refusal(value, false, why));
  });
});

describe('identity XPath: name tests, axes and steps', () => {
  it('reads "*" as a wildcard name test, in a step and as the final attribute', () => {
    expect(parseIdentityXPath(node, '*', false)).toEqual([{ descendant: false, steps: [{ kind: 'any' }] }]);
    expect(parseIdentityXPath(node, '*/@*', true)).toEqual([
      { descendant: false, steps: [{ kind: 'any' }], attribute: { kind: 'any' } },
    ]);
  });

  it('binds the xml prefix without a declaration', () => {
    expect(parseIdentityXPath(node, '@xml:lang', true)).toEqual([
      { descendant: false, steps: [], attribute: { kind: 'name', name: '{http://www.w3.org/XML/1998/namespace}lang' } },
    ]);
  });

  it('reads a name that begins like an axis as a name when no "::" follows', () => {
    expect(parseIdentityXPath(node, 'attributes', true)).toEqual(steps('attributes'));
    expect(parseIdentityXPath(node, 'attribute/@child', true)).toEqual([
      { descendant: false, steps: [{ kind: 'name', name: 'attribute' }], attribute: { kind: 'name', name: 'child' } },
    ]);
  });

  it('takes "::" after another five-letter name as a prefix, not the child axis', () => {
    expect(refused('abcde::a')).toEqual(refusal('abcde::a', false, 'prefix "abcde" is not declared'));
  });

  it('refuses an undeclared prefix, and one bound to no namespace', () => {
    expect(refused('q:a')).toEqual(refusal('q:a', false, 'prefix "q" is not declared'));
    expect(refused('@e:a', true)).toEqual(refusal('@e:a', true, 'prefix "e" is not declared'));
  });

  it('refuses "//" anywhere but after a leading "."', () => {
    const why = '"//" is allowed only as a leading ".//"';
    expect(refused('//a')).toEqual(refusal('//a', false, why));
    expect(refused('a | //b')).toEqual(refusal('a | //b', false, why));
    expect(refused('a//b')).toEqual(refusal('a//b', false, why));
  });

  it('refuses "..": the parent step is not in the subset', () => {
    expect(refused('..')).toEqual(refusal('..', false, '"." cannot start a name test'));
    expect(refused('a/..')).toEqual(refusal('a/..', false, '"." cannot start a name test'));
  });

  it('refuses a name test missing at the end', () => {
    expect(refused('a/')).toEqual(refusal('a/', false, 'a name test is missing at the end'));
  });
});
