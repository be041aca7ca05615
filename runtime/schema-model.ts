/**
 * The compiled schema model: what `qspec generate` emits per XML schema (XSD or DTD) into
 * `generated/<module>/schemas/*.ts`, and what the runtime XML validator and typed-record parser
 * interpret. It is a flattened, index-based view of the IR: every type (named or anonymous) gets
 * an index in `types`; particles point at types by index. Plain data, JSON-serialisable.
 *
 * The model is self-contained (generated/ never imports the generator). The generator's IR
 * (generator/ir/ir-types.ts) is a different model (a tree of named and anonymous types with
 * provenance); it shares the declarations that mean the same thing in both: the value facets and
 * the wildcard's processContents.
 */
import type { IdentityConstraintModel } from './xml/identity-constraints.js';

/** XSD built-ins (DTD `#PCDATA`/`CDATA` are `string`; DTD attribute types map to ID/IDREF/NMTOKEN/...). */
export type BuiltinName = string;

/** Constraining facets (XSD 1.1 Part 2 §4.3). */
export interface FacetsModel {
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly length?: number;
  /**
   * XSD regular expressions as written (each must match the whole value; all must match), compiled
   * by runtime/xml/xsd-regex/ into linear-time matchers.
   */
  readonly patterns?: readonly string[];
  /** Kept as strings so xs:long/xs:decimal bounds beyond 2^53 stay exact. */
  readonly minInclusive?: string;
  readonly maxInclusive?: string;
  readonly minExclusive?: string;
  readonly maxExclusive?: string;
  readonly totalDigits?: number;
  readonly fractionDigits?: number;
  readonly whiteSpace?: 'preserve' | 'replace' | 'collapse';
}

export interface SimpleModel {
  /** The primitive the lexical value is checked against and coerced to. */
  readonly b: BuiltinName;
  readonly enum?: readonly string[];
  readonly facets?: FacetsModel;
  /** xs:list: whitespace-separated items of this type. */
  readonly list?: SimpleModel;
  /** xs:union: valid if any member is. */
  readonly union?: readonly SimpleModel[];
}

export interface AttrModel {
  readonly name: string;
  /** Property name in the typed record. */
  readonly p: string;
  readonly type: SimpleModel;
  readonly required: boolean;
  readonly default?: string;
  readonly fixed?: string;
}

/** A wildcard's processContents (XSD 1.1 Part 1 §3.10.1); a DTD `ANY` is 'lax'. */
export type WildcardProcess = 'lax' | 'strict' | 'skip';

/**
 * A wildcard's namespace constraint (XSD 1.0 Part 1 §3.10.1; absent: ##any). `not`: any namespace
 * but this one and but no namespace (##other); `in`: these namespaces, '' for no namespace.
 */
export type WildcardNamespaces = { readonly not: string } | { readonly in: readonly string[] };

/** -1 means unbounded. */
export type MaxOccurs = number;

export type ParticleModel =
  | {
      readonly k: 'el';
      readonly name: string;
      /** Property name in the typed record. */
      readonly p: string;
      /** Index into `XmlSchemaModel.types`. */
      readonly type: number;
      readonly min: number;
      readonly max: MaxOccurs;
      readonly nillable?: boolean;
      readonly default?: string;
      readonly fixed?: string;
      /** The derivations an xsi:type on this element may not use (XSD `block`). */
      readonly block?: readonly ('extension' | 'restriction')[];
      /** Identity constraints (xs:unique/key/keyref) declared on this element. */
      readonly ic?: readonly IdentityConstraintModel[];
      /** True when this element name may occur more than once in its parent anywhere in the content model: the record holds an array. */
      readonly array: boolean;
    }
  | {
      readonly k: 'seq' | 'choice' | 'all';
      readonly items: readonly ParticleModel[];
      readonly min: number;
      readonly max: MaxOccurs;
    }
  | {
      readonly k: 'any';
      readonly min: number;
      readonly max: MaxOccurs;
      readonly process: WildcardProcess;
      /** The namespaces it allows (absent: any). */
      readonly ns?: WildcardNamespaces;
      /** An elision marker (`...` in a release note): accepted, but every element it matches is reported as drift. */
      readonly open?: boolean;
    };

/**
 * How a named XSD type derives from its base, for `xsi:type` (XSD 1.0 Part 1 §3.4.6, §3.14.6):
 * the base's expanded name (`{http://www.w3.org/2001/XMLSchema}name` for a built-in, '' when
 * anonymous), the method, a union's members, the substitutions the type blocks.
 */
export interface TypeDerivationModel {
  readonly base: string;
  readonly by: 'extension' | 'restriction' | 'list' | 'union';
  readonly members?: readonly string[];
  readonly block?: readonly ('extension' | 'restriction')[];
}

export type XmlTypeModel =
  | { readonly k: 'simple'; readonly name?: string; readonly d?: TypeDerivationModel; readonly s: SimpleModel }
  | {
      readonly k: 'complex';
      readonly name?: string;
      /** How the named type derives (absent: a restriction of xs:anyType). */
      readonly d?: TypeDerivationModel;
      /** An abstract type: an element must name a non-abstract derived type with xsi:type. */
      readonly abstract?: boolean;
      readonly attrs: readonly AttrModel[];
      readonly anyAttr: boolean;
      /** The attribute wildcard's namespaces (absent: any) and processContents (absent: lax). */
      readonly anyAttrNs?: WildcardNamespaces;
      readonly anyAttrProcess?: WildcardProcess;
      /** simpleContent: the text's type; the text goes to property `value` in the record when attrs exist. */
      readonly text?: SimpleModel;
      /** Mixed content: character data allowed between child elements. */
      readonly mixed: boolean;
      /** Element content model; null for empty or simple content. A DTD `ANY` is an `any` particle with process 'lax'. */
      readonly content: ParticleModel | null;
      /** Open content (elided in the source): undeclared child elements are accepted and reported as drift (errors when strict). */
      readonly open?: boolean;
    };

export interface XmlSchemaModel {
  /** Schema id (`was/schemas/webapp.xsd`). */
  readonly id: string;
  readonly format: 'xsd' | 'dtd';
  /** Global element (XSD) or any declared element (DTD) -> type index. */
  readonly roots: Readonly<Record<string, number>>;
  /** Global elements (XSD) that are nillable, have a value constraint or a `block`: what their root frame needs. */
  readonly rootDecls?: Readonly<
    Record<
      string,
      {
        readonly nillable?: boolean;
        readonly default?: string;
        readonly fixed?: string;
        readonly block?: readonly ('extension' | 'restriction')[];
        readonly ic?: readonly IdentityConstraintModel[];
      }
    >
  >;
  /**
   * Abstract global elements (XSD): not in `roots`, as they validate no element; a wildcard with
   * processContents strict or lax that matches one makes the element invalid (§3.3.4 clause 2).
   */
  readonly abstractRoots?: readonly string[];
  /** Global attribute declarations (XSD), for attribute wildcards with processContents strict or lax. */
  readonly attributes?: Readonly<Record<string, SimpleModel>>;
  readonly types: readonly XmlTypeModel[];
  /** Set when some element declares an identity constraint: the engine tracks them only then. */
  readonly ic?: true;
}
