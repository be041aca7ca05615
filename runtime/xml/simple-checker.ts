/**
 * A compiled simple type (`SimpleModel`): whitespace normalisation, lexical check of the built-in,
 * enumeration, facets (XSD patterns compiled once to linear-time matchers, lengths, bounds
 * compared exactly as decimals, totalDigits/fractionDigits), xs:list and xs:union; and coercion to
 * the typed-record value. Compiled once per `SimpleModel` object (WeakMap cache).
 *
 * Coercion: boolean -> true/false; int/short/byte/unsigned{Int,Short,Byte}/float/double -> number
 * (INF -> Infinity, NaN -> NaN); long/integer/decimal/unsignedLong/(non)(positive|negative)Integer ->
 * string (exact); everything else, dates included, -> string (whitespace-normalised for non-string
 * types); a list -> an array of its items' values; a union -> the first member that accepts it.
 *
 * Two values are equal (a fixed value) when they are the same value of the same type: a union's
 * by the first member that accepts each, so `abcd ` as a normalizedString is not `abcd`. A QName
 * (or NOTATION) value's prefix must be bound in the instance (`check` with `uriOf`), which only
 * the instance knows; `qname` says whether the type can hold one. `idKind` marks the types whose
 * values join the document's ID/IDREF table.
 *
 * @see XSD 1.1 Part 2 §4.1.4 (validation rules), §4.3 (constraining facets), §2.4.1 (list, union);
 *      XSD 1.0 Part 2 §3.2.18 (QName: the prefix resolves through the in-scope namespaces),
 *      §3.3.8-3.3.10 (ID, IDREF, IDREFS); Part 1 §3.3.4 (cvc-elt 5.2.2.2.2, fixed values)
 */
import type { FacetsModel, SimpleModel } from '../schema-model.js';
import { applyWhiteSpace, builtinWhiteSpace, lexicalCheckerFor } from './builtin-lexical.js';
import { decimalDigits } from './decimal-compare.js';
import { compareIn, equalIn, lengthOf, numberOf } from './value-order.js';
import { compileXsdPattern, type XsdPattern } from './xsd-regex/xsd-regex.js';

const AS_NUMBER = new Set(['int', 'short', 'byte', 'unsignedInt', 'unsignedShort', 'unsignedByte', 'float', 'double']);

/** The namespace a prefix is bound to in the instance ('' the default namespace), or undefined. */
export type PrefixResolver = (prefix: string) => string | undefined;

/** How a type's values take part in the document's ID/IDREF table: 0 not, 1 ID, 2 IDREF, 3 a list of IDREFs. */
export type IdKind = 0 | 1 | 2 | 3;

export interface SimpleChecker {
  /** Every string is valid (a string-like built-in without enumeration or facets): the text need not be read to validate it. */
  readonly acceptsAll: boolean;
  /** The type (or a member or item type) is QName or NOTATION: its values need `uriOf` to be checked. */
  readonly qname: boolean;
  readonly idKind: IdKind;
  /** An error message, or undefined when `raw` is valid; with `uriOf`, QName prefixes must be bound. */
  check(raw: string, uriOf?: PrefixResolver): string | undefined;
  /** The typed-record value of a valid `raw`. */
  coerce(raw: string): unknown;
  /** The whitespace-normalised lexical form. */
  normalize(raw: string): string;
  /** Whether two valid lexical forms stand for the same value (fixed-value comparison). */
  equal(a: string, b: string): boolean;
}

const cache = new WeakMap<SimpleModel, SimpleChecker>();

export function compileSimple(s: SimpleModel): SimpleChecker {
  let c = cache.get(s);
  if (!c) {
    c = s.union ? unionChecker(s) : s.list ? listChecker(s, s.list) : atomicChecker(s);
    cache.set(s, c);
  }
  return c;
}

