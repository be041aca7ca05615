/**
 * Field comparison for the diff (generator/diff/schema/compare-types.ts `compareFields`), called
 * directly: how fields are matched (node kind and XML local name; JSON properties by name), the
 * path segment of each node kind, and the exact change records for fields added and removed,
 * occurrence changes (XSD 1.1 Part 1 §3.9 minOccurs/maxOccurs) and default/fixed values.
 */
import { describe, expect, it } from 'vitest';
import { compareFields } from '../../../generator/diff/schema/compare-types.js';
import type { SchemaChange } from '../../../generator/diff/schema/schema-change.js';
import type { IrField } from '../../../generator/ir/ir-types.js';
import { at, attr, el, str } from './ir-builders.js';

function compare(base: IrField[], rev: IrField[]): SchemaChange[] {
  const out: SchemaChange[] = [];
  compareFields(base, rev, { owner: 'O', path: 'T', name: 'T', out });
  return out;
}

const prop = (name: string, local = name, line = 1, min = 0): IrField => ({
  name,
  xml: { local, node: 'property' },
  type: str,
  occurs: { min, max: 1 },
  nillable: false,
  origin: at(line),
});
const text = (line = 1): IrField => ({
  name: 'value',
  xml: { local: 'value', node: 'text' },
  type: str,
  occurs: { min: 0, max: 1 },
  nillable: false,
  origin: at(line),
});

describe('compareFields: added and removed', () => {
  it('an optional element added', () => {
    expect(compare([], [el('b', str, 0, 1, 7)])).toStrictEqual([
      { rule: 'element-added', owner: 'O', name: 'b', path: 'T/b', message: 'T/b added', rev: at(7), to: 'xs:string' },
    ]);
  });

  it('a required attribute added', () => {
    expect(compare([], [attr('k', str, true, 8)])).toStrictEqual([
      {
        rule: 'required-attribute-added',
        owner: 'O',
        name: 'k',
        path: 'T/@k',
        message: 'T/@k added (required)',
        rev: at(8),
        to: 'xs:string',
      },
    ]);
  });

  it('an element removed', () => {
    expect(compare([el('b', str, 1, 1, 4)], [])).toStrictEqual([
      {
        rule: 'element-removed',
        owner: 'O',
        name: 'b',
        path: 'T/b',
        message: 'T/b removed',
        base: at(4),
        from: 'xs:string',
      },
    ]);
  });

  it('the text node has path #text', () => {
    expect(compare([text(3)], [])).toStrictEqual([
      {
        rule: 'element-removed',
        owner: 'O',
        name: 'value',
        path: 'T/#text',
        message: 'T/#text removed',
        base: at(3),
        from: 'xs:string',
      },
    ]);
  });

  it('a JSON property is named, placed and matched by its name, not its wire name', () => {
    expect(compare([prop('fooBar', 'foo_bar', 2)], [prop('fooBar', 'foo-bar', 2)])).toEqual([]);
    expect(compare([], [prop('fooBar', 'foo_bar', 5, 1)])).toStrictEqual([
      {
        rule: 'required-element-added',
        owner: 'O',
        name: 'fooBar',
        path: 'T/fooBar',
        message: 'T/fooBar added (required)',
        rev: at(5),
        to: 'xs:string',
      },
    ]);
    expect(compare([prop('fooBar', 'foo_bar', 6)], [])).toStrictEqual([
      {
        rule: 'element-removed',
        owner: 'O',
        name: 'fooBar',
        path: 'T/fooBar',
        message: 'T/fooBar removed',
        base: at(6),
        from: 'xs:string',
      },
    ]);
  });

  it('an element is named and matched by its XML local name, not its TypeScript name', () => {
    const e = (tsName: string) => el('x-y', str, 0, 1, 1, { name: tsName });
    expect(compare([e('xY')], [e('xy')])).toEqual([]);
    expect(compare([], [e('xY')]).map((c) => [c.name, c.path])).toEqual([['x-y', 'T/x-y']]);
    expect(compare([e('xY')], []).map((c) => [c.name, c.path])).toEqual([['x-y', 'T/x-y']]);
  });

  it('throws on a field node kind it does not know', () => {
    const bogus = { ...el('b'), xml: { local: 'b', node: 'bogus' } } as unknown as IrField;
    expect(() => compare([bogus], [])).toThrow('unexpected field node: "bogus"');
  });
});

/** The one occurrence change for element `a` (or attribute `k`) going from one occurs to another. */
function occurs(
  b: [number, number | 'unbounded'],
  r: [number, number | 'unbounded'],
): [string, string, string | undefined, string | undefined][] {
  return compare([el('a', str, b[0], b[1])], [el('a', str, r[0], r[1])]).map((c) => [c.rule, c.message, c.from, c.to]);
}

