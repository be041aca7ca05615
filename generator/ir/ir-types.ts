/**
 * The intermediate representation (IR): the one model every front end (XSD, DTD, JSON Schema,
 * endpoint YAML) maps into, and every back end (emitters, diff engine, conformance kit) reads.
 *
 * Nothing crosses this boundary: parsers produce these values and never emit code; emitters and
 * the diff engine consume them and never read XSD/DTD/YAML. Every value here is plain,
 * JSON-serialisable data, so an IR can be snapshotted and diffed.
 *
 * The runtime's schema model (runtime/schema-model.ts) is what the compilers in generator/compile
 * make of these types; where both mean the same thing (value facets, a wildcard's
 * processContents), the IR uses the runtime's declaration.
 *
 * @see docs/decisions/0010-ir-and-runtime-model.md
 */
import type { SchemaFormat } from '../../runtime/endpoint-model.js';
import type { FacetsModel, WildcardNamespaces, WildcardProcess } from '../../runtime/schema-model.js';
import type { IdentityConstraintModel } from '../../runtime/xml/identity-constraints.js';
import type { IrOrigin } from './ir-origin.js';

/** The XSD built-in simple types qspec understands (DTD `#PCDATA`/`CDATA` map to `string`). */
export type XsdBuiltin =
  | 'string'
  | 'normalizedString'
  | 'token'
  | 'boolean'
  | 'decimal'
  | 'integer'
  | 'long'
  | 'int'
  | 'short'
  | 'byte'
  | 'nonNegativeInteger'
  | 'positiveInteger'
  | 'nonPositiveInteger'
  | 'negativeInteger'
  | 'unsignedLong'
  | 'unsignedInt'
  | 'unsignedShort'
  | 'unsignedByte'
  | 'float'
  | 'double'
  | 'date'
  | 'dateTime'
  | 'time'
  | 'duration'
  | 'gYearMonth'
  | 'gYear'
  | 'gMonthDay'
  | 'gDay'
  | 'gMonth'
  | 'anyURI'
  | 'base64Binary'
  | 'hexBinary'
  | 'QName'
  | 'ID'
  | 'IDREF'
  | 'IDREFS'
  | 'NMTOKEN'
  | 'NMTOKENS'
  | 'ENTITY'
  | 'ENTITIES'
  | 'NOTATION'
  | 'Name'
  | 'NCName'
  | 'language'
  | 'anySimpleType'
  /** JSON-only primitives (JSON Schema `number`/`null`). */
  | 'number'
  | 'null';

/**
 * Constraining facets (XSD 1.1 Part 2 §4.3): the runtime's, except that patterns stay in the XSD
 * regex dialect (translated when compiling), plus a JSON Schema `format`.
 */
export interface IrFacets extends Omit<FacetsModel, 'patterns'> {
  /** Each entry is one `xs:pattern` in the XSD regex dialect (patterns from different derivation steps are ANDed). */
  readonly patterns?: readonly string[];
  /** JSON Schema `format` (date-time, email, ...), when the source is JSON Schema. */
  readonly format?: string;
}

/** A stable id for a named type: `<schema id>#<type name>` (e.g. `was/schemas/webapp.xsd#WebApp`). */
export type IrId = string;

export interface IrOccurs {
  readonly min: number;
  readonly max: number | 'unbounded';
}

export type IrType =
  | { readonly kind: 'primitive'; readonly builtin: XsdBuiltin; readonly facets: IrFacets }
  | { readonly kind: 'enum'; readonly base: XsdBuiltin; readonly values: readonly string[] }
  | IrObjectType
  /** xs:list; `facets` and `values` (enumeration) when a restriction derives from it. */
  | { readonly kind: 'list'; readonly item: IrType; readonly facets?: IrFacets; readonly values?: readonly string[] }
  /** xs:union; `facets` (patterns) and `values` (enumeration) when a restriction derives from it. */
  | {
      readonly kind: 'union';
      readonly members: readonly IrType[];
      readonly facets?: IrFacets;
      readonly values?: readonly string[];
    }
  | { readonly kind: 'ref'; readonly target: IrId }
  | { readonly kind: 'any' };

export type IrTypeKind = IrType['kind'];

/**
 * A structured value: an XML element with attributes and/or element content, or a JSON object.
 *
 * `fields` is the flat view the TypeScript emitter needs (one field per distinct element name,
 * attribute, the text node, or JSON property); `particle` is the exact content model the
 * validators need (nested sequence/choice/all with occurrences). Element fields are referenced
 * from particles by `field` index name.
 */
