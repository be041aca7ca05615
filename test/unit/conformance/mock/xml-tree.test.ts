/**
 * The dataset's linear XML reader (dataset/xml-tree.ts): element tree, text (entities decoded,
 * CDATA raw), attributes in either quote, source spans, skipped comments / PIs / DOCTYPE with an
 * internal subset, every refusal message, the depth and element-count bounds at their limits,
 * entity decoding edge cases (numeric range, 10-character window), and the tree helpers.
 */
import { describe, expect, it } from 'vitest';
import {
  childrenNamed,
  childText,
  DEFAULT_LIMITS,
  decodeEntities,
  descendantsNamed,
  escapeText,
  findFirst,
  isSpace,
  parseXmlTree,
  type XmlNode,
  XmlTreeError,
} from '../../../../conformance/mock/dataset/xml-tree.js';

/** A node without its spans, children recursively. */
const shape = (n: XmlNode): unknown => ({
  name: n.name,
  attrs: n.attrs,
  text: n.text,
  children: n.children.map(shape),
});

describe('parseXmlTree: reading', () => {
  it('reads names, attributes, text and children', () => {
    const root = parseXmlTree(
      `<?xml version="1.0"?>\n<!DOCTYPE a [<!ELEMENT a ANY><!ATTLIST a x CDATA "1">]>\n<!-- c -->` +
        `<a x='1' y = "&lt;&amp;"\tz="'"> t1 <b>&#65;&#x42;&quot;&apos;&gt;</b><![CDATA[<&amp;>]]><c/><d\n/>t2</a>trailing`,
    );
    expect(shape(root)).toEqual({
      name: 'a',
      attrs: { x: '1', y: '<&', z: "'" },
      text: ' t1 <&amp;>t2',
      children: [
        { name: 'b', attrs: {}, text: 'AB"\'>', children: [] },
        { name: 'c', attrs: {}, text: '', children: [] },
        { name: 'd', attrs: {}, text: '', children: [] },
      ],
    });
  });
  it('keeps each element source span', () => {
    const text = ' <a><b x="1">t</b><c/></a >';
    const root = parseXmlTree(text);
    const spans = [root, ...root.children].map((n) => text.slice(n.start, n.end));
    expect(spans).toEqual(['<a><b x="1">t</b><c/></a >', '<b x="1">t</b>', '<c/>']);
  });
  it('ignores text and CDATA outside the root', () => {
    expect(shape(parseXmlTree('x<![CDATA[y]]><a/>z'))).toEqual({ name: 'a', attrs: {}, text: '', children: [] });
  });
  it('ends a name at whitespace, / or >', () => {
    expect(parseXmlTree('<a\tb="1"/>').attrs).toEqual({ b: '1' });
    expect(parseXmlTree('<a\r\nb="1" />').name).toBe('a');
    expect(parseXmlTree('<a>x</a>').text).toBe('x');
  });
});

