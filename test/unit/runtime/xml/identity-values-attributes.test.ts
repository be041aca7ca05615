/**
 * identity-values.ts beyond plain values: QName and NOTATION keys by expanded name (Part 2
 * §3.2.18, §3.2.19), the attribute nodes a field can select on an element (declared ones by
 * their type, defaults included; wildcard-admitted ones by their global declaration unless the
 * wildcard skips; xsi: attributes and open-content drift as text), and the global lookup table.
 */
import { describe, expect, it } from 'vitest';
import {
  globalIdentityAttributes,
  type IdentityAttribute,
  type IdentityAttributeOwner,
  identityAttributes,
  identityKey,
  shownValue,
} from '../../../../runtime/xml/identity-values.js';

const ns: Record<string, string> = { '': 'urn:d', p: 'urn:a', q: 'urn:a', o: 'urn:o' };
const uriOf = (prefix: string) => ns[prefix];
/** A QName value's key, its prefixes resolved by `resolve` (the bindings above unless given). */
const qname = (v: string, ...resolve: [((p: string) => string | undefined) | undefined] | []) =>
  identityKey('QName', v, v, resolve.length === 0 ? uriOf : resolve[0]);

describe('QName and NOTATION values', () => {
  it('prefixes bound to one namespace give one value; the namespace decides, not the prefix', () => {
    expect(qname('p:abc')).toBe(qname('q:abc'));
    expect(qname('p:abc')).not.toBe(qname('o:abc'));
    expect(qname(' p:abc ')).toBe(qname('q:abc'));
    expect(shownValue(qname('p:abc'))).toBe('{urn:a}abc');
  });

  it('an unprefixed QName is in the default namespace, or in none', () => {
    expect(qname('abc')).toBe(qname('d:abc', (p) => (p === 'd' ? 'urn:d' : ns[p])));
    const noDefault = (p: string) => (p === '' ? undefined : ns[p]);
    const emptyDefault = (p: string) => (p === '' ? '' : ns[p]);
    expect(qname('abc', noDefault)).toBe(qname('abc', emptyDefault));
    expect(qname('abc', undefined)).toBe(qname('abc', emptyDefault));
    expect(shownValue(qname('abc', undefined))).toBe('{}abc');
  });

  it('a prefix with no binding leaves the value as its text', () => {
    expect(shownValue(qname('x:abc'))).toBe('x:abc');
    expect(shownValue(qname('x:abc', undefined))).toBe('x:abc');
    expect(qname('x:abc', undefined)).not.toBe(qname('abc', undefined));
  });

  it('NOTATION values compare by expanded name too', () => {
    const notation = (v: string) => identityKey('NOTATION', v, v, uriOf);
    expect(notation('p:n')).toBe(notation('q:n'));
    expect(notation('p:n')).not.toBe(notation('o:n'));
  });
});

/** A checker for decimals: digits with an optional fraction. */
const decimalChecker = {
  check: (raw: string) => (/^\s*[+-]?\d+(\.\d*)?\s*$/.test(raw) ? undefined : 'not a decimal'),
  coerce: (raw: string) => raw.trim(),
};
const decl = (name: string, extra: { default?: string; fixed?: string } = {}): IdentityAttribute => ({
  model: { name, type: { b: 'decimal' }, ...extra },
  checker: decimalChecker,
});
const owner = (list: IdentityAttribute[], more: Partial<IdentityAttributeOwner> = {}): IdentityAttributeOwner => ({
  attrs: new Map(list.map((a) => [a.model.name, a])),
  attrList: list,
  anyAttr: false,
  anyAttrProcess: 'strict',
  open: false,
  ...more,
});
const dec = (v: string) => identityKey('decimal', v, v);
const globals = (...names: string[]) => {
  const table = new Map(names.map((n) => [n, decl(n)]));
  return (name: string) => table.get(name);
};
const XSI_TYPE = '{http://www.w3.org/2001/XMLSchema-instance}type';

describe('identityAttributes', () => {
  it('a declared attribute is keyed by its type; an invalid value is kept as its raw text', () => {
    const out = identityAttributes({ id: '01.0', bad: 'x1' }, owner([decl('id'), decl('bad')]), globals(), uriOf);
    expect(out.id).toBe(dec('1'));
    expect(out.bad).toBe('x1');
  });

  it('defaults and fixed values of absent attributes are keyed; a present attribute wins', () => {
    const list = [decl('d', { default: '02' }), decl('f', { fixed: '3.0' }), decl('g', { default: '5' })];
    const out = identityAttributes({ g: '6' }, owner(list), globals(), uriOf);
    expect(out).toEqual({ d: dec('2'), f: dec('3'), g: dec('6') });
  });

  it('keys the default of an absent attribute named like an Object.prototype property', () => {
    const list = [decl('toString', { default: '01' }), decl('constructor', { fixed: '2.0' })];
    expect(identityAttributes({}, owner(list), globals(), uriOf)).toEqual({
      toString: dec('1'),
      constructor: dec('2'),
    });
  });

  it('strict and lax wildcards type an attribute by its global declaration', () => {
    for (const anyAttrProcess of ['strict', 'lax']) {
      const out = identityAttributes({ g: '+7' }, owner([], { anyAttr: true, anyAttrProcess }), globals('g'), uriOf);
      expect(out).toEqual({ g: dec('7') });
    }
  });

  it('a skip wildcard types nothing: the attribute has no typed value and is left out', () => {
    const type = owner([], { anyAttr: true, anyAttrProcess: 'skip' });
    expect(identityAttributes({ g: '7' }, type, globals('g'), uriOf)).toEqual({});
  });

  it('without a wildcard a global declaration does not type an undeclared attribute', () => {
    expect(identityAttributes({ g: '7' }, owner([]), globals('g'), uriOf)).toEqual({});
  });

  it('xsi: attributes are kept as text; other undeclared ones only on open content', () => {
    const attrs = { [XSI_TYPE]: 't:x', other: 'v' };
    expect(identityAttributes(attrs, owner([]), globals(), uriOf)).toEqual({ [XSI_TYPE]: 't:x' });
    expect(identityAttributes(attrs, owner([], { open: true }), globals(), uriOf)).toEqual(attrs);
    const endsXsi = { 'x{http://www.w3.org/2001/XMLSchema-instance}': 'v' };
    expect(identityAttributes(endsXsi, owner([]), globals(), uriOf)).toEqual({});
    expect(identityAttributes({ '{}a': 'v' }, owner([]), globals(), uriOf)).toEqual({});
  });
});

describe('globalIdentityAttributes', () => {
  const checkers = new Map([
    ['a', decimalChecker],
    ['b', decimalChecker],
  ]);

  it('looks a global attribute up with its model built-in and checker', () => {
    const g = globalIdentityAttributes({ a: { b: 'decimal' }, b: { b: 'string' }, c: { b: 'int' } }, checkers);
    expect(g('a')?.model).toEqual({ name: 'a', type: { b: 'decimal' } });
    expect(g('a')?.checker).toBe(decimalChecker);
    expect(g('b')?.model).toEqual({ name: 'b', type: { b: 'string' } });
    expect(g('c')).toBeUndefined();
    expect(g('z')).toBeUndefined();
  });

  it('builds its table once: later look-ups give the same entries', () => {
    const g = globalIdentityAttributes({ a: { b: 'decimal' } }, checkers);
    expect(g('a')).toBe(g('a'));
  });

  it('without global attribute models nothing is found', () => {
    expect(globalIdentityAttributes(undefined, checkers)('a')).toBeUndefined();
  });
});