export interface IrObjectType {
  readonly kind: 'object';
  readonly fields: readonly IrField[];
  /** sequence/all/choice: the top compositor; mixed: text interleaved with elements; empty: no element content. */
  readonly content: 'sequence' | 'all' | 'choice' | 'mixed' | 'empty' | 'simple';
  /** The content model for element content; null for empty/simple content and JSON objects. */
  readonly particle: IrParticle | null;
  /** Extension/restriction base (XSD complexContent), kept for docs and the diff; fields are already flattened. */
  readonly base?: IrId;
  /** `xs:anyAttribute` present, or a JSON object that allows additional properties. */
  readonly openAttributes?: boolean;
  /** The XSD attribute wildcard's namespaces (absent: any) and processContents, with `openAttributes`. */
  readonly anyAttribute?: { readonly namespaces?: WildcardNamespaces; readonly process: WildcardProcess };
  /** JSON Schema: additionalProperties (true / a type); XML: unused. */
  readonly additional?: IrType | boolean;
  readonly abstract?: boolean;
  /**
   * Open content: the source elides part of this type (a release note's `...`), marked with
   * `qspec:open="true"` on an `xs:complexType` (namespace `urn:qspec`), a `<!-- qspec:open NAME -->`
   * comment in a DTD, or `additionalProperties` left open in JSON Schema. Undeclared child
   * elements/properties are accepted and reported as drift (errors with `--strict`).
   */
  readonly open?: boolean;
  /**
   * JSON Schema `dependencies` (array form): when the key property is present, the listed
   * properties are required too (PCI submit: specialNotesSingleComment with
   * specialNotesSecurelyImplemented).
   */
  readonly requiredWith?: Readonly<Record<string, readonly string[]>>;
}

/** A content-model particle (XSD 1.1 Part 1 §3.9, XML 1.0 §3.2.1 for DTD content models). */
export type IrParticle =
  | {
      readonly kind: 'element';
      readonly name: string;
      readonly occurs: IrOccurs;
      /** XSD: this particle's own declaration, where it differs from its field's (particle-declarations.ts). */
      readonly decl?: IrParticleDecl;
    }
  | { readonly kind: 'sequence' | 'choice' | 'all'; readonly items: readonly IrParticle[]; readonly occurs: IrOccurs }
  /**
   * A wildcard: `xs:any` (processContents lax|strict|skip), DTD `ANY`, or an elision marker
   * (`open: true`) where a release note elides content with `...`: such content is accepted and
   * every element it matches is reported as undeclared (drift).
   */
  | {
      readonly kind: 'any';
      readonly occurs: IrOccurs;
      readonly process: WildcardProcess;
      /** The namespaces it allows (XSD `namespace`; absent: any). */
      readonly namespaces?: WildcardNamespaces;
      readonly open?: boolean;
    };

/**
 * What an element particle's own declaration says about its instances beyond the type: two local
 * declarations of one name in a content model share their type (Element Declarations Consistent,
 * XSD 1.0 Part 1 §3.8.6) but may differ in nillable and value constraint.
 */
export interface IrParticleDecl {
  readonly nillable: boolean;
  readonly default?: string;
  readonly fixed?: string;
  /** Where the declaration is written. */
  readonly origin: IrOrigin;
}

export interface IrField {
  /** The TypeScript-facing name (attributes and JSON properties keep theirs; text is `value`). */
  readonly name: string;
  readonly xml: { readonly local: string; readonly node: 'element' | 'attribute' | 'text' | 'property' };
  readonly type: IrType;
  /** Overall occurrence of this field across the whole content model (repeats anywhere → unbounded). */
  readonly occurs: IrOccurs;
  readonly nillable: boolean;
  readonly default?: string;
  readonly fixed?: string;
  /** XSD element `block` (or `blockDefault`): the derivations xsi:type may not use here. */
  readonly block?: readonly ('extension' | 'restriction')[];
  /** XSD identity constraints (xs:unique/key/keyref) declared on the element. */
  readonly identity?: readonly IdentityConstraintModel[];
  readonly doc?: string;
  readonly origin: IrOrigin;
}

/**
 * How a named XSD type derives from its base (for `xsi:type`): the base's expanded name (a type
 * of this schema, or `{http://www.w3.org/2001/XMLSchema}name`; '' when the base is anonymous),
 * the method, a union's member types, the substitutions it blocks.
 */
export interface IrTypeDerivation {
  readonly base: string;
  readonly method: 'extension' | 'restriction' | 'list' | 'union';
  readonly members?: readonly string[];
  readonly block?: readonly ('extension' | 'restriction')[];
}

export interface IrNamedType {
  readonly id: IrId;
  readonly name: string;
  readonly type: IrType;
  /** XSD: how the type derives from its base (absent: a complex type restricting xs:anyType). */
  readonly derivation?: IrTypeDerivation;
  readonly doc?: string;
  readonly origin: IrOrigin;
}

/** A global element (XSD) or a declared element usable as document root (DTD). */
export interface IrRootElement {
  readonly name: string;
  readonly type: IrType;
  /** XSD global element: nillable, value constraint and `block`, when set. */
  readonly nillable?: boolean;
  readonly default?: string;
  readonly fixed?: string;
  readonly block?: readonly ('extension' | 'restriction')[];
  readonly identity?: readonly IdentityConstraintModel[];
  /** XSD global element declared abstract: it never validates an element itself (only its substitution group's members do). */
  readonly abstract?: true;
  readonly origin: IrOrigin;
}

export interface IrSchema {
  /** Path relative to the specs root, e.g. `was/schemas/webapp.xsd`; stable, used in type ids. */
  readonly id: string;
  readonly format: SchemaFormat;
  /** Path relative to the specs root. */
  readonly file: string;
  /** Sorted by name. */
  readonly types: readonly IrNamedType[];
  /** Sorted by name. */
  readonly roots: readonly IrRootElement[];
  /** XSD global attribute declarations (sorted by name), when there are any. */
  readonly attributes?: readonly { readonly name: string; readonly type: IrType }[];
  /** The schema's header comment (provenance), if any. */
  readonly doc?: string;
}
