/**
 * The resolvers' own guard against names that name nothing: `namedComplexParts` and `namedType`
 * for a type name and `globalElement` for an element name missing from the component tables raise
 * the unresolved-name diagnostic at the reference they were given, instead of failing on a missing
 * node. Readers refuse such names earlier (lookup-type-name.ts, read-particle.ts), so these are
 * called directly, with a context built as parseXsd builds it.
 *
 * @see XSD 1.1 Part 1 §3.17.6.2 (QName resolution: a reference must resolve to a component of the
 * right kind), src-resolve
 */
import { describe, expect, it } from 'vitest';
import { namedType } from '../../../../generator/parse/xsd/named-type.js';
import { readSchemaComponents } from '../../../../generator/parse/xsd/read-schema-components.js';
import { globalElement, namedComplexParts } from '../../../../generator/parse/xsd/resolve-complex-type.js';
import { createXsdContext, type XsdContext } from '../../../../generator/parse/xsd/xsd-context.js';
import type { XsdNode } from '../../../../generator/parse/xsd/xsd-node.js';
import { diagnosticOf, SCHEMA_ID, wrap } from './xsd-test-helpers.js';

/** A context for a schema with one type T (line 3) and one element e (line 4), and T's node. */
function contextWithT(): { ctx: XsdContext; at: XsdNode } {
  const source = wrap(`<xs:complexType name="T"><xs:sequence/></xs:complexType>
  <xs:element name="e" type="T"/>`);
  const ctx = createXsdContext(SCHEMA_ID, readSchemaComponents({ source, file: 'test/t.xsd', schemaId: SCHEMA_ID }));
  return { ctx, at: ctx.components.types.get('T')! };
}

const atT = { file: 'test/t.xsd', line: 3, column: 1 };

describe('resolvers: a name that names nothing', () => {
  it('namedComplexParts raises XsdUnresolvedType at the reference', () => {
    const { ctx, at } = contextWithT();
    expect(diagnosticOf(() => namedComplexParts(ctx, 'Missing', at))).toEqual({
      code: 'XsdUnresolvedType',
      severity: 'error',
      message: 'type "Missing" is not defined',
      location: atT,
    });
  });

  it('namedType raises XsdUnresolvedType at the reference', () => {
    const { ctx, at } = contextWithT();
    expect(diagnosticOf(() => namedType(ctx, 'Missing', at))).toEqual({
      code: 'XsdUnresolvedType',
      severity: 'error',
      message: 'type "Missing" is not defined',
      location: atT,
    });
  });

  it('globalElement raises XsdUnresolvedRef at the reference', () => {
    const { ctx, at } = contextWithT();
    expect(diagnosticOf(() => globalElement(ctx, 'missing', at))).toEqual({
      code: 'XsdUnresolvedRef',
      severity: 'error',
      message: 'element ref "missing" names no global element',
      location: atT,
    });
  });

  it('the names that do exist resolve, and again from the memo', () => {
    const { ctx, at } = contextWithT();
    const parts = namedComplexParts(ctx, 'T', at);
    expect(parts.particle).toEqual({ kind: 'sequence', items: [], occurs: { min: 1, max: 1 } });
    expect(namedComplexParts(ctx, 'T', at)).toBe(parts);
    const e = globalElement(ctx, 'e', at);
    expect(e.type).toEqual({ kind: 'ref', target: `${SCHEMA_ID}#T` });
    expect(globalElement(ctx, 'e', at)).toBe(e);
    const t = namedType(ctx, 'T', at);
    expect(t).toMatchObject({ kind: 'object', content: 'empty', fields: [] });
    expect(namedType(ctx, 'T', at)).toBe(t);
  });
});
