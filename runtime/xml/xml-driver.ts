/**
 * Feeds input chunks (strings or UTF-8 bytes) through the tokenizer (xml-scanner.ts) into an
 * `XmlEngine`: the one code path behind the string and stream entry points, so both give the
 * same verdict, issue list and byte count however the input is chunked.
 *
 * Safety: a DOCTYPE's DTD is never fetched and no entity is expanded; a DOCTYPE whose internal
 * subset declares an entity is rejected at once (`XmlEntityDeclared`). Bytes are decoded as
 * strict UTF-8: the text before a bad byte is still checked, then one `XmlSyntax` at the bad
 * byte, never a throw. `maxBytes` is enforced exactly: the input is fed up to the limit, then
 * `XmlLimit` stops parsing, however the input was chunked.
 *
 * @see XML 1.0 §2.8 (DOCTYPE), §4.1 (entity references), §4.3.3 (UTF-8); OWASP XXE prevention
 */
import type { XmlSchemaModel } from '../schema-model.js';
import { utf8Length } from './utf8-input.js';
import { type OpenElement, type XmlBuildMode, XmlEngine } from './xml-engine.js';
import { XmlInputDecoder } from './xml-input-decoder.js';
import { XmlScanner } from './xml-scanner.js';
import {
  resolveXmlOptions,
  type XmlDoctype,
  type XmlValidateOptions,
  type XmlValidationResult,
} from './xml-validate-options.js';

export class XmlDriver {
  readonly engine: XmlEngine;
  private readonly scanner: XmlScanner;
  private readonly maxBytes: number;
  private input: XmlInputDecoder | undefined;
  /** Raw input bytes taken (for maxBytes, BOM included). */
  private bytes = 0;
  /** UTF-8 bytes of the text given to the scanner (the reported `bytes`). */
  private fedBytes = 0;
  private doctype: XmlDoctype | undefined;
  /** Where the DOCTYPE starts (an entity declaration in its internal subset is reported there). */
  private doctypeLine = 1;
  private doctypeColumn = 1;
  private first = true;
  /** A high surrogate that ended a string chunk, held for its low half. */
  private carry = '';
  /** Well-formedness only (the model is `WELL_FORMED_MODEL`): no root element is checked. */
  private readonly wellFormedOnly: boolean;

  constructor(
    model: XmlSchemaModel,
    options?: XmlValidateOptions,
    build?: XmlBuildMode,
    onRecord?: (v: unknown) => void,
  ) {
    const resolved = resolveXmlOptions(options);
    // WELL_FORMED_MODEL (well-formed.ts), known by its id and empty roots: that module imports this one.
    this.wellFormedOnly = model.id === '(XML 1.0 well-formedness)' && Object.keys(model.roots).length === 0;
    this.maxBytes = resolved.maxBytes;
    const engine = new XmlEngine(model, resolved, build, onRecord);
    this.engine = engine;
    this.scanner = new XmlScanner(engine, {
      doctype: (doctype, line, column) => {
        this.doctype = doctype;
        this.doctypeLine = line;
        this.doctypeColumn = column;
      },
      // The entity policy (docs/decisions/0007-entity-policy.md): every entity declaration is
      // refused, reported at the DOCTYPE; nothing is ever expanded or fetched.
      entity: (decl, line) => {
        const kind = decl.parameter ? 'parameter entity' : 'entity';
        engine.fatal(
          'XmlEntityDeclared',
          `the DOCTYPE declares ${kind} '${decl.name}' (line ${line}); entity declarations are refused (XXE / entity expansion)`,
          this.doctypeLine,
          this.doctypeColumn,
        );
      },
    });
    this.scanner.internNames = build !== undefined && build.mode !== 'none';
  }

  /**
   * Back to the state before the first chunk, so the next document is checked by the same
   * objects (scanner, engine, their frames and stacks) instead of new ones: every field as a new
   * driver has it. A verdict returned before keeps its own issue lists.
   */
  reset(): void {
    this.engine.reset();
    this.scanner.reset();
    this.input = undefined;
    this.bytes = 0;
    this.fedBytes = 0;
    this.doctype = undefined;
    this.doctypeLine = 1;
    this.doctypeColumn = 1;
    this.first = true;
    this.carry = '';
  }

  get stopped(): boolean {
    return this.engine.stopped;
  }

