// Copied by qspec from runtime/xml/xml-engine.ts. Do not edit here: `qspec generate` replaces it.
/**
 * The validating, record-building state machine behind every entry point. It is fed tokens
 * (start tag with attributes, text, end tag, each with its 1-based line:column) by a tokenizer
 * driver and keeps one reusable frame per open element: the element's compiled type, its content
 * automaton state, its text, child counts (for positional paths) and, when building, its record.
 * Unexpected, drift and skip-wildcard-matched elements have their subtree skipped (a depth counter,
 * no frames). Building is off, on for the whole document (`parseXml`), or on for the subtrees at a
 * record path (`streamRecords`), whose records are handed out as they close and then forgotten.
 *
 * This file holds the element stack driver (start tag, text, end tag); issue reporting is in
 * engine-issues.ts, attribute and simple-value checks in engine-values.ts, xsi:type and wildcard
 * types in engine-types.ts, the frame in engine-frame.ts (one class along an inheritance chain,
 * so every call stays monomorphic).
 *
 * @see XSD 1.1 Part 1 §3.3.4.3 (element locally valid), §3.4.4.2 (complex type), §3.2.4 (attributes),
 *      §3.3.4 (xsi:nil); XML 1.0 §3 (validity constraints)
 */
import type { XmlSchemaModel } from '../schema-model.js';
import type { CompiledType } from './compiled-model.js';
import type { ContentState, ElementParticle } from './content-state.js';
import { Frame, NO_ATTRIBUTES, type XmlBuildMode } from './engine-frame.js';
import { EngineTypes } from './engine-types.js';
import { IdTable } from './id-table.js';
import { IdentityTracker } from './identity-constraints.js';
import { elementIdentityKey, globalIdentityAttributes, identityAttributes } from './identity-values.js';
import { ownString } from './own-string.js';
import { isBlank, putChild, transientRecord } from './record-value.js';
import { resyncContent } from './resync-content.js';
import { StrayText } from './stray-text.js';
import type { XmlIssueCode } from './xml-issue.js';
import { declaresNamespace, NamespaceScope, XSI_TYPE } from './xml-namespaces.js';
import type { ResolvedXmlOptions } from './xml-validate-options.js';

export { NO_ATTRIBUTES, type XmlBuildMode } from './engine-frame.js';

/** An open element as `XmlEngine.openElements` lists it. */
export interface OpenElement {
  /** Its name as written. */
  readonly name: string;
  /** Its content state so far (undefined for simple content). */
  readonly state: ContentState | undefined;
  /** It gathers text (simple or mixed content) or is nil: what it holds so far counts. */
  readonly text: boolean;
}

/** The validating, record-building state machine. */
export class XmlEngine extends EngineTypes {
  root: string | undefined;
  schemaLocation: string | undefined;
  elements = 0;
  /**
   * What the open element needs of the next text: 0 nothing (outside the root, or in a skipped
   * subtree, or already reported), 1 only whether it is blank (element-only or empty content),
   * 2 the text itself. Lets a tokenizer skip building strings nobody reads.
   */
  textWanted: 0 | 1 | 2 = 0;
  /** The document's typed record (build mode 'all'). */
  rootValue: unknown;
  private skip = 0;
  /** The namespace scope, kept across documents with its name caches (`ns` is set from the first xmlns on). */
  private nsKept: NamespaceScope | undefined;
  /** The open run of text in element-only or empty content, reported when it ends. */
  private stray: StrayText | undefined;
  private readonly buildAll: boolean;
  private readonly maxDepth: number;
  private readonly recordPath: readonly string[] | undefined;
  /** Identity constraints (xs:unique/key/keyref): only for a model that declares some. */
  private ids: IdentityTracker | undefined;
  /** The model's types, kept for the built-in of a field element's value (identity constraints only). */
  private icTypes: XmlSchemaModel['types'] | undefined;
  /** The global attribute declarations a field's attribute may be typed by (identity constraints only). */
  private icGlobal: ReturnType<typeof globalIdentityAttributes> | undefined;

  constructor(
    model: XmlSchemaModel,
    options: ResolvedXmlOptions,
    build: XmlBuildMode = { mode: 'none' },
    private readonly onRecord?: (value: unknown) => void,
  ) {
    super(options, model);
    this.globalAttributes = this.compiled.attributes;
    this.maxDepth = options.maxDepth;
    this.buildAll = build.mode === 'all' || (build.mode === 'records' && build.envelope === true);
    this.recordPath = build.mode === 'records' ? build.path : undefined;
    if (model.ic === true) {
      this.ids = this.identityTracker();
      this.icTypes = model.types;
      this.icGlobal = globalIdentityAttributes(model.attributes, this.compiled.attributes);
    }
    if (this.compiled.ids) this.idTable = new IdTable();
  }

