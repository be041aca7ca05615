/**
 * Looks a type QName (`type=`, `base=`, `itemType=`, `memberTypes=`) up in the component table:
 * an XSD built-in, `xs:anyType`, or a named type of this schema (complex or simple), by expanded
 * name ({namespace}local, resolved against the reference's in-scope namespace declarations); it
 * never maps the named type (readers keep the name, resolvers follow it). Raises
 * `XsdUnresolvedType` for names that name nothing and `XsdUnsupported` for built-ins without an IR
 * primitive (xs:gYear and friends).
 *
 * When the default namespace is the XSD namespace in a document without a target namespace, an
 * unprefixed name is looked up among the schema's own types first (schemas written that way
 * cannot name their own types otherwise), then built-ins.
 *
 * @see XSD 1.1 Part 1 §3.17.6.2 (QName resolution), Part 2 §3 (built-in datatypes)
 */
import type { IrType } from '../../ir/ir-types.js';
import { builtins } from './builtins.js';
import { resolveQName } from './resolve-qname.js';
import type { TypeName } from './xsd-components.js';
import { typeId, type XsdContext } from './xsd-context.js';
import { xsdFail } from './xsd-diagnostics.js';
import { XSD_NS, type XsdNode } from './xsd-node.js';

export function lookupTypeName(ctx: XsdContext, at: XsdNode, value: string): TypeName {
  const q = resolveQName(at, value);
  if (q.uri === XSD_NS) {
    // A no-namespace schema whose default namespace is the XSD namespace names its own types unprefixed.
    const own = q.prefix === '' && at.doc.targetNamespace === '' ? ctx.components.types.get(q.local) : undefined;
    if (own !== undefined) return { kind: 'named', name: q.local, node: own };
    const b = builtins(q.local);
    switch (b.kind) {
      case 'primitive':
        return { kind: 'builtin', builtin: b.builtin };
      case 'anyType':
        return { kind: 'anyType' };
      case 'unsupported':
        return xsdFail('XsdUnsupported', `built-in type xs:${q.local} is not supported (use xs:string)`, at);
      case 'unknown':
        return xsdFail('XsdUnresolvedType', `"${value}" is not an XSD built-in type`, at);
    }
  }
  const own = ctx.components.types.get(q.key);
  if (own !== undefined) return { kind: 'named', name: q.key, node: own };
  return xsdFail('XsdUnresolvedType', `type "${value}" is not defined in this schema or its includes`, at);
}

/** The IR for a reference to a type name: a primitive, `any`, or a `ref` to the named type. */
export function typeNameToIr(ctx: XsdContext, t: TypeName): IrType {
  switch (t.kind) {
    case 'builtin':
      return { kind: 'primitive', builtin: t.builtin, facets: {} };
    case 'anyType':
      return { kind: 'any' };
    case 'named':
      return { kind: 'ref', target: typeId(ctx, t.name) };
  }
}
