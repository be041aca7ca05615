/**
 * `xsi:type`: the type an instance element names for itself. The QName is resolved with the
 * instance's namespace bindings; it must name a named type of the schema or an XSD built-in
 * simple type, not an abstract one, validly derived from the declared type: the declared type
 * itself, or reached by following base types, no step's method (extension / restriction) blocked
 * by the element or the declared type, or a member of a declared union. Every type derives from
 * xs:anyType, through the steps of its chain: an element of type xs:anyType that blocks
 * restriction refuses any xsi:type whose chain has a restriction step (a complex type written
 * without complexContent restricts xs:anyType).
 *
 * @see XSD 1.0 Part 1 §3.3.4 (Element Locally Valid (Element) 4, Validation Rule: Schema-Validity
 *      Assessment), §3.4.6 (Type Derivation OK (Complex)), §3.14.6 (Type Derivation OK (Simple));
 *      Part 2 §3 (built-in type hierarchy)
 */
import type { TypeDerivationModel } from '../schema-model.js';
import { applyWhiteSpace, checkBuiltinLexical } from './builtin-lexical.js';
import { type CompiledModel, type CompiledType, simpleCompiledType } from './compiled-model.js';
import { expandedName } from './xml-namespaces.js';

const XSD_NS = 'http://www.w3.org/2001/XMLSchema';
const xs = (local: string) => expandedName(XSD_NS, local);

/** Each built-in simple type's base (XSD 1.0 Part 2 §3, the built-in datatype hierarchy). */
const BUILTIN_BASE: Readonly<Record<string, string>> = (() => {
  const base: Record<string, string> = { anySimpleType: 'anyType' };
  const primitives =
    'string boolean decimal float double duration dateTime time date gYearMonth gYear gMonthDay gDay gMonth hexBinary base64Binary anyURI QName NOTATION NMTOKENS IDREFS ENTITIES';
  for (const p of primitives.split(' ')) base[p] = 'anySimpleType';
  const steps: [string, string][] = [
    ['normalizedString', 'string'],
    ['token', 'normalizedString'],
    ['language', 'token'],
    ['Name', 'token'],
    ['NMTOKEN', 'token'],
    ['NCName', 'Name'],
    ['ID', 'NCName'],
    ['IDREF', 'NCName'],
    ['ENTITY', 'NCName'],
    ['integer', 'decimal'],
    ['nonPositiveInteger', 'integer'],
    ['negativeInteger', 'nonPositiveInteger'],
    ['long', 'integer'],
    ['int', 'long'],
    ['short', 'int'],
    ['byte', 'short'],
    ['nonNegativeInteger', 'integer'],
    ['unsignedLong', 'nonNegativeInteger'],
    ['unsignedInt', 'unsignedLong'],
    ['unsignedShort', 'unsignedInt'],
    ['unsignedByte', 'unsignedShort'],
    ['positiveInteger', 'nonNegativeInteger'],
  ];
  for (const [d, b] of steps) base[d] = b;
  return base;
})();

const LISTS: ReadonlySet<string> = new Set(['NMTOKENS', 'IDREFS', 'ENTITIES']);
const builtinTypes = new Map<string, CompiledType>();

/** The compiled type of an XSD built-in simple type named by its local name, or undefined. */
function builtin(local: string): CompiledType | undefined {
  if (!Object.hasOwn(BUILTIN_BASE, local)) return undefined;
  let t = builtinTypes.get(local);
  if (t === undefined) {
    t = simpleCompiledType({ b: local }, -1, xs(local), derivationOfBuiltin(local));
    builtinTypes.set(local, t);
  }
  return t;
}

/** The base (an expanded name) of the XSD built-in type `local` and how it derives from it; undefined if none. */
export function derivationOfBuiltin(local: string): TypeDerivationModel | undefined {
  if (!Object.hasOwn(BUILTIN_BASE, local)) return undefined;
  const base = BUILTIN_BASE[local]!;
  return { base: xs(base), by: LISTS.has(local) ? 'list' : 'restriction' };
}

/**
 * The type `value` (an xsi:type QName) names for an element declared with `declared`, or a
 * message saying why it cannot be used. `uriOf` resolves a prefix ('' the default namespace).
 */
export function xsiType(
  model: CompiledModel,
  declared: CompiledType,
  value: string,
  uriOf: (prefix: string) => string | undefined,
  elementBlock: readonly string[] | undefined,
): CompiledType | string {
  const v = applyWhiteSpace(value, 'collapse');
  if (checkBuiltinLexical('QName', v) !== undefined) return `xsi:type "${v}" is not a QName`;
  const colon = v.indexOf(':');
  const prefix = colon < 0 ? '' : v.slice(0, colon);
  const local = v.slice(colon + 1);
  const uri = uriOf(prefix) ?? (prefix === '' ? '' : undefined);
  if (uri === undefined) return `xsi:type "${v}" uses the undeclared prefix "${prefix}"`;
  const name = expandedName(uri, local);
  if (uri === XSD_NS && local === 'anyType') {
    return declared.isAnyType ? declared : `xsi:type "${v}" is not derived from the element's declared type`;
  }
  const target = model.named.get(name) ?? (uri === XSD_NS ? builtin(local) : undefined);
  if (target === undefined) return `xsi:type "${v}" names no type of the schema`;
  if (target.abstract) return `xsi:type "${v}" names an abstract type`;
  if (target === declared) return target;
  const blocked = new Set<string>([...(elementBlock ?? []), ...(declared.d?.block ?? [])]);
  // Every type derives from xs:anyType; only a blocked step on the way can refuse it.
  if (declared.isAnyType && blocked.size === 0) return target;
  const goals = declared.isAnyType
    ? [xs('anyType')]
    : declared.derivationName !== undefined
      ? [declared.derivationName]
      : [];
  const members = declared.d?.by === 'union' ? (declared.d.members ?? []) : [];
  for (const goal of [...goals, ...members]) {
    const why = derivedFrom(model, name, goal, blocked);
    // A type other than the declared union itself is a restriction of it (§3.14.6 clause 2.1), so
    // a member, or a type derived from one, is refused when restriction is blocked.
    const viaMember = members.includes(goal) && blocked.has('restriction');
    if (why === true && !viaMember) return target;
    if (why !== false) return `xsi:type "${v}" derives from the declared type by a blocked derivation`;
  }
  return `xsi:type "${v}" is not derived from the element's declared type`;
}

/** Whether the type `name` derives from `goal` (following base types, at most 64 steps). */
function derivedFrom(
  model: CompiledModel,
  name: string,
  goal: string,
  blocked: ReadonlySet<string>,
): boolean | 'blocked' {
  let cur = name;
  for (let steps = 0; steps < 64; steps++) {
    if (cur === goal) return true;
    const t = model.named.get(cur);
    const d: TypeDerivationModel | undefined =
      t !== undefined
        ? (t.d ?? (t.simple ? undefined : { base: xs('anyType'), by: 'restriction' }))
        : cur.startsWith(`{${XSD_NS}}`)
          ? derivationOfBuiltin(cur.slice(XSD_NS.length + 2))
          : undefined;
    if (d === undefined || d.base === '') return false;
    if (blocked.has(d.by))
      return d.base === goal || derivedFrom(model, d.base, goal, new Set()) === true ? 'blocked' : false;
    cur = d.base;
  }
  return false;
}
