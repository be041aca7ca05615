/**
 * The XSD built-in datatypes: which ones map to an IR primitive (every XSD 1.0 built-in), and
 * which exist but are not supported (the XSD 1.1 additions), so a schema using them fails with
 * `XsdUnsupported` instead of being silently mistyped.
 *
 * @see XSD 1.0 Part 2 §3.2 (primitive), §3.3 (derived); XSD 1.1 Part 2 §3.3.28, §3.4 (additions)
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
  'gYearMonth',
  'gYear',
  'gMonthDay',
  'gDay',
  'gMonth',
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

/** Built-ins that exist only in XSD 1.1 and have no IR primitive. */
const UNSUPPORTED_SET: ReadonlySet<string> = new Set([
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
