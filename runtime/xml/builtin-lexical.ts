/**
 * Lexical checks of the XSD built-in simple types (and the DTD attribute types mapped onto them):
 * boolean, the integer family with exact ranges (BigInt beyond 2^53), decimal, float/double
 * (INF, NaN), date/time/duration and the g* fragments, base64Binary, hexBinary,
 * Name/NCName/QName/NMTOKEN(S)/ID/IDREF(S), language; anyURI is lenient; string-like types accept
 * anything. Also the whiteSpace facet each built-in implies. Unknown built-in names are accepted
 * (lenient).
 *
 * @see XSD 1.0 Part 2 §3.2 (primitive datatypes), §3.3 (derived datatypes), §4.3.6 (whiteSpace)
 */
import { checkDateTimeLexical } from './date-time-lexical.js';

const BOOLEAN = /^(?:true|false|1|0)$/;
const INTEGER = /^[+-]?\d+$/;
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
// XSD 1.0: `INF` and `-INF` only (`+INF` is XSD 1.1).
const FLOAT = /^(?:[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?|-?INF|NaN)$/;
const HEX = /^(?:[0-9a-fA-F]{2})*$/;
// Before padding, the last character carries only the bits that remain (XSD 1.0 Part 2 §3.2.16:
// B16 before `=`, B04 before `==`).
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/][AQgw]==|[A-Za-z0-9+/]{2}[AEIMQUYcgkosw048]=)?$/;
const LANGUAGE = /^[a-zA-Z]{1,8}(?:-[a-zA-Z0-9]{1,8})*$/;
const START =
  ':A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{EFFFF}';
const MORE = '\\-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040';
const NAME = new RegExp(`^[${START}][${START}${MORE}]*$`, 'u');
const NMTOKEN = new RegExp(`^[${START}${MORE}]+$`, 'u');
const NC_START = START.slice(1);
const NCNAME = new RegExp(`^[${NC_START}][${NC_START}${MORE}]*$`, 'u');
const QNAME = new RegExp(`^(?:[${NC_START}][${NC_START}${MORE}]*:)?[${NC_START}][${NC_START}${MORE}]*$`, 'u');

/**
 * [min, max] of the bounded integer types (undefined = unbounded on that side). A Map, not an
 * object: a name such as `constructor` or `toString` must not find an inherited property.
 */
const INTEGER_RANGES: ReadonlyMap<string, readonly [bigint | undefined, bigint | undefined]> = new Map(
  Object.entries({
    integer: [undefined, undefined],
    long: [-(2n ** 63n), 2n ** 63n - 1n],
    int: [-(2n ** 31n), 2n ** 31n - 1n],
    short: [-32768n, 32767n],
    byte: [-128n, 127n],
    nonNegativeInteger: [0n, undefined],
    positiveInteger: [1n, undefined],
    nonPositiveInteger: [undefined, 0n],
    negativeInteger: [undefined, -1n],
    unsignedLong: [0n, 2n ** 64n - 1n],
    unsignedInt: [0n, 2n ** 32n - 1n],
    unsignedShort: [0n, 65535n],
    unsignedByte: [0n, 255n],
  } satisfies Record<string, readonly [bigint | undefined, bigint | undefined]>),
);

/** True for the integer-derived built-ins. */
export function isIntegerBuiltin(b: string): boolean {
  return INTEGER_RANGES.has(b);
}

/** True for built-ins whose value space is ordered as decimals (bounds compared exactly). */
export function isDecimalBuiltin(b: string): boolean {
  return b === 'decimal' || INTEGER_RANGES.has(b);
}

function checkInteger(b: string, v: string): string | undefined {
  if (!INTEGER.test(v)) return `not a valid xs:${b}`;
  const range = INTEGER_RANGES.get(b)!;
  // Up to 15 digits fit a double exactly; beyond, compare as BigInt.
  const n: number | bigint = v.length <= 15 ? Number(v) : BigInt(v);
  const [min, max] = range;
  if ((min !== undefined && n < min) || (max !== undefined && n > max)) return `out of range for xs:${b}`;
  return undefined;
}

/**
 * The lexical check of built-in `b`, chosen once (so the per-value work is one regex or range
 * test, not a dispatch on the type name); undefined for the types that accept any string.
 */
