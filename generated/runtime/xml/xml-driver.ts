// Copied by qspec from templates/runtime/xml/xml-driver.ts. Do not edit here: edit the template and run `npm run generate`.
/**
 * Feeds input chunks (strings or UTF-8 bytes) through the saxes tokenizer into an `XmlEngine`,
 * the one code path behind the string and stream entry points (so both give the same verdict).
 *
 * Safety: saxes never fetches a DOCTYPE's DTD and never expands internal-subset entities; a
 * DOCTYPE whose internal subset declares an entity is rejected at once (`XmlEntityDeclared`);
 * references to undefined entities are `XmlSyntax`. Bytes are decoded as strict UTF-8 (bad bytes
 * are `XmlSyntax`, never a throw). `maxBytes` is enforced exactly: the input is fed up to the
 * limit, then `XmlLimit` stops parsing, however the input was chunked. The first syntax error
 * stops parsing (saxes is aborted by throwing a private sentinel out of its event handler).
 *
 * Locations: saxes reports the position after a token; the driver remembers where the next token
 * starts (right after the previous markup, or at the `<` that ended a text run) so every start tag
 * is located at its `<`, 1-based.
 *
 * @see XML 1.0 §2.8 (DOCTYPE), §4.1 (entity references), §4.3.3 (UTF-8); OWASP XXE prevention
 */
import { SaxesParser } from 'saxes';
import type { XmlSchemaModel } from '../schema-model.js';
import { parseXmlDoctype } from './xml-doctype.js';
import { type XmlBuildMode, XmlEngine } from './xml-engine.js';
import {
  resolveXmlOptions,
  type XmlDoctype,
  type XmlValidateOptions,
  type XmlValidationResult,
} from './xml-validate-options.js';

const STOP = Symbol('stop');

/**
 * saxes keeps one handler property per event and `on()` adds it with a computed key, which past
 * a handful of handlers turns the parser object into a slow dictionary-mode object in V8 (a 6x
 * slowdown measured with the nine handlers used here). Assigning the same properties by name
 * keeps the parser's property access fast. The names are those of saxes 6's EVENT_NAME_TO_HANDLER_NAME;
 * every test of this engine fails if they change.
 */
interface SaxesHandlerSlots {
  errorHandler: (err: Error) => void;
  openTagHandler: (tag: { name: string; attributes: Record<string, string>; isSelfClosing: boolean }) => void;
  closeTagHandler: (tag: { isSelfClosing: boolean }) => void;
  textHandler: (text: string) => void;
  cdataHandler: (text: string) => void;
  doctypeHandler: (text: string) => void;
  xmldeclHandler: () => void;
  commentHandler: () => void;
  piHandler: () => void;
}

/**
 * UTF-8 length of `s`, up to `limit` bytes. A surrogate pair is 4 bytes, counted on its high half
 * (so a pair split across two string chunks still counts 4).
 */
export function utf8Length(s: string, limit = Number.POSITIVE_INFINITY): { bytes: number; chars: number } {
  let bytes = 0;
  let i = 0;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const n = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0xd800 || c > 0xdfff ? 3 : c < 0xdc00 ? 4 : 0;
    if (bytes + n > limit) break;
    bytes += n;
  }
  return { bytes, chars: i };
}

export class XmlDriver {
  readonly engine: XmlEngine;
  private readonly parser = new SaxesParser<{ readonly xmlns: false; readonly position: true }>({
    xmlns: false,
    position: true,
  });
  private readonly maxBytes: number;
  private decoder: InstanceType<typeof TextDecoder> | undefined;
  /** Raw input bytes taken (for maxBytes, BOM included). */
  private bytes = 0;
  /** UTF-8 bytes and UTF-16 units of the text given to the parser (the reported `bytes`). */
  private fedBytes = 0;
  private fedChars = 0;
  private doctype: XmlDoctype | undefined;
  private nextLine = 1;
  private nextCol = 1;
  private first = true;
  /** Stream offset (UTF-16 units) of the next token, and the fed text from `runStart` on (covers it). */
  private nextPos = 0;
  private consumedSet = false;
  private run = '';
  private runStart = 0;
  /** Issue counts before the last end tag's checks (see the error handler). */
  private closeErrors = -1;
  private closeWarnings = 0;

  constructor(
    model: XmlSchemaModel,
    options?: XmlValidateOptions,
    build?: XmlBuildMode,
    onRecord?: (v: unknown) => void,
  ) {
    const resolved = resolveXmlOptions(options);
    this.maxBytes = resolved.maxBytes;
    this.engine = new XmlEngine(model, resolved, build, onRecord);
    this.wire();
  }

  get stopped(): boolean {
    return this.engine.stopped;
  }

  private after(): void {
    this.nextPos = this.parser.position;
    this.nextLine = this.parser.line;
    this.nextCol = this.parser.columnIndex + 1;
  }

