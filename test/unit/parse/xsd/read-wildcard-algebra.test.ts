/**
 * Pins the namespace-constraint algebra of read-wildcard.ts clause by clause against XSD 1.0
 * Part 1 §3.10.6: Attribute Wildcard Intersection (used for a type's own wildcard and its
 * attribute groups') and Attribute Wildcard Union (used for extension). Constraints are written
 * as the IR has them: `undefined` is any, `{ in: [...] }` a set of namespace names (`''`:
 * absent), `{ not: u }` the negation of `u`, which always excludes absent as well (§3.10.4
 * clause 2.3), so `{ not: '' }` is "not absent".
 */
import { describe, expect, it } from 'vitest';
import { intersectNamespaces, unionNamespaces } from '../../../../generator/parse/xsd/read-wildcard.js';

const A = 'urn:a';
const B = 'urn:b';
const C = 'urn:c';

describe('Attribute Wildcard Intersection (§3.10.6)', () => {
  it('clause 2: with any, the other one (either side)', () => {
    expect(intersectNamespaces(undefined, { in: [A] })).toEqual({ in: [A] });
    expect(intersectNamespaces({ not: A }, undefined)).toEqual({ not: A });
    expect(intersectNamespaces(undefined, undefined)).toBeUndefined();
  });

  it('clause 4: two sets intersect (in the order of the first)', () => {
    expect(intersectNamespaces({ in: [A, B, ''] }, { in: ['', C, B] })).toEqual({ in: [B, ''] });
    expect(intersectNamespaces({ in: [A] }, { in: [B] })).toEqual({ in: [] });
  });

  it('clause 1: the same negation is itself', () => {
    expect(intersectNamespaces({ not: A }, { not: A })).toEqual({ not: A });
    expect(intersectNamespaces({ not: '' }, { not: '' })).toEqual({ not: '' });
  });

  it('clause 6: not a namespace and not absent is not that namespace (either side)', () => {
    expect(intersectNamespaces({ not: A }, { not: '' })).toEqual({ not: A });
    expect(intersectNamespaces({ not: '' }, { not: A })).toEqual({ not: A });
  });

  it('clause 5: negations of two different namespaces are not expressible', () => {
    expect(intersectNamespaces({ not: A }, { not: B })).toBe('inexpressible');
    expect(intersectNamespaces({ not: B }, { not: A })).toBe('inexpressible');
  });

  it('clause 3: a set and a negation: the set minus the negated namespace and absent (either side)', () => {
    expect(intersectNamespaces({ in: [A, '', B] }, { not: A })).toEqual({ in: [B] });
    expect(intersectNamespaces({ not: A }, { in: [B, A, ''] })).toEqual({ in: [B] });
    expect(intersectNamespaces({ not: '' }, { in: ['', C] })).toEqual({ in: [C] });
    expect(intersectNamespaces({ in: [B, C] }, { not: A })).toEqual({ in: [B, C] });
  });
});

describe('Attribute Wildcard Union (§3.10.6)', () => {
  it('clause 2: with any, any (either side)', () => {
    expect(unionNamespaces(undefined, { in: [A] })).toBeUndefined();
    expect(unionNamespaces({ not: A }, undefined)).toBeUndefined();
  });

  it('clause 3: two sets unite (the first, then what the second adds)', () => {
    expect(unionNamespaces({ in: [A, B] }, { in: [C, B, ''] })).toEqual({ in: [A, B, C, ''] });
    expect(unionNamespaces({ in: [] }, { in: [A] })).toEqual({ in: [A] });
  });

  it('clause 1: the same negation is itself', () => {
    expect(unionNamespaces({ not: A }, { not: A })).toEqual({ not: A });
  });

  it('clause 4: negations of two different values are not absent', () => {
    expect(unionNamespaces({ not: A }, { not: B })).toEqual({ not: '' });
    expect(unionNamespaces({ not: A }, { not: '' })).toEqual({ not: '' });
    expect(unionNamespaces({ not: '' }, { not: B })).toEqual({ not: '' });
  });

  it('clause 5.1: not a namespace and a set with that namespace and absent is any (either side)', () => {
    expect(unionNamespaces({ not: A }, { in: [B, A, ''] })).toBeUndefined();
    expect(unionNamespaces({ in: ['', A] }, { not: A })).toBeUndefined();
  });

  it('clause 5.2: a set with the negated namespace but not absent is not absent (either side)', () => {
    expect(unionNamespaces({ not: A }, { in: [A, B] })).toEqual({ not: '' });
    expect(unionNamespaces({ in: [A] }, { not: A })).toEqual({ not: '' });
  });

  it('clause 5.3: a set with absent but not the negated namespace is not expressible (either side)', () => {
    expect(unionNamespaces({ not: A }, { in: [''] })).toBe('inexpressible');
    expect(unionNamespaces({ in: [B, ''] }, { not: A })).toBe('inexpressible');
  });

  it('clause 5.4: a set with neither is the negation (either side)', () => {
    expect(unionNamespaces({ not: A }, { in: [B, C] })).toEqual({ not: A });
    expect(unionNamespaces({ in: [] }, { not: A })).toEqual({ not: A });
  });

  it('clause 6: not absent and a set: any when the set holds absent, else not absent (either side)', () => {
    expect(unionNamespaces({ not: '' }, { in: [A, ''] })).toBeUndefined();
    expect(unionNamespaces({ in: [''] }, { not: '' })).toBeUndefined();
    expect(unionNamespaces({ not: '' }, { in: [A, B] })).toEqual({ not: '' });
    expect(unionNamespaces({ in: [A] }, { not: '' })).toEqual({ not: '' });
  });
});
