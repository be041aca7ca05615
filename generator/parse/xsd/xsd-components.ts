/**
 * The data shapes of the XSD front end, and nothing else (no code): the input, the table of
 * global components, the one-to-one component records the readers produce, and the resolved
 * pieces the resolvers build from them.
 *
 * The front end works in two passes, as xsdata does. The readers (`read-*.ts`) map each XSD
 * component one to one onto a record in which every reference to another component stays a
 * name (`TypeName`, a global element name, an anonymous complex type's node); they never look
 * at another component's mapping. The resolvers (`resolve-complex-type.ts`,
 * `resolve-simple-type.ts`, `named-type.ts`) then turn records into IR, asking the readers for
 * the records of the components a reference names. Readers import only this file and the leaf
 * helpers (xsd-node, xsd-context, lookup-type-name, read-facets, ...); resolvers import
 * readers; nothing imports upward, so no two files call each other.
 *
 * @see XSD 1.1 Part 1 §2.2 (XSD abstract data model), §3.17 (Schemas as a whole)
 */
import type { IdentityConstraintModel } from '../../../runtime/xml/identity-constraints.js';
import type { IrOrigin } from '../../ir/ir-origin.js';
import type { IrId, IrParticle, IrType, XsdBuiltin } from '../../ir/ir-types.js';
import type { RestrictionFacets } from './read-facets.js';
import type { AttributeWildcard } from './read-wildcard.js';
import type { XsdNode } from './xsd-node.js';

export interface XsdInput {
  readonly source: string;
  /** Path for diagnostics, relative to the specs root. */
  readonly file: string;
  /** Stable schema id used in type ids, e.g. `was/schemas/webapp.xsd`. */
  readonly schemaId: string;
  /** Reads an included/imported schema; local files only (the caller enforces no network). */
  readonly readInclude?: (href: string, fromFile: string) => { source: string; file: string };
}

/** The global components of a schema and everything it includes, keyed by expanded name (`{ns}local`, or `local` without a namespace). */
export interface XsdComponents {
  /** complexType and simpleType definitions (one symbol space). */
  readonly types: Map<string, XsdNode>;
  readonly elements: Map<string, XsdNode>;
  readonly attributes: Map<string, XsdNode>;
  readonly groups: Map<string, XsdNode>;
  readonly attributeGroups: Map<string, XsdNode>;
}

// ---- Records the readers produce (references kept as names) ----

/** What a type QName (`type=`, `base=`, `itemType=`, `memberTypes=`) names. */
export type TypeName =
  | { readonly kind: 'builtin'; readonly builtin: XsdBuiltin }
  | { readonly kind: 'anyType' }
  | { readonly kind: 'named'; readonly name: string; readonly node: XsdNode };

/** The base, item or member type of a simple type step: a name, or an anonymous simple type. */
export type SimpleTypeUse =
  | { readonly kind: 'name'; readonly name: TypeName }
  | { readonly kind: 'inline'; readonly def: SimpleTypeDef };

/** An `xs:simpleType` as written (XSD 1.1 Part 2 §4.1.2). */
export type SimpleTypeDef =
  | {
      readonly kind: 'restriction';
      readonly base: SimpleTypeUse;
      readonly facets: RestrictionFacets;
      /** The xs:restriction step, for diagnostics. */
      readonly at: XsdNode;
    }
  | { readonly kind: 'list'; readonly item: SimpleTypeUse }
  | { readonly kind: 'union'; readonly members: readonly SimpleTypeUse[] };

/**
 * Where a reference the readers keep for later sits: the nesting level it was read at. The
 * resolver restores it while it follows the reference, so the nesting limit counts the
 * compositors above the reference.
 */
export interface ReadScope {
  readonly depth: number;
}

/** The type of an element declaration as written. */
export type ElementTypeUse =
  | SimpleTypeUse
  /** An anonymous xs:complexType: a component of its own, read when it is resolved. */
  | { readonly kind: 'complex'; readonly node: XsdNode; readonly scope: ReadScope }
  /** No type: the type of the substitution-group head `name` (XSD 1.1 Part 1 §3.3.2.1). */
  | { readonly kind: 'head'; readonly name: string; readonly at: XsdNode; readonly scope: ReadScope }
  /** No type and no head: xs:anyType. */
  | { readonly kind: 'any' };

