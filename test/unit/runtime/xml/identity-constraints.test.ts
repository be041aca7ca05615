/**
 * The streaming identity-constraint tracker (runtime/xml/identity-constraints.ts) driven over
 * small located documents: unique/key/keyref passes and violations with their line:column,
 * nested scopes, attribute and element fields, namespace name tests, the tuple cap.
 */
import { describe, expect, it } from 'vitest';
import { parseXmlTree, type XmlElement } from '../../../../generator/parse/xml/xml-tree.js';
import { type IdentityConstraintModel, IdentityTracker } from '../../../../runtime/xml/identity-constraints.js';

type Found = [code: string, line: number, col: number];

/** Feeds `xml` to a tracker; `on` maps an element's expanded name to its constraints. */
function run(xml: string, on: Record<string, IdentityConstraintModel[]>, maxTuples?: number): Found[] {
  const found: Found[] = [];
  const tracker = new IdentityTracker((code, _m, line, col) => found.push([code, line, col]), maxTuples);
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

const key = (kind: 'unique' | 'key', name: string, sel: string, fields: string[]): IdentityConstraintModel => ({
  name,
  kind,
  selector: [{ d: sel.startsWith('.//'), s: sel.replace('.//', '').split('/') }],
  fields: fields.map((f) => [f.startsWith('@') ? { s: [], a: f.slice(1) } : { s: f.split('/') }]),
});
const keyref = (name: string, refer: string, sel: string, fields: string[]): IdentityConstraintModel => ({
  ...key('key', name, sel, fields),
  kind: 'keyref',
  refer,
});

describe('identity constraints at run time', () => {
  const items = (ids: string[]) => `<root>\n${ids.map((i) => `<item id="${i}"/>`).join('\n')}\n</root>`;

  it('unique: distinct values pass, a repeated one is DuplicateKey at the repeating element', () => {
    const on = { root: [key('unique', 'u', 'item', ['@id'])] };
    expect(run(items(['a', 'b']), on)).toEqual([]);
    expect(run(items(['a', 'b', 'a']), on)).toEqual([['DuplicateKey', 4, 1]]);
  });

  it('unique ignores an incomplete tuple; key reports it as MissingKeyField', () => {
    const xml = '<root>\n<item/>\n<item/>\n</root>';
    expect(run(xml, { root: [key('unique', 'u', 'item', ['@id'])] })).toEqual([]);
    expect(run(xml, { root: [key('key', 'k', 'item', ['@id'])] })).toEqual([
      ['MissingKeyField', 2, 1],
      ['MissingKeyField', 3, 1],
    ]);
  });

  it('element fields and two-field tuples', () => {
    const xml = '<root>\n<p><f>1</f><g>x</g></p>\n<p><f>1</f><g>y</g></p>\n<p><f>1</f><g>x</g></p>\n</root>';
    expect(run(xml, { root: [key('key', 'k', 'p', ['f', 'g'])] })).toEqual([['DuplicateKey', 4, 1]]);
  });

  it('a field selecting two nodes is InvalidKeyField', () => {
    const xml = '<root>\n<p><f>1</f><f>2</f></p>\n</root>';
    expect(run(xml, { root: [key('unique', 'u', 'p', ['f'])] })).toEqual([['InvalidKeyField', 2, 1]]);
  });

  it('keyref: values found in the key pass, a dangling one is KeyrefNotFound at its element', () => {
    const on = { root: [key('key', 'k', 'item', ['@id']), keyref('r', 'k', 'ref', ['@to'])] };
    const xml = '<root>\n<item id="a"/>\n<ref to="a"/>\n<ref to="z"/>\n</root>';
    expect(run(xml, on)).toEqual([['KeyrefNotFound', 4, 1]]);
  });

  it('nested scopes: each instance of the constraint element has its own table', () => {
    const on = { group: [key('unique', 'u', 'item', ['@id'])] };
    const xml = '<root>\n<group><item id="a"/></group>\n<group><item id="a"/><item id="a"/></group>\n</root>';
    expect(run(xml, on)).toEqual([['DuplicateKey', 3, 22]]);
  });

  it('a keyref sees the key tables of descendant elements', () => {
    const on = { root: [keyref('r', 'k', './/ref', ['@to'])], group: [key('key', 'k', 'item', ['@id'])] };
    const xml = '<root>\n<group><item id="a"/></group>\n<ref to="a"/>\n<ref to="b"/>\n</root>';
    expect(run(xml, on)).toEqual([['KeyrefNotFound', 4, 1]]);
  });

  it('namespace name tests: {uri}* and expanded names in selectors', () => {
    const xml = '<root xmlns:p="urn:p">\n<p:item id="a"/>\n<item id="a"/>\n<p:item id="a"/>\n</root>';
    const byName = key('unique', 'u', '{urn:p}item', ['@id']);
    const byNs: IdentityConstraintModel = { ...byName, selector: [{ s: ['{urn:p}*'] }] };
    expect(run(xml, { root: [byName] })).toEqual([['DuplicateKey', 4, 1]]);
    expect(run(xml, { root: [byNs] })).toEqual([['DuplicateKey', 4, 1]]);
    expect(run(xml, { root: [key('unique', 'u', 'item', ['@id'])] })).toEqual([]);
  });

  it('.// selects at any depth; a plain path only at its depth', () => {
    const xml = '<root>\n<a><item id="x"/></a>\n<item id="x"/>\n</root>';
    expect(run(xml, { root: [key('unique', 'u', './/item', ['@id'])] })).toEqual([['DuplicateKey', 3, 1]]);
    expect(run(xml, { root: [key('unique', 'u', 'item', ['@id'])] })).toEqual([]);
  });

  it('more tuples than the cap: one XmlLimit, then nothing more', () => {
    const on = { root: [key('unique', 'u', 'item', ['@id'])] };
    expect(run(items(['a', 'b', 'c', 'c']), on, 2)).toEqual([['XmlLimit', 4, 1]]);
  });
});
