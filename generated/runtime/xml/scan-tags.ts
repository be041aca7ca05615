// Copied by qspec from runtime/xml/scan-tags.ts. Do not edit here: `qspec generate` replaces it.
/**
 * The XML tokenizer's tags: a start tag with its attributes (names, quoting, references decoded
 * and values normalized, uniqueness), the one-root rule, and the end tag, which must match the
 * open element. Each tag reaches the engine located at its '<'. When values are built, names come
 * from the name table (name-table.ts): a name read before is the same string, not a new one per
 * tag.
 *
 * @see XML 1.0 §3.1 (start-tags, end-tags, empty-element tags; WFC: Unique Att Spec, Element Type
 *      Match, No < in Attribute Values), §3.3.3 (attribute-value normalization), §2.1 (one root)
 */

import { NO_ATTRIBUTES } from './engine-frame.js';
import { nameAt } from './name-table.js';
import { putOwn } from './own-key.js';
import { MORE, ScannerState, STOP } from './scanner-state.js';
import { isSpace } from './xml-chars.js';
import { nameEnd } from './xml-names.js';
import { literalText } from './xml-references.js';

/** Start and end tags, on top of the shared scanner state. */
export class TagScanner extends ScannerState {
  protected startTag(i: number, cap: number): number {
    const s = this.buf;
    const end = nameEnd(s, i + 1, cap);
    if (end >= cap) return MORE;
    if (end === i + 1) return this.fatalAt('invalid element name', i + 1);
    const name = this.internNames ? nameAt(s, i + 1, end) : s.slice(i + 1, end);
    let attrs: Record<string, string> | undefined;
    let j = end;
    let spaced = false;
    let selfClosing = false;
    for (;;) {
      if (j >= cap) return MORE;
      const c = s.charCodeAt(j);
      if (c === 62) {
        j++;
        break;
      }
      if (c === 47) {
        if (j + 1 >= cap) return MORE;
        if (s.charCodeAt(j + 1) !== 62) return this.fatalAt("expected '>' after '/' in a tag", j + 1);
        selfClosing = true;
        j += 2;
        break;
      }
      if (isSpace(c)) {
        spaced = true;
        j++;
        continue;
      }
      if (!spaced) return this.fatalAt('expected whitespace before an attribute', j);
      const an = nameEnd(s, j, cap);
      if (an >= cap) return MORE;
      if (an === j) return this.fatalAt('invalid attribute name', j);
      const key = this.internNames ? nameAt(s, j, an) : s.slice(j, an);
      let k = an;
      while (k < cap && isSpace(s.charCodeAt(k))) k++;
      if (k >= cap) return MORE;
      if (s.charCodeAt(k) !== 61) return this.fatalAt(`attribute '${key}' without a value`, k);
      k++;
      while (k < cap && isSpace(s.charCodeAt(k))) k++;
      if (k >= cap) return MORE;
      const q = s.charCodeAt(k);
      if (q !== 34 && q !== 39) return this.fatalAt(`attribute '${key}' value must be quoted`, k);
      const close = s.indexOf(q === 34 ? '"' : "'", k + 1);
      if (close < 0 || close >= cap) return MORE;
      const lt = s.indexOf('<', k + 1);
      if (lt >= 0 && lt < close) return this.fatalAt("'<' is not allowed in an attribute value", lt);
      const amp = s.indexOf('&', k + 1);
      let value: string | null;
      if (amp >= 0 && amp < close) {
        value = this.decode(k + 1, close, true);
        if (value === null) return STOP;
      } else value = literalText(s.slice(k + 1, close), true, this.lines.hasCR);
      attrs ??= {};
      if (Object.hasOwn(attrs, key)) return this.fatalAt(`duplicate attribute '${key}'`, close);
      putOwn(attrs, key, value);
      j = close + 1;
      spaced = false;
    }
    const abs = this.base + i;
    if (this.depth === 0) {
      if (this.rootDone) return this.fatalAt('more than one root element', j - 1);
      this.rootSeen = true;
    }
    this.countLines(abs);
    const line = this.lines.line;
    const col = abs - this.lines.lineStart + 1;
    const e = this.engine;
    e.startElement(name, attrs ?? NO_ATTRIBUTES, line, col);
    if (!e.stopped) {
      if (selfClosing) {
        e.endElement(line, col);
        if (this.depth === 0) this.rootDone = true;
      } else {
        if (this.stack.length === this.depth) this.stack.push(name);
        else this.stack[this.depth] = name;
        this.depth++;
      }
    }
    if (e.stopped) {
      this.stopAt = this.base + j;
      return STOP;
    }
    return j;
  }

  protected endTag(i: number, cap: number): number {
    const s = this.buf;
    const open = this.depth > 0 ? this.stack[this.depth - 1]! : '';
    let gt = i + 2 + open.length;
    // The usual case, `</name>` right away, needs no search for '>'.
    if (gt >= cap || s.charCodeAt(gt) !== 62 || this.depth === 0 || !s.startsWith(open, i + 2)) {
      gt = s.indexOf('>', i + 2);
      if (gt < 0 || gt >= cap) return MORE;
      if (this.depth === 0) return this.fatalAt('unexpected close tag (no element is open)', gt);
      let k = i + 2 + open.length;
      if (!s.startsWith(open, i + 2) || k > gt) return this.fatalAt(`unexpected close tag; expected </${open}>`, gt);
      while (k < gt && isSpace(s.charCodeAt(k))) k++;
      if (k !== gt) return this.fatalAt(`unexpected close tag; expected </${open}>`, gt);
    }
    const abs = this.base + i;
    this.countLines(abs);
    this.depth--;
    if (this.depth === 0) this.rootDone = true;
    this.engine.endElement(this.lines.line, abs - this.lines.lineStart + 1);
    if (this.engine.stopped) {
      this.stopAt = this.base + gt + 1;
      return STOP;
    }
    return gt + 1;
  }
}
