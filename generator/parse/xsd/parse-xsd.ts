/**
 * The XSD front end's entry point: an XSD document (plus its local includes/imports) → `IrSchema`.
 *
 * Reads the document with the safe located tree reader (no network, no entities), collects the
 * global components, maps every named type (sorted by name, id `<schemaId>#<name>`) and every
 * global element as a root (sorted by name), and keeps the header comment as `doc`. Each
 * component is read one to one with its references kept as names (`read-*.ts`) and resolved to
 * IR afterwards (`resolve-complex-type.ts`, `resolve-simple-type.ts`, `named-type.ts`);
 * xsd-components.ts holds the shapes. Derivation chains are bounded before any mapping starts
 * (check-derivation-chains.ts); nesting is bounded while reading the document and while mapping
 * (xml-tree.ts, `nested` in xsd-context.ts). Output is deterministic: the same input gives
 * byte-identical JSON.
 *
 * @see XSD 1.1 Part 1 §3.17 (Schemas as a whole)
 */
import type { IrNamedType, IrRootElement, IrSchema, IrType } from '../../ir/ir-types.js';
import { checkCircularDerivation } from './check-circular-derivation.js';
import { checkDerivationChains } from './check-derivation-chains.js';
import { checkIdentityReferences } from './check-identity-constraints.js';
import { checkRedefinedRestrictions } from './check-redefined-restriction.js';
import { checkSubstitutionCycles } from './check-substitution-cycles.js';
import { checkTypeFinal } from './check-type-final.js';
import { checkValueConstraints } from './check-value-constraints.js';
import { namedType } from './named-type.js';
import { attributeType } from './read-attributes.js';
import { readDerivation } from './read-derivation.js';
import { readDoc } from './read-doc.js';
import { readHeaderComment } from './read-header-comment.js';
import { readSchemaComponents } from './read-schema-components.js';
import { recursiveTypes } from './recursive-types.js';
import { globalElement } from './resolve-complex-type.js';
import { simpleTypeUse } from './resolve-simple-type.js';
import { checkSubstitutionGroups, isAbstractElement } from './substitution-ok.js';
import type { XsdInput } from './xsd-components.js';
import { createXsdContext, typeId } from './xsd-context.js';
import { originOf } from './xsd-node.js';

export type { XsdInput } from './xsd-components.js';

export function parseXsd(input: XsdInput): IrSchema {
  const components = readSchemaComponents(input);
  checkDerivationChains(components);
  checkCircularDerivation(components);
  checkIdentityReferences(components);
  const ctx = createXsdContext(input.schemaId, components);
  checkSubstitutionCycles(components);
  checkRedefinedRestrictions(ctx);
  checkSubstitutionGroups(ctx);
  checkTypeFinal(ctx);

  const declared: IrNamedType[] = sortedKeys(components.types).map((name) => {
    const node = components.types.get(name)!;
    const doc = readDoc(node);
    const derivation = readDerivation(ctx, node);
    return {
      id: typeId(ctx, name),
      name,
      type: namedType(ctx, name, node),
      ...(derivation !== undefined ? { derivation } : {}),
      ...(doc !== undefined ? { doc } : {}),
      origin: originOf(node),
    };
  });
  const roots: IrRootElement[] = sortedKeys(components.elements).map((name) => {
    const node = components.elements.get(name)!;
    const decl = globalElement(ctx, name, node);
    return {
      name,
      type: decl.type,
      ...(decl.nillable ? { nillable: true } : {}),
      ...(decl.default !== undefined ? { default: decl.default } : {}),
      ...(decl.fixed !== undefined ? { fixed: decl.fixed } : {}),
      ...(decl.block !== undefined ? { block: decl.block } : {}),
      ...(decl.identity !== undefined ? { identity: decl.identity } : {}),
      ...(isAbstractElement(node) ? { abstract: true as const } : {}),
      origin: originOf(node),
    };
  });
  const attributes = sortedKeys(components.attributes).map((name) => {
    const t = attributeType(ctx, components.attributes.get(name)!);
    const type: IrType =
      t.kind === 'anySimpleType' ? { kind: 'primitive', builtin: 'anySimpleType', facets: {} } : simpleTypeUse(ctx, t);
    return { name, type };
  });
  // Anonymous types that contain themselves are named while mapping (recursive-types.ts).
  const named = recursiveTypes(ctx);
  const types = named.length === 0 ? declared : [...declared, ...named].sort((a, b) => compare(a.name, b.name));
  const doc = readHeaderComment(input.source);
  const schema: IrSchema = {
    id: input.schemaId,
    format: 'xsd',
    file: input.file,
    types,
    roots,
    ...(attributes.length > 0 ? { attributes } : {}),
    ...(doc !== undefined ? { doc } : {}),
  };
  checkValueConstraints(ctx, schema);
  return schema;
}

function sortedKeys(map: ReadonlyMap<string, unknown>): string[] {
  return [...map.keys()].sort(compare);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
