// Copied by qspec from runtime/xml/xml-namespaces.ts. Do not edit here: `qspec generate` replaces it.
/**
 * Namespaces in XML for the validating engine: the expanded-name strings schema models use, and
 * the in-scope namespace bindings of an instance document (a stack fed by the `xmlns` and
 * `xmlns:p` attributes of the open elements).
 *
 * An expanded name {namespace}local is written as the local name alone when it has no namespace
 * (so a schema without a target namespace keeps its plain names) and as `{uri}local` (James
 * Clark's notation) when it has one. Instance names resolve through a cache per set of bindings
 * (typically all declarations sit on the root element), so resolving a name is one map look-up;
 * the caches of the last few binding sets are kept, also across documents (`reset`), so a batch
 * of responses that all declare `xmlns:xsi` resolves each name once, not once per document. A
 * document that declares no namespace never reaches this class.
 *
 * Names that are not QNames (`:x`, an empty prefix) resolve to themselves and so match no
 * declaration; two attributes of one tag with the same expanded name (`p:a` and `q:a` with p and q
 * bound to one URI) are a namespace well-formedness error, reported through `onClash`.
 *
 * @see Namespaces in XML 1.0 §3 (declaring namespaces), §4 (qualified names), §6 (applying
 *      namespaces to elements and attributes), §6.3 (attributes unique); XSD 1.0 Part 1 §3.15.2.2
 *      (xsi: attributes)
 */
import { putOwn } from './own-key.js';
import { ownString } from './own-string.js';

export const XML_NS = 'http://www.w3.org/XML/1998/namespace';
export const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';
export const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';

/** The expanded-name string of {uri}local: `local` without a namespace, `{uri}local` with one. */
export function expandedName(uri: string, local: string): string {
  return uri === '' ? local : `{${uri}}${local}`;
}

/** The local part of an expanded-name string. */
export function localOfExpanded(name: string): string {
  return name.charCodeAt(0) === 123 ? name.slice(name.indexOf('}') + 1) : name;
}

/** The namespace of an expanded-name string ('' for none). */
export function namespaceOfExpanded(name: string): string {
  return name.charCodeAt(0) === 123 ? name.slice(1, name.indexOf('}')) : '';
}

/** The expanded names of the xsi: attributes the engine acts on. */
export const XSI_NIL = expandedName(XSI_NS, 'nil');
export const XSI_TYPE = expandedName(XSI_NS, 'type');

/** Whether a start tag's attributes declare a namespace (`xmlns` or `xmlns:p`). */
export function declaresNamespace(attrs: Readonly<Record<string, string>>): boolean {
  for (const key in attrs) if (key.charCodeAt(0) === 120 && key.startsWith('xmlns')) return true;
  return false;
}

/** One namespace declaration made by an open element. */
interface Binding {
  readonly prefix: string;
  /** The URI bound before this declaration (undefined: unbound). */
  readonly previous: string | undefined;
  /** The element level (engine depth + skipped levels) that declared it. */
  readonly level: number;
}

/** Resolved names under one set of bindings. */
interface NameCaches {
  readonly elements: Map<string, string>;
  readonly attributes: Map<string, string>;
}

/** Binding sets whose caches are kept (more: all are dropped and the set in use starts afresh). */
export const MAX_BINDING_SETS = 16;
/** Names one cache holds (more: it is emptied), so hostile input cannot grow it without bound. */
export const MAX_CACHED_NAMES = 4096;

/** The in-scope namespace bindings of the instance being read. */
export class NamespaceScope {
  private readonly bound = new Map<string, string>();
  private readonly stack: Binding[] = [];
  /** The caches of recent binding sets, by `bindingKey`. */
  private readonly caches = new Map<string, NameCaches>();
  /** Resolved prefixed names and default-namespace element names under the current bindings. */
  private elementCache!: Map<string, string>;
  private attributeCache!: Map<string, string>;
  /** No default namespace in scope: an unprefixed element name is its own expanded name. */
  private unprefixedPlain!: boolean;

  /** `onClash` hears of two attributes of one start tag with one expanded name (at that tag). */
  constructor(private readonly onClash: (message: string, line: number, col: number) => void = () => {}) {
    this.useCaches();
  }

  /** Names held by the current binding set's caches (elements and attributes; bounded). */
  get cachedNames(): number {
    return this.elementCache.size + this.attributeCache.size;
  }

  /** Binding sets whose caches are kept (bounded by MAX_BINDING_SETS). */
  get bindingSets(): number {
    return this.caches.size;
  }

  /** No binding and no open declaration: the state of a new scope, for the next document. */
  reset(): void {
    if (this.stack.length === 0 && this.bound.size === 0) return;
    this.stack.length = 0;
    this.bound.clear();
    this.useCaches();
  }

