// Copied by qspec from runtime/xml/compiled-model.ts. Do not edit here: `qspec generate` replaces it.
/**
 * The runtime view of an `XmlSchemaModel`, compiled once per model object (WeakMap cache): per
 * type, the attribute table (with compiled simple types), required and defaulted attributes, the
 * text checker, the content automaton's start state, and the declared child names (open content).
 *
 * @see runtime/schema-model.ts; XSD 1.1 Part 1 §3.4.4 (complex type validation rules)
 */
import type {
  AttrModel,
  SimpleModel,
  TypeDerivationModel,
  WildcardNamespaces,
  WildcardProcess,
  XmlSchemaModel,
  XmlTypeModel,
} from '../schema-model.js';
import { compileContentAutomaton, declaredNames, hasWildcard } from './compile-content.js';
import type { ContentAutomaton, ContentState, ElementParticle } from './content-state.js';
import { compileSimple, type SimpleChecker } from './simple-checker.js';

export interface CompiledAttr {
  readonly model: AttrModel;
  readonly checker: SimpleChecker;
}

export interface CompiledType {
  readonly index: number;
  /** The named type's expanded name (undefined: anonymous). */
  readonly name: string | undefined;
  /** What xsi:type derivation reaches: the name, or `{XSD namespace}b` for a bare built-in. */
  readonly derivationName: string | undefined;
  /** How the named type derives from its base (xsi:type checks). */
  readonly d: TypeDerivationModel | undefined;
  readonly abstract: boolean;
  /** xs:anyType as the type of an element without one: every type derives from it. */
  readonly isAnyType: boolean;
  /** True for a simple type (no attributes, text only). */
  readonly simple: boolean;
  /** Checker of the text: a simple type's, or a complex type's simple content. */
  readonly text: SimpleChecker | undefined;
  readonly attrs: ReadonlyMap<string, CompiledAttr>;
  readonly attrList: readonly CompiledAttr[];
  readonly required: readonly CompiledAttr[];
  readonly anyAttr: boolean;
  /** The attribute wildcard's namespaces (undefined: any) and processContents. */
  readonly anyAttrNs: WildcardNamespaces | undefined;
  readonly anyAttrProcess: WildcardProcess;
  readonly mixed: boolean;
  readonly open: boolean;
  /** Start state of the element content model; undefined for empty or simple content. */
  readonly content: ContentState | undefined;
  /** The content model's automaton (child-name slots); undefined with `content`. */
  readonly automaton: ContentAutomaton | undefined;
  /** `automaton.slotCount` (0 without content), read on every start tag. */
  readonly slotCount: number;
  /** The start state is stepped in place: each element gets its own copy (`fork`). */
  readonly forkContent: boolean;
  readonly declared: ReadonlySet<string>;
  /** The typed record of this type is the bare coerced text (simple type, or simple content without attributes). */
  readonly scalar: boolean;
  /**
   * Its records have at most `FEW_KEYS` keys, all declared (elements, attributes, `value`; no
   * wildcard or open content), so they come in few shapes: records mode builds them as ordinary
   * fast objects instead of dictionary-mode ones (record-value.ts `transientRecord`).
   */
  readonly fewKeys: boolean;
}

/** The most keys a type's records may have to be built as fast objects in records mode. */
export const FEW_KEYS = 4;

export interface CompiledModel {
  readonly types: readonly CompiledType[];
  readonly roots: ReadonlyMap<string, CompiledType>;
  readonly rootNames: readonly string[];
  /** Global attribute declarations, by expanded name (attribute wildcards with strict/lax). */
  readonly attributes: ReadonlyMap<string, SimpleChecker>;
  /** Named types by expanded name (xsi:type). */
  readonly named: ReadonlyMap<string, CompiledType>;
  /** Global elements with nillable, a value constraint or block, as the particle of their root frame. */
  readonly rootEls: ReadonlyMap<string, ElementParticle>;
  /** Some attribute or text is of an ID or IDREF type: the engine keeps the document's ID table. */
  readonly ids: boolean;
  /** Abstract global elements (not in `roots`): a strict or lax wildcard's match is invalid. */
  readonly abstractRoots: ReadonlySet<string>;
}

const cache = new WeakMap<XmlSchemaModel, CompiledModel>();
const EMPTY_ATTRS: ReadonlyMap<string, CompiledAttr> = new Map();

