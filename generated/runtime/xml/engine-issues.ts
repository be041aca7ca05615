// Copied by qspec from runtime/xml/engine-issues.ts. Do not edit here: `qspec generate` replaces it.
/**
 * The validating engine's issue reporting: errors and warnings located at 1-based line:column
 * with an XPath-like path of the open elements (positional indices where siblings repeat), the
 * maxErrors stop, fatal errors, unexpected elements (saying what the content would allow) and
 * undeclared-element drift (a warning, an error when strict).
 *
 * @see XSD 1.1 Part 1 §3.3.4.3 (element locally valid); XML 1.0 §3 (validity constraints)
 */
import type { Frame } from './engine-frame.js';
import { ownString } from './own-string.js';
import type { XmlIssue, XmlIssueCode } from './xml-issue.js';
import type { ResolvedXmlOptions } from './xml-validate-options.js';

/** The engine's issue lists and the open-element stack their paths are read from. */
export class EngineIssues {
  /** Replaced (not emptied) by `reset`: a verdict handed out keeps its lists. */
  errors: XmlIssue[] = [];
  warnings: XmlIssue[] = [];
  stopped = false;
  /** The open elements' frames; reused from element to element and from document to document. */
  protected readonly frames: Frame[] = [];
  protected depth = 0;

  constructor(protected readonly options: ResolvedXmlOptions) {}

  /** Back to the state before the first token, for the next document (the frame objects are kept). */
  reset(): void {
    this.errors = [];
    this.warnings = [];
    this.stopped = false;
    this.depth = 0;
  }

  /** Records an issue; errors beyond maxErrors stop the engine. */
  issue(
    severity: 'error' | 'warning',
    code: XmlIssueCode,
    message: string,
    line: number,
    column: number,
    path: string,
    extra?: { expected?: string; found?: string },
  ): void {
    if (this.stopped) return;
    // Copies of every string: an issue outlives the document it was cut from (own-string.ts).
    const issue: XmlIssue = {
      severity,
      code,
      message: ownString(message),
      location: { line, column, path: ownString(path) },
      ...(extra?.expected !== undefined ? { expected: ownString(extra.expected) } : {}),
      ...(extra?.found !== undefined ? { found: ownString(extra.found) } : {}),
    };
    if (severity === 'warning') {
      this.warnings.push(issue);
      return;
    }
    this.errors.push(issue);
    if (this.errors.length >= this.options.maxErrors) {
      this.warnings.push({
        ...issue,
        severity: 'warning',
        code: 'XmlLimit',
        message: `stopped after ${this.errors.length} errors`,
      });
      this.stopped = true;
    }
  }

  /** A fatal error: recorded, and the engine stops. */
  fatal(code: XmlIssueCode, message: string, line: number, column: number): void {
    if (this.stopped) return;
    const path = ownString(this.path(this.depth));
    this.errors.push({ severity: 'error', code, message: ownString(message), location: { line, column, path } });
    this.stopped = true;
  }

  /** The path of the open element at `depth` (1-based; 0 -> ''). */
  path(depth: number): string {
    let p = '';
    for (let i = 0; i < depth; i++) {
      const f = this.frames[i]!;
      p += f.indexed ? `/${f.name}[${f.index}]` : `/${f.name}`;
    }
    return p;
  }

  /**
   * The path of a child of the open element, before its frame exists: indexed as its frame will
   * be (`[n]` when it is not the first of its name, or its declaration repeats: `repeats`), so
   * every issue about one element names the same path.
   */
  protected childPath(name: string, index: number, repeats = false): string {
    return `${this.path(this.depth)}/${name}${index > 1 || repeats ? `[${index}]` : ''}`;
  }

  /** A child element `parent`'s content does not allow here (UnexpectedElement), saying what it would allow. */
  protected unexpectedElement(parent: Frame, qname: string, path: string, line: number, col: number): void {
    // A nilled parent (xsi:nil="true") must be empty whatever its content model expects.
    const expected = parent.nil ? '' : parent.state?.expected().join(' | ');
    const why = parent.nil
      ? `<${parent.name}> has xsi:nil="true" and must be empty`
      : parent.type!.content
        ? `expected ${expected || 'no more elements'}`
        : 'its parent has no element content';
    this.issue('error', 'UnexpectedElement', `element <${qname}> is not allowed here; ${why}`, line, col, path, {
      expected: expected ?? '',
      found: qname,
    });
  }

  protected drift(name: string, path: string, line: number, col: number): void {
    const message = `element <${name}> is not declared (open content: drift from the schema)`;
    this.issue(this.options.strict ? 'error' : 'warning', 'UndeclaredElement', message, line, col, path, {
      found: name,
    });
  }
}