  /** Points the caches at those of the current bindings (made, or found again). */
  private useCaches(): void {
    let key = '';
    // NUL cannot occur in a prefix or a namespace name (XML 1.0 §2.2), so the key is unambiguous.
    for (const [prefix, uri] of this.bound) key += `${prefix}\0${uri}\0`;
    let c = this.caches.get(key);
    if (c === undefined) {
      if (this.caches.size >= MAX_BINDING_SETS) this.caches.clear();
      c = { elements: new Map(), attributes: new Map() };
      this.caches.set(key, c);
    }
    this.elementCache = c.elements;
    this.attributeCache = c.attributes;
    this.unprefixedPlain = (this.bound.get('') ?? '') === '';
  }

  /** The level of the innermost element with declarations (-1: none open). */
  get top(): number {
    return this.stack.length > 0 ? this.stack[this.stack.length - 1]!.level : -1;
  }

  /** Applies the `xmlns` / `xmlns:p` attributes of the element at `level`; false if there were none. */
  declare(attrs: Readonly<Record<string, string>>, level: number): boolean {
    let any = false;
    for (const key in attrs) {
      if (key.charCodeAt(0) !== 120 || !key.startsWith('xmlns')) continue;
      let prefix: string;
      if (key.length === 5) prefix = '';
      else if (key.charCodeAt(5) === 58) prefix = key.slice(6);
      else continue;
      any = true;
      this.stack.push({ prefix, previous: this.bound.get(prefix), level });
      const uri = attrs[key]!;
      // xmlns:p="" undeclares nothing in XML 1.0 (an error); treat it as unbinding.
      if (uri === '' && prefix !== '') this.bound.delete(prefix);
      else this.bound.set(prefix, uri);
    }
    if (any) this.useCaches();
    return any;
  }

  /** Forgets the declarations made at `level` or deeper. */
  pop(level: number): void {
    const s = this.stack;
    if (s.length === 0 || s[s.length - 1]!.level < level) return;
    while (s.length > 0 && s[s.length - 1]!.level >= level) {
      const b = s.pop()!;
      if (b.previous === undefined) this.bound.delete(b.prefix);
      else this.bound.set(b.prefix, b.previous);
    }
    this.useCaches();
  }

  /** The URI bound to `prefix` ('' is the default namespace), or undefined. */
  uriOf(prefix: string): string | undefined {
    if (prefix === 'xml') return XML_NS;
    return this.bound.get(prefix);
  }

  /** The expanded name of an element QName (unprefixed names take the default namespace). */
  element(qname: string): string {
    if (this.unprefixedPlain && qname.indexOf(':') < 0) return qname;
    const cache = this.elementCache;
    let r = cache.get(qname);
    if (r === undefined) {
      const key = ownString(qname);
      r = ownString(this.resolve(key, true));
      if (cache.size >= MAX_CACHED_NAMES) cache.clear();
      cache.set(key, r);
    }
    return r;
  }

  /** The expanded name of an attribute QName (unprefixed names have no namespace). */
  attribute(qname: string): string {
    const cache = this.attributeCache;
    let r = cache.get(qname);
    if (r === undefined) {
      const key = ownString(qname);
      r = ownString(this.resolve(key, false));
      if (cache.size >= MAX_CACHED_NAMES) cache.clear();
      cache.set(key, r);
    }
    return r;
  }

  /**
   * A start tag's attributes keyed by expanded name, without the namespace declarations (they
   * are not attributes to validate); the same object when nothing needs renaming.
   */
  attributes(attrs: Readonly<Record<string, string>>, line = 0, col = 0): Readonly<Record<string, string>> {
    let out: Record<string, string> | undefined;
    for (const key in attrs) {
      if (key.indexOf(':') < 0 && key !== 'xmlns') continue;
      if (out === undefined) {
        out = {};
        for (const k in attrs) {
          if (k.indexOf(':') < 0 && k !== 'xmlns') putOwn(out, k, attrs[k]!);
        }
      }
      if (key === 'xmlns' || key.startsWith('xmlns:')) continue;
      const name = this.attribute(key);
      if (Object.hasOwn(out, name)) this.clash(attrs, key, name, line, col);
      out[name] = attrs[key]!;
    }
    return out ?? attrs;
  }

  private clash(attrs: Readonly<Record<string, string>>, key: string, name: string, line: number, col: number): void {
    const first = Object.keys(attrs).find((k) => k !== key && k.includes(':') && this.attribute(k) === name);
    const message = `malformed XML: attributes ${first} and ${key} are both ${name} (attributes must be unique)`;
    this.onClash(message, line, col);
  }

  /**
   * A resolved QName; an unbound prefix leaves the QName as written: it then matches no
   * declaration (declared names never hold a colon), so the element or attribute is rejected.
   */
  private resolve(qname: string, isElement: boolean): string {
    const colon = qname.indexOf(':');
    if (colon < 0) return isElement ? expandedName(this.bound.get('') ?? '', qname) : qname;
    if (colon === 0) return qname;
    const uri = this.uriOf(qname.slice(0, colon));
    if (uri === undefined) return qname;
    return expandedName(uri, qname.slice(colon + 1));
  }
}