describe('parseXmlTree: refusals', () => {
  it.each([
    ['', 'no root element'],
    ['just text', 'no root element'],
    ['<!-- c -->', 'no root element'],
    ['<a>', 'unclosed element <a>'],
    ['<a>text', 'unclosed element <a>'],
    ['<a><b>', 'unclosed element <b>'],
    ['<a><b/>x', 'unclosed element <a>'],
    ['<a><b></a>', 'unexpected </a>'],
    ['</a>', 'unexpected </a>'],
    ['<a></a', 'unclosed end tag'],
    ['<a/><b/>', 'more than one root element'],
    ['<a><!-- x', "missing '-->'"],
    ['<?pi <a/>', "missing '?>'"],
    ['<a><![CDATA[x</a>', 'unclosed CDATA section'],
    ['<!DOCTYPE a [<!ELEMENT a ANY>', 'unclosed declaration'],
    ['<>', 'empty element name'],
    ['< a/>', 'empty element name'],
    ['<a', 'unclosed start tag <a'],
    ['<a x="1"', 'unclosed start tag <a'],
    ['<a x>', 'bad attribute in <a>'],
    ['<a x=1>', 'unquoted attribute x in <a>'],
    ['<a x=', 'unquoted attribute x in <a>'],
    ['<a x="1>', 'unclosed attribute x in <a>'],
  ])('%j: %s', (text, message) => {
    expect(() => parseXmlTree(text)).toThrow(new XmlTreeError(message));
  });

  it('allows exactly maxDepth levels and maxElements elements', () => {
    const nest = (d: number) => '<e>'.repeat(d) + '</e>'.repeat(d);
    const limits = { maxDepth: 3, maxElements: 4 };
    expect(parseXmlTree(nest(3), limits).name).toBe('e');
    expect(() => parseXmlTree(nest(4), limits)).toThrow(new XmlTreeError('deeper than 3 elements'));
    expect(parseXmlTree('<a><b/><b/><b/></a>', limits).children.length).toBe(3);
    expect(() => parseXmlTree('<a><b/><b/><b/><b/></a>', limits)).toThrow(new XmlTreeError('more than 4 elements'));
    expect(DEFAULT_LIMITS).toEqual({ maxDepth: 64, maxElements: 200_000 });
    expect(parseXmlTree(nest(64)).name).toBe('e');
    expect(() => parseXmlTree(nest(65))).toThrow(new XmlTreeError('deeper than 64 elements'));
  });
});

describe('decodeEntities', () => {
  it.each([
    ['plain', 'plain'],
    ['&lt;&gt;&amp;&quot;&apos;', `<>&"'`],
    ['a&#65;b&#x41;c', 'aAbAc'],
    ['&#X41;', '&#X41;'],
    ['&#0;', '&#0;'],
    ['&#-5;', '&#-5;'],
    ['&#x10FFFF;', String.fromCodePoint(0x10ffff)],
    ['&#x110000;', '&#x110000;'],
    ['&#xZZ;', '&#xZZ;'],
    ['&nbsp;', '&nbsp;'],
    ['a & b', 'a & b'],
    ['a &', 'a &'],
    ['&#00000065;', 'A'],
    ['&#000000065;', '&#000000065;'],
    ['& long text &lt;', '& long text <'],
    ['x&lt;y&gt;z', 'x<y>z'],
  ])('%j → %j', (s, want) => {
    expect(decodeEntities(s)).toBe(want);
  });
});

describe('tree helpers', () => {
  const root = parseXmlTree('<r><a> 1 </a><b><a>2</a><c><a>3</a></c></b><a>4</a><d/></r>');
  it('childrenNamed: direct children only', () => {
    expect(childrenNamed(root, 'a').map((n) => n.text)).toEqual([' 1 ', '4']);
    expect(childrenNamed(root, 'z')).toEqual([]);
  });
  it('childText: the first direct child, trimmed', () => {
    expect(childText(root, 'a')).toBe('1');
    expect(childText(root, 'c')).toBeUndefined();
  });
  it('descendantsNamed: depth first, the node itself left out', () => {
    expect(descendantsNamed(root, 'a').map((n) => n.text.trim())).toEqual(['1', '2', '3', '4']);
    expect(descendantsNamed(root, 'r')).toEqual([]);
  });
  it('findFirst: breadth first, the node itself included', () => {
    expect(findFirst(root, 'r')).toBe(root);
    expect(findFirst(root, 'c')?.name).toBe('c');
    const x = parseXmlTree('<r><b><c><t>deep</t></c></b><t>shallow</t></r>');
    expect(findFirst(x, 't')?.text).toBe('shallow');
    expect(findFirst(x, 'none')).toBeUndefined();
  });
  it('escapeText and isSpace', () => {
    expect(escapeText(`<a & "b">`)).toBe('&lt;a &amp; "b"&gt;');
    expect([0x20, 0x09, 0x0a, 0x0d, 0x0c, 0x41, 0x0b].map(isSpace)).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
  });
});
