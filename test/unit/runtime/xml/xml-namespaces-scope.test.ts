/**
 * NamespaceScope and the expanded-name helpers of runtime/xml/xml-namespaces.ts, driven directly:
 * which attributes are namespace declarations (exactly `xmlns` and `xmlns:NCName`, §3), the
 * reserved namespace names of the xml and xmlns prefixes (§3), scoping of declarations to the
 * declaring element and its descendants (§6.1), the default namespace applying to unprefixed
 * element names but never to unprefixed attribute names, and `xmlns=""` removing it (§6.2), an
 * empty prefixed declaration binding nothing (§3: its value MUST NOT be empty; XML Names 1.1
 * treats it as undeclaring), and namespace declarations not being attributes to validate.
 * @see Namespaces in XML 1.0 (third edition) §3, §4, §6.1, §6.2
 */
import { describe, expect, it } from 'vitest';
import {
  declaresNamespace,
  localOfExpanded,
  NamespaceScope,
  namespaceOfExpanded,
  XML_NS,
  XMLNS_NS,
} from '../../../../runtime/xml/xml-namespaces.js';

describe('reserved namespace names (Namespaces in XML 1.0 §3)', () => {
  it('xml is bound to http://www.w3.org/XML/1998/namespace, xmlns to http://www.w3.org/2000/xmlns/', () => {
    expect(XML_NS).toBe('http://www.w3.org/XML/1998/namespace');
    expect(XMLNS_NS).toBe('http://www.w3.org/2000/xmlns/');
  });

  it('the xml prefix is bound without any declaration', () => {
    const scope = new NamespaceScope();
    expect(scope.uriOf('xml')).toBe(XML_NS);
    expect(scope.attribute('xml:lang')).toBe(`{${XML_NS}}lang`);
  });
});

describe('expanded names {uri}local', () => {
  it.each([
    ['{urn:t}x', 'urn:t', 'x'],
    ['{http://example.com/a/b}item', 'http://example.com/a/b', 'item'],
    ['{urn:t}abc', 'urn:t', 'abc'],
  ])('%s has namespace %s and local part %s', (name, uri, local) => {
    expect(namespaceOfExpanded(name)).toBe(uri);
    expect(localOfExpanded(name)).toBe(local);
  });

  it.each(['x', 'ab', 'abc', 'item', 'long-local.name'])('%s (no namespace) is its own local part', (name) => {
    expect(namespaceOfExpanded(name)).toBe('');
    expect(localOfExpanded(name)).toBe(name);
  });
});

describe('declaresNamespace: only xmlns and xmlns:p are declarations (§3 NSAttName)', () => {
  it.each([
    ['no attributes', {}],
    ['ordinary attributes', { a: '1', color: 'red' }],
    ['names starting with x', { x: '1', xyzzy: 'v', 'xsi:type': 't', 'xlink:href': 'h' }],
  ])('%s: false', (_label, attrs: Record<string, string>) => {
    expect(declaresNamespace(attrs)).toBe(false);
  });

  it.each([
    ['a default declaration', { a: '1', xmlns: 'urn:t' }],
    ['a prefixed declaration', { b: '2', 'xmlns:p': 'urn:p' }],
  ])('%s: true', (_label, attrs: Record<string, string>) => {
    expect(declaresNamespace(attrs)).toBe(true);
  });
});

describe('NamespaceScope.declare', () => {
  it('a fresh scope has nothing open, nothing bound, and popping it changes nothing', () => {
    const scope = new NamespaceScope();
    expect(scope.top).toBe(-1);
    expect(() => scope.pop(0)).not.toThrow();
    expect(scope.top).toBe(-1);
    expect(scope.element('x')).toBe('x');
    expect(scope.uriOf('p')).toBeUndefined();
  });

  it('attributes that are not xmlns or xmlns:NCName declare nothing', () => {
    const scope = new NamespaceScope();
    // 'color' and 'xyzzy' are five characters long like 'xmlns'; 'xmlnsp' merely starts with it.
    const declared = scope.declare({ color: 'urn:c', xyzzy: 'urn:y', xmlnsp: 'urn:z', 'xlink:href': 'urn:h' }, 0);
    expect(declared).toBe(false);
    expect(scope.element('x')).toBe('x');
    expect(scope.element('p:x')).toBe('p:x');
    expect(scope.uriOf('')).toBeUndefined();
    expect(scope.uriOf('href')).toBeUndefined();
  });

  it('ordinary attributes next to a declaration do not bind anything', () => {
    const scope = new NamespaceScope();
    expect(scope.declare({ 'xmlns:p': 'urn:p', color: 'urn:c', xyzzy: 'urn:y', xmlnsq: 'urn:q' }, 0)).toBe(true);
    expect(scope.element('x')).toBe('x');
    expect(scope.element('p:x')).toBe('{urn:p}x');
    expect(scope.uriOf('')).toBeUndefined();
  });

  it('reports whether the start tag declared anything, and records the declaring level', () => {
    const scope = new NamespaceScope();
    expect(scope.declare({ xmlns: 'urn:t', 'xmlns:p': 'urn:p' }, 0)).toBe(true);
    expect(scope.top).toBe(0);
    expect(scope.declare({ a: '1' }, 1)).toBe(false);
    expect(scope.top).toBe(0);
    expect(scope.declare({ 'xmlns:q': 'urn:q' }, 2)).toBe(true);
    expect(scope.top).toBe(2);
  });
});

