/**
 * A small, linear XML reader for the mock's dataset: the element tree of a record taken from a
 * spec example, and of a client's QPS ServiceRequest body. One left-to-right pass, no regex on
 * the input, bounded depth and element count (a request over the bounds is refused by the
 * caller). Comments, processing instructions and the DOCTYPE are skipped; CDATA sections are
 * text (XML 1.0 §2.7); the five predefined entities and character references are decoded
 * (XML 1.0 §4.6, §4.1). Attribute values are read as written between quotes (XML 1.0 §3.1).
 * Every element keeps its source span, so a record can be re-emitted byte for byte or have one
 * child replaced.
 */

export interface XmlNode {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: XmlNode[];
  /** Text content of this element alone (CDATA unwrapped, entities decoded). */
  text: string;
  /** `text.slice(start, end)` is the whole element, tags included. */
  readonly start: number;
  end: number;
}

export interface XmlLimits {
  readonly maxDepth: number;
  readonly maxElements: number;
}

export const DEFAULT_LIMITS: XmlLimits = { maxDepth: 64, maxElements: 200_000 };

export class XmlTreeError extends Error {}

/** The root element of `text` (throws XmlTreeError when not well-formed enough to read). */
export function parseXmlTree(text: string, limits: XmlLimits = DEFAULT_LIMITS): XmlNode {
  const stack: XmlNode[] = [];
  let root: XmlNode | undefined;
  let count = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const lt = text.indexOf('<', i);
    const top = stack[stack.length - 1];
    if (lt < 0) {
      if (top) throw new XmlTreeError(`unclosed element <${top.name}>`);
      break;
    }
    if (top && lt > i) top.text += decodeEntities(text.slice(i, lt));
    if (text.startsWith('<!--', lt)) {
      i = after(text, '-->', lt + 4);
    } else if (text.startsWith('<![CDATA[', lt)) {
      const end = text.indexOf(']]>', lt + 9);
      if (end < 0) throw new XmlTreeError('unclosed CDATA section');
      if (top) top.text += text.slice(lt + 9, end);
      i = end + 3;
    } else if (text.startsWith('<?', lt)) {
      i = after(text, '?>', lt + 2);
    } else if (text.startsWith('<!', lt)) {
      i = skipDeclaration(text, lt);
    } else if (text.startsWith('</', lt)) {
      const gt = text.indexOf('>', lt);
      if (gt < 0) throw new XmlTreeError('unclosed end tag');
      const name = text.slice(lt + 2, gt).trim();
      const open = stack.pop();
      if (!open || open.name !== name) throw new XmlTreeError(`unexpected </${name}>`);
      open.end = gt + 1;
      i = gt + 1;
    } else {
      const tag = readStartTag(text, lt);
      if (++count > limits.maxElements) throw new XmlTreeError(`more than ${limits.maxElements} elements`);
      if (stack.length >= limits.maxDepth) throw new XmlTreeError(`deeper than ${limits.maxDepth} elements`);
      const node: XmlNode = { name: tag.name, attrs: tag.attrs, children: [], text: '', start: lt, end: tag.end };
      if (top) top.children.push(node);
      else if (root) throw new XmlTreeError('more than one root element');
      else root = node;
      if (!tag.selfClosing) stack.push(node);
      i = tag.end;
    }
  }
  if (!root) throw new XmlTreeError('no root element');
  if (stack.length > 0) throw new XmlTreeError(`unclosed element <${stack[stack.length - 1]!.name}>`);
  return root;
}

function after(text: string, marker: string, from: number): number {
  const at = text.indexOf(marker, from);
  if (at < 0) throw new XmlTreeError(`missing '${marker}'`);
  return at + marker.length;
}

/** `<!DOCTYPE ...>` with an optional internal subset in brackets. */
function skipDeclaration(text: string, lt: number): number {
  let depth = 0;
  for (let i = lt + 2; i < text.length; i++) {
    const c = text[i];
    if (c === '[') depth++;
    else if (c === ']') depth--;
    else if (c === '>' && depth <= 0) return i + 1;
  }
  throw new XmlTreeError('unclosed declaration');
}

interface StartTag {
  readonly name: string;
  readonly attrs: Record<string, string>;
  readonly selfClosing: boolean;
  /** Index just past '>'. */
  readonly end: number;
}

function readStartTag(text: string, lt: number): StartTag {
  let i = lt + 1;
  while (i < text.length && !isSpace(text.charCodeAt(i)) && text[i] !== '>' && text[i] !== '/') i++;
  const name = text.slice(lt + 1, i);
  if (name.length === 0) throw new XmlTreeError('empty element name');
  const attrs: Record<string, string> = {};
  for (;;) {
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    if (i >= text.length) throw new XmlTreeError(`unclosed start tag <${name}`);
    if (text[i] === '>') return { name, attrs, selfClosing: false, end: i + 1 };
    if (text.startsWith('/>', i)) return { name, attrs, selfClosing: true, end: i + 2 };
    const eq = text.indexOf('=', i);
    if (eq < 0) throw new XmlTreeError(`bad attribute in <${name}>`);
    const key = text.slice(i, eq).trim();
    let q = eq + 1;
    while (q < text.length && isSpace(text.charCodeAt(q))) q++;
    const quote = text[q];
    if (quote !== '"' && quote !== "'") throw new XmlTreeError(`unquoted attribute ${key} in <${name}>`);
    const close = text.indexOf(quote, q + 1);
    if (close < 0) throw new XmlTreeError(`unclosed attribute ${key} in <${name}>`);
    attrs[key] = decodeEntities(text.slice(q + 1, close));
    i = close + 1;
  }
}

export function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

const NAMED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decodes the predefined entities and character references; anything else is kept as written. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  let out = '';
  let i = 0;
  for (;;) {
    const amp = s.indexOf('&', i);
    if (amp < 0) return out + s.slice(i);
    const semi = s.indexOf(';', amp);
    if (semi < 0 || semi - amp > 10) {
      out += s.slice(i, amp + 1);
      i = amp + 1;
      continue;
    }
    const ref = s.slice(amp + 1, semi);
    let ch: string | undefined = NAMED[ref];
    if (ch === undefined && ref.startsWith('#')) {
      const code = ref[1] === 'x' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
      if (Number.isInteger(code) && code > 0 && code <= 0x10ffff) ch = String.fromCodePoint(code);
    }
    out += s.slice(i, amp) + (ch ?? `&${ref};`);
    i = semi + 1;
  }
}

/** Direct children named `name`. */
export function childrenNamed(node: XmlNode, name: string): XmlNode[] {
  return node.children.filter((c) => c.name === name);
}

/** Text of the first direct child named `name`, trimmed. */
export function childText(node: XmlNode, name: string): string | undefined {
  return node.children.find((c) => c.name === name)?.text.trim();
}

/** Every descendant named `name` (depth first), the node itself excluded. */
export function descendantsNamed(node: XmlNode, name: string, out: XmlNode[] = []): XmlNode[] {
  for (const c of node.children) {
    if (c.name === name) out.push(c);
    descendantsNamed(c, name, out);
  }
  return out;
}

/** First element named `name` anywhere below `node` (breadth first), or the node itself. */
export function findFirst(node: XmlNode, name: string): XmlNode | undefined {
  const queue: XmlNode[] = [node];
  for (let k = 0; k < queue.length; k++) {
    const cur = queue[k]!;
    if (cur.name === name) return cur;
    queue.push(...cur.children);
  }
  return undefined;
}

export function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
