/**
 * buildXmlTree beyond the happy path: a byte order mark is not part of the document (XML 1.0
 * §4.3.3, Appendix F); a document cut short (unclosed element, unfinished markup) is not
 * well-formed (§2.1) and fails at its end; an empty-element tag is told from a start tag and end
 * tag written on the same line (§3.1); the first violation is the one reported (two entity
 * declarations, a refused DOCTYPE that also declares one); the failures name what they refuse
 * (the DOCTYPE, the entity and its kind, §4.2; the nesting and element limits) and the
 * tokenizer's size limit on one tag surfaces as `XmlTooLarge`.
 *
 * @see XML 1.0 §2.1, §2.8 (DOCTYPE), §3.1 (tags), §4.2 (entity declarations), §4.3.3
 */
import { describe, expect, it } from 'vitest';
import { MAX_TAG_CHARS } from '../../../../runtime/xml/xml-scanner.js';
import {
  buildXmlTree,
  type XmlTreeElement,
  type XmlTreeFailure,
  type XmlTreeOptions,
} from '../../../../runtime/xml/xml-tree-builder.js';

function root(text: string): XmlTreeElement {
  const r = buildXmlTree(text);
  if ('failure' in r)
    throw new Error(`${r.failure.code} at ${r.failure.line}:${r.failure.column}: ${r.failure.message}`);
  return r.root;
}

function failure(text: string, options: XmlTreeOptions = {}): XmlTreeFailure {
  const r = buildXmlTree(text, options);
  if (!('failure' in r)) throw new Error(`expected a failure, got <${r.root.name}>`);
  return r.failure;
}

describe('buildXmlTree: the byte order mark (XML 1.0 §4.3.3, Appendix F)', () => {
  it('a leading U+FEFF is not character data: the document builds as without it', () => {
    const t = root('\ufeff<a x="1"><b/></a>');
    expect([t.name, t.line, t.column, t.attributes, t.children.length]).toEqual(['a', 1, 1, { x: '1' }, 1]);
    expect(root('\ufeff<?xml version="1.0" encoding="UTF-8"?>\n<r/>').name).toBe('r');
  });

  it('a U+FEFF anywhere else is a character like any other (text outside the root fails)', () => {
    expect(failure(' \ufeff<a/>').code).toBe('XmlSyntax');
    expect(root('<a>\ufeff</a>').text).toBe('\ufeff');
  });
});

describe('buildXmlTree: a document cut short is not well-formed (§2.1)', () => {
  it('an unclosed element fails at the end of the input, even with the root built', () => {
    const f = failure('<a>\n<b></b>');
    expect([f.code, f.line]).toEqual(['XmlSyntax', 2]);
    expect(f.message).toContain('<a>');
    expect(failure('<a><b>').code).toBe('XmlSyntax');
    expect(failure('<a/>\n<!-- open').code).toBe('XmlSyntax');
  });

  it('unfinished markup fails', () => {
    expect(failure('<a><b x="1"').code).toBe('XmlSyntax');
    expect(failure('<a></a').code).toBe('XmlSyntax');
  });

  it('no root element at all fails at 1:1', () => {
    for (const text of ['', '   ', '<?xml version="1.0"?>', '<!-- c -->']) {
      const f = failure(text);
      expect([f.code, f.line, f.column], JSON.stringify(text)).toEqual(['XmlSyntax', 1, expect.any(Number)]);
    }
  });
});