  private wire(): void {
    const p = this.parser;
    const slots = p as unknown as SaxesHandlerSlots;
    const e = this.engine;
    const check = () => {
      if (e.stopped) throw STOP;
    };
    slots.errorHandler = (err) => {
      const message = err.message.replace(/^[^:]*:\d+:\d+: /, '').replace(/^\d+:\d+: /, '');
      // saxes pops the open element before it notices a mismatched end tag: forget what that pop reported.
      if (this.closeErrors >= 0 && message.startsWith('unexpected close tag'))
        e.truncate(this.closeErrors, this.closeWarnings);
      // Text outside the root is noticed when the text run ends, which depends on chunking: locate it at its start.
      const atText = message.startsWith('text data outside of root');
      if (atText) this.consumedUpTo(this.nextPos);
      e.fatal(
        'XmlSyntax',
        `malformed XML: ${message}`,
        atText ? this.nextLine : p.line,
        atText ? this.nextCol : Math.max(1, p.column),
      );
      throw STOP;
    };
    slots.openTagHandler = (tag) => {
      this.closeErrors = -1;
      const line = this.nextLine;
      const col = this.nextCol;
      e.startElement(tag.name, tag.attributes, line, col);
      check();
      this.after();
      if (tag.isSelfClosing) {
        e.endElement(line, col);
        check();
      }
    };
    slots.closeTagHandler = (tag) => {
      if (tag.isSelfClosing) return;
      this.closeErrors = e.errors.length;
      this.closeWarnings = e.warnings.length;
      e.endElement(this.nextLine, this.nextCol);
      check();
      this.after();
    };
    slots.textHandler = (text) => {
      this.closeErrors = -1;
      e.text(text, this.nextLine, this.nextCol);
      check();
      this.nextLine = p.line;
      this.nextCol = p.columnIndex;
      this.nextPos = p.position - 1;
    };
    slots.cdataHandler = (text) => {
      this.closeErrors = -1;
      e.text(text, this.nextLine, this.nextCol);
      check();
      this.after();
    };
    slots.doctypeHandler = (text) => {
      const parsed = parseXmlDoctype(text);
      this.doctype = parsed.doctype;
      if (parsed.declaresEntities) {
        e.fatal(
          'XmlEntityDeclared',
          'the DOCTYPE declares entities; entity declarations are refused (XXE / entity expansion)',
          this.nextLine,
          this.nextCol,
        );
        throw STOP;
      }
      this.after();
    };
    const skip = () => {
      this.closeErrors = -1;
      this.after();
    };
    slots.xmldeclHandler = skip;
    slots.piHandler = skip;
    // saxes reports a comment before consuming its final '>'.
    slots.commentHandler = () => {
      this.closeErrors = -1;
      this.nextLine = p.line;
      this.nextCol = p.columnIndex + 2;
      this.nextPos = p.position + 1;
    };
  }

  private feed(text: string, bytes: number): void {
    if (text === '') return;
    this.fedChars += text.length;
    this.fedBytes += bytes;
    this.run += text;
    try {
      this.parser.write(text);
    } catch (err) {
      if (err !== STOP) throw err;
      // Count only what the parser consumed before the verdict, so every chunking reports the same.
      if (!this.consumedSet) this.consumedUpTo(this.parser.position);
    }
    // Keep only the text from the next token on (what a retraction to `nextPos` may need).
    const drop = Math.min(this.nextPos - this.runStart, this.run.length);
    if (drop > 0) {
      this.run = this.run.slice(drop);
      this.runStart += drop;
    }
  }

  /** Sets the reported byte count to the UTF-8 length of the stream up to `pos`. */
  private consumedUpTo(pos: number): void {
    this.consumedSet = true;
    const unread = this.fedChars - pos;
    if (unread > 0 && unread <= this.run.length)
      this.fedBytes -= utf8Length(this.run.slice(this.run.length - unread)).bytes;
  }

  private decodeError(): void {
    this.engine.fatal(
      'XmlSyntax',
      'malformed XML: the input is not valid UTF-8',
      this.parser.line,
      this.parser.column + 1,
    );
  }

  /** Feeds one chunk; never throws on bad input. */
  write(chunk: string | Uint8Array): void {
    if (this.engine.stopped) return;
    const remaining = this.maxBytes - this.bytes;
    let text: string;
    let textBytes: number;
    let over = false;
    if (typeof chunk === 'string') {
      const { bytes, chars } = utf8Length(chunk, remaining);
      over = chars < chunk.length;
      this.bytes += bytes;
      text = over ? chunk.slice(0, chars) : chunk;
      textBytes = bytes;
    } else {
      over = chunk.length > remaining;
      const part = over ? chunk.subarray(0, remaining) : chunk;
      this.bytes += part.length;
      this.decoder ??= new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
      try {
        text = this.decoder.decode(part, { stream: true });
      } catch {
        this.decodeError();
        return;
      }
      textBytes = utf8Length(text).bytes;
    }
    if (this.first && text !== '') {
      this.first = false;
      if (text.charCodeAt(0) === 0xfeff) {
        text = text.slice(1);
        textBytes -= 3;
      }
    }
    this.feed(text, textBytes);
    if (over && !this.engine.stopped) {
      this.engine.fatal(
        'XmlLimit',
        `input larger than maxBytes ${this.maxBytes}`,
        this.parser.line,
        this.parser.column + 1,
      );
    }
  }

  /** Ends the input and returns the verdict. */
  end(): XmlValidationResult {
    if (!this.engine.stopped) {
      let rest = '';
      try {
        rest = this.decoder?.decode() ?? '';
      } catch {
        this.decodeError();
      }
      this.feed(rest, utf8Length(rest).bytes);
      if (!this.engine.stopped) {
        try {
          this.parser.close();
        } catch (err) {
          if (err !== STOP) throw err;
        }
      }
    }
    return this.result();
  }

  result(): XmlValidationResult {
    const e = this.engine;
    return {
      valid: e.errors.length === 0,
      errors: e.errors,
      warnings: e.warnings,
      ...(e.root !== undefined ? { root: e.root } : {}),
      ...(this.doctype ? { doctype: this.doctype } : {}),
      ...(e.schemaLocation !== undefined ? { schemaLocation: e.schemaLocation } : {}),
      bytes: this.fedBytes,
      elements: e.elements,
    };
  }
}
