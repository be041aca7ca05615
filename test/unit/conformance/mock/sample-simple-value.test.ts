/**
 * Sample lexical values for generated mock bodies (sample-simple-value.ts): enumerations by the
 * seeded pick, the first union member, list items, unique IDs, numbers within every min/max
 * facet, the fixed value of each builtin, length facets, and patterns, which (XSD §4.3.4)
 * match the whole value: a candidate that only contains a match is no sample of the type.
 */
import { describe, expect, it } from 'vitest';
import { sampleSimpleValue } from '../../../../conformance/mock/sample-simple-value.js';
import type { SeededRandom } from '../../../../conformance/mock/seeded-random.js';
import type { FacetsModel, SimpleModel } from '../../../../runtime/schema-model.js';

/** An rng whose pick takes the last item (and records what it was offered). */
function lastPick(): SeededRandom & { offered: unknown[][] } {
  const offered: unknown[][] = [];
  return {
    offered,
    next: () => 0,
    int: () => 0,
    pick: <T>(items: readonly T[]) => {
      offered.push([...items]);
      return items[items.length - 1]!;
    },
  };
}
const counter = () => {
  let n = 0;
  return () => ++n;
};
const value = (s: SimpleModel) => sampleSimpleValue(s, lastPick(), counter());
const str = (facets: FacetsModel) => value({ b: 'string', facets });

describe('sampleSimpleValue: structure', () => {
  it('picks an enumeration value with the rng', () => {
    const rng = lastPick();
    expect(sampleSimpleValue({ b: 'int', enum: ['a', 'b', 'c'] }, rng, counter())).toBe('c');
    expect(rng.offered).toEqual([['a', 'b', 'c']]);
    expect(value({ b: 'int', enum: [] })).toBe('1');
  });
  it('takes the first union member, the list item type', () => {
    expect(value({ b: 'string', union: [{ b: 'boolean' }, { b: 'int' }] })).toBe('true');
    expect(value({ b: 'boolean', union: [] })).toBe('true');
    expect(value({ b: 'string', list: { b: 'date' } })).toBe('2024-01-15');
    expect(value({ b: 'string', union: [{ b: 'string', enum: ['x', 'y'] }] })).toBe('y');
  });
  it('numbers IDs from the counter', () => {
    const unique = counter();
    const rng = lastPick();
    expect([1, 2, 3].map(() => sampleSimpleValue({ b: 'ID' }, rng, unique))).toEqual(['id1', 'id2', 'id3']);
  });
});

describe('sampleSimpleValue: builtins', () => {
  it.each([
    ['boolean', 'true'],
    ['decimal', '1.5'],
    ['float', '1.5'],
    ['double', '1.5'],
    ['number', '1.5'],
    ['integer', '1'],
    ['long', '1'],
    ['int', '1'],
    ['short', '1'],
    ['byte', '1'],
    ['nonNegativeInteger', '1'],
    ['positiveInteger', '1'],
    ['nonPositiveInteger', '0'],
    ['negativeInteger', '-1'],
    ['unsignedLong', '1'],
    ['unsignedInt', '1'],
    ['unsignedShort', '1'],
    ['unsignedByte', '1'],
    ['date', '2024-01-15'],
    ['dateTime', '2024-01-15T10:00:00Z'],
    ['time', '10:00:00'],
    ['duration', 'P1D'],
    ['anyURI', 'https://example.com/'],
    ['base64Binary', 'AAAA'],
    ['hexBinary', '00'],
    ['language', 'en'],
    ['QName', 'sample'],
    ['string', 'sample'],
    ['token', 'sample'],
    ['NMTOKEN', 'sample'],
  ])('%s → %s', (b, want) => {
    expect(value({ b } as SimpleModel)).toBe(want);
  });
});

describe('sampleSimpleValue: numeric facets', () => {
  it.each([
    ['integer', { minInclusive: '5' }, '5'],
    ['integer', { minInclusive: '0' }, '1'],
    ['integer', { minInclusive: '1' }, '1'],
    ['integer', { minExclusive: '1' }, '2'],
    ['integer', { minExclusive: '0' }, '1'],
    ['integer', { minExclusive: '0.5' }, '1'],
    ['integer', { maxInclusive: '0' }, '0'],
    ['integer', { maxInclusive: '1' }, '1'],
    ['integer', { maxInclusive: '7' }, '1'],
    ['integer', { maxExclusive: '1' }, '0'],
    ['integer', { maxExclusive: '2' }, '1'],
    ['integer', { minInclusive: '10', maxInclusive: '20' }, '10'],
    ['integer', { minExclusive: '10', maxExclusive: '20' }, '11'],
    ['negativeInteger', { maxInclusive: '-5' }, '-5'],
    ['decimal', { minInclusive: '2.25' }, '2.25'],
    ['decimal', { minExclusive: '1.5' }, '2.5'],
    ['decimal', { maxExclusive: '1.5' }, '0.5'],
    ['double', { maxInclusive: '1' }, '1'],
    ['integer', { minInclusive: '2.5' }, '2'],
  ])('%s %j → %s', (b, facets, want) => {
    expect(value({ b, facets } as SimpleModel)).toBe(want);
  });
});

