/**
 * The validating engine's types: the compiled model, the type an element's `xsi:type` names
 * (when the declared type allows it; else an InvalidType and the declared type), and the type an
 * element a wildcard matched is validated against (its global declaration, xs:anyType for lax
 * matches without one, none for skipped and elided content). Between the value checks
 * (engine-values.ts) and the element stack driver (xml-engine.ts), along one inheritance chain.
 *
 * @see XSD 1.1 Part 1 §3.3.4.3 (cvc-elt 4: xsi:type), §3.4.6.5 (type derivation OK), §3.10.4
 *      (wildcard validation, processContents)
 */
import type { XmlSchemaModel } from '../schema-model.js';
import { compileAnyType } from './any-type.js';
import { type CompiledModel, type CompiledType, compileModel } from './compiled-model.js';
import type { AnyParticle, ElementParticle } from './content-state.js';
import { EngineValues } from './engine-values.js';
import { XML_NS } from './xml-namespaces.js';
import type { ResolvedXmlOptions } from './xml-validate-options.js';
import { xsiType } from './xsi-type.js';

export class EngineTypes extends EngineValues {
  protected readonly compiled: CompiledModel;
  /** Wildcards validate what they match only in XSD models (a DTD's ANY is checked elsewhere). */
  protected readonly xsd: boolean;
  /** xs:anyType, for elements a lax wildcard matches without a declaration (compiled on first use). */
  private anyType: CompiledType | undefined;

  constructor(options: ResolvedXmlOptions, model: XmlSchemaModel) {
    super(options);
    this.compiled = compileModel(model);
    this.xsd = model.format === 'xsd';
  }

  /** The type an element's xsi:type names, if it may be used; else an InvalidType and the declared type. */
  protected xsiType(
    declared: CompiledType,
    el: ElementParticle | undefined,
    value: string,
    qname: string,
    index: number,
    line: number,
    col: number,
  ) {
    const ns = this.ns;
    const uriOf = ns !== undefined ? (p: string) => ns.uriOf(p) : (p: string) => (p === 'xml' ? XML_NS : undefined);
    const t = xsiType(this.compiled, declared, value, uriOf, el?.block);
    if (typeof t !== 'string') return t;
    this.invalidType(t, qname, index, line, col, el);
    return declared;
  }

  protected invalidType(
    message: string,
    qname: string,
    index: number,
    line: number,
    col: number,
    el?: ElementParticle,
  ): void {
    const path = this.depth === 0 ? `/${qname}` : this.childPath(qname, index, el?.array === true);
    this.issue('error', 'InvalidType', message, line, col, path);
  }

  /**
   * The type an element matched by a wildcard is validated against: with processContents strict
   * or lax (XSD only), its global declaration's; lax without a declaration, xs:anyType (assessed
   * laxly: its children and attributes by their global declarations; an xsi:type on it is then
   * honoured); undefined when its subtree is skipped (skip, an elision marker; strict without a
   * declaration is an error).
   */
  protected wildcardMatch(any: AnyParticle, name: string, qname: string, index: number, line: number, col: number) {
    if (any.open) {
      this.drift(qname, this.childPath(qname, index), line, col);
      return undefined;
    }
    if (any.process === 'skip' || !this.xsd) return undefined;
    const global = this.compiled.roots.get(name);
    if (global !== undefined) return global;
    if (this.compiled.abstractRoots.has(name)) {
      const message = `element <${qname}> is declared abstract: only a member of its substitution group may appear`;
      this.invalidType(message, qname, index, line, col);
      return undefined;
    }
    if (any.process === 'strict') {
      const path = this.childPath(qname, index);
      const message = `element <${qname}> matches a wildcard with processContents="strict" but has no global declaration`;
      this.issue('error', 'UnexpectedElement', message, line, col, path, { found: qname });
      return undefined;
    }
    this.anyType ??= compileAnyType();
    return this.anyType;
  }
}
