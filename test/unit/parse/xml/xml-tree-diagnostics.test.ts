/**
 * Pins the whole diagnostics of parseXmlTree (generator/parse/xml/xml-tree.ts), the reader of
 * schema documents, and the namespace names it gives elements:
 * - nesting deeper than MAX_NESTING_DEPTH (100, generator/parse/input-limits.ts) is XmlTooDeep
 *   with its own message (docs: the input limits of qspec);
 * - a malformed document is XmlSyntax with the XML reader's message (not the DOCTYPE message,
 *   which only a DOCTYPE gets);
 * - an element or attribute prefix without an in-scope namespace declaration is XmlSyntax
 *   "unbound namespace prefix", at the element's start tag (Namespaces in XML 1.0 §5, Namespace
 *   constraint: Prefix Declared);
 * - an unprefixed element with no default namespace in scope has no namespace (`''`), and the
 *   `xml` prefix is bound without a declaration (Namespaces in XML 1.0 §6.2, §3).
 */
import { describe, expect, it } from 'vitest';
import { DiagnosticError } from '../../../../generator/diagnostics.js';
import { MAX_NESTING_DEPTH } from '../../../../generator/parse/input-limits.js';
import { parseXmlTree } from '../../../../generator/parse/xml/xml-tree.js';

/** The single diagnostic parseXmlTree raises for `source`. */
const failure = (source: string, file = 'd.xsd') => {
  try {
    parseXmlTree(source, file);
  } catch (e) {
    expect(e).toBeInstanceOf(DiagnosticError);
    const ds = (e as DiagnosticError).diagnostics;
    expect(ds).toHaveLength(1);
    return ds[0];
  }
  throw new Error('expected a DiagnosticError');
};

const at = (code: string, message: string, file: string, line: number, column: number) => ({
  code,
  severity: 'error',
  message,
  location: { file, line, column },
});

describe('namespace declarations', () => {
  it('xmlns:p="" is refused at its element (Namespaces in XML 1.0 §3; xmllint: "Empty XML namespace is not allowed")', () => {
    expect(failure('<a xmlns:p="urn:x">\n  <b xmlns:p=""/>\n</a>')).toEqual(
      at('XmlSyntax', 'xmlns:p="": a prefix cannot be bound to the empty namespace', 'd.xsd', 2, 3),
    );
  });

  it('xmlns="" undeclares the default namespace', () => {
    const root = parseXmlTree('<a xmlns="urn:x"><b xmlns=""/></a>', 'd.xsd');
    expect(root.uri).toBe('urn:x');
    expect(root.children[0]?.uri).toBe('');
  });
});

describe('nesting depth', () => {
  it('is 100', () => {
    expect(MAX_NESTING_DEPTH).toBe(100);
  });

  it('100 nested elements are read', () => {
    const t = parseXmlTree(`${'<a>'.repeat(100)}${'</a>'.repeat(100)}`, 'd.xsd');
    expect(t.local).toBe('a');
  });

  it('101 nested elements are XmlTooDeep, at the 101st start tag', () => {
    expect(failure(`${'<a>'.repeat(101)}${'</a>'.repeat(101)}`, 'deep.xsd')).toEqual(
      at(
        'XmlTooDeep',
        'elements nest more than 100 levels deep; qspec refuses deeper schema documents',
        'deep.xsd',
        1,
        301,
      ),
    );
  });
});

describe('malformed documents', () => {
  it("a mismatched end tag is XmlSyntax with the reader's message", () => {
    expect(failure('<a>\n<b></a>', 'bad.xsd')).toEqual(
      at('XmlSyntax', 'malformed XML: unexpected close tag; expected </b>', 'bad.xsd', 2, 7),
    );
  });

  it('a DOCTYPE gets the DOCTYPE message', () => {
    expect(failure('<!DOCTYPE a>\n<a/>', 'dt.xsd')).toMatchObject({
      code: 'XmlSyntax',
      message: 'DOCTYPE is not allowed in a schema document (no DTDs or entities are read while parsing)',
      location: { file: 'dt.xsd', line: 1 },
    });
  });
});

describe('namespace prefixes', () => {
  it('an unbound element prefix, at the start tag', () => {
    expect(failure('<r>\n  <p:e/></r>')).toEqual(at('XmlSyntax', 'unbound namespace prefix: "p"', 'd.xsd', 2, 3));
  });

  it('an unbound attribute prefix, at the start tag of its element', () => {
    expect(failure('<r xmlns:p="urn:p">\n <e q:x="1" p:y="2"/></r>')).toEqual(
      at('XmlSyntax', 'unbound namespace prefix: "q"', 'd.xsd', 2, 2),
    );
  });

  it('a prefix declared on an ancestor is bound; a sibling’s declaration is not in scope', () => {
    const t = parseXmlTree('<r xmlns:p="urn:p"><p:e/><s xmlns:q="urn:q"/></r>', 'd.xsd');
    expect(t.children.map((c) => [c.name, c.local, c.uri])).toEqual([
      ['p:e', 'e', 'urn:p'],
      ['s', 's', ''],
    ]);
    expect(failure('<r><s xmlns:q="urn:q"/><q:e/></r>')).toEqual(
      at('XmlSyntax', 'unbound namespace prefix: "q"', 'd.xsd', 1, 24),
    );
  });

  it('an unprefixed element without a default namespace has none; with one, it has it', () => {
    const t = parseXmlTree('<r><e xmlns="urn:d"><f/></e></r>', 'd.xsd');
    expect([t.uri, t.children[0]?.uri, t.children[0]?.children[0]?.uri]).toEqual(['', 'urn:d', 'urn:d']);
  });

  it('the xml prefix needs no declaration', () => {
    const t = parseXmlTree('<xml:r xml:lang="en"/>', 'd.xsd');
    expect([t.local, t.uri]).toEqual(['r', 'http://www.w3.org/XML/1998/namespace']);
  });
});
