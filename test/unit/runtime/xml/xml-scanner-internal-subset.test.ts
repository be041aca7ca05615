/**
 * The DOCTYPE internal subset is parsed, not skimmed (XML 1.0 §2.8, §3.2–3.3, §4.2): quotes and
 * `<!ENTITY` inside comments are just comment text, every malformed declaration is one located
 * `XmlSyntax` error, only real entity declarations are refused (`XmlEntityDeclared`); references
 * outside the root element are errors; character references may carry leading zeros. Every
 * document gives the same verdict whole and cut into chunks of 1 to 9 characters or bytes.
 */
import { describe, expect, it } from 'vitest';
import { validateXml } from '../../../../runtime/xml/validate-xml.js';
import { validateXmlStream } from '../../../../runtime/xml/validate-xml-stream.js';
import { checkWellFormed, WELL_FORMED_MODEL } from '../../../../runtime/xml/well-formed.js';
import { serviceResponseModel } from '../../../fixtures/runtime-xml/service-response-model.js';
import { asyncChunks } from './verdict-helper.js';

/** The verdict's error codes, checked equal on every chunking (1–9 characters and bytes). */
async function codes(xml: string): Promise<string[]> {
  const whole = validateXml(xml, WELL_FORMED_MODEL);
  const bytes = new TextEncoder().encode(xml);
  for (let size = 1; size <= 9; size++) {
    expect(await validateXmlStream(asyncChunks(xml, size), WELL_FORMED_MODEL)).toEqual(whole);
    expect(await validateXmlStream(asyncChunks(bytes, size), WELL_FORMED_MODEL)).toEqual(whole);
  }
  return whole.errors.map((e) => e.code);
}

