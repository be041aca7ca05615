/**
 * A component's documentation as read-doc.ts reads it: the text of the xs:documentation children
 * of its xs:annotation children only (not of an xs:appinfo, nor of same-named elements in another
 * namespace), each whitespace-normalised with the text of nested XHTML elements set apart by a
 * space, empty ones dropped, several joined by a newline; none at all is `undefined`.
 *
 * @see XSD 1.1 Part 1 §3.15 (Annotations: {user information} from xs:documentation,
 *      {application information} from xs:appinfo)
 */
import { describe, expect, it } from 'vitest';
import { parseXmlTree } from '../../../../generator/parse/xml/xml-tree.js';
import { readDoc } from '../../../../generator/parse/xsd/read-doc.js';
import type { XsdNode } from '../../../../generator/parse/xsd/xsd-node.js';

/** readDoc of an xs:element whose content is `inner`. */
function docOf(inner: string): string | undefined {
  const el = parseXmlTree(
    `<xs:element xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:f="urn:f" name="e">${inner}</xs:element>`,
    't.xsd',
  );
  return readDoc({ el, file: 't.xsd', doc: { targetNamespace: '' } } as unknown as XsdNode);
}

describe('readDoc', () => {
  it('joins the documentation of every annotation by a newline, normalising whitespace', () => {
    expect(
      docOf(`<xs:annotation><xs:documentation>  one
   two </xs:documentation><xs:documentation>three</xs:documentation></xs:annotation>
<xs:complexType/><xs:annotation><xs:documentation>four</xs:documentation></xs:annotation>`),
    ).toBe('one two\nthree\nfour');
  });

  it('sets the text of nested markup apart by a space', () => {
    expect(docOf('<xs:annotation><xs:documentation>Line one<p>Line two</p></xs:documentation></xs:annotation>')).toBe(
      'Line one Line two',
    );
  });

  it('drops empty and blank documentation, and is undefined when nothing remains', () => {
    expect(
      docOf(
        '<xs:annotation><xs:documentation>a</xs:documentation><xs:documentation/><xs:documentation> </xs:documentation><xs:documentation>b</xs:documentation></xs:annotation>',
      ),
    ).toBe('a\nb');
    expect(docOf('<xs:annotation><xs:documentation/><xs:documentation>\n</xs:documentation></xs:annotation>')).toBe(
      undefined,
    );
    expect(docOf('')).toBe(undefined);
  });

  it('ignores xs:appinfo, and documentation in another namespace or outside an xs:annotation', () => {
    expect(
      docOf(`<xs:annotation><xs:appinfo>app</xs:appinfo><f:documentation>foreign</f:documentation></xs:annotation>
<f:annotation><xs:documentation>in a foreign annotation</xs:documentation></f:annotation>
<xs:sequence><xs:documentation>in a sequence</xs:documentation></xs:sequence>
<xs:annotation><xs:documentation>kept</xs:documentation></xs:annotation>`),
    ).toBe('kept');
  });
});
