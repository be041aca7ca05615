/**
 * Entity and character references as runtime/xml/xml-references.ts resolves them: a reference
 * is `&` Name `;` or `&#` digits `;` / `&#x` hex digits `;` with nothing between the last digit
 * and the `;`; a reference the range ends inside is malformed (decodeReferences never reads past
 * `to`); `&;` is a syntax error (no Name), not an undeclared entity; literal tab, CR and LF in an
 * attribute value each become one space, even when the value holds nothing else. The documents'
 * verdicts were checked with xmllint (libxml2 2.9.14), whose messages are quoted.
 * @see XML 1.0 (fifth edition) §4.1 (CharRef [66], EntityRef [68], WFC Legal Character, WFC
 *      Entity Declared), §4.6 (predefined entities), §3.3.3 (attribute-value normalization)
 */
import { describe, expect, it } from 'vitest';
import type { XmlSchemaModel } from '../../../../runtime/schema-model.js';
import { parseXml } from '../../../../runtime/xml/parse-xml.js';
import { decodeReferences, literalText } from '../../../../runtime/xml/xml-references.js';
import { verdictOnAllPaths } from './verdict-helper.js';

const text: XmlSchemaModel = {
  id: 'refs',
  format: 'xsd',
  roots: { r: 0 },
  types: [{ k: 'simple', s: { b: 'string' } }],
};

const syntax = async (xml: string) =>
  (await verdictOnAllPaths(xml, text)).errors.filter((e) => e.code === 'XmlSyntax').map((e) => e.message);

describe('malformed references in documents', () => {
  it.each([
    // xmllint: "CharRef: invalid decimal value"
    ['a decimal character reference without its ;', '<r>&#65 x</r>', 'malformed character reference'],
    ['a hex character reference without its ;', '<r>&#x41 x</r>', 'malformed character reference'],
    ['a character reference cut by markup', '<r>&#65</r>', 'malformed character reference'],
    // xmllint: "EntityRef: expecting ';'"
    ['a predefined entity without its ;', '<r>&amp x</r>', 'malformed entity reference'],
    ['a predefined entity cut by markup', '<r>a&lt</r>', 'malformed entity reference'],
    // xmllint: "xmlParseEntityRef: no name"
    ['& followed directly by ;', '<r>&;</r>', 'malformed entity reference'],
  ])('%s is a syntax error', async (_label, xml, message) => {
    const found = await syntax(xml);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(message);
  });

  it('in an attribute value as in text', async () => {
    for (const xml of ['<r a="&#65 x">1</r>', '<r a="&amp x">1</r>', '<r a="&;">1</r>']) {
      expect(await syntax(xml), xml).toHaveLength(1);
    }
  });

  it('well-formed references next to them resolve (§4.6)', () => {
    const { value, result } = parseXml<string>('<r>&#65;&#x42;&amp;&lt;&gt;&apos;&quot;</r>', text);
    expect(result.errors).toEqual([]);
    expect(value).toBe('AB&<>\'"');
  });
});

describe('decodeReferences on a range [from, to)', () => {
  it('resolves references wholly inside the range', () => {
    expect(decodeReferences('x&#65;&amp;y', 1, 11, false, false)).toBe('A&');
  });

  it.each([
    ['a character reference whose ; lies at to', '&#65;', 4],
    ['a hex character reference whose last digit lies at to', '&#x41;', 4],
    ['a hex character reference whose ; lies at to', '&#x41;', 5],
  ])('%s is malformed at the end of the range', (_label, s, to) => {
    const r = decodeReferences(s, 0, to, false, false);
    expect(r).toMatchObject({ message: expect.stringContaining('malformed character reference'), at: to });
  });

  it.each([
    ['an entity reference whose ; lies at to', '&amp;', 4],
    ['an entity reference cut inside its name', '&amp;', 3],
  ])('%s is malformed at the end of the range', (_label, s, to) => {
    const r = decodeReferences(s, 0, to, true, false);
    expect(r).toMatchObject({ message: expect.stringContaining('malformed entity reference'), at: to });
  });

  it('&; has no Name: malformed, not an undefined entity', () => {
    const r = decodeReferences('a&;b', 0, 4, false, false);
    expect(r).toMatchObject({ message: expect.stringContaining('malformed entity reference'), at: 2 });
  });

  it('an entity reference with a character between its name and ; is malformed', () => {
    expect(decodeReferences('&amp x;', 0, 7, false, false)).toMatchObject({
      message: expect.stringContaining('malformed entity reference'),
    });
    expect(decodeReferences('&#65 ;', 0, 6, false, false)).toMatchObject({
      message: expect.stringContaining('malformed character reference'),
    });
  });
});

describe('attribute-value normalization of literal white space (§3.3.3)', () => {
  it.each([
    ['a lone tab', '\t', ' '],
    ['a lone line feed', '\n', ' '],
    ['a lone CR', '\r', ' '],
    ['a lone CRLF', '\r\n', ' '],
    ['only white space', '\t\n\t', '   '],
    ['white space among text', 'a\tb\r\nc', 'a b c'],
    ['no white space to change', 'abc', 'abc'],
  ])('%s', (_label, raw, normalized) => {
    expect(literalText(raw, true, raw.includes('\r'))).toBe(normalized);
  });

  it('a value of a single literal tab reaches the application as one space', () => {
    const attrs: XmlSchemaModel = {
      id: 'attr',
      format: 'xsd',
      roots: { r: 0 },
      types: [
        {
          k: 'complex',
          attrs: [{ name: 'a', p: 'a', type: { b: 'string' }, required: true }],
          anyAttr: false,
          mixed: false,
          content: null,
        },
      ],
    };
    const { value, result } = parseXml<{ a: string }>('<r a="\t"/>', attrs);
    expect(result.errors).toEqual([]);
    expect(value).toEqual({ a: ' ' });
  });
});
