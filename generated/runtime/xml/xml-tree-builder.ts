// Copied by qspec from runtime/xml/xml-tree-builder.ts. Do not edit here: `qspec generate` replaces it.
/**
 * A small located element tree built on qspec's own XML tokenizer (xml-scanner.ts), for callers
 * that need the whole document rather than a validated record: schema documents read at
 * generation time, response bodies read by `qspec learn`, and the client's schema-less envelope.
 *
 * Every element keeps its qualified name as written, its attributes (references decoded, values
 * normalized as XML 1.0 §3.3.3 says), its direct character data (CDATA included, line ends
 * normalized) and the 1-based line:column of its start tag's `<` and of its end tag's `</`.
 * Well-formedness is checked as the validator checks it, and the first violation ends the build
 * with one located failure.
 *
 * Bounded: nesting deeper than `maxDepth` or more than `maxElements` elements stop the build at
 * that start tag. Entity policy as the validator's (xml-driver.ts): no DTD is ever fetched, an
 * internal subset that declares an entity is refused, and only the five predefined entities and
 * character references are decoded; with `doctype: 'refuse'` any DOCTYPE is refused.
 *
 * @see XML 1.0 §2.1 (well-formed documents), §2.8 (DOCTYPE), §3.1 (tags), §4.1 (references)
 */
import type { XmlIssueCode } from './xml-issue.js';
import { XmlScanner, type XmlTokenSink } from './xml-scanner.js';

export interface XmlTreeElement {
  /** Qualified name as written (`xs:element`). */
  readonly name: string;
  /** Attributes by qualified name as written, values decoded and normalized. */
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlTreeElement[];
  /** The character data directly inside this element, concatenated. */
  text: string;
  /** Start tag's `<`, 1-based. */
  readonly line: number;
  readonly column: number;
  /** End tag's `</` (the start tag's `<` for an empty-element tag), 1-based. */
  endLine: number;
  endColumn: number;
  /** Written as an empty-element tag (`<a/>`). */
  selfClosing: boolean;
}

export type XmlTreeFailureCode = 'XmlSyntax' | 'XmlEntityDeclared' | 'XmlDoctype' | 'XmlTooDeep' | 'XmlTooLarge';

export interface XmlTreeFailure {
  readonly code: XmlTreeFailureCode;
  readonly message: string;
  readonly line: number;
  readonly column: number;
}

export interface XmlTreeOptions {
  /** Deepest element nesting accepted (default 256); the element one deeper fails `XmlTooDeep`. */
  readonly maxDepth?: number;
  /** Most elements accepted (default 2,000,000); one more fails `XmlTooLarge`. */
  readonly maxElements?: number;
  /** `refuse`: any DOCTYPE fails `XmlDoctype`; `allow` (default): accepted, entity declarations refused. */
  readonly doctype?: 'allow' | 'refuse';
}

export type XmlTreeResult = { readonly root: XmlTreeElement } | { readonly failure: XmlTreeFailure };

/** Builds the element tree of `text` (a whole document), or its first failure. */
export function buildXmlTree(text: string, options: XmlTreeOptions = {}): XmlTreeResult {
  const sink = new TreeSink(options.maxDepth ?? 256, options.maxElements ?? 2_000_000);
  const refuseDoctype = options.doctype === 'refuse';
  let doctypeAt = { line: 1, column: 1 };
  const scanner = new XmlScanner(sink, {
    doctype: (_doctype, line, column) => {
      doctypeAt = { line, column };
      if (refuseDoctype) sink.fail('XmlDoctype', 'a DOCTYPE is not allowed here', line, column);
    },
    entity: (decl, line) => {
      const kind = decl.parameter ? 'parameter entity' : 'entity';
      sink.fail(
        'XmlEntityDeclared',
        `the DOCTYPE declares ${kind} '${decl.name}' (line ${line}); entity declarations are refused (XXE / entity expansion)`,
        doctypeAt.line,
        doctypeAt.column,
      );
    },
  });
  // A byte order mark is not part of the document (XML 1.0 §4.3.3, Appendix F).
  scanner.write(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  if (!sink.stopped) scanner.end();
  if (sink.failure) return { failure: sink.failure };
  if (!sink.root)
    return { failure: { code: 'XmlSyntax', message: 'document has no root element', line: 1, column: 1 } };
  return { root: sink.root };
}

/** The scanner's token sink that builds the tree. */
class TreeSink implements XmlTokenSink {
  stopped = false;
  /** Inside the root, every text is wanted (whitespace included); outside, the scanner checks it alone. */
  readonly textWanted = 2;
  root: XmlTreeElement | undefined;
  failure: XmlTreeFailure | undefined;
  private readonly stack: XmlTreeElement[] = [];
  private elements = 0;

  constructor(
    private readonly maxDepth: number,
    private readonly maxElements: number,
  ) {}

  startElement(name: string, attrs: Readonly<Record<string, string>>, line: number, column: number): void {
    if (this.stack.length >= this.maxDepth) {
      this.fail('XmlTooDeep', `elements nest more than ${this.maxDepth} levels deep`, line, column);
      return;
    }
    if (++this.elements > this.maxElements) {
      this.fail('XmlTooLarge', `more than ${this.maxElements} elements`, line, column);
      return;
    }
    const el: XmlTreeElement = {
      name,
      attributes: attrs,
      children: [],
      text: '',
      line,
      column,
      endLine: line,
      endColumn: column,
      selfClosing: false,
    };
    const parent = this.stack[this.stack.length - 1];
    if (parent) parent.children.push(el);
    else this.root = el;
    this.stack.push(el);
  }

  text(text: string): void {
    const top = this.stack[this.stack.length - 1];
    if (top) top.text += text;
  }

  endElement(line: number, column: number): void {
    const el = this.stack.pop();
    if (!el) return;
    el.endLine = line;
    el.endColumn = column;
    // An end tag is never where its start tag is: the same place means `<a/>`.
    el.selfClosing = line === el.line && column === el.column;
  }

  fatal(code: XmlIssueCode, message: string, line: number, column: number): void {
    this.fail(code === 'XmlSyntax' ? 'XmlSyntax' : 'XmlTooLarge', message, line, column);
  }

  fail(code: XmlTreeFailureCode, message: string, line: number, column: number): void {
    if (this.stopped) return;
    this.failure = { code, message, line, column };
    this.stopped = true;
  }
}