describe('compareFields: occurrence', () => {
  it('unchanged occurrence is no change', () => {
    expect(occurs([0, 'unbounded'], [0, 'unbounded'])).toEqual([]);
    expect(occurs([2, 5], [2, 5])).toEqual([]);
  });

  it('optional → required', () => {
    expect(occurs([0, 1], [1, 1])).toEqual([
      ['element-became-required', 'T/a became required (0..1 → 1..1)', '0..1', '1..1'],
    ]);
  });

  it('required → optional attribute', () => {
    expect(compare([attr('k', str, true)], [attr('k')])).toStrictEqual([
      {
        owner: 'O',
        rule: 'attribute-became-optional',
        name: 'k',
        path: 'T/@k',
        message: 'T/@k became optional (1..1 → 0..1)',
        from: '1..1',
        to: '0..1',
        base: at(1),
        rev: at(1),
      },
    ]);
  });

  it('required → optional element', () => {
    expect(occurs([1, 1], [0, 1])).toEqual([
      ['element-became-optional', 'T/a became optional (1..1 → 0..1)', '1..1', '0..1'],
    ]);
  });

  it('minimum raised', () => {
    expect(occurs([1, 'unbounded'], [2, 'unbounded'])).toEqual([
      ['occurrence-narrowed', 'T/a must occur more often (1..* → 2..*)', '1..*', '2..*'],
    ]);
  });

  it('minimum lowered', () => {
    expect(occurs([2, 'unbounded'], [1, 'unbounded'])).toEqual([
      ['occurrence-widened', 'T/a may occur less often (2..* → 1..*)', '2..*', '1..*'],
    ]);
  });

  it('single → repeated, alone', () => {
    expect(occurs([0, 1], [0, 'unbounded'])).toEqual([
      ['single-became-repeated', 'T/a may now repeat (0..1 → 0..*)', '0..1', '0..*'],
    ]);
  });

  it('repeated → single', () => {
    expect(occurs([0, 5], [0, 1])).toEqual([
      ['repeated-became-single', 'T/a no longer repeats (0..5 → 0..1)', '0..5', '0..1'],
    ]);
  });

  it('single → prohibited (max 0) is a narrowing', () => {
    expect(occurs([0, 1], [0, 0])).toEqual([
      ['occurrence-narrowed', 'T/a may occur fewer times (0..1 → 0..0)', '0..1', '0..0'],
    ]);
  });

  it('prohibited → single is a widening', () => {
    expect(occurs([0, 0], [0, 1])).toEqual([
      ['occurrence-widened', 'T/a may occur more times (0..0 → 0..1)', '0..0', '0..1'],
    ]);
  });

  it('maximum lowered and raised', () => {
    expect(occurs([0, 'unbounded'], [0, 5])).toEqual([
      ['occurrence-narrowed', 'T/a may occur fewer times (0..* → 0..5)', '0..*', '0..5'],
    ]);
    expect(occurs([0, 5], [0, 9])).toEqual([
      ['occurrence-widened', 'T/a may occur more times (0..5 → 0..9)', '0..5', '0..9'],
    ]);
  });

  it('both ends at once give two changes', () => {
    expect(occurs([1, 1], [0, 'unbounded'])).toEqual([
      ['element-became-optional', 'T/a became optional (1..1 → 0..*)', '1..1', '0..*'],
      ['single-became-repeated', 'T/a may now repeat (1..1 → 0..*)', '1..1', '0..*'],
    ]);
  });
});

describe('compareFields: default and fixed', () => {
  const withValue = (extra: Partial<IrField>) => el('a', str, 0, 1, 1, extra);

  it('a default that moves', () => {
    expect(compare([withValue({ default: '1' })], [withValue({ default: '2' })])).toStrictEqual([
      {
        owner: 'O',
        rule: 'default-changed',
        name: 'a',
        path: 'T/a',
        message: 'T/a: default 1 → 2',
        from: '1',
        to: '2',
        base: at(1),
        rev: at(1),
      },
    ]);
  });

  it('a fixed value that moves', () => {
    expect(compare([withValue({ fixed: 'x' })], [withValue({ fixed: 'y' })])).toStrictEqual([
      {
        owner: 'O',
        rule: 'default-changed',
        name: 'a',
        path: 'T/a',
        message: 'T/a: default x → y',
        from: 'x',
        to: 'y',
        base: at(1),
        rev: at(1),
      },
    ]);
  });

  it('a default that appears has no `from`', () => {
    expect(compare([withValue({})], [withValue({ default: '5' })])).toStrictEqual([
      {
        owner: 'O',
        rule: 'default-changed',
        name: 'a',
        path: 'T/a',
        message: 'T/a: default (none) → 5',
        to: '5',
        base: at(1),
        rev: at(1),
      },
    ]);
  });

  it('a fixed value that disappears has no `to`', () => {
    expect(compare([withValue({ fixed: 'x' })], [withValue({})])).toStrictEqual([
      {
        owner: 'O',
        rule: 'default-changed',
        name: 'a',
        path: 'T/a',
        message: 'T/a: default x → (none)',
        from: 'x',
        base: at(1),
        rev: at(1),
      },
    ]);
  });

  it('default → fixed of the same value is no change', () => {
    expect(compare([withValue({ default: 'x' })], [withValue({ fixed: 'x' })])).toEqual([]);
  });
});
