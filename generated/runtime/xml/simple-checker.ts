// Copied by qspec from runtime/xml/simple-checker.ts. Do not edit here: `qspec generate` replaces it.
/**
 * A compiled simple type (`SimpleModel`): whitespace normalisation, lexical check of the built-in,
 * enumeration, facets (XSD patterns compiled once to linear-time matchers, lengths, bounds
 * compared exactly as decimals, totalDigits/fractionDigits), xs:list and xs:union; and coercion to
 * the typed-record value. Compiled once per `SimpleModel` object (WeakMap cache).
 *
 * Coercion: boolean → true/false; int/short/byte/unsigned{Int,Short,Byte}/float/double → number
 * (INF → Infinity, NaN → NaN); long/integer/decimal/unsignedLong/(non)(positive|negative)Integer →
 * string (exact); everything else, dates included, → string (whitespace-normalised for non-string
 * types); a list → an array of its items' values; a union → the first member that accepts it.
 *
 * @see XSD 1.1 Part 2 §4.1.4 (validation rules), §4.3 (constraining facets), §2.4.1 (list, union)
 */
import type { FacetsModel, SimpleModel } from '../schema-model.js';
import { applyWhiteSpace, builtinWhiteSpace, lexicalCheckerFor } from './builtin-lexical.js';
import { decimalDigits } from './decimal-compare.js';
import { compareIn, equalIn, lengthOf, numberOf } from './value-order.js';
import { compileXsdPattern, type XsdPattern } from './xsd-regex/xsd-regex.js';

const AS_NUMBER = new Set(['int', 'short', 'byte', 'unsignedInt', 'unsignedShort', 'unsignedByte', 'float', 'double']);

export interface SimpleChecker {
  /** Every string is valid (a string-like built-in without enumeration or facets): the text need not be read to validate it. */
  readonly acceptsAll: boolean;
  /** An error message, or undefined when `raw` is valid. */
  check(raw: string): string | undefined;
  /** The typed-record value of a valid `raw`. */
  coerce(raw: string): unknown;
  /** The whitespace-normalised lexical form (for fixed-value comparison). */
  normalize(raw: string): string;
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
  return {
    acceptsAll: lexicalCheck === undefined && inEnum === undefined && facets === undefined,
    normalize,
    check(raw) {
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
  return {
    acceptsAll: false,
    normalize,
    check(raw) {
      const v = normalize(raw);
      for (const it of items(v)) {
        const e = itemChecker.check(it);
        if (e) return `list item '${it}' ${e}`;
      }
      if (s.enum && !s.enum.some((x) => normalize(x) === v))
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
  return {
    acceptsAll: false,
    normalize,
    check(raw) {
      if (members.length && !members.some((m) => m.check(raw) === undefined))
        return 'not valid for any member type of the union';
      const v = normalize(raw);
      if (s.enum && !s.enum.some((x) => normalize(x) === v))
        return `not one of the allowed values (${s.enum.join(', ')})`;
      return facets ? checkFacets('string', facets, v, patterns, lengthOf('string', v)) : undefined;
    },
    coerce(raw) {
      const m = members.find((x) => x.check(raw) === undefined);
      return m ? m.coerce(raw) : normalize(raw);
    },
  };
}
