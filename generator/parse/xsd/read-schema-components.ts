/**
 * Reads the top level of a schema document and of every document it includes, redefines or
 * imports (local files only, through the caller's `readInclude`) into one table of global
 * components keyed by expanded name ({target namespace}name, resolve-qname.ts): types (complex and
 * simple share one symbol space), elements, attributes, model groups and attribute groups.
 * Components of included and imported files join this schema's id space.
 *
 * An included or redefined document must have the includer's target namespace or none (a
 * chameleon include: its components take the includer's); the children of an xs:redefine then
 * replace its components (read-redefine.ts). A redefine that changes nothing may name a document
 * that does not exist. An imported one must have the namespace its xs:import
 * names, which cannot be the importer's own. `elementFormDefault` / `attributeFormDefault` are
 * read per document. An import of the XML namespace reads the document its local schemaLocation
 * names, like any import (a schema may declare more xml: attributes than xml.xsd); the built-in
 * schema for it (builtin-xml-xsd.ts) stands in, once all documents are read, when an import names
 * no location, a network one or a file that cannot be read, and no document for the namespace
 * was read.
 *
 * @see XSD 1.0 Part 1 §3.15 (Schemas as a whole), §4.2.1 (include), §4.2.2 (redefine), §4.2.3 (import)
 */
import { DiagnosticError, diagnostic } from '../../diagnostics.js';
import { parseXmlTree } from '../xml/xml-tree.js';
import { BUILTIN_XML_XSD, BUILTIN_XML_XSD_FILE } from './builtin-xml-xsd.js';
import { checkSchemaDocument } from './check-schema-document.js';
import { applyRedefinitions } from './read-redefine.js';
import { globalName, XML_NS } from './resolve-qname.js';
import type { XsdComponents, XsdInput } from './xsd-components.js';
import { xsdFail } from './xsd-diagnostics.js';
import { attr, type SchemaDoc, tagOf, XSD_NS, type XsdNode, xsdChildren } from './xsd-node.js';

const TABLE_OF: Readonly<Record<string, keyof XsdComponents>> = {
  complexType: 'types',
  simpleType: 'types',
  element: 'elements',
  attribute: 'attributes',
  group: 'groups',
  attributeGroup: 'attributeGroups',
};

/** Top-level constructs that carry no structure qspec maps (identity constraints live on elements). */
const IGNORED_TOP_LEVEL: ReadonlySet<string> = new Set(['notation']);

export function readSchemaComponents(input: XsdInput): XsdComponents {
  const components: XsdComponents = {
    types: new Map(),
    elements: new Map(),
    attributes: new Map(),
    groups: new Map(),
    attributeGroups: new Map(),
  };
  const r: Reading = { input, components, visited: new Set(), xml: { read: false } };
  readDocument(r, input.source, input.file, { kind: 'main' });
  if (r.xml.wanted !== undefined && !r.xml.read) readDocument(r, BUILTIN_XML_XSD, BUILTIN_XML_XSD_FILE, r.xml.wanted);
  return components;
}

interface Reading {
  readonly input: XsdInput;
  readonly components: XsdComponents;
  /** `file` + target namespace of every document read (a chameleon include is read once per namespace). */
  readonly visited: Set<string>;
  /** A document for the XML namespace was read; the first import that wants the built-in one. */
  readonly xml: { read: boolean; wanted?: Reason };
}

/** Why a document is read: the schema itself, an include (the includer's namespace), an import (its namespace). */
type Reason =
  | { readonly kind: 'main' }
  | { readonly kind: 'include'; readonly namespace: string; readonly at: XsdNode }
  | { readonly kind: 'import'; readonly namespace: string; readonly at: XsdNode };

