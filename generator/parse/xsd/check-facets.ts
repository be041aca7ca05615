/**
 * The schema constraints on the facets of one `xs:restriction` step of a simple type, checked
 * against its (resolved) base type; each violation is `XsdInvalid` at the offending facet:
 * - the facet applies to the base's primitive (lengths to strings, binaries, QName and lists;
 *   bounds to ordered types; digits to decimals; only pattern and enumeration to unions);
 * - length with minLength or maxLength, two lower or two upper bounds, in one step;
 * - minLength ≤ maxLength, fractionDigits ≤ totalDigits, lower bound ≤ upper bound, and each
 *   narrows the base's (a longer maxLength, a wider bound, a changed length are errors);
 * - bound values are values of the base primitive (`xs:byte` with maxInclusive 200 is not);
 * - whiteSpace never loosens the base's (collapse stays collapse);
 * - a facet the base fixed (`fixed="true"`, or fractionDigits 0 of the integer types) keeps its
 *   value;
 * - enumeration values are valid values of the base type (its facets included).
 * Comparisons that are indeterminate (dates with and without a timezone) are not errors.
 *
 * @see XSD 1.0 Part 2 §4.1.5 (facets per variety and primitive), §4.3.1–4.3.13 (each facet's
 *      schema component constraints), §4.3.6.4 (whiteSpace valid restriction)
 */

import { builtinWhiteSpace, isIntegerBuiltin } from '../../../runtime/xml/builtin-lexical.js';
import { isCalendarBuiltin } from '../../../runtime/xml/date-time-lexical.js';
import { compileSimple } from '../../../runtime/xml/simple-checker.js';
import { compareIn } from '../../../runtime/xml/value-order.js';
import type { IrFacets, IrType } from '../../ir/ir-types.js';
import type { RestrictionFacets } from './read-facets.js';
import { xsdFail } from './xsd-diagnostics.js';
import type { XsdNode } from './xsd-node.js';

const LENGTHS = ['length', 'minLength', 'maxLength'];
const LIST_BUILTINS: ReadonlySet<string> = new Set(['NMTOKENS', 'IDREFS', 'ENTITIES']);
const BOUNDS = ['minInclusive', 'maxInclusive', 'minExclusive', 'maxExclusive'];
const LEXICAL = ['pattern', 'enumeration', 'whiteSpace'];
const STRINGS = new Set([...LENGTHS, ...LEXICAL]);
const NONE: ReadonlySet<string> = new Set();
const ORDERED = new Set([...BOUNDS, ...LEXICAL]);
const DECIMALS = new Set([...ORDERED, 'totalDigits', 'fractionDigits']);
/** Totally or partially ordered primitives besides the decimal family: the floats, duration and the calendar types. */
const isOrderedBuiltin = (b: string): boolean =>
  b === 'float' || b === 'double' || b === 'duration' || isCalendarBuiltin(b);

/** The facets a restriction of `builtin` may carry. */
function applicable(builtin: string): ReadonlySet<string> {
  if (builtin === 'decimal' || isIntegerBuiltin(builtin)) return DECIMALS;
  if (isOrderedBuiltin(builtin)) return ORDERED;
  if (builtin === 'boolean') return new Set(['pattern', 'whiteSpace']);
  // The simple ur-type has no constraining facets (XSD 1.0 Part 2 §4.1.5).
  if (builtin === 'anySimpleType') return NONE;
  return STRINGS;
}

/** What a base type is, for the facet rules. */
interface BaseView {
  /** The primitive built-in, or 'list' / 'union'. */
  readonly variety: string;
  readonly facets: IrFacets;
  readonly whiteSpace: 'preserve' | 'replace' | 'collapse' | undefined;
}

/** The bounds the integer built-ins have from their value space (XSD 1.0 Part 2 §3.3.13–3.3.25). */
const INTEGER_BOUNDS: Readonly<Record<string, readonly [string | undefined, string | undefined]>> = {
  long: ['-9223372036854775808', '9223372036854775807'],
  int: ['-2147483648', '2147483647'],
  short: ['-32768', '32767'],
  byte: ['-128', '127'],
  nonNegativeInteger: ['0', undefined],
  positiveInteger: ['1', undefined],
  nonPositiveInteger: [undefined, '0'],
  negativeInteger: [undefined, '-1'],
  unsignedLong: ['0', '18446744073709551615'],
  unsignedInt: ['0', '4294967295'],
  unsignedShort: ['0', '65535'],
  unsignedByte: ['0', '255'],
};

