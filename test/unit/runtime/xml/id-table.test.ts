/**
 * The document's ID/IDREF table (XSD 1.0 Part 1 §3.15.5, cvc-id 1 and 2): an ID value may be
 * used once, the second use names the first; IDREF values and the items of an IDREFS value must
 * each match some ID, reported at their first use; values of other types (kind 0) are not kept.
 */
import { describe, expect, it } from 'vitest';
import { type IdSite, IdTable } from '../../../../runtime/xml/id-table.js';

const at = (line: number, col: number, path = `/r/e${line}`): IdSite => ({ line, col, path });

describe('IdTable', () => {
  it('a second use of an ID value names the first; other values are fine', () => {
    const t = new IdTable();
    expect(t.note(1, 'a', at(1, 2, '/r/@id'))).toBeUndefined();
    expect(t.note(1, 'b', at(2, 3))).toBeUndefined();
    expect(t.note(1, 'a', at(4, 5))).toBe("ID 'a' is already used at 1:2 (/r/@id)");
    expect(t.unresolved()).toEqual([]);
  });

  it('an IDREF matching no ID is unresolved, at its first use; one matching an ID (before or after) is not', () => {
    const t = new IdTable();
    expect(t.note(2, 'later', at(1, 1))).toBeUndefined();
    expect(t.note(2, 'missing', at(2, 1))).toBeUndefined();
    expect(t.note(2, 'missing', at(3, 1))).toBeUndefined();
    t.note(1, 'earlier', at(4, 1));
    t.note(2, 'earlier', at(5, 1));
    t.note(1, 'later', at(6, 1));
    expect(t.unresolved()).toEqual([['missing', at(2, 1)]]);
  });

  it('each item of an IDREFS value must match an ID; items are separated by any XML whitespace', () => {
    const t = new IdTable();
    t.note(1, 'a', at(1, 1));
    t.note(1, 'c', at(1, 9));
    expect(t.note(3, 'a b\tc\nd\re  f', at(2, 1))).toBeUndefined();
    expect(t.unresolved().map(([v]) => v)).toEqual(['b', 'd', 'e', 'f']);
  });

  it('leading and trailing whitespace of an IDREFS value makes no empty item', () => {
    const t = new IdTable();
    t.note(1, 'a', at(1, 1));
    t.note(3, ' a ', at(2, 1));
    t.note(3, '\t a\n', at(3, 1));
    expect(t.unresolved()).toEqual([]);
  });

  it('a value of a type outside the table (kind 0) is not kept', () => {
    const t = new IdTable();
    expect(t.note(0, 'x y', at(1, 1))).toBeUndefined();
    expect(t.note(0, 'x y', at(2, 1))).toBeUndefined();
    expect(t.unresolved()).toEqual([]);
    t.note(2, 'x', at(3, 1));
    expect(t.unresolved()).toEqual([['x', at(3, 1)]]);
  });
});