export function compileModel(model: XmlSchemaModel): CompiledModel {
  let c = cache.get(model);
  if (!c) {
    const types: CompiledType[] = model.types.map((t, index): CompiledType => {
      if (t.k === 'simple') return simpleCompiledType(t.s, index, t.name, t.d);
      const attrList = t.attrs.map((a) => ({ model: a, checker: compileSimple(a.type) }));
      const automaton = t.content ? compileContentAutomaton(t.content) : undefined;
      const declared = declaredNames(t.content);
      return {
        index,
        name: t.name,
        derivationName: t.name,
        d: t.d,
        abstract: t.abstract === true,
        isAnyType: t.name === undefined && isAnyTypeModel(t),
        simple: false,
        text: t.text ? compileSimple(t.text) : undefined,
        attrs: new Map(attrList.map((a) => [a.model.name, a])),
        attrList,
        required: attrList.filter((a) => a.model.required),
        anyAttr: t.anyAttr,
        anyAttrNs: t.anyAttrNs,
        anyAttrProcess: t.anyAttrProcess ?? 'lax',
        mixed: t.mixed,
        open: t.open === true,
        content: automaton?.start,
        automaton,
        slotCount: automaton?.slotCount ?? 0,
        forkContent: automaton?.start.fork !== undefined,
        declared,
        scalar: t.text !== undefined && t.attrs.length === 0,
        fewKeys:
          !t.open &&
          !t.anyAttr &&
          !hasWildcard(t.content) &&
          declared.size + t.attrs.length + (t.text !== undefined || t.mixed ? 1 : 0) <= FEW_KEYS,
      };
    });
    const roots = new Map<string, CompiledType>();
    for (const [name, i] of Object.entries(model.roots)) {
      const t = types[i];
      if (!t) throw new Error(`model ${model.id}: root ${name} points at missing type ${i}`);
      roots.set(name, t);
    }
    const attributes = new Map<string, SimpleChecker>();
    for (const [name, s] of Object.entries(model.attributes ?? {})) attributes.set(name, compileSimple(s));
    const named = new Map<string, CompiledType>();
    for (const t of types) if (t.name !== undefined) named.set(t.name, t);
    const rootEls = new Map<string, ElementParticle>();
    for (const [name, d] of Object.entries(model.rootDecls ?? {})) {
      const type = model.roots[name];
      if (type !== undefined) rootEls.set(name, { k: 'el', name, p: name, type, min: 1, max: 1, ...d, array: false });
    }
    const ids =
      types.some((t) => (t.text?.idKind ?? 0) !== 0 || t.attrList.some((a) => a.checker.idKind !== 0)) ||
      [...attributes.values()].some((a) => a.idKind !== 0);
    const abstractRoots = new Set(model.abstractRoots ?? []);
    c = { types, roots, rootNames: [...roots.keys()], attributes, named, rootEls, ids, abstractRoots };
    cache.set(model, c);
  }
  return c;
}

/** The compiled form of a simple type (also built for the built-ins xsi:type names). */
export function simpleCompiledType(
  s: SimpleModel,
  index: number,
  name?: string,
  d?: TypeDerivationModel,
): CompiledType {
  const bare = s.facets === undefined && s.enum === undefined && s.list === undefined && s.union === undefined;
  return {
    index,
    name,
    derivationName: name ?? (bare ? `{http://www.w3.org/2001/XMLSchema}${s.b}` : undefined),
    d,
    abstract: false,
    isAnyType: false,
    simple: true,
    text: compileSimple(s),
    attrs: EMPTY_ATTRS,
    attrList: [],
    required: [],
    anyAttr: false,
    anyAttrNs: undefined,
    anyAttrProcess: 'lax',
    mixed: false,
    open: false,
    content: undefined,
    automaton: undefined,
    slotCount: 0,
    forkContent: false,
    declared: new Set(),
    scalar: true,
    fewKeys: true,
  };
}

/** The model build-xml-model.ts gives xs:anyType: any attributes, mixed, any content (lax). */
function isAnyTypeModel(t: Extract<XmlTypeModel, { k: 'complex' }>): boolean {
  const c = t.content;
  return t.anyAttr && t.mixed && t.attrs.length === 0 && c !== null && c.k === 'any' && c.process === 'lax' && !c.ns;
}