/** `facets` with the built-in's own minLength (list types) and bounds (integer types) filled in. */
function withBuiltinFacets(builtin: string, facets: IrFacets): IrFacets {
  let out = facets;
  // The built-in list types have minLength 1 (XSD 1.0 Part 2 §3.3.4, §3.3.10, §3.3.12).
  if (LIST_BUILTINS.has(builtin) && out.minLength === undefined) out = { ...out, minLength: 1 };
  const [lo, hi] = INTEGER_BOUNDS[builtin] ?? [undefined, undefined];
  if (lo !== undefined && out.minInclusive === undefined && out.minExclusive === undefined)
    out = { ...out, minInclusive: lo };
  if (hi !== undefined && out.maxInclusive === undefined && out.maxExclusive === undefined)
    out = { ...out, maxInclusive: hi };
  return out;
}

function viewOf(base: IrType): BaseView | undefined {
  switch (base.kind) {
    case 'primitive':
      return {
        variety: base.builtin,
        facets: withBuiltinFacets(base.builtin, base.facets),
        whiteSpace: base.facets.whiteSpace ?? builtinWhiteSpace(base.builtin),
      };
    case 'enum':
      return { variety: base.base, facets: withBuiltinFacets(base.base, {}), whiteSpace: builtinWhiteSpace(base.base) };
    case 'list':
      return { variety: 'list', facets: base.facets ?? {}, whiteSpace: 'collapse' };
    case 'union':
      return { variety: 'union', facets: base.facets ?? {}, whiteSpace: undefined };
    default:
      return undefined;
  }
}

/** The facets each restricted type fixed (`fixed="true"`), by facet name → value. */
const fixedFacets = new WeakMap<IrType, ReadonlyMap<string, string>>();

/** Records that `derived` (the result of restricting `base` by `r`) keeps the fixed facets of both. */
export function recordFixedFacets(base: IrType, r: RestrictionFacets, derived: IrType): void {
  const inherited = fixedFacets.get(base);
  if (r.fixed === undefined && inherited === undefined) return;
  const all = new Map(inherited);
  for (const name of r.fixed ?? []) {
    const value = facetValue(r.facets, name);
    if (value !== undefined) all.set(name, value);
  }
  if (derived !== base) fixedFacets.set(derived, all);
}

function facetValue(f: IrFacets, name: string): string | undefined {
  const v = (f as Record<string, unknown>)[name];
  return v === undefined ? undefined : String(v);
}

/**
 * Checks restriction step `r` on `base` (already resolved: primitive, enum, list or union);
 * `checkerOf` builds a value checker of a type (for enumeration values).
 */
export function checkRestriction(
  base: IrType,
  r: RestrictionFacets,
  at: XsdNode,
  checkerOf: (t: IrType) => (v: string) => string | undefined,
): void {
  const view = viewOf(base);
  if (view === undefined) return;
  const nodeOf = (name: string): XsdNode => r.nodes?.get(name) ?? at;
  const bad = (name: string, message: string): never => xsdFail('XsdInvalid', message, nodeOf(name));
  const allowed =
    view.variety === 'union'
      ? new Set(['pattern', 'enumeration'])
      : view.variety === 'list'
        ? STRINGS
        : applicable(view.variety);
  const what =
    view.variety === 'list' || view.variety === 'union' ? `an xs:${view.variety} type` : `xs:${view.variety}`;
  for (const name of r.nodes?.keys() ?? []) {
    if (!allowed.has(name)) bad(name, `xs:${name} does not apply to ${what}`);
  }
  const own = r.facets;
  // length beside minLength/maxLength: only a bound the base already has, consistent with length.
  const inherited = (k: 'minLength' | 'maxLength', ok: (bound: number, length: number) => boolean) =>
    own[k] === undefined || (own[k] === view.facets[k] && own.length !== undefined && ok(own[k]!, own.length));
  if (
    own.length !== undefined &&
    !(inherited('minLength', (b, l) => b <= l) && inherited('maxLength', (b, l) => b >= l))
  ) {
    bad('length', 'xs:length cannot be used with xs:minLength or xs:maxLength in one restriction');
  }
  if (own.minInclusive !== undefined && own.minExclusive !== undefined) {
    bad('minExclusive', 'xs:minInclusive and xs:minExclusive cannot both be used in one restriction');
  }
  if (own.maxInclusive !== undefined && own.maxExclusive !== undefined) {
    bad('maxExclusive', 'xs:maxInclusive and xs:maxExclusive cannot both be used in one restriction');
  }
  checkFixed(base, view, r, bad);
  checkLengths(view.facets, own, bad);
  checkDigits(view, own, bad);
  checkWhiteSpace(view, own, bad);
  if (view.variety !== 'list' && view.variety !== 'union') checkBounds(view, own, bad);
  if (r.enumeration !== undefined) {
    const check = checkerOf(base);
    for (const value of r.enumeration) {
      const problem = check(value);
      if (problem !== undefined)
        bad('enumeration', `xs:enumeration value "${value}" is not valid for the base type: ${problem}`);
    }
  }
}

