/**
 * Identity-constraint definitions in the XSD front end (check-identity-constraints.ts,
 * identity-xpath.ts): where they may appear, their selector/field XPath subset, name uniqueness
 * and keyref references; each an `XsdInvalid` located at the offending element.
 */
import { describe, expect, it } from 'vitest';
import { parseIdentityXPath } from '../../../../generator/parse/xsd/identity-xpath.js';
import type { XsdNode } from '../../../../generator/parse/xsd/xsd-node.js';
import { diagnosticOf, parseSnippet } from './xsd-test-helpers.js';

const ct =
  '<xs:complexType><xs:sequence><xs:element name="item" maxOccurs="9"><xs:complexType>' +
  '<xs:attribute name="id"/></xs:complexType></xs:element></xs:sequence></xs:complexType>';
const constraint = (kind: string, name: string, selector: string, fields: string[], extra = '') =>
  `<xs:${kind} name="${name}"${extra}><xs:selector xpath="${selector}"/>` +
  `${fields.map((f) => `<xs:field xpath="${f}"/>`).join('')}</xs:${kind}>`;
const root = (constraints: string) => `<xs:element name="root">${ct}${constraints}</xs:element>`;

describe('identity constraints: accepted', () => {
  it.each([
    ['a unique on an attribute', root(constraint('unique', 'u', './/item', ['@id']))],
    [
      'a key and its keyref',
      root(constraint('key', 'k', 'item', ['@id']) + constraint('keyref', 'r', 'item', ['@id'], ' refer="k"')),
    ],
    [
      'alternatives, wildcards, self and whitespace',
      root(
        constraint('unique', 'u', ' ./item | .//* | qspec:* | . ', ['. | a/@qspec:x | @*', 'child::a/attribute::b']),
      ),
    ],
    [
      'a keyref referring to a key declared later on another element',
      root(constraint('keyref', 'r', 'item', ['@id'], ' refer="k"')) +
        `<xs:element name="other">${ct}${constraint('key', 'k', 'item', ['@id'])}</xs:element>`,
    ],
  ])('%s', (_name, body) => {
    expect(() => parseSnippet(body)).not.toThrow();
  });
});

describe('identity constraints: schema errors', () => {
  it.each([
    [
      'outside an element declaration',
      `<xs:complexType name="T">${constraint('key', 'k', 'a', ['@b'])}</xs:complexType>`,
      /xs:key is allowed only inside xs:element/,
    ],
    ['at the top level', constraint('unique', 'u', 'a', ['@b']), /xs:unique is allowed only inside xs:element/],
    [
      'a selector with an attribute step',
      root(constraint('unique', 'u', '@id', ['@id'])),
      /xs:selector xpath="@id" is not in the XPath subset/,
    ],
    [
      'a "//" inside a path',
      root(constraint('unique', 'u', 'a//item', ['@id'])),
      /"\/\/" is allowed only as a leading ".\/\/"/,
    ],
    ['a parent step', root(constraint('unique', 'u', '../item', ['@id'])), /xs:selector xpath="..\/item"/],
    [
      'a field with a step after the attribute',
      root(constraint('unique', 'u', 'item', ['@id/a'])),
      /xs:field xpath="@id\/a"/,
    ],
    ['an empty field', root(constraint('unique', 'u', 'item', [''])), /a name test is missing/],
    ['an undeclared prefix', root(constraint('unique', 'u', 'p:item', ['@id'])), /prefix "p" is not declared/],
    ['a predicate', root(constraint('unique', 'u', 'item[1]', ['@id'])), /unexpected "\[1\]"/],
    ['no field', root('<xs:unique name="u"><xs:selector xpath="a"/></xs:unique>'), /needs at least one xs:field/],
    ['no selector', root('<xs:key name="k"><xs:field xpath="a"/></xs:key>'), /needs an xs:selector first/],
    ['a keyref without refer', root(constraint('keyref', 'r', 'item', ['@id'])), /xs:keyref needs a refer/],
    [
      'a type after the constraints',
      `<xs:element name="e">${constraint('key', 'k', 'a', ['@b'])}<xs:simpleType><xs:restriction base="xs:string"/></xs:simpleType></xs:element>`,
      /xs:simpleType must come before the identity constraints/,
    ],
    [
      'two constraints of one name',
      root(constraint('unique', 'u', 'item', ['@id']) + constraint('key', 'u', 'item', ['@id'])),
      /duplicate identity constraint "u"/,
    ],
    [
      'one name on two elements',
      root(constraint('unique', 'u', 'item', ['@id'])) +
        `<xs:element name="other">${ct}${constraint('key', 'u', 'item', ['@id'])}</xs:element>`,
      /duplicate identity constraint "u"/,
    ],
    [
      'a keyref naming nothing',
      root(constraint('keyref', 'r', 'item', ['@id'], ' refer="k"')),
      /refer="k" names no xs:key or xs:unique/,
    ],
    [
      'a keyref naming a keyref',
      root(
        constraint('keyref', 'r', 'item', ['@id'], ' refer="r2"') +
          constraint('keyref', 'r2', 'item', ['@id'], ' refer="r"'),
      ),
      /names no xs:key or xs:unique/,
    ],
    [
      'a keyref with another field count',
      root(constraint('key', 'k', 'item', ['@id']) + constraint('keyref', 'r', 'item', ['@id', '.'], ' refer="k"')),
      /xs:keyref "r" has 2 field\(s\), its xs:key "k" has 1/,
    ],
  ])('%s', (_name, body, message) => {
    const d = diagnosticOf(() => parseSnippet(body));
    expect(d.code).toBe('XsdInvalid');
    expect(d.message).toMatch(message);
    expect(d.location?.line).toBe(3);
  });
});

