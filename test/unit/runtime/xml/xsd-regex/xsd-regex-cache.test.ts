/**
 * The compiled-pattern cache: a pattern compiles once (the same matcher is handed back), and the
 * cache is bounded at 512 patterns (a full cache is emptied before the next new pattern is kept).
 * Kept in a file of its own: the cache is module state, and this test counts its entries.
 */
import { describe, expect, it } from 'vitest';
import { compileXsdPattern } from '../../../../../runtime/xml/xsd-regex/xsd-regex.js';

describe('compileXsdPattern cache', () => {
  it('hands back the same matcher for the same pattern, and holds at most 512 patterns', () => {
    const first = compileXsdPattern('k0');
    expect(compileXsdPattern('k0')).toBe(first);
    expect(first.source).toBe('k0');
    for (let i = 1; i < 512; i++) compileXsdPattern(`k${i}`);
    // 512 patterns held: all still cached.
    expect(compileXsdPattern('k0')).toBe(first);
    expect(compileXsdPattern('k511').test('k511')).toBe(true);
    // One more new pattern empties the full cache first.
    compileXsdPattern('k512');
    const again = compileXsdPattern('k0');
    expect(again).not.toBe(first);
    expect(again.test('k0')).toBe(true);
    expect(compileXsdPattern('k0')).toBe(again);
  });
});