type Bad = (name: string, message: string) => never;

function checkFixed(base: IrType, view: BaseView, r: RestrictionFacets, bad: Bad): void {
  const fixed = new Map(fixedFacets.get(base));
  if (isIntegerBuiltin(view.variety) && !fixed.has('fractionDigits')) fixed.set('fractionDigits', '0');
  for (const [name, value] of fixed) {
    const mine = facetValue(r.facets, name);
    if (mine === undefined || mine === value) continue;
    const same = BOUNDS.includes(name) && compareIn(view.variety, mine, value) === 0;
    if (!same) bad(name, `xs:${name} is fixed to ${value} in the base type; ${mine} changes it`);
  }
}

function checkLengths(base: IrFacets, own: IrFacets, bad: Bad): void {
  const min = own.minLength ?? base.minLength;
  const max = own.maxLength ?? base.maxLength;
  if (min !== undefined && max !== undefined && min > max) {
    bad(
      own.minLength !== undefined ? 'minLength' : 'maxLength',
      `xs:minLength ${min} is greater than xs:maxLength ${max}`,
    );
  }
  if (own.length !== undefined) {
    if (base.length !== undefined && own.length !== base.length)
      bad('length', `xs:length ${own.length} differs from the base type's length ${base.length}`);
    if (base.minLength !== undefined && own.length < base.minLength)
      bad('length', `xs:length ${own.length} is less than the base type's minLength ${base.minLength}`);
    if (base.maxLength !== undefined && own.length > base.maxLength)
      bad('length', `xs:length ${own.length} is greater than the base type's maxLength ${base.maxLength}`);
  }
  if (base.length !== undefined) {
    if (own.minLength !== undefined && own.minLength > base.length)
      bad('minLength', `xs:minLength ${own.minLength} is greater than the base type's length ${base.length}`);
    if (own.maxLength !== undefined && own.maxLength < base.length)
      bad('maxLength', `xs:maxLength ${own.maxLength} is less than the base type's length ${base.length}`);
  }
  if (own.maxLength !== undefined && base.maxLength !== undefined && own.maxLength > base.maxLength)
    bad('maxLength', `xs:maxLength ${own.maxLength} is greater than the base type's maxLength ${base.maxLength}`);
  if (own.minLength !== undefined && base.minLength !== undefined && own.minLength < base.minLength)
    bad('minLength', `xs:minLength ${own.minLength} is less than the base type's minLength ${base.minLength}`);
}

function checkDigits(view: BaseView, own: IrFacets, bad: Bad): void {
  const base = view.facets;
  if (own.totalDigits !== undefined && own.totalDigits < 1) bad('totalDigits', 'xs:totalDigits must be at least 1');
  const total = own.totalDigits ?? base.totalDigits;
  const fraction = own.fractionDigits ?? base.fractionDigits;
  if (total !== undefined && fraction !== undefined && fraction > total) {
    bad(
      own.fractionDigits !== undefined ? 'fractionDigits' : 'totalDigits',
      `xs:fractionDigits ${fraction} is greater than xs:totalDigits ${total}`,
    );
  }
  if (own.totalDigits !== undefined && base.totalDigits !== undefined && own.totalDigits > base.totalDigits)
    bad('totalDigits', `xs:totalDigits ${own.totalDigits} is greater than the base type's ${base.totalDigits}`);
  if (own.fractionDigits !== undefined && base.fractionDigits !== undefined && own.fractionDigits > base.fractionDigits)
    bad(
      'fractionDigits',
      `xs:fractionDigits ${own.fractionDigits} is greater than the base type's ${base.fractionDigits}`,
    );
}

