// Copied by qspec from runtime/xml/identity-values.ts. Do not edit here: `qspec generate` replaces it.
/**
 * The values identity constraints compare (XSD 1.0 Part 1 §3.11.4 clause 3: the key-sequence is
 * made of the typed values of the nodes the fields select, compared by value equality, Part 2
 * §3.2): a value key is the value's canonical text and a tag of its kind, so keys are equal
 * exactly when the values are. Values of different primitive types are never equal (boolean true
 * is not decimal 1, the anyURI `a` is not the string `a`); decimal lexical forms are canonicalised
 * (`+000` is `-0` is `0`), hexBinary digits are compared in one case; a QName or
 * NOTATION value is its expanded name, its prefix resolved in the instance where the value
 * appears (`p:abc` and `q:abc` are equal when both prefixes are bound to one namespace).
 *
 * `identityAttributes` gives the attribute nodes a field can select on an element, each with its
 * value key: declared attributes by their type (defaults included), attributes a wildcard with
 * processContents strict or lax admits by their global declaration. An attribute that no
 * declaration types (skipped by a wildcard, or lax without a declaration) has no simple type, so
 * a field selecting it has no value (clause 4: the node is not in the qualified node set; a key
 * then lacks a field).
 *
 * @see XSD 1.0 Part 1 §3.11.4 (Identity-constraint Satisfied), §3.10.4 (Item Valid (Wildcard));
 *      Part 2 §2.2.1 (value spaces: values of different primitives are never equal), §3.2.18
 *      (QName), §3.2.3 (decimal), §3.2.15 (hexBinary)
 */

import { calendarKey, durationKey } from './calendar-order.js';
import { isCalendarBuiltin } from './date-time-lexical.js';
import { putOwn } from './own-key.js';

/** Separates a value key's text from its kind tag. */
const TAG = '\u0001';

const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';

/** The instance's namespace binding of a prefix ('' the default namespace), or undefined. */
export type IdentityPrefixes = (prefix: string) => string | undefined;

/** A value key as text for messages. */
export function shownValue(key: string): string {
  return key.split(TAG)[0]!;
}

const DECIMALS: ReadonlySet<string> = new Set([
  'decimal',
  'integer',
  'nonPositiveInteger',
  'negativeInteger',
  'nonNegativeInteger',
  'positiveInteger',
  'long',
  'int',
  'short',
  'byte',
  'unsignedLong',
  'unsignedInt',
  'unsignedShort',
  'unsignedByte',
]);

/** The canonical form of a valid decimal lexical value (sign, leading and trailing zeros). */
function canonicalDecimal(v: string): string {
  let s = v.trim();
  let neg = false;
  if (s[0] === '+' || s[0] === '-') {
    neg = s[0] === '-';
    s = s.slice(1);
  }
  const dot = s.indexOf('.');
  let int = dot < 0 ? s : s.slice(0, dot);
  let frac = dot < 0 ? '' : s.slice(dot + 1);
  let i = 0;
  while (i < int.length - 1 && int[i] === '0') i++;
  int = int.slice(i) || '0';
  let j = frac.length;
  while (j > 0 && frac[j - 1] === '0') j--;
  frac = frac.slice(0, j);
  const body = frac === '' ? int : `${int}.${frac}`;
  return neg && body !== '0' ? `-${body}` : body;
}

/** Built-ins whose values are strings of xs:string's value space (Part 2 §3.3). */
const STRINGS: ReadonlySet<string> = new Set([
  'string',
  'normalizedString',
  'token',
  'language',
  'Name',
  'NCName',
  'ID',
  'IDREF',
  'ENTITY',
  'NMTOKEN',
  'anySimpleType',
]);

/**
 * The key of a value the checker keeps as text: string-derived values as they are; other
 * primitives (anyURI, the date/time types, durations, binary) tagged with their type, so a value
 * equals only values of its own primitive; hexBinary digits in one case; date/time values as
 * their instant (12:00:00Z = 13:00:00+01:00) and durations as months and seconds.
 */
function textKey(builtin: string | undefined, value: string): string {
  if (builtin === undefined || STRINGS.has(builtin)) return `${value}${TAG}s`;
  if (DECIMALS.has(builtin)) return `${canonicalDecimal(value)}${TAG}n`;
  if (builtin === 'duration') return `${durationKey(value) ?? value}${TAG}${builtin}`;
  if (isCalendarBuiltin(builtin)) return `${calendarKey(builtin, value) ?? value}${TAG}${builtin}`;
  if (builtin === 'hexBinary') return `${value.toUpperCase()}${TAG}${builtin}`;
  if (builtin === 'base64Binary') return `${value.replace(/[ \t\n\r]+/g, '')}${TAG}${builtin}`;
  return `${value}${TAG}${builtin}`;
}

/** A QName value as its expanded name `{uri}local`; unresolvable (unbound prefix): its text. */
function qnameKey(value: string, uriOf: IdentityPrefixes | undefined): string {
  const v = value.trim();
  const colon = v.indexOf(':');
  const prefix = colon < 0 ? '' : v.slice(0, colon);
  const uri = uriOf?.(prefix) ?? (prefix === '' ? '' : undefined);
  if (uri === undefined) return `${v}${TAG}s`;
  return `{${uri}}${v.slice(colon + 1)}${TAG}q`;
}

/** Separates the item keys of a list value's key. */
const ITEM = '\u0002';

/** A list value's key: its items' keys in order (lists are equal item by item, Part 2 §3.2.1). */
function listKey(
  itemBuiltin: string | undefined,
  items: readonly unknown[],
  uriOf: IdentityPrefixes | undefined,
): string {
  return `${items.map((v) => identityKey(itemBuiltin, v, String(v), uriOf)).join(ITEM)}${TAG}l`;
}

