/**
 * `LocatedYaml.locate` (generator/parse/spec/parse-located-yaml.ts): the 1-based line and column of
 * the node a JSON pointer names, or of the nearest existing ancestor when the pointer does not
 * resolve; with `'key'`, of the map key naming the pointer's last segment.
 *
 * Pointers follow RFC 6901 (JSON Pointer): `~1` is `/` and `~0` is `~` in a reference token; an
 * array index is a run of decimal digits (`0` or no leading zero), nothing else; a token that
 * names no member or element does not resolve. Positions are those of the YAML source (YAML 1.2
 * §6: line and column of the node's first character, 1-based as in every qspec diagnostic).
 */
import { describe, expect, it } from 'vitest';
import { parseLocatedYaml } from '../../../../generator/parse/spec/parse-located-yaml.js';

// 1  a:
// 2    x: 1
// 3    c: 2
// 4  s: plain
// 5  q: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]
// 6  "a/b": 5
// 7  "a~b": 6
// 8  "x~1": 7
const TEXT = [
  'a:',
  '  x: 1',
  '  c: 2',
  's: plain',
  'q: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]',
  '"a/b": 5',
  '"a~b": 6',
  '"x~1": 7',
  '',
].join('\n');
// Parsed in each test, not at collection (which mutation testing counts as static).
const yaml = () => parseLocatedYaml('l.yaml', TEXT);
const at = (line: number, column: number) => ({ line, column });

describe('pointers that resolve', () => {
  it('a map value, a map key and a scalar at the root', () => {
    expect(yaml().locate('/a/c')).toEqual(at(3, 6));
    expect(yaml().locate('/a/c', 'key')).toEqual(at(3, 3));
    expect(yaml().locate('/s')).toEqual(at(4, 4));
    expect(yaml().locate('')).toEqual(at(1, 1));
  });

  it('sequence elements by index, two-digit indexes included', () => {
    expect(yaml().locate('/q/0')).toEqual(at(5, 5));
    expect(yaml().locate('/q/1')).toEqual(at(5, 8));
    expect(yaml().locate('/q/11')).toEqual(at(5, 39));
  });

  it('~1 and ~0 in a token are / and ~ (RFC 6901 §4), ~01 is ~1', () => {
    expect(yaml().locate('/a~1b')).toEqual(at(6, 8));
    expect(yaml().locate('/a~0b')).toEqual(at(7, 8));
    expect(yaml().locate('/x~01')).toEqual(at(8, 8));
    expect(yaml().locate('/a~1b', 'key')).toEqual(at(6, 1));
  });
});

describe('pointers that do not resolve: the nearest existing ancestor', () => {
  it('a missing member, below it, and below a missing member', () => {
    expect(yaml().locate('/a/nope')).toEqual(at(2, 3));
    expect(yaml().locate('/a/nope/deeper')).toEqual(at(2, 3));
    expect(yaml().locate('/nope/deeper')).toEqual(at(1, 1));
  });

  it('below a scalar, even with an index-like token', () => {
    expect(yaml().locate('/s/0')).toEqual(at(4, 4));
    expect(yaml().locate('/a/x/0')).toEqual(at(2, 6));
  });

  it('an index past the end of a sequence', () => {
    expect(yaml().locate('/q/12')).toEqual(at(5, 4));
  });

  it.each([['1.0'], [' 1'], ['1 '], ['+1'], ['1e0'], ['0x1'], ['-1'], ['one']])(
    'a token that is not an array index (%j) names no element',
    (token) => {
      expect(yaml().locate(`/q/${token}`)).toEqual(at(5, 4));
    },
  );
});

describe("with 'key': the key naming the last token", () => {
  it('a key that is not in its map: the map', () => {
    expect(yaml().locate('/a/zzz', 'key')).toEqual(at(2, 3));
  });

  it('a key below a member that does not exist: the nearest ancestor, not a key of the same name there', () => {
    // /a has a key c, but /a/b/c names a key of /a/b, which does not exist.
    expect(yaml().locate('/a/b/c', 'key')).toEqual(at(2, 3));
  });

  it('a key below a sequence or a scalar: that node', () => {
    expect(yaml().locate('/q/c', 'key')).toEqual(at(5, 4));
    expect(yaml().locate('/s/c', 'key')).toEqual(at(4, 4));
  });
});

describe('an empty document', () => {
  it.each([[''], ['# only a comment\n']])('every pointer is at 1:1 (%j)', (text) => {
    const empty = parseLocatedYaml('e.yaml', text);
    expect(empty.data).toBeNull();
    expect(empty.locate('')).toEqual(at(1, 1));
    expect(empty.locate('/a/b')).toEqual(at(1, 1));
    expect(empty.locate('/a', 'key')).toEqual(at(1, 1));
  });
});
