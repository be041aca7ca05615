/**
 * A lexical value that a simple type accepts, for generated mock responses: enumerations pick a
 * (seeded) value, numbers respect min/max facets, strings respect length facets and, when the
 * type has patterns, the first of a few typical candidates all patterns accept. Values are
 * plain and recognisable (`sample`, `2024-01-15T10:00:00Z`) so nobody mistakes them for data.
 *
 * @see XSD 1.1 Part 2 §3 (built-in datatypes), §4.3 (facets)
 */
import type { FacetsModel, SimpleModel } from '../../runtime/schema-model.js';
import { compileXsdPattern } from '../../runtime/xml/xsd-regex/xsd-regex.js';
import type { SeededRandom } from './seeded-random.js';

const CANDIDATES = [
  'sample',
  '1',
  'A',
  'a1',
  '2024-01-15',
  '2024-01-15T10:00:00Z',
  '10.0.0.1',
  'sample@example.com',
  'https://example.com/',
  'ABC-123',
  '1.0',
  '00',
  'QID-1',
  'scan/1700000000.12345',
];

const BY_BUILTIN: Record<string, string> = {
  boolean: 'true',
  decimal: '1.5',
  float: '1.5',
  double: '1.5',
  number: '1.5',
  integer: '1',
  long: '1',
  int: '1',
  short: '1',
  byte: '1',
  nonNegativeInteger: '1',
  positiveInteger: '1',
  nonPositiveInteger: '0',
  negativeInteger: '-1',
  unsignedLong: '1',
  unsignedInt: '1',
  unsignedShort: '1',
  unsignedByte: '1',
  date: '2024-01-15',
  dateTime: '2024-01-15T10:00:00Z',
  time: '10:00:00',
  duration: 'P1D',
  anyURI: 'https://example.com/',
  base64Binary: 'AAAA',
  hexBinary: '00',
  language: 'en',
  QName: 'sample',
};

const NUMERIC = new Set([
  'decimal',
  'float',
  'double',
  'number',
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
]);

export function sampleSimpleValue(s: SimpleModel, rng: SeededRandom, unique: () => number): string {
  if (s.enum && s.enum.length > 0) return rng.pick(s.enum);
  if (s.union && s.union.length > 0) return sampleSimpleValue(s.union[0]!, rng, unique);
  if (s.list) return sampleSimpleValue(s.list, rng, unique);
  if (s.b === 'ID') return `id${unique()}`;
  const facets = s.facets ?? {};
  if (NUMERIC.has(s.b)) return numeric(s.b, facets);
  const base = BY_BUILTIN[s.b] ?? 'sample';
  if (facets.patterns && facets.patterns.length > 0) {
    // XSD patterns match the whole value (§4.3.4), in XSD regex syntax, not a JS RegExp.
    const patterns = facets.patterns.map((p) => compileXsdPattern(p));
    const ok = [base, ...CANDIDATES].find((c) => patterns.every((r) => r.test(c)) && fitsLength(c, facets));
    if (ok !== undefined) return ok;
  }
  return fitLength(base, facets);
}

function numeric(b: string, f: FacetsModel): string {
  const integral = !['decimal', 'float', 'double', 'number'].includes(b);
  let v = Number(BY_BUILTIN[b] ?? '1');
  if (f.minInclusive !== undefined) v = Math.max(v, Number(f.minInclusive));
  if (f.minExclusive !== undefined && v <= Number(f.minExclusive)) v = Number(f.minExclusive) + 1;
  if (f.maxInclusive !== undefined) v = Math.min(v, Number(f.maxInclusive));
  if (f.maxExclusive !== undefined && v >= Number(f.maxExclusive)) v = Number(f.maxExclusive) - 1;
  return integral ? String(Math.trunc(v)) : String(v);
}

function fitsLength(v: string, f: FacetsModel): boolean {
  const n = [...v].length;
  if (f.length !== undefined && n !== f.length) return false;
  if (f.minLength !== undefined && n < f.minLength) return false;
  if (f.maxLength !== undefined && n > f.maxLength) return false;
  return true;
}

function fitLength(v: string, f: FacetsModel): string {
  const want = f.length ?? (f.minLength !== undefined && [...v].length < f.minLength ? f.minLength : undefined);
  let out = v;
  if (want !== undefined) out = out.padEnd(want, 'x').slice(0, want);
  if (f.maxLength !== undefined && out.length > f.maxLength) out = out.slice(0, f.maxLength);
  return out;
}
