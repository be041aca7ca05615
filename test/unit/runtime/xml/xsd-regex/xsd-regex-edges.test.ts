/**
 * XSD 1.0 regular expressions at their edges: the automaton-size limit (patterns just inside are
 * usable, just outside refused with kind `limit`), quantifier bounds and group nesting at their
 * limits, class syntax errors with the offset of the problem, the parse tree of simple patterns and
 * the layout of the compiled NFA (each distinct set stored once; exits only where a state has them).
 */
import { describe, expect, it } from 'vitest';
import { single } from '../../../../../runtime/xml/xsd-regex/char-set.js';
import { parseXsdRegex } from '../../../../../runtime/xml/xsd-regex/parse-xsd-regex.js';
import { XsdRegexError } from '../../../../../runtime/xml/xsd-regex/regex-ast.js';
import { buildNfa, CHAR, JUMP, MATCH, SPLIT } from '../../../../../runtime/xml/xsd-regex/regex-nfa.js';
import { checkXsdPattern, compileXsdPattern } from '../../../../../runtime/xml/xsd-regex/xsd-regex.js';

function compileError(pattern: string): XsdRegexError | undefined {
  try {
    compileXsdPattern(pattern);
    return undefined;
  } catch (e) {
    if (e instanceof XsdRegexError) return e;
    throw e;
  }
}

describe('the automaton-size limit (20000 states)', () => {
  it.each([
    ['a{9999}', 'a'.repeat(9999), 'a'.repeat(9998)],
    ['(ab){4999}', 'ab'.repeat(4999), 'ab'.repeat(4998)],
    ['(a|b){3999}', 'ab'.repeat(1999) + 'a', 'ab'.repeat(1999)],
  ])('accepts %s, just inside it, and matches exactly', (pattern, yes, no) => {
    expect(checkXsdPattern(pattern)).toBeUndefined();
    const p = compileXsdPattern(pattern);
    expect(p.test(yes)).toBe(true);
    expect(p.test(no)).toBe(false);
  });

  it.each([
    ['a{10000}', 20002],
    ['(ab){5000}', 20002],
    ['(a|b){4000}', 20002],
    ['(abc){7000,}', 35002],
  ])('refuses %s, just outside it, with kind limit', (pattern, states) => {
    const e = checkXsdPattern(pattern);
    expect(e).toBeInstanceOf(XsdRegexError);
    expect(e?.kind).toBe('limit');
    expect(e?.name).toBe('XsdRegexError');
    expect(e?.offset).toBe(0);
    expect(e?.message).toContain(`about ${states} automaton states`);
    expect(e?.message).toContain('limit 20000');
    const c = compileError(pattern);
    expect(c?.kind).toBe('limit');
    expect(c?.offset).toBe(0);
    expect(c?.message).toContain(`about ${states} automaton states`);
  });

  it('a bound past 1000000 is refused where its quantifier starts, naming the bound', () => {
    const e = checkXsdPattern('a{1000001}');
    expect(e?.kind).toBe('limit');
    expect(e?.offset).toBe(1);
    expect(e?.message).toContain('bound 1000001 exceeds the limit 1000000');
    const at = checkXsdPattern('a{0,1000000}');
    expect(at?.kind).toBe('limit');
    expect(at?.offset).toBe(0);
    expect(at?.message).toContain('automaton states');
  });
});

describe('group nesting (at most 200 deep)', () => {
  it('accepts 200 nested groups and refuses 201', () => {
    const nest = (n: number) => `${'('.repeat(n)}a${')'.repeat(n)}`;
    expect(checkXsdPattern(nest(200))).toBeUndefined();
    expect(compileXsdPattern(nest(200)).test('a')).toBe(true);
    const e = checkXsdPattern(nest(201));
    expect(e?.kind).toBe('limit');
    expect(e?.offset).toBe(200);
    expect(e?.message).toContain('nest deeper than 200');
  });

  it('counts nesting, not groups: 300 groups side by side are fine', () => {
    const pattern = '(a)'.repeat(300);
    expect(checkXsdPattern(pattern)).toBeUndefined();
    expect(compileXsdPattern(pattern).test('a'.repeat(300))).toBe(true);
  });
});