  private feed(text: string, bytes: number): void {
    this.fedBytes += bytes;
    if (this.first && text !== '') {
      this.first = false;
      if (text.charCodeAt(0) === 0xfeff) {
        text = text.slice(1);
        this.fedBytes -= 3;
      }
    }
    this.scanner.write(text);
  }

  private badInput(): void {
    const at = this.scanner.locate(this.scanner.written);
    const encoding = this.input?.encoding ?? 'UTF-8';
    this.engine.fatal('XmlSyntax', `malformed XML: the input is not valid ${encoding}`, at.line, at.column);
  }

  /** The document's encoding is unsupported or contradicted by its bytes. */
  private refuse(message: string): void {
    this.engine.fatal('XmlSyntax', `malformed XML: ${message}`, 1, 1);
  }

  /** Feeds one chunk; never throws on bad input. */
  write(chunk: string | Uint8Array): void {
    if (this.engine.stopped) return;
    const remaining = this.maxBytes - this.bytes;
    let over: boolean;
    if (typeof chunk === 'string') {
      const { bytes, chars } = utf8Length(chunk, remaining);
      over = chars < chunk.length;
      this.bytes += bytes;
      let text = this.carry + (over ? chunk.slice(0, chars) : chunk);
      this.carry = '';
      const last = text.charCodeAt(text.length - 1);
      if (!over && last >= 0xd800 && last <= 0xdbff) {
        this.carry = text.slice(-1);
        text = text.slice(0, -1);
      }
      this.feed(text, bytes);
    } else {
      over = chunk.length > remaining;
      const part = over ? chunk.subarray(0, remaining) : chunk;
      this.bytes += part.length;
      this.input ??= new XmlInputDecoder();
      const d = this.input.decode(part, false, over);
      if (d.refused !== undefined) {
        this.refuse(d.refused);
        return;
      }
      this.feed(d.text, d.bytes);
      if (d.bad) {
        if (!this.engine.stopped) this.badInput();
        return;
      }
    }
    if (over && !this.engine.stopped) {
      const at = this.scanner.locate(this.scanner.written);
      this.engine.fatal('XmlLimit', `input larger than maxBytes ${this.maxBytes}`, at.line, at.column);
    }
  }

  /**
   * Where the input written so far ends, when it ends cleanly between two elements inside the
   * root of a UTF-8 document (every byte decoded and scanned, nothing cut or held) and the engine
   * has nothing that reaches past its open elements (`XmlEngine.openElements`): those elements
   * and the UTF-8 bytes read. Else undefined. See conformance/validate/record-split.ts.
   */
  boundary(): { readonly open: readonly OpenElement[]; readonly bytes: number } | undefined {
    if (this.input === undefined || !this.input.utf8Boundary || this.carry !== '' || !this.scanner.idle)
      return undefined;
    const open = this.engine.openElements();
    // openElements lists every open element unless one gathers text (it stops there, marked): so
    // no element marked means all of them are listed.
    if (open === undefined || open.some((o) => o.text)) return undefined;
    return { open, bytes: this.fedBytes };
  }

  /** Ends the input and returns the verdict. */
  end(): XmlValidationResult {
    if (!this.engine.stopped) {
      if (this.input) {
        const d = this.input.decode(new Uint8Array(0), true);
        if (d.refused !== undefined) this.refuse(d.refused);
        else this.feed(d.text, d.bytes);
        if (d.bad && !this.engine.stopped) this.badInput();
      }
      if (this.carry !== '') {
        this.scanner.write(this.carry);
        this.carry = '';
      }
      if (!this.engine.stopped) this.scanner.end();
    }
    return this.result();
  }

  result(): XmlValidationResult {
    const e = this.engine;
    const stopAt = this.scanner.stopAt;
    const bytes = stopAt >= 0 ? this.fedBytes - utf8Length(this.scanner.rest(stopAt)).bytes : this.fedBytes;
    const errors = this.wellFormedOnly ? e.errors.filter((x) => x.code !== 'WrongRoot') : e.errors;
    return {
      valid: errors.length === 0,
      errors,
      warnings: e.warnings,
      ...(e.root !== undefined ? { root: e.root } : {}),
      ...(this.doctype ? { doctype: this.doctype } : {}),
      ...(e.schemaLocation !== undefined ? { schemaLocation: e.schemaLocation } : {}),
      bytes,
      elements: e.elements,
    };
  }
}