/** Reads one schema document (once per target namespace); returns its `file` + target namespace key. */
function readDocument(r: Reading, source: string, file: string, why: Reason): string {
  const el = parseXmlTree(source, file);
  const probe: XsdNode = { el, file, doc: NO_NAMESPACE };
  if (el.uri !== XSD_NS || el.local !== 'schema') {
    xsdFail('XsdInvalid', `root element is <${el.name}>, expected xs:schema (namespace ${XSD_NS})`, probe);
  }
  const doc = schemaDoc(probe, why);
  const key = `${file}\n${doc.targetNamespace}`;
  if (r.visited.has(key)) return key;
  r.visited.add(key);
  if (doc.targetNamespace === XML_NS) r.xml.read = true;
  const root: XsdNode = { el, file, doc };
  checkSchemaDocument(root);
  for (const child of xsdChildren(root)) {
    const local = child.el.local;
    const table = Object.hasOwn(TABLE_OF, local) ? TABLE_OF[local] : undefined;
    if (table !== undefined) {
      const name = attr(child, 'name')?.trim();
      if (name === undefined || name === '') xsdFail('XsdInvalid', `global ${tagOf(child)} has no name`, child);
      if (name.includes(':')) xsdFail('XsdInvalid', `name "${name}" of ${tagOf(child)} is not an NCName`, child);
      const map = r.components[table];
      const expanded = globalName(child, name);
      const previous = map.get(expanded);
      if (previous !== undefined) {
        const where = `${previous.file}:${previous.el.line}:${previous.el.column}`;
        xsdFail('XsdInvalid', `duplicate global ${tagOf(child)} "${name}" (first declared at ${where})`, child);
      }
      map.set(expanded, child);
    } else if (local === 'include' || local === 'import') {
      readReferenced(r, child);
    } else if (local === 'redefine') {
      const document = readReferenced(r, child);
      if (document !== undefined) applyRedefinitions(r.components, child, document);
    } else if (local === 'override') {
      xsdFail('XsdUnsupported', `${tagOf(child)} is not supported; copy the changed components instead`, child);
    } else if (!IGNORED_TOP_LEVEL.has(local)) {
      xsdFail('XsdUnsupported', `${tagOf(child)} at the top level of a schema is not supported`, child);
    }
  }
  return key;
}

const NO_NAMESPACE: SchemaDoc = {
  targetNamespace: '',
  elementQualified: false,
  attributeQualified: false,
  chameleon: false,
  blockDefault: '',
  finalDefault: '',
};

/** The namespace settings of the schema document at `root`, checked against why it is read (§4.2.1, §4.2.3). */
function schemaDoc(root: XsdNode, why: Reason): SchemaDoc {
  const declared = attr(root, 'targetNamespace');
  if (declared !== undefined && declared.trim() === '') {
    xsdFail('XsdInvalid', 'targetNamespace must not be empty (leave it out for no namespace)', root);
  }
  let targetNamespace = declared?.trim() ?? '';
  let chameleon = false;
  if (why.kind === 'include' && targetNamespace !== why.namespace) {
    if (declared !== undefined) {
      const ns = why.namespace === '' ? 'no namespace' : `namespace "${why.namespace}"`;
      const what = why.at.el.local === 'redefine' ? 'redefined' : 'included';
      xsdFail('XsdInvalid', `${what} schema has targetNamespace "${targetNamespace}", the includer ${ns}`, why.at);
    }
    targetNamespace = why.namespace;
    chameleon = true;
  }
  if (why.kind === 'import' && targetNamespace !== why.namespace) {
    const ns = why.namespace === '' ? 'no namespace' : `namespace "${why.namespace}"`;
    const has = declared === undefined ? 'no targetNamespace' : `targetNamespace "${targetNamespace}"`;
    xsdFail('XsdInvalid', `imported schema has ${has}, the xs:import names ${ns}`, why.at);
  }
  return {
    targetNamespace,
    elementQualified: formDefault(root, 'elementFormDefault'),
    attributeQualified: formDefault(root, 'attributeFormDefault'),
    chameleon,
    blockDefault: attr(root, 'blockDefault') ?? '',
    finalDefault: attr(root, 'finalDefault') ?? '',
    selfReferences: new Map(),
  };
}

function formDefault(root: XsdNode, name: string): boolean {
  const v = attr(root, name)?.trim();
  if (v !== undefined && v !== 'qualified' && v !== 'unqualified') {
    xsdFail('XsdInvalid', `${name}="${v}" must be qualified or unqualified`, root);
  }
  return v === 'qualified';
}

