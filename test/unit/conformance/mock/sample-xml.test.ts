/**
 * Schema-generated XML bodies (sample-xml.ts) with a scripted rng, so every coin is known: the
 * DOCTYPE (DTD) or schemaLocation (XSD) header, required / optional / fixed attributes, element
 * counts (min capped at 3, optional ones 1..2 by the coin), choices (never a wildcard, an
 * optional member forced once), continuation markers left out unless required, text before
 * children, escaping, and the depth budgets (optional content to `optionalDepth`, default 6;
 * recursion never past depth 40).
 */
import { describe, expect, it } from 'vitest';
import { sampleXml } from '../../../../conformance/mock/sample-xml.js';
import type { ParticleModel, XmlSchemaModel, XmlTypeModel } from '../../../../runtime/schema-model.js';
import { always, scripted } from './scripted-random.js';

const el = (name: string, type: number, min: number, max: number): ParticleModel => ({
  k: 'el',
  name,
  p: name,
  type,
  min,
  max,
  array: false,
});
const STR: XmlTypeModel = { k: 'simple', s: { b: 'string' } };
const EMPTY: XmlTypeModel = { k: 'complex', attrs: [], anyAttr: false, mixed: false, content: null };
const complex = (attrs: unknown[], content: ParticleModel | null, text?: unknown): XmlTypeModel =>
  ({ k: 'complex', attrs, anyAttr: false, mixed: false, content, ...(text ? { text } : {}) }) as XmlTypeModel;
const model = (format: 'xsd' | 'dtd', types: XmlTypeModel[], roots: Record<string, number> = { root: 0 }) =>
  ({ id: 'm', format, roots, types }) as unknown as XmlSchemaModel;

const ROOT = complex(
  [
    { name: 'a', p: 'a', type: { b: 'string' }, required: true },
    { name: 'b', p: 'b', type: { b: 'int' }, required: false, default: '7' },
    { name: 'c', p: 'c', type: { b: 'int' }, required: false, fixed: 'F' },
  ],
  {
    k: 'seq',
    min: 1,
    max: 1,
    items: [
      el('child1', 1, 1, 1),
      el('opt', 1, 0, -1),
      el('WARNING', 1, 0, 1),
      {
        k: 'choice',
        min: 1,
        max: 1,
        items: [{ k: 'any', min: 1, max: 1, process: 'lax' }, el('x', 2, 0, 1), el('y', 1, 1, 1)],
      },
    ],
  },
);
const M = model('xsd', [ROOT, STR, EMPTY]);
const XSD_HEAD =
  '<?xml version="1.0" encoding="UTF-8" ?>\n<root xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
  'xsi:noNamespaceSchemaLocation="http://m/qspec-mock/r.xsd"';
const opts = { root: 'root', schemaFile: 'r.xsd', baseUrl: 'http://m/' };

describe('sampleXml: one coin at a time', () => {
  it('b with its default (0.7), two opt (0.1, 0.9), WARNING left out (0.1, 0.0), choice y (0.6)', () => {
    const rng = scripted([0.7, 0.1, 0.9, 0.1, 0.0, 0.6]);
    expect(sampleXml(M, rng, opts)).toBe(
      `${XSD_HEAD} a="sample" b="7" c="F"><child1>sample</child1><opt>sample</opt><opt>sample</opt><y>sample</y></root>\n`,
    );
    expect(rng.left()).toBe(0);
  });
  it('no b (0.2), no opt (0.7), no WARNING (0.9), choice x forced once (0.0)', () => {
    const rng = scripted([0.2, 0.7, 0.9, 0.0]);
    expect(sampleXml(M, rng, opts)).toBe(`${XSD_HEAD} a="sample" c="F"><child1>sample</child1><x/></root>\n`);
    expect(rng.left()).toBe(0);
  });
  it('coins at their edges: 0.5 takes an attribute, 0.49 skips it; 0.6 skips an element, 0.59 takes it', () => {
    expect(sampleXml(M, scripted([0.5, 0.6, 0.6, 0.0]), opts)).toBe(
      `${XSD_HEAD} a="sample" b="7" c="F"><child1>sample</child1><x/></root>\n`,
    );
    expect(sampleXml(M, scripted([0.49, 0.59, 0.0, 0.6, 0.5]), opts)).toBe(
      `${XSD_HEAD} a="sample" c="F"><child1>sample</child1><opt>sample</opt><y>sample</y></root>\n`,
    );
  });
  it('optionalDepth 0: only the root attributes flip coins', () => {
    const rng = scripted([0.9, 0.0]);
    expect(sampleXml(M, rng, { ...opts, optionalDepth: 0 })).toBe(
      `${XSD_HEAD} a="sample" b="7" c="F"><child1>sample</child1><x/></root>\n`,
    );
    expect(rng.left()).toBe(0);
  });
});

