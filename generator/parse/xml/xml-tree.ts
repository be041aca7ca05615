/**
 * A small, safe, located XML tree for reading schema documents (XSD files) at generation time.
 *
 * Built on qspec's own XML tokenizer (runtime/xml/xml-tree-builder.ts), the one the validator
 * uses: no DTD is ever read or fetched, no entity beyond the five predefined ones and character
 * references is expanded, and any DOCTYPE is refused, so an XXE or billion-laughs schema cannot do
 * harm; such a document fails with a located `XmlSyntax` diagnostic. Every element keeps the
 * 1-based line and column of its start tag's `<`, so later stages can report `file:line:column`.
 * Element and attribute prefixes are resolved against the in-scope namespace declarations
 * (Namespaces in XML 1.0 §5); an unbound prefix is an `XmlSyntax` error at its element.
 *
 * Elements nested deeper than `MAX_NESTING_DEPTH` stop the parse at once with a located
 * `XmlTooDeep` (nothing after that start tag is read), so every later walk of the tree is bounded.
 *
 * Not used for responses: those go through the streaming runtime validator (runtime/xml).
 */
import { buildXmlTree, type XmlTreeElement } from '../../../runtime/xml/xml-tree-builder.js';
import { DiagnosticError, diagnostic } from '../../diagnostics.js';
import { MAX_NESTING_DEPTH } from '../input-limits.js';

export interface XmlElement {
  /** Qualified name as written (`xs:element`). */
  readonly name: string;
  /** Local part (`element`). */
  readonly local: string;
  /** Namespace URI resolved from in-scope xmlns declarations ('' when none). */
  readonly uri: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  /** Concatenated character data directly inside this element. */
  text: string;
  readonly line: number;
  readonly column: number;
  /** In-scope namespace prefixes (prefix → URI; the default namespace under ''), for QName attribute values. */
  readonly ns: Readonly<Record<string, string>>;
}

/** The prefixes bound in every document (Namespaces in XML 1.0 §3). */
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/** Parses `source` into a located element tree; `file` is used in diagnostics. */
export function parseXmlTree(source: string, file: string): XmlElement {
  const built = buildXmlTree(source, { maxDepth: MAX_NESTING_DEPTH, doctype: 'refuse' });
  if ('failure' in built) {
    const f = built.failure;
    const [code, message] =
      f.code === 'XmlTooDeep'
        ? [
            'XmlTooDeep',
            `elements nest more than ${MAX_NESTING_DEPTH} levels deep; qspec refuses deeper schema documents`,
          ]
        : f.code === 'XmlDoctype'
          ? ['XmlSyntax', 'DOCTYPE is not allowed in a schema document (no DTDs or entities are read while parsing)']
          : ['XmlSyntax', f.message];
    throw new DiagnosticError(diagnostic(code, message, { file, line: f.line, column: f.column }));
  }
  // Prefix tables without a prototype: a prefix such as `constructor` is bound only if declared.
  return withNamespaces(built.root, Object.create(null) as Record<string, string>, file);
}

/** The element (and its subtree) with prefixes resolved; depth is bounded by MAX_NESTING_DEPTH. */
function withNamespaces(el: XmlTreeElement, inherited: Readonly<Record<string, string>>, file: string): XmlElement {
  let ns = inherited;
  for (const key in el.attributes) {
    if (key === 'xmlns' || key.startsWith('xmlns:')) {
      // Namespaces in XML 1.0 §3: only the default namespace may be undeclared with an empty value.
      if (key !== 'xmlns' && el.attributes[key] === '') {
        const where = { file, line: el.line, column: el.column };
        throw new DiagnosticError(
          diagnostic('XmlSyntax', `${key}="": a prefix cannot be bound to the empty namespace`, where),
        );
      }
      if (ns === inherited) ns = Object.assign(Object.create(null) as Record<string, string>, inherited);
      (ns as Record<string, string>)[key === 'xmlns' ? '' : key.slice(6)] = el.attributes[key]!;
    }
  }
  const colon = el.name.indexOf(':');
  const prefix = colon < 0 ? '' : el.name.slice(0, colon);
  const unbound = (p: string) =>
    new DiagnosticError(
      diagnostic('XmlSyntax', `unbound namespace prefix: "${p}"`, { file, line: el.line, column: el.column }),
    );
  const uri = prefix === 'xml' ? XML_NS : ns[prefix];
  if (uri === undefined && prefix !== '') throw unbound(prefix);
  for (const key in el.attributes) {
    const c = key.indexOf(':');
    const p = c < 0 ? '' : key.slice(0, c);
    if (p !== '' && p !== 'xmlns' && p !== 'xml' && ns[p] === undefined) throw unbound(p);
  }
  const out: XmlElement = {
    name: el.name,
    local: colon < 0 ? el.name : el.name.slice(colon + 1),
    uri: uri ?? '',
    attributes: el.attributes,
    children: [],
    text: el.text,
    line: el.line,
    column: el.column,
    ns,
  };
  for (const c of el.children) out.children.push(withNamespaces(c, ns, file));
  return out;
}
