import { describe, expect, it } from 'vitest';
import { parseXmlTree } from '../../../../generator/parse/xml/xml-tree.js';

describe('parseXmlTree', () => {
  it('locates every start tag at its < (1-based line and column)', () => {
    const t = parseXmlTree('<a>\n    <bbbb x="1"/>\n  <c:d xmlns:c="urn:c">t</c:d></a>', 'f.xsd');
    expect([t.line, t.column]).toEqual([1, 1]);
    expect([t.children[0]!.line, t.children[0]!.column]).toEqual([2, 5]);
    expect([t.children[1]!.line, t.children[1]!.column, t.children[1]!.uri, t.children[1]!.text]).toEqual([
      3,
      3,
      'urn:c',
      't',
    ]);
  });

  it('rejects a DOCTYPE (no DTDs or entities in schema documents) with a location', () => {
    expect(() =>
      parseXmlTree(
        '<?xml version="1.0"?>\n<!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<a>&x;</a>',
        'evil.xsd',
      ),
    ).toThrow(/^evil\.xsd:2:\d+: error XmlSyntax: DOCTYPE is not allowed/);
  });

  it('reports malformed XML with file:line:column', () => {
    expect(() => parseXmlTree('<a>\n<b></a>', 'bad.xsd')).toThrow(/^bad\.xsd:2:\d+: error XmlSyntax: /);
    expect(() => parseXmlTree('', 'empty.xsd')).toThrow(/empty\.xsd:1:1: error XmlSyntax/);
  });
});
