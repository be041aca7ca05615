/**
 * Typed-record helpers: a child's value goes under its particle's property (an array whenever
 * the particle can repeat, even for one element); XML whitespace (XML 1.0 §2.3 S: space, tab,
 * CR, LF) and nothing else is blank; a value shown in a message is at most 80 characters.
 */
import { describe, expect, it } from 'vitest';
import type { ElementParticle } from '../../../../runtime/xml/content-state.js';
import { isBlank, putChild, renderFound } from '../../../../runtime/xml/record-value.js';

const particle = (p: string, array: boolean): ElementParticle => ({
  k: 'el',
  name: p,
  p,
  type: 0,
  min: 0,
  max: array ? -1 : 1,
  array,
});

describe('putChild', () => {
  it('a particle that can repeat gives an array, even with one element', () => {
    const parent: Record<string, unknown> = {};
    putChild(parent, particle('item', true), 1);
    expect(parent).toEqual({ item: [1] });
    putChild(parent, particle('item', true), 2);
    expect(parent).toEqual({ item: [1, 2] });
  });

  it('a particle that cannot repeat gives the single value', () => {
    const parent: Record<string, unknown> = { other: 'x' };
    putChild(parent, particle('name', false), 'a');
    expect(parent).toEqual({ other: 'x', name: 'a' });
  });
});

describe('isBlank', () => {
  it.each([
    ['the empty string', ''],
    ['a space', ' '],
    ['a tab', '\t'],
    ['a line feed', '\n'],
    ['a carriage return', '\r'],
    ['all four, repeated', ' \t\r\n \n\t\r'],
  ])('%s is blank', (_name, s) => {
    expect(isBlank(s)).toBe(true);
  });

  it.each([
    ['a letter', 'a'],
    ['a letter after whitespace', ' \t\n\ra'],
    ['a letter before whitespace', 'a \t'],
    ['a no-break space (U+00A0)', '\u00a0'],
    ['a form feed', '\f'],
    ['a vertical tab', '\v'],
    ['U+2028 (line separator, not XML whitespace)', '\u2028'],
    ['NEL (U+0085)', ' \u0085'],
  ])('%s is not blank', (_name, s) => {
    expect(isBlank(s)).toBe(false);
  });
});

describe('renderFound', () => {
  it('keeps a value of up to 80 characters as it is', () => {
    expect(renderFound('')).toBe('');
    expect(renderFound('abc')).toBe('abc');
    const s80 = 'x'.repeat(79) + 'y';
    expect(renderFound(s80)).toBe(s80);
  });

  it('shortens a longer value to its first 77 characters and "..." (80 in all)', () => {
    const s81 = `${'0123456789'.repeat(8)}z`;
    const shown = renderFound(s81);
    expect(shown).toHaveLength(80);
    expect(shown).toBe(`${s81.slice(0, 77)}...`);
    expect(renderFound('a'.repeat(1000))).toBe(`${'a'.repeat(77)}...`);
  });
});
