/**
 * Edges of the streaming identity-constraint tracker (runtime/xml/identity-constraints.ts):
 * name tests and multi-step paths, the scope element and `.` selectors, fields that select an
 * element twice or an element without simple content, the node tables a keyref looks in
 * (§3.11.5: entries two children give for different nodes are left out), the tuple cap across
 * scopes, and the text of every issue.
 */
import { describe, expect, it } from 'vitest';
import { parseXmlTree, type XmlElement } from '../../../../generator/parse/xml/xml-tree.js';
import {
  type IdentityConstraintModel,
  type IdentityPath,
  IdentityTracker,
} from '../../../../runtime/xml/identity-constraints.js';

type Found = [code: string, line: number, col: number, message: string];

/** Feeds `xml` to a tracker; `on` maps an element's expanded name to its constraints. */
function run(xml: string, on: Record<string, IdentityConstraintModel[]>, maxTuples?: number): Found[] {
  const found: Found[] = [];
  const tracker = new IdentityTracker((code, m, line, col) => found.push([code, line, col, m]), maxTuples);
  const walk = (el: XmlElement, depth: number) => {
    const name = el.uri === '' ? el.local : `{${el.uri}}${el.local}`;
    const attrs: Record<string, string> = {};
    for (const [k, v] of Object.entries(el.attributes)) if (!k.startsWith('xmlns')) attrs[k] = v;
    tracker.open(depth, name, attrs, on[name], el.line, el.column);
    for (const c of el.children) walk(c, depth + 1);
    tracker.close(depth, el.children.length === 0 ? el.text.trim() : undefined);
  };
  walk(parseXmlTree(xml, 't.xml'), 0);
  return found;
}
const codes = (found: Found[]) => found.map(([c, l, col]) => `${c} ${l}:${col}`);
const messages = (found: Found[]) => found.map((f) => f[3]);

const path = (p: string): IdentityPath =>
  p.startsWith('@') ? { s: [], a: p.slice(1) } : { d: p.startsWith('.//'), s: p.replace('.//', '').split('/') };
const ic = (
  kind: IdentityConstraintModel['kind'],
  name: string,
  sel: string,
  fields: (string | string[])[],
  refer?: string,
): IdentityConstraintModel => ({
  name,
  kind,
  ...(refer === undefined ? {} : { refer }),
  selector: sel.split('|').map(path),
  fields: fields.map((f) => (Array.isArray(f) ? f : [f]).map(path)),
});

describe('name tests and paths', () => {
  it('a * step selects any name', () => {
    const on = { root: [ic('unique', 'u', '*', ['@id'])] };
    expect(codes(run('<root>\n<a id="x"/>\n<b id="x"/>\n</root>', on))).toEqual(['DuplicateKey 3:1']);
  });

  it('{uri}* selects the names of that namespace only', () => {
    const on = { root: [ic('unique', 'u', '{urn:p}*', ['@id'])] };
    const xml = '<root xmlns:p="urn:p" xmlns:q="urn:pq">\n<p:a id="x"/>\n<q:a id="x"/>\n<a id="x"/>\n</root>';
    expect(run(xml, on)).toEqual([]);
  });

  it('a path of two steps matches them in document order', () => {
    const on = { root: [ic('unique', 'u', 'a/b', ['@id'])] };
    const xml = '<root>\n<a><b id="x"/></a>\n<a><b id="x"/></a>\n<b><a id="x"/></b>\n</root>';
    expect(codes(run(xml, on))).toEqual(['DuplicateKey 3:4']);
  });

  it('.// does not select the scope element itself', () => {
    const on = { root: [ic('unique', 'u', './/*', ['@id'])] };
    expect(run('<root id="x">\n<a id="x"/>\n</root>', on)).toEqual([]);
  });

  it('tuples of two fields are compared field by field', () => {
    const on = { root: [ic('unique', 'u', 'p', ['@a', '@b'])] };
    expect(run('<root>\n<p a="ab" b="c"/>\n<p a="a" b="bc"/>\n</root>', on)).toEqual([]);
  });
});

