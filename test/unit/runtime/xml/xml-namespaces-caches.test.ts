/**
 * NamespaceScope keeps one name cache per set of bindings, and keeps them across `reset` (the
 * engine reuses one scope for every document of a batch): a name must always resolve under the
 * bindings in force, never under those a cache was filled with. Also the bounds that keep hostile
 * input from growing the caches: `MAX_CACHED_NAMES` names per cache, `MAX_BINDING_SETS` sets.
 * @see runtime/xml/xml-namespaces.ts; Namespaces in XML 1.0 §6.1 (scoping), §6.2 (defaulting)
 */
import { describe, expect, it } from 'vitest';
import { MAX_BINDING_SETS, MAX_CACHED_NAMES, NamespaceScope, XSI_NS } from '../../../../runtime/xml/xml-namespaces.js';

describe('NamespaceScope name caches', () => {
  it('a name resolves under the bindings in force when the same bindings come back', () => {
    const scope = new NamespaceScope();
    expect(scope.element('r')).toBe('r');
    scope.declare({ xmlns: 'urn:a' }, 0);
    expect(scope.element('r')).toBe('{urn:a}r');
    scope.pop(0);
    expect(scope.element('r')).toBe('r');
    scope.declare({ xmlns: 'urn:b' }, 0);
    expect(scope.element('r')).toBe('{urn:b}r');
    scope.pop(0);
    scope.declare({ xmlns: 'urn:a' }, 0);
    expect(scope.element('r')).toBe('{urn:a}r');
  });

  it('with no default namespace in scope an unprefixed element name is its own expanded name, cached nowhere', () => {
    const scope = new NamespaceScope();
    scope.declare({ 'xmlns:xsi': XSI_NS, 'xmlns:p': 'urn:p' }, 0);
    expect(scope.element('r')).toBe('r');
    expect(scope.element('p:r')).toBe('{urn:p}r');
    expect(scope.cachedNames).toBe(1);
    scope.declare({ xmlns: 'urn:a' }, 1);
    expect(scope.element('r')).toBe('{urn:a}r');
    // xmlns="" takes the default namespace away again (Namespaces in XML 1.0 §6.2).
    scope.declare({ xmlns: '' }, 2);
    expect(scope.element('r')).toBe('r');
    scope.pop(2);
    expect(scope.element('r')).toBe('{urn:a}r');
    scope.pop(1);
    expect(scope.element('r')).toBe('r');
    scope.reset();
    expect(scope.element('r')).toBe('r');
  });

  it('nested declarations switch caches and the outer one is found again on pop', () => {
    const scope = new NamespaceScope();
    scope.declare({ 'xmlns:p': 'urn:outer' }, 0);
    expect(scope.attribute('p:a')).toBe('{urn:outer}a');
    scope.declare({ 'xmlns:p': 'urn:inner' }, 1);
    expect(scope.attribute('p:a')).toBe('{urn:inner}a');
    expect(scope.element('p:e')).toBe('{urn:inner}e');
    scope.pop(1);
    expect(scope.attribute('p:a')).toBe('{urn:outer}a');
    expect(scope.element('p:e')).toBe('{urn:outer}e');
  });

  it('reset drops the bindings of an abandoned document (declarations still open) but keeps the caches', () => {
    const scope = new NamespaceScope();
    scope.declare({ xmlns: 'urn:a', 'xmlns:xsi': XSI_NS }, 0);
    expect(scope.element('x')).toBe('{urn:a}x');
    scope.declare({ 'xmlns:p': 'urn:p' }, 1);
    expect(scope.element('p:x')).toBe('{urn:p}x');
    scope.reset();
    expect(scope.top).toBe(-1);
    expect(scope.uriOf('p')).toBeUndefined();
    expect(scope.uriOf('')).toBeUndefined();
    // Unbound prefix: the QName as written (matches no declaration).
    expect(scope.element('p:x')).toBe('p:x');
    expect(scope.element('x')).toBe('x');
    // The first document's root bindings again: their cache is found, filled.
    scope.declare({ xmlns: 'urn:a', 'xmlns:xsi': XSI_NS }, 0);
    expect(scope.cachedNames).toBeGreaterThan(0);
    expect(scope.element('x')).toBe('{urn:a}x');
    expect(scope.attribute('xsi:type')).toBe(`{${XSI_NS}}type`);
  });

  it('bindings made in another order are the same bindings: names resolve alike', () => {
    const a = new NamespaceScope();
    a.declare({ 'xmlns:p': 'urn:p', 'xmlns:q': 'urn:q' }, 0);
    const b = new NamespaceScope();
    b.declare({ 'xmlns:q': 'urn:q', 'xmlns:p': 'urn:p' }, 0);
    for (const n of ['p:x', 'q:x', 'x', 'r:x']) expect(b.element(n)).toBe(a.element(n));
  });

  it('counts every element and attribute name resolved under the bindings in force, once each', () => {
    const scope = new NamespaceScope();
    scope.declare({ 'xmlns:p': 'urn:p' }, 0);
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 10; i++) expect(scope.element(`p:e${i}`)).toBe(`{urn:p}e${i}`);
      for (let i = 0; i < 7; i++) expect(scope.attribute(`p:a${i}`)).toBe(`{urn:p}a${i}`);
      expect(scope.cachedNames).toBe(17);
    }
  });

  it('reset ends a declaration that bound nothing (xmlns:p="") too', () => {
    const scope = new NamespaceScope();
    scope.declare({ 'xmlns:p': '' }, 0);
    expect(scope.top).toBe(0);
    scope.reset();
    expect(scope.top).toBe(-1);
    scope.pop(0);
    expect(scope.uriOf('p')).toBeUndefined();
  });

  it(`an attribute cache holds at most ${MAX_CACHED_NAMES} names too`, () => {
    const scope = new NamespaceScope();
    scope.declare({ 'xmlns:p': 'urn:p' }, 0);
    for (let i = 0; i < MAX_CACHED_NAMES + 5; i++) {
      expect(scope.attribute(`p:a${i}`)).toBe(`{urn:p}a${i}`);
      expect(scope.cachedNames).toBe((i % MAX_CACHED_NAMES) + 1);
    }
  });

  it(`a cache holds at most ${MAX_CACHED_NAMES} names, and names still resolve past that`, () => {
    const scope = new NamespaceScope();
    scope.declare({ xmlns: 'urn:a' }, 0);
    for (let i = 0; i < MAX_CACHED_NAMES * 2 + 5; i++) {
      expect(scope.element(`e${i}`)).toBe(`{urn:a}e${i}`);
      expect(scope.cachedNames).toBe((i % MAX_CACHED_NAMES) + 1);
    }
  });

  it(`more than ${MAX_BINDING_SETS} binding sets: every name still resolves under its own bindings`, () => {
    const scope = new NamespaceScope();
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < MAX_BINDING_SETS * 3; i++) {
        scope.declare({ xmlns: `urn:${i}` }, 0);
        expect(scope.element('r')).toBe(`{urn:${i}}r`);
        expect(scope.bindingSets).toBeLessThanOrEqual(MAX_BINDING_SETS);
        scope.pop(0);
        expect(scope.element('r')).toBe('r');
      }
    }
    expect(scope.bindingSets).toBeGreaterThan(1);
  });
});
