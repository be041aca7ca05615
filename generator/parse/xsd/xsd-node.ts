/**
 * A located schema node: an element of a schema document plus the file it came from (schemas can
 * span several files through xs:include/xs:import) and that document's namespace settings, and
 * small accessors every mapper shares.
 *
 * @see XSD 1.1 Part 1 §3.1 (schema components and their XML representations)
 */
import type { IrOrigin } from '../../ir/ir-origin.js';
import type { XmlElement } from '../xml/xml-tree.js';

export const XSD_NS = 'http://www.w3.org/2001/XMLSchema';

/**
 * What a schema document says about the names it declares (XSD 1.0 Part 1 §3.15.2): its target
 * namespace and the default `form` of local element and attribute declarations.
 */
export interface SchemaDoc {
  /** '' when the document has no targetNamespace. */
  readonly targetNamespace: string;
  readonly elementQualified: boolean;
  readonly attributeQualified: boolean;
  /**
   * A no-namespace document included by a schema with a target namespace (chameleon include,
   * §4.2.1): its components take that namespace, and so do its unprefixed references when no
   * default namespace is declared.
   */
  readonly chameleon: boolean;
  /** The schema's `blockDefault` ('' when absent). */
  readonly blockDefault: string;
  /** The schema's `finalDefault` ('' when absent). */
  readonly finalDefault: string;
  /**
   * The references inside this document's xs:redefine children that name the component being
   * redefined and so mean its original definition (§4.2.2): the referring element → the
   * component's expanded name and the key its original is kept under (read-redefine.ts).
   */
  readonly selfReferences?: Map<XmlElement, SelfReference>;
}

/** A reference to a redefined component from inside its redefinition: it names `name`, it means `original`. */
export interface SelfReference {
  readonly name: string;
  readonly original: string;
}

export interface XsdNode {
  readonly el: XmlElement;
  /** Path of the schema document (relative to the specs root), for diagnostics and origins. */
  readonly file: string;
  readonly doc: SchemaDoc;
  /** Set on a component that replaced another through xs:redefine (read-redefine.ts). */
  readonly redefines?: Redefinition;
}

/** What an xs:redefine child replaced. */
export interface Redefinition {
  /** The component table key the original definition is kept under. */
  readonly original: string;
  /** The document redefined (`file` + target namespace), to tell two redefinitions of one document apart. */
  readonly document: string;
  /** A group or attribute group that does not refer to its original: it must restrict it (src-redefine 6.2, 7.2). */
  readonly restriction: boolean;
}

/** The XSD-namespace children of `node`, minus `xs:annotation` (foreign elements are ignored). */
export function xsdChildren(node: XsdNode): XsdNode[] {
  return node.el.children
    .filter((c) => c.uri === XSD_NS && c.local !== 'annotation')
    .map((el) => ({ el, file: node.file, doc: node.doc }));
}

/** An unqualified attribute's value, or undefined. */
export function attr(node: XsdNode, name: string): string | undefined {
  return node.el.attributes[name];
}

/** The node's start-tag position as an IR origin. */
export function originOf(node: XsdNode): IrOrigin {
  return { file: node.file, line: node.el.line, column: node.el.column };
}

/** `xs:foo` for messages. */
export function tagOf(node: XsdNode): string {
  return `xs:${node.el.local}`;
}
