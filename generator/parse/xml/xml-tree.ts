/**
 * A small, safe, located XML tree for reading schema documents (XSD files) at generation time.
 *
 * Uses saxes (a conforming, non-validating SAX parser): it never fetches DOCTYPE system ids and
 * never expands internal-subset entities, so an XXE or billion-laughs schema cannot do harm; such
 * a document fails with a located `XmlSyntax` diagnostic. Every element keeps the 1-based line
 * and column of its start tag, so later stages can report `file:line:column`.
 *
 * Elements nested deeper than `MAX_NESTING_DEPTH` stop the parse at once with a located
 * `XmlTooDeep` (nothing after that start tag is read), so every later walk of the tree is bounded.
 *
 * Not used for responses: those go through the streaming runtime validator (runtime).
 */
import { SaxesParser } from 'saxes';
import { DiagnosticError, diagnostic } from '../../diagnostics.js';
import { MAX_NESTING_DEPTH } from '../input-limits.js';

/** Thrown from a handler to stop saxes at once; the failure is already recorded. */
class StopParsing extends Error {}

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
  /** In-scope namespace prefixes (prefix → URI), for resolving QName attribute values. */
  readonly ns: Readonly<Record<string, string>>;
}

/** Parses `source` into a located element tree; `file` is used in diagnostics. */
export function parseXmlTree(source: string, file: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: true, fileName: file });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let failure: { code?: string; message: string; line: number; column: number } | undefined;
  let tagLine = 1;
  let tagColumn = 1;

  parser.on('error', (err) => {
    if (failure === undefined) {
      failure = { message: stripSaxesPrefix(err.message), line: parser.line, column: Math.max(1, parser.column) };
    }
    // Stop at the first error: saxes would go on, reporting (say) each of 8 MiB of NUL bytes.
    throw new StopParsing();
  });
  parser.on('doctype', () => {
    if (failure === undefined) {
      failure = {
        message: 'DOCTYPE is not allowed in a schema document (no DTDs or entities are read while parsing)',
        line: parser.line,
        column: parser.column,
      };
    }
  });
  parser.on('opentagstart', (tag) => {
    tagLine = parser.line;
    // saxes reports the column just after '<name'; point at the '<'.
    tagColumn = Math.max(1, parser.column - tag.name.length - 1);
  });
  parser.on('opentag', (tag) => {
    if (stack.length >= MAX_NESTING_DEPTH) {
      failure = {
        code: 'XmlTooDeep',
        message: `elements nest more than ${MAX_NESTING_DEPTH} levels deep; qspec refuses deeper schema documents`,
        line: tagLine,
        column: tagColumn,
      };
      throw new StopParsing();
    }
    const attributes: Record<string, string> = {};
    for (const [key, attr] of Object.entries(tag.attributes)) {
      attributes[key] = typeof attr === 'string' ? attr : attr.value;
    }
    const ns: Record<string, string> = { ...(stack.at(-1)?.ns ?? {}) };
    for (const [prefix, uri] of Object.entries(tag.ns ?? {})) ns[prefix] = uri;
    const el: XmlElement = {
      name: tag.name,
      local: tag.local ?? tag.name,
      uri: tag.uri ?? '',
      attributes,
      children: [],
      text: '',
      line: tagLine,
      column: tagColumn,
      ns,
    };
    const parent = stack.at(-1);
    if (parent) parent.children.push(el);
    else root = el;
    stack.push(el);
  });
  parser.on('text', (t) => {
    const top = stack.at(-1);
    if (top) top.text += t;
  });
  parser.on('cdata', (t) => {
    const top = stack.at(-1);
    if (top) top.text += t;
  });
  parser.on('closetag', () => {
    stack.pop();
  });

  try {
    parser.write(source).close();
  } catch (e) {
    if (failure === undefined) {
      failure = {
        message: stripSaxesPrefix((e as Error).message),
        line: parser.line,
        column: Math.max(1, parser.column),
      };
    }
  }
  if (failure !== undefined) {
    throw new DiagnosticError(
      diagnostic(failure.code ?? 'XmlSyntax', failure.message, { file, line: failure.line, column: failure.column }),
    );
  }
  if (root === undefined) {
    throw new DiagnosticError(diagnostic('XmlSyntax', 'document has no root element', { file, line: 1, column: 1 }));
  }
  return root;
}

/** saxes prefixes messages with `file:line:col: `; we add our own location. */
function stripSaxesPrefix(message: string): string {
  return message.replace(/^.*?:\d+:\d+: /, '');
}
