import { describe, expect, it } from 'vitest';
import { buildXmlTree, type XmlTreeElement } from '../../../../runtime/xml/xml-tree-builder.js';

function root(text: string): XmlTreeElement {
  const r = buildXmlTree(text);
  if ('failure' in r) throw new Error(r.failure.message);
  return r.root;
}

describe('buildXmlTree: a located element tree on the own tokenizer', () => {
  it('locates start and end tags, tells empty-element tags, decodes attributes and text', () => {
    const t = root('<?xml version="1.0"?>\n<a x="1 &amp;\t2">\n  <b/><c>t&lt;<![CDATA[<u>]]>\r\n</c>\n</a>');
    expect([t.name, t.line, t.column, t.endLine, t.endColumn, t.selfClosing]).toEqual(['a', 2, 1, 5, 1, false]);
    expect(t.attributes).toEqual({ x: '1 & 2' });
    const [b, c] = t.children;
    expect([b!.name, b!.line, b!.column, b!.selfClosing]).toEqual(['b', 3, 3, true]);
    expect([c!.name, c!.line, c!.column, c!.endLine, c!.endColumn, c!.text]).toEqual(['c', 3, 7, 4, 1, 't<<u>\n']);
  });

  it('ends at the first failure, located', () => {
    const fail = (text: string, options = {}) => {
      const r = buildXmlTree(text, options);
      return 'failure' in r ? [r.failure.code, r.failure.line, r.failure.column] : 'ok';
    };
    expect(fail('<a>\n<b></a>')).toEqual(['XmlSyntax', 2, 7]);
    expect(fail('')).toEqual(['XmlSyntax', 1, 1]);
    expect(fail('<!DOCTYPE a>\n<a/>', { doctype: 'refuse' })).toEqual(['XmlDoctype', 1, 1]);
    expect(fail('<!DOCTYPE a>\n<a/>')).toBe('ok');
    expect(fail('<!DOCTYPE a [<!ENTITY x "y">]>\n<a>&x;</a>')).toEqual(['XmlEntityDeclared', 1, 1]);
    expect(fail('<a>\n <b>\n  <c/></b></a>', { maxDepth: 2 })).toEqual(['XmlTooDeep', 3, 3]);
    expect(fail('<a><b/><b/></a>', { maxElements: 2 })).toEqual(['XmlTooLarge', 1, 8]);
  });
});