function checkFacets(
  b: string,
  f: FacetsModel,
  v: string,
  patterns: readonly XsdPattern[],
  length: number | undefined,
): string | undefined {
  if (length !== undefined) {
    if (f.length !== undefined && length !== f.length) return `length ${length} is not ${f.length}`;
    if (f.minLength !== undefined && length < f.minLength) return `length ${length} is below minLength ${f.minLength}`;
    if (f.maxLength !== undefined && length > f.maxLength) return `length ${length} exceeds maxLength ${f.maxLength}`;
  }
  for (const p of patterns) if (!p.test(v)) return `does not match pattern ${p.source}`;
  const bound = (limit: string | undefined, ok: (c: number) => boolean, what: string) =>
    limit !== undefined && !ok(compareIn(b, v, limit)) ? `must be ${what} ${limit}` : undefined;
  const boundError =
    bound(f.minInclusive, (c) => c >= 0, '>=') ??
    bound(f.maxInclusive, (c) => c <= 0, '<=') ??
    bound(f.minExclusive, (c) => c > 0, '>') ??
    bound(f.maxExclusive, (c) => c < 0, '<');
  if (boundError) return boundError;
  if (f.totalDigits !== undefined || f.fractionDigits !== undefined) {
    const d = decimalDigits(v);
    if (d && f.totalDigits !== undefined && d.total > f.totalDigits)
      return `has ${d.total} digits, more than totalDigits ${f.totalDigits}`;
    if (d && f.fractionDigits !== undefined && d.fraction > f.fractionDigits)
      return `has ${d.fraction} fraction digits, more than fractionDigits ${f.fractionDigits}`;
  }
  return undefined;
}

/** The model's XSD patterns as linear-time matchers (a pattern that does not compile throws: never skipped). */
function compilePatterns(f: FacetsModel | undefined): XsdPattern[] {
  return (f?.patterns ?? []).map(compileXsdPattern);
}

function enumMatcher(b: string, values: readonly string[] | undefined): ((v: string) => boolean) | undefined {
  if (!values) return undefined;
  const exact = new Set(values.map((x) => applyWhiteSpace(x, builtinWhiteSpace(b))));
  return (v) => exact.has(v) || values.some((x) => equalIn(b, v, applyWhiteSpace(x, builtinWhiteSpace(b))));
}

/**
 * Whether the normalized value `v` is one of a list's or union's enumeration values: the same text
 * (the common case, no parsing), else an equal value (XSD 1.0 Part 2 §4.3.5: an enumeration
 * constrains the value space).
 */
function inEnum(
  values: readonly string[],
  normalize: (raw: string) => string,
  v: string,
  equal: (x: string) => boolean,
): boolean {
  return values.some((x) => normalize(x) === v) || values.some(equal);
}

function atomicChecker(s: SimpleModel): SimpleChecker {
  const b = s.b;
  const ws = s.facets?.whiteSpace ?? builtinWhiteSpace(b);
  const patterns = compilePatterns(s.facets);
  const facets = s.facets;
  const inEnum = enumMatcher(b, s.enum);
  const kind = b === 'boolean' ? 1 : AS_NUMBER.has(b) ? 2 : 0;
  const normalize = ws === 'preserve' ? (raw: string) => raw : (raw: string) => applyWhiteSpace(raw, ws);
  const lexicalCheck = lexicalCheckerFor(b);
  // Built-ins whose lexical space has no whitespace (so a raw value that passes needs no
  // normalizing); base64Binary's check strips whitespace itself, so it is not one of them.
  const rawFirst = lexicalCheck !== undefined && ws === 'collapse' && b !== 'base64Binary';
  const qname = b === 'QName' || b === 'NOTATION';
  return {
    acceptsAll: lexicalCheck === undefined && inEnum === undefined && facets === undefined,
    qname,
    idKind: b === 'ID' ? 1 : b === 'IDREF' ? 2 : b === 'IDREFS' ? 3 : 0,
    normalize,
    equal(x, y) {
      const a = normalize(x);
      const c = normalize(y);
      return a === c || equalIn(b, a, c);
    },
    check(raw, uriOf) {
      let v = raw;
      if (rawFirst) {
        // A value its lexical check accepts as it stands holds no whitespace: it is its own
        // normalized form, so the whitespace pass is only needed for values that fail.
        if (lexicalCheck!(raw) !== undefined) {
          v = normalize(raw);
          const lexical = lexicalCheck!(v);
          if (lexical) return lexical;
        }
      } else {
        v = normalize(raw);
        const lexical = lexicalCheck?.(v);
        if (lexical) return lexical;
      }
      if (qname && uriOf !== undefined) {
        const colon = v.indexOf(':');
        if (colon > 0 && uriOf(v.slice(0, colon)) === undefined)
          return `prefix '${v.slice(0, colon)}' is not bound to a namespace`;
      }
      if (inEnum && !inEnum(v)) return `not one of the allowed values (${s.enum!.join(', ')})`;
      return facets ? checkFacets(b, facets, v, patterns, lengthOf(b, v)) : undefined;
    },
    coerce(raw) {
      const v = normalize(raw);
      return kind === 1 ? v === 'true' || v === '1' : kind === 2 ? numberOf(v) : v;
    },
  };
}