describe('buildXmlTree: empty-element tags and end-tag locations (§3.1)', () => {
  it('a start tag and end tag on one line are not an empty-element tag', () => {
    const t = root('<a><b></b><c/><d>x</d></a>');
    const [b, c, d] = t.children;
    expect([t.selfClosing, b!.selfClosing, c!.selfClosing, d!.selfClosing]).toEqual([false, false, true, false]);
    expect([b!.line, b!.column, b!.endLine, b!.endColumn]).toEqual([1, 4, 1, 7]);
    expect([c!.line, c!.column, c!.endLine, c!.endColumn]).toEqual([1, 11, 1, 11]);
    expect([t.endLine, t.endColumn]).toEqual([1, 23]);
  });

  it('an end tag in the start tag column on a later line is not an empty-element tag', () => {
    const t = root('<a>\n<b>\n</b>\n</a>');
    const b = t.children[0]!;
    expect([b.line, b.column, b.endLine, b.endColumn, b.selfClosing]).toEqual([2, 1, 3, 1, false]);
    expect([t.line, t.column, t.endLine, t.endColumn, t.selfClosing]).toEqual([1, 1, 4, 1, false]);
  });
});

describe('buildXmlTree: the failures name what they refuse', () => {
  it('a refused DOCTYPE says so, at the DOCTYPE', () => {
    const f = failure('<?xml version="1.0"?>\n <!DOCTYPE a>\n<a/>', { doctype: 'refuse' });
    expect([f.code, f.line, f.column]).toEqual(['XmlDoctype', 2, 2]);
    expect(f.message).toMatch(/DOCTYPE/);
  });

  it('an entity declaration is named with its kind, its name and its line, located at the DOCTYPE', () => {
    const general = failure('<?xml version="1.0"?>\n  <!DOCTYPE a [\n<!ENTITY x "y">]>\n<a>&x;</a>');
    expect([general.code, general.line, general.column]).toEqual(['XmlEntityDeclared', 2, 3]);
    expect(general.message).toContain("entity 'x'");
    expect(general.message).not.toContain('parameter');
    expect(general.message).toMatch(/line 3\b/);

    const parameter = failure('<!DOCTYPE a [\n\n<!ENTITY % p "y">]>\n<a/>');
    expect([parameter.code, parameter.line, parameter.column]).toEqual(['XmlEntityDeclared', 1, 1]);
    expect(parameter.message).toContain("parameter entity 'p'");
    expect(parameter.message).toMatch(/line 3\b/);
  });

  it('the nesting and element limits name their value', () => {
    const deep = failure('<a><b><c/></b></a>', { maxDepth: 2 });
    expect([deep.code, deep.line, deep.column]).toEqual(['XmlTooDeep', 1, 7]);
    expect(deep.message).toMatch(/\b2\b/);
    const many = failure('<a><b/><b/><b/></a>', { maxElements: 3 });
    expect([many.code, many.line, many.column]).toEqual(['XmlTooLarge', 1, 12]);
    expect(many.message).toMatch(/\b3\b/);
  });

  it('a tag longer than the tokenizer accepts is XmlTooLarge, not XmlSyntax', () => {
    const f = failure(`<a>\n <b x="${'v'.repeat(MAX_TAG_CHARS + 8)}`);
    expect([f.code, f.line, f.column]).toEqual(['XmlTooLarge', 2, 2]);
    expect(f.message).toContain(String(MAX_TAG_CHARS));
  });
});

describe('buildXmlTree: the first violation is the one reported', () => {
  it('of two entity declarations, the first is named', () => {
    const f = failure('<!DOCTYPE a [<!ENTITY x "1"><!ENTITY % z "2">]>\n<a/>');
    expect(f.message).toContain("entity 'x'");
    expect(f.message).not.toContain("'z'");
  });

  it('a refused DOCTYPE that declares an entity fails as a refused DOCTYPE', () => {
    const f = failure('<!DOCTYPE a [<!ENTITY x "1">]>\n<a/>', { doctype: 'refuse' });
    expect([f.code, f.line, f.column]).toEqual(['XmlDoctype', 1, 1]);
  });

  it('a syntax error after a limit does not replace the limit', () => {
    const f = failure('<a><b><c></b></a>', { maxDepth: 2 });
    expect([f.code, f.line, f.column]).toEqual(['XmlTooDeep', 1, 7]);
  });
});