const WS_RANK = { preserve: 0, replace: 1, collapse: 2 } as const;

function checkWhiteSpace(view: BaseView, own: IrFacets, bad: Bad): void {
  if (own.whiteSpace === undefined || view.whiteSpace === undefined) return;
  if (WS_RANK[own.whiteSpace] < WS_RANK[view.whiteSpace])
    bad('whiteSpace', `xs:whiteSpace ${own.whiteSpace} loosens the base type's ${view.whiteSpace}`);
}

/** For each bound of a step: [base bound, relation the step's value must have to it]. */
const NARROWING: Readonly<Record<string, readonly (readonly [string, 'le' | 'lt' | 'ge' | 'gt'])[]>> = {
  maxInclusive: [
    ['maxInclusive', 'le'],
    ['maxExclusive', 'lt'],
    ['minInclusive', 'ge'],
    ['minExclusive', 'gt'],
  ],
  maxExclusive: [
    ['maxExclusive', 'le'],
    ['maxInclusive', 'le'],
    ['minInclusive', 'gt'],
    ['minExclusive', 'gt'],
  ],
  minInclusive: [
    ['minInclusive', 'ge'],
    ['minExclusive', 'gt'],
    ['maxInclusive', 'le'],
    ['maxExclusive', 'lt'],
  ],
  minExclusive: [
    ['minExclusive', 'ge'],
    ['minInclusive', 'ge'],
    ['maxInclusive', 'lt'],
    ['maxExclusive', 'lt'],
  ],
};
/** Pairs that must be ordered within the effective facets: [lower, upper, strict]. */
const ORDER: readonly (readonly [string, string, boolean])[] = [
  ['minInclusive', 'maxInclusive', false],
  ['minInclusive', 'maxExclusive', true],
  ['minExclusive', 'maxInclusive', true],
  ['minExclusive', 'maxExclusive', false],
];
const HOLDS = {
  le: (c: number) => c <= 0,
  lt: (c: number) => c < 0,
  ge: (c: number) => c >= 0,
  gt: (c: number) => c > 0,
};
const WORDS = { le: 'at most', lt: 'less than', ge: 'at least', gt: 'greater than' };

function checkBounds(view: BaseView, own: IrFacets, bad: Bad): void {
  const b = view.variety;
  const lexical = compileSimple({ b });
  const bound = (f: IrFacets, name: string) => (f as Record<string, string | undefined>)[name];
  for (const name of BOUNDS) {
    const v = bound(own, name);
    if (v === undefined) continue;
    const problem = lexical.check(v);
    if (problem !== undefined) bad(name, `xs:${name} value "${v}" is not a value of xs:${b}: ${problem}`);
    for (const [other, rel] of NARROWING[name]!) {
      const limit = bound(view.facets, other);
      if (limit === undefined) continue;
      const c = compareIn(b, v, limit);
      if (!Number.isNaN(c) && !HOLDS[rel](c))
        bad(name, `xs:${name} ${v} must be ${WORDS[rel]} the base type's ${other} ${limit}`);
    }
  }
  for (const [lo, hi, strict] of ORDER) {
    const l = bound(own, lo) ?? bound(view.facets, lo);
    const h = bound(own, hi) ?? bound(view.facets, hi);
    if (l === undefined || h === undefined || (bound(own, lo) === undefined && bound(own, hi) === undefined)) continue;
    const c = compareIn(b, l, h);
    if (!Number.isNaN(c) && (strict ? c >= 0 : c > 0))
      bad(
        bound(own, lo) !== undefined ? lo : hi,
        `xs:${lo} ${l} must be ${strict ? 'less than' : 'at most'} xs:${hi} ${h}`,
      );
  }
}