export function lexicalCheckerFor(b: string): ((v: string) => string | undefined) | undefined {
  const range = INTEGER_RANGES.get(b);
  if (range !== undefined) {
    if (b === 'integer') return (v) => (INTEGER.test(v) ? undefined : 'not a valid xs:integer');
    // Values of up to 15 characters are compared as doubles (exact: every bound is either exact
    // as a double or far beyond 15 digits); longer ones as BigInt.
    const lo = range[0] === undefined ? Number.NEGATIVE_INFINITY : Number(range[0]);
    const hi = range[1] === undefined ? Number.POSITIVE_INFINITY : Number(range[1]);
    const bad = `not a valid xs:${b}`;
    const out = `out of range for xs:${b}`;
    return (v) => {
      if (!INTEGER.test(v)) return bad;
      if (v.length <= 15) {
        const n = Number(v);
        return n < lo || n > hi ? out : undefined;
      }
      return checkInteger(b, v);
    };
  }
  switch (b) {
    case 'boolean':
      return (v) =>
        v === 'true' || v === 'false' || v === '1' || v === '0'
          ? undefined
          : 'not a valid xs:boolean (true, false, 1, 0)';
    case 'string':
    case 'normalizedString':
    case 'token':
    case 'anyURI':
    case 'anySimpleType':
      return undefined;
    default:
      return (v) => checkBuiltinLexical(b, v);
  }
}

/** Returns an error message, or undefined when `v` (already whitespace-normalised) is valid for `b`. */
export function checkBuiltinLexical(b: string, v: string): string | undefined {
  if (INTEGER_RANGES.has(b)) return checkInteger(b, v);
  switch (b) {
    case 'boolean':
      return BOOLEAN.test(v) ? undefined : 'not a valid xs:boolean (true, false, 1, 0)';
    case 'decimal':
      return DECIMAL.test(v) ? undefined : 'not a valid xs:decimal';
    case 'float':
    case 'double':
    case 'number':
      return FLOAT.test(v) ? undefined : `not a valid xs:${b}`;
    case 'date':
    case 'dateTime':
    case 'time':
    case 'gYearMonth':
    case 'gYear':
    case 'gMonthDay':
    case 'gDay':
    case 'gMonth':
    case 'duration':
      return checkDateTimeLexical(b, v);
    case 'hexBinary':
      return HEX.test(v) ? undefined : 'not a valid xs:hexBinary';
    case 'base64Binary':
      return BASE64.test(v.replace(/[ \t\n\r]/g, '')) ? undefined : 'not a valid xs:base64Binary';
    case 'language':
      return LANGUAGE.test(v) ? undefined : 'not a valid xs:language';
    case 'Name':
      return NAME.test(v) ? undefined : 'not a valid xs:Name';
    case 'NCName':
    case 'ID':
    case 'IDREF':
    case 'ENTITY':
      return NCNAME.test(v) ? undefined : `not a valid xs:${b}`;
    case 'QName':
    case 'NOTATION':
      return QNAME.test(v) ? undefined : `not a valid xs:${b}`;
    case 'NMTOKEN':
      return NMTOKEN.test(v) ? undefined : 'not a valid xs:NMTOKEN';
    case 'NMTOKENS':
    case 'IDREFS':
    case 'ENTITIES': {
      const item = b === 'NMTOKENS' ? NMTOKEN : NCNAME;
      if (v === '') return `xs:${b} needs at least one item`;
      for (const t of v.split(' ')) if (!item.test(t)) return `not a valid xs:${b} item: '${t}'`;
      return undefined;
    }
    case 'null':
      return v === '' ? undefined : 'not empty';
    default:
      // string, normalizedString, token, anyURI (lenient), anySimpleType, unknown names.
      return undefined;
  }
}

/** The whiteSpace facet a built-in implies (string: preserve, normalizedString: replace, else collapse). */
export function builtinWhiteSpace(b: string): 'preserve' | 'replace' | 'collapse' {
  if (b === 'string' || b === 'anySimpleType') return 'preserve';
  if (b === 'normalizedString') return 'replace';
  return 'collapse';
}

/** Applies a whiteSpace facet. */
export function applyWhiteSpace(v: string, ws: 'preserve' | 'replace' | 'collapse'): string {
  if (ws === 'preserve') return v;
  if (ws === 'replace') return v.replace(/[\t\n\r]/g, ' ');
  // Fast path: nothing to collapse.
  let plain = true;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (
      c === 9 ||
      c === 10 ||
      c === 13 ||
      (c === 32 && (i === 0 || i === v.length - 1 || v.charCodeAt(i + 1) === 32))
    ) {
      plain = false;
      break;
    }
  }
  if (plain) return v;
  // Only the four XML whitespace characters collapse (String.trim would also strip U+00A0 and
  // the like): after the runs became one space, at most one is left at each end.
  const s = v.replace(/[\t\n\r ]+/g, ' ');
  const from = s.charCodeAt(0) === 32 ? 1 : 0;
  const to = s.length > from && s.charCodeAt(s.length - 1) === 32 ? s.length - 1 : s.length;
  return s.slice(from, to);
}