describe('DOCTYPE internal subset', () => {
  it.each([
    ['a quote in a comment', "<!DOCTYPE a [<!-- doesn't -->]><a x='1'/>"],
    ['<!ENTITY in a comment', '<!DOCTYPE a [<!-- <!ENTITY x "y"> -->]><a/>'],
    ['<!ENTITY in a PI', '<!DOCTYPE a [<?p <!ENTITY x "y">?>]><a/>'],
    [
      '<!ENTITY in an attribute default',
      '<!DOCTYPE a [<!ATTLIST a t CDATA "<!ENTITY x">]><a/>'.replace('<!E', '&lt;!E'),
    ],
    [
      'every kind of declaration',
      `<!DOCTYPE a SYSTEM "a.dtd" [
  <!ELEMENT a (b, (c | d)*, e?)+>
  <!ELEMENT b (#PCDATA | c | d)*>
  <!ELEMENT c (#PCDATA)>
  <!ELEMENT d EMPTY>
  <!ELEMENT e ANY>
  <!ATTLIST a id ID #REQUIRED kind (x|y|z-1) "x" n NOTATION (gif) #IMPLIED t CDATA #FIXED 'a&amp;&#x41;b'>
  <!NOTATION gif PUBLIC "-//gif//EN">
  <!NOTATION png SYSTEM "png">
  %pe;
  <?pi data?>
]>
<a id="i"/>`,
    ],
    ['a character reference with leading zeros', '<a>&#x0000000041;&#0000000065;</a>'],
  ])('accepts %s', async (_name, xml) => {
    expect(await codes(xml)).toEqual([]);
  });

  it.each([
    ['a malformed body after a comment with a quote', "<!DOCTYPE a [<!-- doesn't -->]><a><b/></c>'</a>]><a/>"],
    ['mixed , and | in one group', '<!DOCTYPE a [<!ELEMENT a (b,c|d)>]><a/>'],
    ['mixed content with names but no *', '<!DOCTYPE a [<!ELEMENT a (#PCDATA|b)>]><a/>'],
    ['#PCDATA not first', '<!DOCTYPE a [<!ELEMENT a (b|#PCDATA)*>]><a/>'],
    ['an attribute without a default', '<!DOCTYPE a [<!ATTLIST a b CDATA>]><a/>'],
    ['an unknown attribute type', '<!DOCTYPE a [<!ATTLIST a b STRING #IMPLIED>]><a/>'],
    ["'<' in an attribute default", '<!DOCTYPE a [<!ATTLIST a b CDATA "<">]><a/>'],
    ['a notation without an id', '<!DOCTYPE a [<!NOTATION n>]><a/>'],
    ['a PE reference inside a declaration', '<!DOCTYPE a [<!ELEMENT a %m;>]><a/>'],
    ['a DOCTYPE without a name', '<!DOCTYPE SYSTEM "x"><a/>'],
    ['text in the subset', '<!DOCTYPE a [ hello ]><a/>'],
    ['a bad public id character', '<!DOCTYPE a PUBLIC "a{b" "x"><a/>'],
    ['a character reference before the root', '&#32;<a/>'],
    ['a character reference after the root', '<a/>&#32;'],
    ['a subset never closed', '<!DOCTYPE a [<!ELEMENT a ANY>'],
  ])('rejects %s', async (_name, xml) => {
    expect(await codes(xml)).toEqual(['XmlSyntax']);
  });

  it.each([
    ['a general entity', '<!DOCTYPE a [<!ENTITY e "x">]><a/>', "entity 'e'"],
    [
      'an external entity (XXE)',
      '<!DOCTYPE a [\n<!ENTITY e SYSTEM "file:///etc/passwd">]><a>&e;</a>',
      "entity 'e' (line 2)",
    ],
    ['a parameter entity', '<!DOCTYPE a [<!ENTITY % p "<!ELEMENT a ANY>">]><a/>', "parameter entity 'p'"],
    ['an unparsed entity', '<!DOCTYPE a [<!NOTATION n SYSTEM "n"><!ENTITY u SYSTEM "u" NDATA n>]><a/>', "entity 'u'"],
  ])('refuses %s (XmlEntityDeclared, at the DOCTYPE)', async (_name, xml, what) => {
    expect(await codes(xml)).toEqual(['XmlEntityDeclared']);
    const [e] = checkWellFormed(xml).errors;
    expect([e?.location.line, e?.location.column]).toEqual([1, 1]);
    expect(e?.message).toContain(what);
  });

  it('a malformed entity declaration is a syntax error, not a refusal', async () => {
    expect(await codes('<!DOCTYPE a [<!ENTITY e "%p;">]><a/>')).toEqual(['XmlSyntax']);
    expect(await codes('<!DOCTYPE a [<!ENTITY % p SYSTEM "p" NDATA n>]><a/>')).toEqual(['XmlSyntax']);
  });

  it('locates a subset error at its character', () => {
    const [e] = checkWellFormed('<!DOCTYPE a [\n  <!ELEMENT a (b,c|d)>\n]><a/>').errors;
    expect([e?.code, e?.location.line, e?.location.column]).toEqual(['XmlSyntax', 2, 19]);
    expect(e?.message).toContain("',' and '|' cannot be mixed");
  });

  it('keeps schema validation: a DOCTYPE with a subset, then the schema checks the body', () => {
    const xml =
      "<!DOCTYPE ServiceResponse [<!-- it's fine --><!ELEMENT ServiceResponse ANY>]><ServiceResponse><responseCode>SUCCESS</responseCode></ServiceResponse>";
    const r = validateXml(xml, serviceResponseModel);
    expect(r.errors).toEqual([]);
    expect(r.doctype).toEqual({ name: 'ServiceResponse' });
  });

  it('reads a long subset in linear work: 5,000 declarations fed one character at a time', () => {
    const decls = Array.from({ length: 5_000 }, (_, i) => `<!ELEMENT e${i} (a|b)*><!-- ${i} -->`).join('\n');
    const xml = `<!DOCTYPE a [${decls}]><a/>`;
    // Bounded work: each chunk carries one character, so a quadratic re-read would be ~10^10 steps.
    const chunks: string[] = [];
    for (let i = 0; i < xml.length; i++) chunks.push(xml[i]!);
    return validateXmlStream(chunks, WELL_FORMED_MODEL).then((r) => expect(r.errors).toEqual([]));
  }, 120_000);
});