  /**
   * The namespace scope, made on the first xmlns declaration. Its clash callback is built here and
   * not in startElement: an arrow function there captures `this`, and V8 then allocates a context
   * object on every call of startElement (~40 bytes per element, 12% of a batch's allocations),
   * whether or not the arrow is ever made.
   */
  private newNamespaceScope(): NamespaceScope {
    return new NamespaceScope((message, l, c) => this.fatal('XmlSyntax', message, l, c));
  }

  /**
   * The open elements, outermost first (the name as written and the content state reached), up
   * to and including the first that gathers text (simple or mixed content) or is nil (`text`),
   * when nothing read so far can change how the rest is judged beyond those: no issue, no skipped
   * subtree or stray text, no document-wide table (IDs, identity constraints), no record
   * building. Else undefined. record-split.ts cuts a document between two records with it.
   */
  openElements(): OpenElement[] | undefined {
    // (A stopped engine has recorded the error that stopped it.)
    if (this.errors.length > 0 || this.warnings.length > 0) return undefined;
    if (this.skip > 0 || this.stray !== undefined || this.buildAll || this.recordPath !== undefined) return undefined;
    if (this.idTable !== undefined || this.ids !== undefined) return undefined;
    const open: OpenElement[] = [];
    for (let d = 0; d < this.depth; d++) {
      const f = this.frames[d]!;
      // An open element's frame always has its type (startElement sets it before depth grows).
      const t = f.type!;
      const text = f.nil || t.mixed || t.text !== undefined;
      open.push({ name: f.name, state: f.state, text });
      if (text) break;
    }
    return open;
  }

  /** How many elements are open. */
  get openDepth(): number {
    return this.depth;
  }

  private identityTracker(): IdentityTracker {
    return new IdentityTracker((code, message, line, col) =>
      this.issue('error', code, message, line, col, this.path(this.depth)),
    );
  }

  /** Back to the state before the first token, for the next document (frames kept for reuse). */
  override reset(): void {
    super.reset();
    this.root = undefined;
    this.schemaLocation = undefined;
    this.elements = 0;
    this.textWanted = 0;
    this.rootValue = undefined;
    this.skip = 0;
    this.stray = undefined;
    this.ns = undefined;
    this.nsKept?.reset();
    if (this.ids !== undefined) this.ids = this.identityTracker();
    if (this.idTable !== undefined) this.idTable = new IdTable();
  }

