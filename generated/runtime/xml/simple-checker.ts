// Copied by qspec from runtime/xml/simple-checker.ts. Do not edit here: `qspec generate` replaces it.
/**
 * A compiled simple type (`SimpleModel`): whitespace normalisation, lexical check of the built-in,
 * enumeration, facets (patterns compiled once with the `u` flag, lengths, bounds compared exactly
 * as decimals, totalDigits/fractionDigits), xs:list and xs:union; and coercion to the typed-record
 * value. Compiled once per `SimpleModel` object (WeakMap cache).
 *
 * Coercion: boolean → true/false; int/short/byte/unsigned{Int,Short,Byte}/float/double → number
 * (INF → Infinity, NaN → NaN); long/integer/decimal/unsignedLong/(non)(positive|negative)Integer →
 * string (exact); everything else, dates included, → string (whitespace-normalised for non-string
 * types); a list → an array of its items' values; a union → the first member that accepts it.
 *
 * @see XSD 1.1 Part 2 §4.1.4 (validation rules), §4.3 (constraining facets), §2.4.1 (list, union)
 */
import type { FacetsModel, SimpleModel } from '../schema-model.js';
import { applyWhiteSpace, builtinWhiteSpace, isDecimalBuiltin, lexicalCheckerFor } from './builtin-lexical.js';
import { dateTimeInstant } from './date-time-lexical.js';
import { compareDecimal, decimalDigits } from './decimal-compare.js';

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

function numberOf(v: string): number {
  if (v === 'INF' || v === '+INF') return Number.POSITIVE_INFINITY;
  if (v === '-INF') return Number.NEGATIVE_INFINITY;
  return Number(v);
}

/** -1/0/1 comparing `a` with bound `b` in the value space of `builtin`; NaN if incomparable. */
function compareIn(builtin: string, a: string, b: string): number {
  if (isDecimalBuiltin(builtin)) return compareDecimal(a, b);
  if (builtin === 'float' || builtin === 'double') {
    const x = numberOf(a);
    const y = numberOf(b);
    return x < y ? -1 : x > y ? 1 : x === y ? 0 : Number.NaN;
  }
  const x = dateTimeInstant(builtin, a);
  const y = dateTimeInstant(builtin, b);
  return x < y ? -1 : x > y ? 1 : x === y ? 0 : Number.NaN;
}

function lengthOf(builtin: string, v: string): number {
  if (builtin === 'hexBinary') return v.length / 2;
  if (builtin === 'base64Binary') {
    const s = v.replace(/[ \t\n\r]/g, '');
    return (s.length / 4) * 3 - (s.endsWith('==') ? 2 : s.endsWith('=') ? 1 : 0);
  }
  let n = 0;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++;
  }
  return n;
}

function checkFacets(
  b: string,
  f: FacetsModel,
  v: string,
  patterns: readonly RegExp[],
  length: number,
): string | undefined {
  if (f.length !== undefined && length !== f.length) return `length ${length} is not ${f.length}`;
  if (f.minLength !== undefined && length < f.minLength) return `length ${length} is below minLength ${f.minLength}`;
  if (f.maxLength !== undefined && length > f.maxLength) return `length ${length} exceeds maxLength ${f.maxLength}`;
  for (const re of patterns) if (!re.test(v)) return `does not match pattern ${re.source}`;
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

function compilePatterns(f: FacetsModel | undefined): RegExp[] {
  const out: RegExp[] = [];
  for (const src of f?.patterns ?? []) {
    try {
      out.push(new RegExp(src, 'u'));
    } catch {
      // A pattern JavaScript cannot compile is not enforced (the generator warned about it).
    }
  }
  return out;
}

function enumMatcher(b: string, values: readonly string[] | undefined): ((v: string) => boolean) | undefined {
  if (!values) return undefined;
  const exact = new Set(values.map((x) => applyWhiteSpace(x, builtinWhiteSpace(b))));
  if (isDecimalBuiltin(b)) return (v) => exact.has(v) || values.some((x) => compareDecimal(v, x.trim()) === 0);
  if (b === 'boolean') {
    const truth = (x: string) => x === 'true' || x === '1';
    return (v) => exact.has(v) || values.some((x) => truth(x.trim()) === truth(v));
  }
  return (v) => exact.has(v);
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
