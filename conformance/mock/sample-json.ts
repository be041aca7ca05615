/**
 * Generates a JSON value that an IR type (from a JSON Schema source) accepts, for endpoints with
 * no example: required properties always, optional ones by a seeded coin near the root, one item
 * per array, the first viable union member, enum values as written. Deterministic for a seed.
 *
 * @see JSON Schema draft-07; generator/parse/json-schema/parse-json-schema.ts (the mapping it inverts)
 */
import type { IrSchema, IrType } from '../../generator/ir/ir-types.js';
import { sampleSimpleValue } from './sample-simple-value.js';
import type { SeededRandom } from './seeded-random.js';

const MAX_DEPTH = 30;

export function sampleJson(schema: IrSchema, rng: SeededRandom, optionalDepth = 4): unknown {
  const root = schema.roots[0]?.type ?? schema.types[0]?.type;
  if (root === undefined) return {};
  let counter = 0;
  const unique = () => ++counter;
  const value = (t: IrType, depth: number): unknown => {
    switch (t.kind) {
      case 'primitive': {
        if (t.builtin === 'null') return null;
        if (t.builtin === 'boolean') return true;
        if (t.builtin === 'integer' || t.builtin === 'number') {
          return Number(
            sampleSimpleValue(
              { b: t.builtin === 'number' ? 'decimal' : 'integer', facets: numericFacets(t.facets) },
              rng,
              unique,
            ),
          );
        }
        if (t.facets.format === 'date-time') return '2024-01-15T10:00:00Z';
        if (t.facets.format === 'date') return '2024-01-15';
        if (t.facets.format === 'email') return 'sample@example.com';
        if (t.facets.format === 'uri') return 'https://example.com/';
        if (t.facets.format === 'ipv4') return '10.0.0.1';
        return sampleSimpleValue({ b: 'string', facets: stringFacets(t.facets) }, rng, unique);
      }
      case 'enum': {
        const v = rng.pick(t.values);
        return t.base === 'anySimpleType' ? (JSON.parse(v) as unknown) : v;
      }
      case 'list':
        return depth > MAX_DEPTH ? [] : [value(t.item, depth + 1)];
      case 'union': {
        const nonNull = t.members.find((m) => !(m.kind === 'primitive' && m.builtin === 'null'));
        return value(nonNull ?? t.members[0] ?? { kind: 'any' }, depth);
      }
      case 'ref': {
        const named = schema.types.find((n) => n.id === t.target);
        return named && depth <= MAX_DEPTH ? value(named.type, depth + 1) : null;
      }
      case 'any':
        return 'sample';
      case 'object': {
        const out: Record<string, unknown> = {};
        for (const f of t.fields) {
          if (f.occurs.min === 0 && (depth >= optionalDepth || rng.next() < 0.4)) continue;
          out[f.name] = value(f.type, depth + 1);
        }
        return out;
      }
    }
  };
  return value(root, 0);
}

function numericFacets(f: import('../../generator/ir/ir-types.js').IrFacets) {
  return {
    ...(f.minInclusive !== undefined ? { minInclusive: f.minInclusive } : {}),
    ...(f.maxInclusive !== undefined ? { maxInclusive: f.maxInclusive } : {}),
    ...(f.minExclusive !== undefined ? { minExclusive: f.minExclusive } : {}),
    ...(f.maxExclusive !== undefined ? { maxExclusive: f.maxExclusive } : {}),
  };
}

function stringFacets(f: import('../../generator/ir/ir-types.js').IrFacets) {
  return {
    ...(f.minLength !== undefined ? { minLength: f.minLength } : {}),
    ...(f.maxLength !== undefined ? { maxLength: f.maxLength } : {}),
    ...(f.length !== undefined ? { length: f.length } : {}),
  };
}
