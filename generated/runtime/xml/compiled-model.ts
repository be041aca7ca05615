// Copied by qspec from runtime/xml/compiled-model.ts. Do not edit here: `qspec generate` replaces it.
/**
 * The runtime view of an `XmlSchemaModel`, compiled once per model object (WeakMap cache): per
 * type, the attribute table (with compiled simple types), required and defaulted attributes, the
 * text checker, the content automaton's start state, and the declared child names (open content).
 *
 * @see runtime/schema-model.ts; XSD 1.1 Part 1 §3.4.4 (complex type validation rules)
 */
import type { AttrModel, WildcardNamespaces, WildcardProcess, XmlSchemaModel } from '../schema-model.js';
import { compileContentAutomaton, declaredNames } from './compile-content.js';
import type { ContentAutomaton, ContentState } from './content-state.js';
import { compileSimple, type SimpleChecker } from './simple-checker.js';

export interface CompiledAttr {
  readonly model: AttrModel;
  readonly checker: SimpleChecker;
}

export interface CompiledType {
  readonly index: number;
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
}

export interface CompiledModel {
  readonly types: readonly CompiledType[];
  readonly roots: ReadonlyMap<string, CompiledType>;
  readonly rootNames: readonly string[];
  /** Global attribute declarations, by expanded name (attribute wildcards with strict/lax). */
  readonly attributes: ReadonlyMap<string, SimpleChecker>;
}

const cache = new WeakMap<XmlSchemaModel, CompiledModel>();
const EMPTY_ATTRS: ReadonlyMap<string, CompiledAttr> = new Map();

export function compileModel(model: XmlSchemaModel): CompiledModel {
  let c = cache.get(model);
  if (!c) {
    const types: CompiledType[] = model.types.map((t, index): CompiledType => {
      if (t.k === 'simple') {
        return {
          index,
          simple: true,
          text: compileSimple(t.s),
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
        };
      }
      const attrList = t.attrs.map((a) => ({ model: a, checker: compileSimple(a.type) }));
      const automaton = t.content ? compileContentAutomaton(t.content) : undefined;
      return {
        index,
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
        declared: declaredNames(t.content),
        scalar: t.text !== undefined && t.attrs.length === 0,
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
    c = { types, roots, rootNames: [...roots.keys()], attributes };
    cache.set(model, c);
  }
  return c;
}