function listChecker(s: SimpleModel, item: SimpleModel): SimpleChecker {
  const itemChecker = compileSimple(item);
  const patterns = compilePatterns(s.facets);
  const facets = s.facets;
  const normalize = (raw: string) => applyWhiteSpace(raw, 'collapse');
  const items = (v: string) => (v === '' ? [] : v.split(' '));
  /** Lists are equal item by item, each by its item type's equality (`01 2` equals `1 2` as xs:int). */
  const equal = (x: string, y: string) => {
    const a = items(normalize(x));
    const c = items(normalize(y));
    return a.length === c.length && a.every((it, i) => itemChecker.equal(it, c[i]!));
  };
  return {
    acceptsAll: false,
    qname: itemChecker.qname,
    idKind: itemChecker.idKind === 2 ? 3 : 0,
    normalize,
    equal,
    check(raw, uriOf) {
      const v = normalize(raw);
      for (const it of items(v)) {
        const e = itemChecker.check(it, uriOf);
        if (e) return `list item '${it}' ${e}`;
      }
      if (s.enum && !inEnum(s.enum, normalize, v, (x) => equal(x, v)))
        return `not one of the allowed values (${s.enum.join(', ')})`;
      return facets ? checkFacets('string', facets, v, patterns, items(v).length) : undefined;
    },
    coerce(raw) {
      return items(normalize(raw)).map((it) => itemChecker.coerce(it));
    },
  };
}

function unionChecker(s: SimpleModel): SimpleChecker {
  const members = (s.union ?? []).map(compileSimple);
  const patterns = compilePatterns(s.facets);
  const facets = s.facets;
  const normalize = (raw: string) => applyWhiteSpace(raw, 'collapse');
  const memberOf = (raw: string) => members.findIndex((m) => m.check(raw) === undefined);
  /** Equal when the same member type takes both and finds them equal (XSD 1.1 Part 2 §2.2.3). */
  const equal = (x: string, y: string) => {
    const i = memberOf(x);
    if (i < 0 || i !== memberOf(y)) return i < 0 && memberOf(y) < 0 && normalize(x) === normalize(y);
    return members[i]!.equal(x, y);
  };
  return {
    acceptsAll: false,
    qname: members.some((m) => m.qname),
    idKind: 0,
    normalize,
    equal,
    check(raw, uriOf) {
      if (members.length && !members.some((m) => m.check(raw, uriOf) === undefined))
        return 'not valid for any member type of the union';
      const v = normalize(raw);
      if (s.enum && !inEnum(s.enum, normalize, v, (x) => equal(x, v)))
        return `not one of the allowed values (${s.enum.join(', ')})`;
      return facets ? checkFacets('string', facets, v, patterns, lengthOf('string', v)) : undefined;
    },
    coerce(raw) {
      const m = members.find((x) => x.check(raw) === undefined);
      return m ? m.coerce(raw) : normalize(raw);
    },
  };
}