/**
 * A typed value as a comparable key: the value's text and a tag of its kind. `uriOf` resolves
 * the prefix of a QName or NOTATION value (the in-scope namespaces of the node it is on).
 */
export function identityKey(
  builtin: string | undefined,
  value: unknown,
  raw: string,
  uriOf?: IdentityPrefixes,
  itemBuiltin?: string,
): string {
  if (value === undefined || value === null) return `${raw.trim()}${TAG}s`;
  if (typeof value === 'string') {
    if (builtin === 'QName' || builtin === 'NOTATION') return qnameKey(value, uriOf);
    return textKey(builtin, value);
  }
  if (Array.isArray(value)) return listKey(itemBuiltin, value, uriOf);
  if (typeof value === 'object') return `${JSON.stringify(value)}${TAG}o`;
  if (typeof value === 'boolean') return `${String(value)}${TAG}b`;
  return `${String(value)}${TAG}${builtin === 'float' ? 'f' : builtin === 'double' ? 'd' : 'n'}`;
}

/** What elementIdentityKey needs of an element's compiled type (structural, as below). */
export interface IdentityElementType {
  /** Index of the type in the model's `types`; -1 for a built-in. */
  readonly index: number;
  /** `{namespace}local` name of a built-in type. */
  readonly name?: string | undefined;
  readonly text?: { check(text: string): unknown; coerce(text: string): unknown } | undefined;
}

/** The model's view of a type's text: a simple type's, or a complex type's simple content. */
export interface IdentityTypeModel {
  readonly k: string;
  readonly s?: { readonly b: string; readonly list?: { readonly b: string } | undefined } | undefined;
  readonly text?: { readonly b: string; readonly list?: { readonly b: string } | undefined } | undefined;
}

/**
 * An element's identity-constraint value key: its typed value (coerced here when it was not
 * built), by the built-in its text is checked against.
 */
export function elementIdentityKey(
  types: readonly IdentityTypeModel[] | undefined,
  t: IdentityElementType,
  value: unknown,
  text: string,
  uriOf: IdentityPrefixes,
): string {
  const m = t.index >= 0 ? types?.[t.index] : undefined;
  const s = m === undefined ? undefined : m.k === 'simple' ? m.s : m.text;
  const b = t.index >= 0 ? s?.b : t.name?.slice(t.name.indexOf('}') + 1);
  const typed = value ?? (t.text!.check(text) === undefined ? t.text!.coerce(text) : undefined);
  return identityKey(b, typed, text, uriOf, s?.list?.b);
}

/** What identityAttributes needs of a compiled attribute use (structural: no import of the model). */
export interface IdentityAttribute {
  readonly model: {
    readonly name: string;
    readonly type: { readonly b: string; readonly list?: { readonly b: string } };
    readonly default?: string;
    readonly fixed?: string;
  };
  readonly checker: { check(raw: string): string | undefined; coerce(raw: string): unknown };
}

/** What identityAttributes needs of an element's compiled type. */
export interface IdentityAttributeOwner {
  readonly attrs: ReadonlyMap<string, IdentityAttribute>;
  readonly attrList: readonly IdentityAttribute[];
  readonly anyAttr: boolean;
  readonly anyAttrProcess: string;
  /** Open content: undeclared attributes are drift, kept with their text. */
  readonly open: boolean;
}

/**
 * The attribute nodes of an element the fields see, expanded name -> value key: declared ones by
 * their type (defaults included), wildcard-admitted ones by their global declaration (`global`),
 * `xsi:` ones and drift on open content as text; attributes with no type are left out.
 */
export function identityAttributes(
  attrs: Readonly<Record<string, string>>,
  type: IdentityAttributeOwner,
  global: (name: string) => IdentityAttribute | undefined,
  uriOf: IdentityPrefixes | undefined,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name in attrs) {
    const raw = attrs[name]!;
    const a = type.attrs.get(name) ?? (type.anyAttr && type.anyAttrProcess !== 'skip' ? global(name) : undefined);
    if (a !== undefined) {
      putOwn(
        out,
        name,
        a.checker.check(raw) === undefined
          ? identityKey(a.model.type.b, a.checker.coerce(raw), raw, uriOf, a.model.type.list?.b)
          : raw,
      );
    } else if (type.open || name.startsWith(`{${XSI_NS}}`)) putOwn(out, name, raw);
  }
  for (const a of type.attrList) {
    const d = a.model.default ?? a.model.fixed;
    if (d !== undefined && !Object.hasOwn(out, a.model.name))
      putOwn(out, a.model.name, identityKey(a.model.type.b, a.checker.coerce(d), d, uriOf, a.model.type.list?.b));
  }
  return out;
}

/**
 * The global attribute declarations as identityAttributes looks them up: their models' built-in
 * (`b`) with the compiled checkers, built on first use.
 */
export function globalIdentityAttributes(
  models: Readonly<Record<string, { readonly b: string }>> | undefined,
  checkers: ReadonlyMap<string, IdentityAttribute['checker']>,
): (name: string) => IdentityAttribute | undefined {
  let table: Map<string, IdentityAttribute> | undefined;
  return (name) => {
    if (models === undefined) return undefined;
    if (table === undefined) {
      table = new Map();
      for (const [n, type] of Object.entries(models)) {
        const checker = checkers.get(n);
        if (checker !== undefined) table.set(n, { model: { name: n, type }, checker });
      }
    }
    return table.get(name);
  };
}