  startElement(qname: string, attrs: Readonly<Record<string, string>>, line: number, col: number): void {
    if (this.stopped) return;
    if (this.stray !== undefined) this.endStray();
    this.elements++;
    if (this.depth + this.skip >= this.maxDepth) {
      this.fatal('XmlLimit', `element nesting deeper than maxDepth ${this.options.maxDepth}`, line, col);
      return;
    }
    if (this.skip > 0) {
      this.skip++;
      return;
    }
    // Names match declarations by expanded name; without any xmlns declaration in scope (the
    // common case) the expanded name is the name as written, at no cost.
    if (attrs !== NO_ATTRIBUTES && declaresNamespace(attrs)) {
      this.ns ??= this.nsKept ??= this.newNamespaceScope();
      this.ns.declare(attrs, this.depth);
    }
    let name = qname;
    if (this.ns !== undefined) name = this.ns.element(qname);
    let type: CompiledType | undefined;
    let el: ElementParticle | undefined;
    let index = 1;
    let onPath = false;
    const parent = this.depth > 0 ? this.frames[this.depth - 1]! : undefined;
    if (!parent) {
      // Copies: the verdict outlives the document (own-string.ts).
      this.root = ownString(qname);
      const location = attrs['xsi:noNamespaceSchemaLocation'] ?? attrs['xsi:schemaLocation'];
      this.schemaLocation = location === undefined ? undefined : ownString(location);
      type = this.compiled.roots.get(name);
      const want = this.options.root;
      if (!type || (want !== undefined && name !== want)) {
        const expected = want ?? this.compiled.rootNames.join(' | ');
        this.issue(
          'error',
          'WrongRoot',
          `root element <${qname}> is not ${expected ? `<${expected}>` : 'declared'}`,
          line,
          col,
          `/${qname}`,
          { expected, found: qname },
        );
        this.skip = 1;
        this.textWanted = 0;
        return;
      }
      onPath = this.recordPath !== undefined && this.recordPath[0] === name;
      el = this.compiled.rootEls.get(name);
    } else {
      parent.children++;
      const pt = parent.type!;
      let next = pt.content && !parent.nil ? parent.state!.step(name) : null;
      const slot = next?.el ? next.slot : pt.automaton ? pt.automaton.slotOf(name) : -1;
      if (slot >= 0) index = ++parent.slotCounts[slot]!;
      else {
        parent.extra ??= new Map();
        index = (parent.extra.get(name) ?? 0) + 1;
        parent.extra.set(name, index);
      }
      if (!next && pt.content && !parent.nil && (!pt.open || pt.declared.has(name))) {
        const found = resyncContent(parent.state!, name);
        if (found) {
          const expected = found.missing.join(', ');
          this.issue(
            'error',
            'MissingElement',
            `<${parent.name}> is missing ${expected} before <${qname}>`,
            line,
            col,
            this.childPath(qname, index, found.state.el?.array === true),
            { expected, found: qname },
          );
          next = found.state;
        }
      }
      if (!next || (!next.el && !next.any)) {
        const path = this.childPath(qname, index);
        if (pt.open && !pt.declared.has(name)) this.drift(qname, path, line, col);
        else this.unexpectedElement(parent, qname, path, line, col);
        this.skip = 1;
        this.textWanted = 0;
        return;
      }
      parent.state = next;
      if (next.el) {
        el = next.el;
        type = this.compiled.types[el.type]!;
      } else {
        type = this.wildcardMatch(next.any!, name, qname, index, line, col);
        if (type === undefined) {
          this.skip = 1;
          this.textWanted = 0;
          return;
        }
      }
      onPath = parent.onPath && this.recordPath![this.depth] === name;
    }
    let values = attrs;
    if (attrs !== NO_ATTRIBUTES) {
      if (this.ns !== undefined) values = this.ns.attributes(attrs, line, col);
      const named = this.xsd ? (values[XSI_TYPE] ?? values['xsi:type']) : undefined;
      if (named !== undefined) type = this.xsiType(type, el, named, qname, index, line, col);
    }
    if (type.abstract)
      this.invalidType(
        `<${qname}> has an abstract type; name a derived type with xsi:type`,
        qname,
        index,
        line,
        col,
        el,
      );
    if (this.frames.length === this.depth) this.frames.push(new Frame());
    const f = this.frames[this.depth]!;
    f.name = qname;
    f.index = index;
    f.indexed = index > 1 || el?.array === true;
    f.line = line;
    f.col = col;
    f.type = type;
    f.state = type.forkContent ? type.content!.forkInto!(f.spares) : type.content;
    f.el = el;
    f.text = '';
    f.textReported = false;
    f.nil = false;
    f.children = 0;
    const slots = type.slotCount;
    if (slots > 0) {
      if (f.slotCounts.length < slots) f.slotCounts = new Int32Array(slots);
      else f.slotCounts.fill(0, 0, slots);
    }
    f.extra = undefined;
    f.onPath = onPath;
    f.record = onPath && this.depth === this.recordPath!.length - 1;
    f.build = this.buildAll || f.record || parent?.build === true;
    f.errorsAtOpen = this.errors.length;
    f.value =
      f.build && !type.scalar ? (this.recordPath !== undefined && !type.fewKeys ? transientRecord() : {}) : undefined;
    this.depth++;
    if (attrs !== NO_ATTRIBUTES || type.attrList.length > 0) this.attributes(f, type, values);
    if (this.ids !== undefined) {
      const keys = identityAttributes(values, type, this.icGlobal!, this.uriOf);
      this.ids.open(this.depth - 1, name, keys, el?.ic, line, col);
    }
    this.textWanted = this.textNeed(f, type);
  }

  /**
   * What an open element needs of its text: the text itself when it is built, checked, mixed or
   * nil; nothing for simple content that accepts every string (validation only); blankness for
   * element-only and empty content, until stray text there has been reported once.
   */
  private textNeed(f: Frame, t: CompiledType): 0 | 1 | 2 {
    if (t.mixed || f.nil) return 2;
    if (!t.text) return f.textReported ? 0 : 1;
    return this.skipsText(f, t) ? 0 : 2;
  }