describe('fields', () => {
  it('a field whose alternatives select one element twice selects one node', () => {
    const on = { root: [ic('key', 'k', 'p', [['f', 'f', './f']])] };
    expect(run('<root>\n<p><f>1</f></p>\n<p><f>2</f></p>\n</root>', on)).toEqual([]);
  });

  it('an element field without simple content is InvalidKeyField; the tuple is incomplete', () => {
    const xml = '<root>\n<p><f><x>1</x></f></p>\n<p><f><x>1</x></f></p>\n</root>';
    const unique = run(xml, { root: [ic('unique', 'u', 'p', ['@id', 'f'])] });
    expect(codes(unique)).toEqual(['InvalidKeyField 2:1', 'InvalidKeyField 3:1']);
    expect(unique[0]![3]).toBe('field 2 of unique "u" selects an element without simple content');
    const key = run('<root>\n<p><f><x>1</x></f></p>\n</root>', { root: [ic('key', 'k', 'p', ['f'])] });
    expect(codes(key)).toEqual(['InvalidKeyField 2:1', 'MissingKeyField 2:1']);
    expect(key[1]![3]).toBe('key "k" needs a value for every field');
  });

  it('a field selecting two nodes names the field', () => {
    const found = run('<root>\n<p><f>1</f><g>1</g><g>2</g></p>\n</root>', {
      root: [ic('unique', 'u', 'p', ['f', 'g'])],
    });
    expect(messages(found)).toEqual(['field 2 of unique "u" selects more than one node']);
  });

  it('a duplicate names the values of every field', () => {
    const found = run('<root>\n<p a="x" b="y"/>\n<p a="x" b="y"/>\n</root>', {
      root: [ic('unique', 'u', 'p', ['@a', '@b'])],
    });
    expect(messages(found)).toEqual([`duplicate value 'x', 'y' for unique "u"`]);
  });
});

describe('keyref node tables (§3.11.5)', () => {
  it('the scope element itself may be the key target (selector .)', () => {
    const on = { root: [ic('key', 'k', '.', ['@id']), ic('keyref', 'r', 'ref', ['@to'], 'k')] };
    expect(run('<root id="a">\n<ref to="a"/>\n</root>', on)).toEqual([]);
  });

  it('a keyref with no table to look in: every value is not found', () => {
    const on = { root: [ic('keyref', 'r', 'ref', ['@to', '@n'], 'k')] };
    expect(run('<root>\n<ref to="a" n="1"/>\n</root>', on)).toEqual([
      ['KeyrefNotFound', 2, 1, `keyref "r" value 'a', '1' matches no "k"`],
    ]);
  });

  it('keys from two child scopes are all found when their values differ', () => {
    const on = { root: [ic('keyref', 'r', 'ref', ['@to'], 'k')], g: [ic('key', 'k', 'item', ['@id'])] };
    const xml = '<root>\n<g><item id="a"/></g>\n<g><item id="b"/></g>\n<ref to="a"/>\n<ref to="b"/>\n</root>';
    expect(run(xml, on)).toEqual([]);
  });

  it('a value two child scopes give for different nodes matches more than one node', () => {
    const on = { root: [ic('keyref', 'r', 'ref', ['@to'], 'k')], g: [ic('key', 'k', 'item', ['@id'])] };
    const xml = '<root>\n<g><item id="a"/></g>\n<g><item id="a"/></g>\n<ref to="a"/>\n</root>';
    expect(run(xml, on)).toEqual([
      ['KeyrefNotFound', 4, 1, `keyref "r" value 'a' matches more than one node (in different scopes) of "k"`],
    ]);
  });

  it('a conflicting value is left out of the table it conflicts in, so a later entry above is unique', () => {
    const on = { root: [ic('keyref', 'r', 'ref', ['@to'], 'k')], g: [ic('key', 'k', 'item', ['@id'])] };
    const xml =
      '<root>\n<m><g><item id="a"/></g><g><item id="a"/></g></m>\n<g><item id="a"/></g>\n<ref to="a"/>\n</root>';
    expect(run(xml, on)).toEqual([]);
  });
});

describe('the tuple cap', () => {
  it('after the cap no tuple is kept: no DuplicateKey follows the XmlLimit', () => {
    const on = { root: [ic('unique', 'u', 'item', ['@id'])] };
    const xml = '<root>\n<item id="a"/>\n<item id="b"/>\n<item id="a"/>\n<item id="a"/>\n</root>';
    expect(run(xml, on, 2)).toEqual([
      ['XmlLimit', 4, 1, 'more than 2 identity-constraint values; not checked further'],
    ]);
  });

  it('one XmlLimit even when more targets close at that element or later', () => {
    const three = ['u1', 'u2', 'u3'].map((n) => ic('unique', n, 'item', ['@id']));
    expect(codes(run('<root>\n<item id="a"/>\n</root>', { root: three }, 1))).toEqual(['XmlLimit 2:1']);
    const nested = { root: [ic('unique', 'u', './/item', ['@id'])] };
    const xml = '<root>\n<item id="a">\n<item id="b"/>\n<item id="c"/>\n</item>\n</root>';
    expect(codes(run(xml, nested, 1))).toEqual(['XmlLimit 4:1']);
  });

  it('tuples of a closed scope no longer count', () => {
    const on = { g: [ic('unique', 'u', 'item', ['@id'])] };
    const g = '<g><item id="a"/><item id="b"/></g>';
    expect(run(`<root>\n${g}\n${g}\n${g}\n</root>`, on, 2)).toEqual([]);
  });
});
