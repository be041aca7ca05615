/**
 * Dataset records (dataset/data-record.ts): the lazily parsed XML record and `fieldValues`, the
 * way QPS Criteria name fields: dotted steps, a direct child first (exact, then any case), else
 * descendants (exact name first, any case only when none), leaves only, trimmed; JSON paths
 * through arrays, exact key before any-case key, scalars only.
 */
import { describe, expect, it } from 'vitest';
import { type DataRecord, fieldValues, xmlRecord } from '../../../../conformance/mock/dataset/data-record.js';
import { XmlTreeError } from '../../../../conformance/mock/dataset/xml-tree.js';

describe('xmlRecord', () => {
  it('parses its tree once, on first use', () => {
    const r = xmlRecord(5, '<a><b>1</b></a>');
    expect([r.kind, r.id, r.xml]).toEqual(['xml', 5, '<a><b>1</b></a>']);
    const t = r.tree;
    expect(t.name).toBe('a');
    expect(r.tree).toBe(t);
  });
  it('a malformed record fails when read, not when made', () => {
    const r = xmlRecord(1, '<a>');
    expect(() => r.tree).toThrow(XmlTreeError);
  });
});

const X = xmlRecord(
  1,
  '<r><name> top </name><Kind>k</Kind><sub><name>inner</name></sub>' +
    '<tags><list><T><name>a</name><id>1</id></T><T><name>b</name></T></list></tags>' +
    '<deep><y><Name>L</Name></y><x><name>E</name></x></deep><box><in>1</in></box></r>',
);

describe('fieldValues: XML', () => {
  it.each([
    ['name', ['top']],
    ['kind', ['k']],
    ['KIND', ['k']],
    ['sub.name', ['inner']],
    ['tags.name', ['a', 'b']],
    ['tags.id', ['1']],
    ['tags..name', ['a', 'b']],
    ['.name.', ['top']],
    ['deep.name', ['E']],
    ['deep.NAME', ['L', 'E']],
    ['deep.Name', ['L']],
    ['box', []],
    ['box.in', ['1']],
    ['nothing', []],
    ['nothing.name', []],
    ['', []],
    ['.', []],
  ])('%j → %j', (field, want) => {
    expect(fieldValues(X, field)).toEqual(want);
  });
  it('an exact direct child wins over any-case ones', () => {
    const r = xmlRecord(1, '<r><a>1</a><A>2</A></r>');
    expect(fieldValues(r, 'a')).toEqual(['1', '2']);
    expect(fieldValues(xmlRecord(1, '<r><q><A>2</A></q><p><a>1</a></p></r>'), 'a')).toEqual(['1']);
  });
});

const J: DataRecord = {
  kind: 'json',
  id: 9,
  json: {
    name: 'n',
    Name: 'N',
    OS: 'linux',
    tags: [{ name: 't1' }, { name: 't2', id: 4 }, 'x', null],
    flags: [true, false],
    nested: { list: [[1, 2], [3]] },
    empty: null,
    obj: { a: 1 },
  },
};

describe('fieldValues: JSON', () => {
  it.each([
    ['name', ['n']],
    ['NAME', ['n']],
    ['os', ['linux']],
    ['tags.name', ['t1', 't2']],
    ['tags.id', ['4']],
    ['flags', ['true', 'false']],
    ['nested.list', ['1', '2', '3']],
    ['empty', []],
    ['obj', []],
    ['obj.a', ['1']],
    ['obj.a.b', []],
    ['missing', []],
    ['', []],
  ])('%j → %j', (field, want) => {
    expect(fieldValues(J, field)).toEqual(want);
  });
  it('takes the first any-case key when no key is exact', () => {
    const r: DataRecord = { kind: 'json', id: 1, json: { Name: 'A', NAME: 'B' } };
    expect(fieldValues(r, 'name')).toEqual(['A']);
    expect(fieldValues({ kind: 'json', id: 1, json: { Name: 'A', name: 'b' } }, 'name')).toEqual(['b']);
    expect(fieldValues({ kind: 'json', id: 1, json: { u: undefined } }, 'u')).toEqual([]);
  });
});