/** An `xs:element` declaration (local, or global by name). */
export interface ElementDef {
  readonly name: string;
  readonly type: ElementTypeUse;
  readonly nillable: boolean;
  /** `block` (or `blockDefault`) as far as xsi:type is concerned: extension, restriction. */
  readonly block?: readonly ('extension' | 'restriction')[];
  readonly default?: string;
  readonly fixed?: string;
  /** xs:unique/key/keyref declared on the element. */
  readonly identity?: readonly IdentityConstraintModel[];
  readonly doc?: string;
  readonly origin: IrOrigin;
}

/**
 * An element declaration a content model uses, in particle order: a local one, or a global one
 * by name (`record` false: resolved for its diagnostics only, e.g. an abstract substitution head).
 */
export type ElementUse =
  | { readonly kind: 'local'; readonly def: ElementDef }
  | {
      readonly kind: 'global';
      readonly name: string;
      readonly at: XsdNode;
      readonly record: boolean;
      readonly scope: ReadScope;
    };

/** An attribute use (`xs:attribute`, local or by ref), its type as written. */
export interface AttributeDef {
  readonly name: string;
  /** `anySimpleType` when the declaration names no type. */
  readonly type: SimpleTypeUse | { readonly kind: 'anySimpleType' };
  readonly required: boolean;
  /** use="prohibited": removes a base attribute in a restriction. */
  readonly prohibited: boolean;
  readonly default?: string;
  readonly fixed?: string;
  readonly doc?: string;
  readonly origin: IrOrigin;
}

/** A content model as written: at most one particle, then attribute uses and a wildcard. */
export interface ContentModelDef {
  readonly particle: IrParticle | null;
  readonly elements: readonly ElementUse[];
  readonly attrs: readonly AttributeDef[];
  readonly open: boolean;
  /** The complete attribute wildcard, when `open`. */
  readonly wildcard?: AttributeWildcard;
}

/**
 * An `xs:complexType` as written (XSD 1.1 Part 1 §3.4.2). A derivation step's own body is read
 * after its base is resolved (`readStepBody`), so the base's problems are reported first.
 */
export type ComplexTypeDef =
  | { readonly kind: 'model'; readonly mixed: boolean; readonly model: ContentModelDef }
  | {
      readonly kind: 'complexContent';
      readonly derivation: 'extension' | 'restriction';
      /** A named complex type or xs:anyType. */
      readonly base: TypeName;
      readonly mixed: boolean;
      /** The xs:extension or xs:restriction. */
      readonly step: XsdNode;
    }
  | {
      readonly kind: 'simpleContent';
      readonly derivation: 'extension' | 'restriction';
      /** A built-in, a named simple type or a named complex type with simple content. */
      readonly base: TypeName;
      readonly step: XsdNode;
    };

/** The body of a derivation step: its content model; for a simpleContent restriction also its inline base and facets. */
export interface StepBody {
  readonly model: ContentModelDef;
  readonly inlineBase?: SimpleTypeDef;
  readonly facets?: RestrictionFacets;
}

// ---- Pieces the resolvers build ----

/** A resolved element declaration. */
export interface ElementDecl {
  readonly name: string;
  readonly type: IrType;
  readonly nillable: boolean;
  readonly block?: readonly ('extension' | 'restriction')[];
  readonly default?: string;
  readonly fixed?: string;
  /** xs:unique/key/keyref declared on the element. */
  readonly identity?: readonly IdentityConstraintModel[];
  readonly doc?: string;
  readonly origin: IrOrigin;
}

/** A resolved attribute use. */
export interface AttributeDecl {
  readonly name: string;
  readonly type: IrType;
  readonly required: boolean;
  /** use="prohibited": removes a base attribute in a restriction. */
  readonly prohibited: boolean;
  readonly default?: string;
  readonly fixed?: string;
  readonly doc?: string;
  readonly origin: IrOrigin;
}

/**
 * A complex type before it becomes an `IrObjectType`: content particle, element declarations,
 * attribute uses, wildcard, text type (simple content), mixed flag and base. Derived types read
 * their base's parts (not its IR) so extension can concatenate content and attributes exactly.
 */
export interface ComplexParts {
  readonly particle: IrParticle | null;
  readonly decls: ReadonlyMap<string, ElementDecl>;
  readonly attrs: readonly AttributeDecl[];
  readonly openAttributes: boolean;
  /** The attribute wildcard, when `openAttributes`. */
  readonly attributeWildcard?: AttributeWildcard;
  /** The text type, for simple content. */
  readonly text?: IrType;
  readonly mixed: boolean;
  readonly base?: IrId;
}