  /** The element's text cannot make it invalid and is not built: no need to read it. */
  private skipsText(f: Frame, t: CompiledType): boolean {
    return t.text!.acceptsAll && !f.build && f.el?.fixed === undefined && this.ids === undefined;
  }

  /** Sets `textWanted` for the element now open (after an end tag). */
  private refreshTextWanted(): void {
    if (this.skip > 0 || this.depth === 0) this.textWanted = 0;
    else {
      const f = this.frames[this.depth - 1]!;
      this.textWanted = this.textNeed(f, f.type!);
    }
  }

  text(s: string, line: number, col: number): void {
    if (this.stopped || this.skip > 0 || this.depth === 0) return;
    const f = this.frames[this.depth - 1]!;
    const t = f.type!;
    if (t.text || t.mixed || f.nil) {
      f.text += s;
      return;
    }
    if (f.textReported) return;
    if (!this.stray?.continues(this.depth, line, col)) {
      this.endStray();
      if (f.textReported) return;
      this.stray = new StrayText(this.depth, line, col);
      this.textWanted = 2; // the rest of the run, blank pieces too: its text must not depend on chunking
    }
    this.stray!.add(s);
  }

  /** Ends the open run of stray text: reported once per element when it is not blank. */
  private endStray(): void {
    const run = this.stray;
    this.stray = undefined;
    const found = run?.found();
    if (found === undefined) return;
    const { depth: d, line, col } = run!;
    const f = this.frames[d - 1]!;
    f.textReported = true;
    if (d === this.depth) this.textWanted = 0;
    const message = `text is not allowed in the ${f.type!.content ? 'element-only' : 'empty'} content of <${f.name}>`;
    this.issue('error', 'UnexpectedText', message, line, col, this.path(d), { found });
  }

  /** A fatal error ends the open run of stray text first, so its issue comes before it. */
  override fatal(code: XmlIssueCode, message: string, line: number, column: number): void {
    if (this.stray !== undefined && !this.stopped) this.endStray();
    super.fatal(code, message, line, column);
  }

  endElement(line: number, col: number): void {
    if (this.stopped) return;
    if (this.stray !== undefined) this.endStray();
    if (this.skip > 0) {
      this.skip--;
      if (this.skip === 0) {
        if (this.ns !== undefined && this.ns.top >= this.depth) this.ns.pop(this.depth);
        this.refreshTextWanted();
      }
      return;
    }
    const f = this.frames[this.depth - 1]!;
    const t = f.type!;
    let value: unknown;
    /** The element's identity-constraint value (simple content, not nil). */
    let key: string | undefined;
    if (f.nil) {
      if (f.children > 0 || !isBlank(f.text)) {
        this.issue(
          'error',
          'InvalidNil',
          `<${f.name}> has xsi:nil="true" but is not empty`,
          f.line,
          f.col,
          this.path(this.depth),
        );
      }
      value = null;
    } else {
      if (t.text) {
        if (!this.skipsText(f, t)) value = this.checkText(f, t);
      } else if (f.el?.fixed !== undefined) this.checkComplexFixed(f, f.el.fixed);
      if (this.ids !== undefined && t.text) key = elementIdentityKey(this.icTypes, t, value, f.text, this.uriOf);
      if (t.content && !f.state!.accepting) {
        const expected = f.state!.expected().join(' | ');
        this.issue(
          'error',
          'MissingElement',
          expected === '' // a required empty xs:choice: nothing satisfies it
            ? `<${f.name}> can never be complete: its content model accepts no elements`
            : `<${f.name}> is incomplete: expected ${expected}`,
          line,
          col,
          this.path(this.depth),
          { expected },
        );
      }
      if (f.value) {
        if (t.text && value !== undefined) f.value['value'] = value;
        else if (t.mixed && !isBlank(f.text)) f.value['value'] = f.text;
        value = f.value;
      }
    }
    if (this.ids !== undefined) this.ids.close(this.depth - 1, key);
    this.depth--;
    if (this.idTable !== undefined && this.depth === 0) this.unresolvedIdrefs();
    if (this.ns !== undefined && this.ns.top >= this.depth) this.ns.pop(this.depth);
    this.refreshTextWanted();
    if (!f.build) return;
    if (f.record) {
      if (this.errors.length === f.errorsAtOpen) this.onRecord?.(value);
    } else if (this.depth === 0) this.rootValue = value;
    else {
      const parent = this.frames[this.depth - 1]!;
      if (parent.value && f.el) putChild(parent.value, f.el, value);
    }
    f.value = undefined;
  }
}