/** Reads the document an include, import or redefine names; returns its key, undefined when none is read. */
function readReferenced(r: Reading, node: XsdNode): string | undefined {
  const why = referenceReason(node);
  const href = attr(node, 'schemaLocation')?.trim();
  if (why.kind === 'import' && why.namespace === XML_NS) return readXmlNamespace(r, node, why, href);
  if (href === undefined || href === '') {
    // An import without a location names a namespace only; an include or a redefine needs one.
    if (node.el.local !== 'import') xsdFail('XsdInvalid', `${tagOf(node)} has no schemaLocation`, node);
    return undefined;
  }
  if (isNetworkLocation(href)) {
    xsdFail(
      'XsdExternalRef',
      `${tagOf(node)} of "${href}" is refused: network schema locations are never fetched (qspec makes no network fetch; vendor the schema into the spec folder and refer to it by a relative path)`,
      node,
    );
  }
  const { input } = r;
  if (input.readInclude === undefined) {
    xsdFail('XsdExternalRef', `${tagOf(node)} of "${href}" cannot be read: no local include reader was given`, node);
  }
  let included: { source: string; file: string };
  try {
    included = input.readInclude(href, node.file);
  } catch (e) {
    // A redefine that changes nothing may name a document that does not exist (src-redefine 1).
    if (node.el.local === 'redefine' && xsdChildren(node).length === 0 && isMissingFile(e)) return undefined;
    if (e instanceof DiagnosticError) throw locateAt(e, node);
    xsdFail('XsdExternalRef', `${tagOf(node)} of "${href}" cannot be read: ${(e as Error).message}`, node);
  }
  return readDocument(r, included.source, included.file, why);
}

/**
 * An import of the XML namespace: the local document its schemaLocation names, if it can be read
 * (XSD 1.0 §4.2.3: the location is a hint); otherwise the built-in schema, read at the end.
 */
function readXmlNamespace(r: Reading, node: XsdNode, why: Reason, href: string | undefined): string | undefined {
  if (href !== undefined && href !== '' && !isNetworkLocation(href) && r.input.readInclude !== undefined) {
    let found: { source: string; file: string } | undefined;
    try {
      found = r.input.readInclude(href, node.file);
    } catch {
      // Not readable: the built-in schema stands in.
    }
    if (found !== undefined) return readDocument(r, found.source, found.file, why);
  }
  r.xml.wanted ??= why;
  return undefined;
}

/** A location with a URI scheme or a network path: never fetched. */
function isNetworkLocation(href: string): boolean {
  return /^[a-zA-Z][a-zA-Z0-9+.-]+:/.test(href) || href.startsWith('//');
}

function isMissingFile(e: unknown): boolean {
  return e instanceof DiagnosticError && e.diagnostics.every((d) => d.code === 'SpecFileMissing');
}

/** An include or a redefine brings in the includer's namespace; an import another one (src-import 1.1, 1.2). */
function referenceReason(node: XsdNode): Reason {
  const tns = node.doc.targetNamespace;
  if (node.el.local !== 'import') return { kind: 'include', namespace: tns, at: node };
  const declared = attr(node, 'namespace');
  if (declared !== undefined && declared.trim() === '') {
    xsdFail('XsdInvalid', 'xs:import namespace must not be empty (leave it out for no namespace)', node);
  }
  const namespace = declared?.trim() ?? '';
  if (namespace === tns) {
    const what = tns === '' ? 'without a namespace in a schema without one' : `of the schema's own namespace "${tns}"`;
    xsdFail('XsdInvalid', `xs:import ${what} (use xs:include)`, node);
  }
  return { kind: 'import', namespace, at: node };
}

/** A reader's diagnostics without a position get the include tag's file:line:column. */
function locateAt(e: DiagnosticError, node: XsdNode): DiagnosticError {
  if (e.diagnostics.every((d) => d.location.line !== undefined)) return e;
  return new DiagnosticError(
    e.diagnostics.map((d) =>
      d.location.line !== undefined
        ? d
        : diagnostic(d.code, d.message, { file: node.file, line: node.el.line, column: node.el.column }, d.severity),
    ),
  );
}