describe('invalid patterns, with the offset and reason', () => {
  it.each([
    ['+', 0, 'nothing to repeat'],
    ['+a', 0, 'nothing to repeat'],
    ['a|+b', 2, 'nothing to repeat'],
    ['[-[a]]', 1, "needs a group before '-['"],
    ['[a-c-e[f]]', 4, "'-' inside a character class must be escaped"],
    ['[a-', 3, "'[' is not closed"],
    ['[b-a]', 1, 'range end is below its start'],
  ])('%j', (pattern, offset, reason) => {
    const e = checkXsdPattern(pattern);
    expect(e?.kind).toBe('invalid');
    expect(e?.offset).toBe(offset);
    expect(e?.message).toContain(reason);
  });
});

describe('valid edge patterns', () => {
  it.each<[string, string[], string[]]>([
    ['[a-a]', ['a'], ['b', '']],
    ['[\\--\\-]', ['-'], ['a']],
    ['\uffffa', ['\uffffa'], ['\uffff', 'a']],
    ['[\uffff]b', ['\uffffb'], ['\uffff', 'b']],
    ['\\.\\\\\\?', ['.\\?'], ['a\\?']],
  ])('%j', (pattern, yes, no) => {
    expect(checkXsdPattern(pattern)).toBeUndefined();
    const p = compileXsdPattern(pattern);
    for (const v of yes) expect([v, p.test(v)]).toEqual([v, true]);
    for (const v of no) expect([v, p.test(v)]).toEqual([v, false]);
  });
});

describe('parse tree', () => {
  const a = { t: 'set', set: single(0x61) };
  const b = { t: 'set', set: single(0x62) };

  it.each<[string, unknown]>([
    ['a', a],
    ['(a)', a],
    ['((a))', a],
    ['ab', { t: 'seq', items: [a, b] }],
    ['a|b', { t: 'alt', items: [a, b] }],
    ['(ab)|b', { t: 'alt', items: [{ t: 'seq', items: [a, b] }, b] }],
    ['', { t: 'seq', items: [] }],
    ['a{2,3}', { t: 'rep', node: a, min: 2, max: 3 }],
    ['a+', { t: 'rep', node: a, min: 1, max: Number.POSITIVE_INFINITY }],
  ])('%j', (pattern, tree) => {
    expect(parseXsdRegex(pattern)).toEqual(tree);
  });
});

describe('NFA layout', () => {
  it.each(['a{3}', '(a|b)*c?', '', 'a|', 'x{2,}', '(ab)+', '[a-z]{1,3}'])(
    '%j: each state has exactly the exits and set of its kind',
    (pattern) => {
      const nfa = buildNfa(parseXsdRegex(pattern));
      const n = nfa.kind.length;
      let matches = 0;
      for (let s = 0; s < n; s++) {
        const row = [nfa.kind[s], nfa.out[s]! >= 0, nfa.out2[s]! >= 0, nfa.setOf[s]! >= 0];
        switch (nfa.kind[s]) {
          case CHAR:
            expect(row).toEqual([CHAR, true, false, true]);
            expect(nfa.setOf[s]).toBeLessThan(nfa.sets.length);
            break;
          case SPLIT:
            expect(row).toEqual([SPLIT, true, true, false]);
            break;
          case JUMP:
            expect(row).toEqual([JUMP, true, false, false]);
            break;
          default:
            expect(row).toEqual([MATCH, false, false, false]);
            matches++;
        }
        for (const t of [nfa.out[s]!, nfa.out2[s]!]) expect(t).toBeLessThan(n);
      }
      expect(matches).toBe(1);
    },
  );

  it('stores each distinct character set once, however often it is repeated', () => {
    const nfa = buildNfa(parseXsdRegex('a{3}'));
    expect(nfa.sets).toEqual([single(0x61)]);
    expect([...nfa.kind].filter((k) => k === CHAR)).toHaveLength(3);
    expect(buildNfa(parseXsdRegex('(ab){2}')).sets).toEqual([single(0x61), single(0x62)]);
  });
});