describe('identity XPath subset', () => {
  const node = {
    el: { ns: { p: 'urn:p' } },
    file: 't.xsd',
    doc: { targetNamespace: '' },
  } as unknown as XsdNode;
  it('resolves prefixes, keeps unprefixed names in no namespace and reads a final attribute', () => {
    expect(parseIdentityXPath(node, './/p:a/b | p:*/.', false)).toEqual([
      {
        descendant: true,
        steps: [
          { kind: 'name', name: '{urn:p}a' },
          { kind: 'name', name: 'b' },
        ],
      },
      { descendant: false, steps: [{ kind: 'ns', uri: 'urn:p' }, { kind: 'self' }] },
    ]);
    expect(parseIdentityXPath(node, 'a/@p:x', true)).toEqual([
      { descendant: false, steps: [{ kind: 'name', name: 'a' }], attribute: { kind: 'name', name: '{urn:p}x' } },
    ]);
  });

  it('lets whitespace separate the tokens of ".//" and of an axis and its "::"', () => {
    const child = { descendant: false, steps: [{ kind: 'name', name: '{urn:p}a' }] };
    expect(parseIdentityXPath(node, '. //.', false)).toEqual([{ descendant: true, steps: [{ kind: 'self' }] }]);
    expect(parseIdentityXPath(node, 'child ::p:a | child:: p:a', false)).toEqual([child, child]);
    expect(parseIdentityXPath(node, 'attribute ::p:a', true)).toEqual([
      { descendant: false, steps: [], attribute: { kind: 'name', name: '{urn:p}a' } },
    ]);
    expect(parseIdentityXPath(node, 'children/child', false)).toEqual([
      {
        descendant: false,
        steps: [
          { kind: 'name', name: 'children' },
          { kind: 'name', name: 'child' },
        ],
      },
    ]);
    expect(() => parseIdentityXPath(node, './ /a', false)).toThrow(/cannot start a name test/);
  });

  it('reads names by code point: a supplementary-plane letter is a name character, a lone surrogate is not', () => {
    expect(parseIdentityXPath(node, 'a\u{10000}b/c', false)).toEqual([
      {
        descendant: false,
        steps: [
          { kind: 'name', name: 'a\u{10000}b' },
          { kind: 'name', name: 'c' },
        ],
      },
    ]);
    expect(() => parseIdentityXPath(node, 'a\ud800b', false)).toThrow(/unexpected/);
  });
});
