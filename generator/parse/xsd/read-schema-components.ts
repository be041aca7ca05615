/**
 * Reads the top level of a schema document and of every document it includes or imports (local
 * files only, through the caller's `readInclude`) into one table of global components keyed by
 * local name: types (complex and simple share one symbol space), elements, attributes, model
 * groups and attribute groups. Components of included files join this schema's id space.
 *
 * Namespaces: components are keyed by local name only (qspec's schemas have at most one target
 * namespace per id space); references to the XSD namespace are built-ins.
 *
 * @see XSD 1.1 Part 1 §3.17 (Schemas as a whole), §4.2.3 (include), §4.2.6 (import)
 */
import { DiagnosticError, diagnostic } from '../../diagnostics.js';
import { parseXmlTree } from '../xml/xml-tree.js';
import type { XsdComponents, XsdInput } from './xsd-components.js';
import { xsdFail } from './xsd-diagnostics.js';
import { attr, tagOf, XSD_NS, type XsdNode, xsdChildren } from './xsd-node.js';

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
  const visited = new Set<string>();
  readDocument(input.source, input.file, input, components, visited);
  return components;
}

function readDocument(
  source: string,
  file: string,
  input: XsdInput,
  components: XsdComponents,
  visited: Set<string>,
): void {
  visited.add(file);
  const root: XsdNode = { el: parseXmlTree(source, file), file };
  if (root.el.uri !== XSD_NS || root.el.local !== 'schema') {
    xsdFail('XsdInvalid', `root element is <${root.el.name}>, expected xs:schema (namespace ${XSD_NS})`, root);
  }
  for (const child of xsdChildren(root)) {
    const local = child.el.local;
    const table = TABLE_OF[local];
    if (table !== undefined) {
      const name = attr(child, 'name');
      if (name === undefined || name.trim() === '') xsdFail('XsdInvalid', `global ${tagOf(child)} has no name`, child);
      const map = components[table];
      const previous = map.get(name);
      if (previous !== undefined) {
        const where = `${previous.file}:${previous.el.line}:${previous.el.column}`;
        xsdFail('XsdInvalid', `duplicate global ${tagOf(child)} "${name}" (first declared at ${where})`, child);
      }
      map.set(name, child);
    } else if (local === 'include' || local === 'import') {
      readReferenced(child, input, components, visited);
    } else if (local === 'redefine' || local === 'override') {
      xsdFail('XsdUnsupported', `${tagOf(child)} is not supported; copy the changed components instead`, child);
    } else if (!IGNORED_TOP_LEVEL.has(local)) {
      xsdFail('XsdUnsupported', `${tagOf(child)} at the top level of a schema is not supported`, child);
    }
  }
}

function readReferenced(node: XsdNode, input: XsdInput, components: XsdComponents, visited: Set<string>): void {
  const href = attr(node, 'schemaLocation')?.trim();
  if (href === undefined || href === '') {
    // An import without a location names a namespace only; an include needs one.
    if (node.el.local === 'include') xsdFail('XsdInvalid', 'xs:include has no schemaLocation', node);
    return;
  }
  if (/^[a-zA-Z][a-zA-Z0-9+.-]+:/.test(href) || href.startsWith('//')) {
    xsdFail(
      'XsdExternalRef',
      `${tagOf(node)} of "${href}" is refused: network schema locations are never fetched (qspec makes no network fetch; vendor the schema into the spec folder and refer to it by a relative path)`,
      node,
    );
  }
  if (input.readInclude === undefined) {
    xsdFail('XsdExternalRef', `${tagOf(node)} of "${href}" cannot be read: no local include reader was given`, node);
  }
  let included: { source: string; file: string };
  try {
    included = input.readInclude(href, node.file);
  } catch (e) {
    if (e instanceof DiagnosticError) throw locateAt(e, node);
    xsdFail('XsdExternalRef', `${tagOf(node)} of "${href}" cannot be read: ${(e as Error).message}`, node);
  }
  if (visited.has(included.file)) return;
  readDocument(included.source, included.file, input, components, visited);
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
