/**
 * The XSD built-in datatypes: which ones map to an IR primitive, and which exist but are not
 * supported (the g* calendar fragments and the XSD 1.1 additions), so a schema using them fails
 * with `XsdUnsupported` instead of being silently mistyped.
 *
 * @see XSD 1.1 Part 2 §3 (built-in datatypes), §3.3 (primitive), §3.4 (other built-in)
 */
import type { XsdBuiltin } from '../../ir/ir-types.js';

const SUPPORTED: readonly XsdBuiltin[] = [
  'string',
  'normalizedString',
  'token',
  'boolean',
  'decimal',
  'integer',
  'long',
  'int',
  'short',
  'byte',
  'nonNegativeInteger',
  'positiveInteger',
  'nonPositiveInteger',
  'negativeInteger',
  'unsignedLong',
  'unsignedInt',
  'unsignedShort',
  'unsignedByte',
  'float',
  'double',
  'date',
  'dateTime',
  'time',
  'duration',
  'anyURI',
  'base64Binary',
  'hexBinary',
  'QName',
  'ID',
  'IDREF',
  'IDREFS',
  'NMTOKEN',
  'NMTOKENS',
  'ENTITY',
  'ENTITIES',
  'NOTATION',
  'Name',
  'NCName',
  'language',
  'anySimpleType',
];

const SUPPORTED_SET: ReadonlySet<string> = new Set(SUPPORTED);

/** Built-ins that exist in XSD 1.0/1.1 but have no IR primitive. */
const UNSUPPORTED_SET: ReadonlySet<string> = new Set([
  'gYearMonth',
  'gYear',
  'gMonthDay',
  'gDay',
  'gMonth',
  'dateTimeStamp',
  'dayTimeDuration',
  'yearMonthDuration',
  'anyAtomicType',
  'error',
]);

export type BuiltinLookup =
  | { readonly kind: 'primitive'; readonly builtin: XsdBuiltin }
  | { readonly kind: 'anyType' }
  | { readonly kind: 'unsupported' }
  | { readonly kind: 'unknown' };

/** Classifies a local name in the XSD namespace. */
export function builtins(local: string): BuiltinLookup {
  if (local === 'anyType') return { kind: 'anyType' };
  if (SUPPORTED_SET.has(local)) return { kind: 'primitive', builtin: local as XsdBuiltin };
  if (UNSUPPORTED_SET.has(local)) return { kind: 'unsupported' };
  return { kind: 'unknown' };
}