describe('NamespaceScope: scoping (§6.1) and the default namespace (§6.2)', () => {
  it('a declaration on an element overrides the outer one for that element only', () => {
    const scope = new NamespaceScope();
    scope.declare({ xmlns: 'urn:t', 'xmlns:p': 'urn:p' }, 0);
    expect(scope.element('x')).toBe('{urn:t}x');
    expect(scope.element('p:x')).toBe('{urn:p}x');
    // A sibling of the first <x> redeclares both: the names resolved before must not be reused.
    expect(scope.declare({ xmlns: 'urn:o', 'xmlns:p': 'urn:q' }, 1)).toBe(true);
    expect(scope.element('x')).toBe('{urn:o}x');
    expect(scope.element('p:x')).toBe('{urn:q}x');
    expect(scope.attribute('p:a')).toBe('{urn:q}a');
    scope.pop(1);
    expect(scope.top).toBe(0);
    expect(scope.element('x')).toBe('{urn:t}x');
    expect(scope.element('p:x')).toBe('{urn:p}x');
    expect(scope.attribute('p:a')).toBe('{urn:p}a');
    scope.pop(0);
    expect(scope.top).toBe(-1);
    expect(scope.element('x')).toBe('x');
    expect(scope.element('p:x')).toBe('p:x');
    expect(scope.uriOf('p')).toBeUndefined();
  });

  it('popping a level deeper than any declaration keeps the bindings', () => {
    const scope = new NamespaceScope();
    scope.declare({ xmlns: 'urn:t' }, 0);
    scope.pop(3);
    expect(scope.top).toBe(0);
    expect(scope.element('x')).toBe('{urn:t}x');
  });

  it('the default namespace does not apply to unprefixed attribute names', () => {
    const scope = new NamespaceScope();
    scope.declare({ xmlns: 'urn:t', 'xmlns:p': 'urn:p' }, 0);
    expect(scope.element('a')).toBe('{urn:t}a');
    expect(scope.attribute('a')).toBe('a');
    expect(scope.attribute('p:a')).toBe('{urn:p}a');
  });

  it('xmlns="" removes the default namespace within its scope', () => {
    const scope = new NamespaceScope();
    scope.declare({ xmlns: 'urn:t' }, 0);
    scope.declare({ xmlns: '' }, 1);
    expect(scope.element('x')).toBe('x');
    scope.pop(1);
    expect(scope.element('x')).toBe('{urn:t}x');
  });

  it('an empty prefixed declaration binds the prefix to no namespace at all', () => {
    const scope = new NamespaceScope();
    scope.declare({ 'xmlns:p': '' }, 0);
    expect(scope.uriOf('p')).toBeUndefined();
    expect(scope.element('p:x')).toBe('p:x');
    const nested = new NamespaceScope();
    nested.declare({ 'xmlns:p': 'urn:p' }, 0);
    nested.declare({ 'xmlns:p': '' }, 1);
    expect(nested.uriOf('p')).toBeUndefined();
    expect(nested.element('p:x')).not.toBe('x');
    nested.pop(1);
    expect(nested.element('p:x')).toBe('{urn:p}x');
  });
});

describe('NamespaceScope.attributes: namespace declarations are not attributes to validate', () => {
  it('returns the same object when no name needs resolving', () => {
    const scope = new NamespaceScope();
    scope.declare({ xmlns: 'urn:t' }, 0);
    const attrs = { a: '1', b: '2' };
    expect(scope.attributes(attrs)).toBe(attrs);
  });

  it('drops xmlns from a start tag whose other attributes are unprefixed', () => {
    const scope = new NamespaceScope();
    const attrs = { xmlns: 'urn:t', a: '1' };
    scope.declare(attrs, 0);
    expect(scope.attributes(attrs)).toEqual({ a: '1' });
  });

  it('drops xmlns:p and keys prefixed attributes by expanded name', () => {
    const scope = new NamespaceScope();
    const attrs = { 'xmlns:p': 'urn:p', xmlns: 'urn:t', 'p:a': '1', b: '2' };
    scope.declare(attrs, 0);
    expect(scope.attributes(attrs)).toEqual({ b: '2', '{urn:p}a': '1' });
  });

  it('keeps every attribute that is not a declaration exactly once, even a name that is no QName', () => {
    // ':a' is not namespace-well-formed (xmllint: "Failed to parse QName ':a'"); it must still
    // be handed on once, so that it is rejected rather than silently dropped or duplicated.
    const scope = new NamespaceScope();
    const bare = { 'xmlns:p': 'urn:p', ':a': '1', 'p:b': '2' };
    scope.declare(bare, 0);
    expect(Object.keys(scope.attributes(bare))).toHaveLength(2);
    const withDefault = new NamespaceScope();
    const attrs = { xmlns: 'urn:t', ':a': '1', b: '2' };
    withDefault.declare(attrs, 0);
    expect(Object.keys(withDefault.attributes(attrs))).toHaveLength(2);
  });
});