describe('sampleXml: counts', () => {
  const counted = (p: ParticleModel) => model('dtd', [complex([], { k: 'seq', min: 1, max: 1, items: [p] }), STR]);
  const dtd = { root: 'root', schemaFile: 'r.dtd', baseUrl: 'http://m' };
  const HEAD = '<?xml version="1.0" encoding="UTF-8" ?>\n<!DOCTYPE root SYSTEM "http://m/qspec-mock/r.dtd">\n';
  const n = (xml: string) => xml.split('<e>').length - 1;
  it.each([
    [el('e', 1, 5, -1), [], 3],
    [el('e', 1, 2, 2), [], 2],
    [el('e', 1, 0, 1), [0.1, 0.99], 1],
    [el('e', 1, 0, 5), [0.1, 0.99], 2],
    [el('e', 1, 0, -1), [0.1, 0.99], 2],
    [el('e', 1, 0, 3), [0.1, 0.5], 1],
    [el('e', 1, 0, -1), [0.1, 0.3], 1],
    [el('e', 1, 0, 1), [0.6], 0],
  ])('%j with coins %j → %i', (p, coins, want) => {
    const rng = scripted(coins);
    expect(n(sampleXml(counted(p), rng, dtd))).toBe(want);
    expect(rng.left()).toBe(0);
  });
  it('writes the DOCTYPE for a DTD and required continuation markers', () => {
    expect(sampleXml(counted(el('WARNING', 1, 1, 1)), always(0.9), dtd)).toBe(
      `${HEAD}<root><WARNING>sample</WARNING></root>\n`,
    );
    expect(sampleXml(counted(el('lastId', 1, 0, 1)), always(0.1), dtd)).toBe(`${HEAD}<root/>\n`);
    expect(sampleXml(counted(el('hasMoreRecords', 1, 0, 1)), always(0.1), dtd)).toBe(`${HEAD}<root/>\n`);
    expect(sampleXml(counted(el('other', 1, 0, 1)), always(0.1), dtd)).toBe(
      `${HEAD}<root><other>sample</other></root>\n`,
    );
  });
  it('a choice of wildcards only takes the first, which writes nothing; all and seq take every item', () => {
    const anyOnly: ParticleModel = {
      k: 'choice',
      min: 1,
      max: 1,
      items: [{ k: 'any', min: 1, max: 1, process: 'lax' }],
    };
    expect(sampleXml(counted(anyOnly), always(0.1), dtd)).toBe(`${HEAD}<root/>\n`);
    const all: ParticleModel = { k: 'all', min: 1, max: 1, items: [el('p', 1, 1, 1), el('q', 1, 1, 1)] };
    expect(sampleXml(counted(all), always(0.9), dtd)).toBe(`${HEAD}<root><p>sample</p><q>sample</q></root>\n`);
    const empty: ParticleModel = { k: 'choice', min: 1, max: 1, items: [] };
    expect(sampleXml(counted(empty), always(0.1), dtd)).toBe(`${HEAD}<root/>\n`);
  });
});

describe('sampleXml: text, escaping, errors, depth', () => {
  it('writes text before children and escapes text and attribute values', () => {
    const t = complex(
      [{ name: 'q', p: 'q', type: { b: 'string' }, required: false, fixed: `a"<&>'` }],
      el('k', 1, 1, 1),
      {
        b: 'string',
        enum: ['x<&>"'],
      },
    );
    expect(sampleXml(model('dtd', [t, STR], { T: 0 }), always(0.1), { root: 'T', schemaFile: 's', baseUrl: 'b' })).toBe(
      '<?xml version="1.0" encoding="UTF-8" ?>\n<!DOCTYPE T SYSTEM "b/qspec-mock/s">\n' +
        `<T q="a&quot;&lt;&amp;&gt;'">x&lt;&amp;&gt;&quot;<k>sample</k></T>\n`,
    );
  });
  it('refuses an unknown root', () => {
    expect(() => sampleXml(M, always(0.1), { ...opts, root: 'nope' })).toThrow(
      new Error('sampleXml: m has no root nope'),
    );
  });
  it('stops optional recursion at optionalDepth (default 6) and never goes past depth 40', () => {
    const self = model('dtd', [complex([], { k: 'seq', min: 1, max: 1, items: [el('s', 0, 0, 1)] })], { s: 0 });
    const depth = (o: Partial<typeof opts & { optionalDepth: number }>) =>
      sampleXml(self, always(0.1), { root: 's', schemaFile: 'f', baseUrl: 'b', ...o }).split('<s').length - 1;
    expect(depth({})).toBe(7);
    expect(depth({ optionalDepth: 2 })).toBe(3);
    expect(depth({ optionalDepth: 100 })).toBe(41);
  });
});