describe('sampleSimpleValue: length facets', () => {
  it.each([
    [{}, 'sample'],
    [{ length: 3 }, 'sam'],
    [{ length: 8 }, 'samplexx'],
    [{ length: 6 }, 'sample'],
    [{ minLength: 8 }, 'samplexx'],
    [{ minLength: 6 }, 'sample'],
    [{ minLength: 3 }, 'sample'],
    [{ maxLength: 4 }, 'samp'],
    [{ maxLength: 6 }, 'sample'],
    [{ minLength: 8, maxLength: 7 }, 'samplex'],
    [{ length: 2, maxLength: 1 }, 's'],
  ])('%j → %s', (facets, want) => {
    expect(str(facets)).toBe(want);
  });
});

describe('sampleSimpleValue: patterns', () => {
  it.each([
    [['sam.*'], {}, 'sample'],
    [['[0-9]+'], {}, '1'],
    [['[0-9]+'], { minLength: 2 }, '00'],
    [['[0-9]+'], { length: 2 }, '00'],
    [['[a-z0-9]+'], { maxLength: 1 }, '1'],
    [['[A-Z]{3}-\\d{3}'], {}, 'ABC-123'],
    [['QID-\\d+'], {}, 'QID-1'],
    [['[a-z]+', '.*1'], {}, 'sample'],
    [['[a-z]+[0-9]'], {}, 'a1'],
    [['\\d{4}-\\d{2}-\\d{2}'], {}, '2024-01-15'],
    [['scan/\\d+\\.\\d+'], {}, 'scan/1700000000.12345'],
    [['[0-9]+', '[a-z]+'], { length: 4 }, 'samp'],
  ])('%j %j → %s', (patterns, facets, want) => {
    expect(str({ patterns, ...facets })).toBe(want);
  });
  it('a pattern must match the whole candidate, not a part of it', () => {
    expect(str({ patterns: ['a'] })).toBe('sample');
    expect(str({ patterns: ['\\d{3}'] })).toBe('sample');
    expect(str({ patterns: ['[0-9]'] })).toBe('1');
    expect(str({ patterns: ['[a-z]{2}'] })).toBe('sample');
    expect(value({ b: 'date', facets: { patterns: ['\\d{2}'] } })).toBe('00');
  });
  it('tries the builtin value before the candidates', () => {
    expect(value({ b: 'date', facets: { patterns: ['.+'] } })).toBe('2024-01-15');
    expect(value({ b: 'hexBinary', facets: { patterns: ['[0-9]+'] } })).toBe('00');
  });
  it('an empty pattern list is no pattern', () => {
    expect(str({ patterns: [], maxLength: 2 })).toBe('sa');
  });
});

describe('sampleSimpleValue: every numeric builtin is sampled as a number', () => {
  // Without facets a numeric builtin's value equals its fixed string; with a bound only the
  // numeric path moves it, so each builtin is checked with one.
  it.each([
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
    'unsignedLong',
    'unsignedInt',
    'unsignedShort',
    'unsignedByte',
  ])('%s with minInclusive 5 → 5', (b) => {
    expect(value({ b, facets: { minInclusive: '5' } } as SimpleModel)).toBe('5');
  });
  it.each(['nonPositiveInteger', 'negativeInteger'])('%s with maxInclusive -5 → -5', (b) => {
    expect(value({ b, facets: { maxInclusive: '-5' } } as SimpleModel)).toBe('-5');
  });
  it('leaves a value already inside an exclusive bound alone', () => {
    expect(value({ b: 'integer', facets: { minExclusive: '-5' } })).toBe('1');
    expect(value({ b: 'integer', facets: { maxExclusive: '100' } })).toBe('1');
    expect(value({ b: 'decimal', facets: { minExclusive: '-5', maxExclusive: '100' } })).toBe('1.5');
  });
});

describe('sampleSimpleValue: each pattern candidate', () => {
  // XSD regex metacharacters escaped, so the pattern accepts exactly the candidate.
  const exactly = (s: string) => s.replace(/[.\\?*+{}()[\]|^$]/g, (c) => `\\${c}`);
  it.each([
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
  ])('a pattern that accepts exactly %s gets it (on a duration, whose own value P1D it refuses)', (c) => {
    expect(value({ b: 'duration', facets: { patterns: [exactly(c)] } })).toBe(c);
  });
  it('a candidate must match every pattern, not one of them', () => {
    expect(str({ patterns: ['[0-9]+', 'x'] })).toBe('sample');
  });
});
