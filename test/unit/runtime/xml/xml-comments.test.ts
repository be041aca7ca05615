/**
 * Comments (XML 1.0 §2.5): `Comment ::= '<!--' ((Char - '-') | ('-' (Char - '-')))* '-->'`, so
 * the string `--` must not occur inside a comment and a comment must not end in `--->`. Each case
 * is checked on whole input (string and UTF-8 bytes) and streamed in 1, 7 and 4096 character and
 * byte chunks, with the comment also placed across the 4096 boundary; every path must give the
 * same verdict, one located XmlSyntax error for the malformed cases and none for the others.
 * Also: a surrogate pair cut by a chunk boundary inside a comment, PI or CDATA is one character.
 */
import { describe, expect, it } from 'vitest';
import { validateXml } from '../../../../runtime/xml/validate-xml.js';
import { validateXmlStream } from '../../../../runtime/xml/validate-xml-stream.js';
import type { XmlValidationResult } from '../../../../runtime/xml/xml-validate-options.js';
import { serviceResponseModel } from '../../../fixtures/runtime-xml/service-response-model.js';
import { asyncChunks } from './verdict-helper.js';

const HEAD = '<ServiceResponse><responseCode>SUCCESS</responseCode>';
const R = (inner: string) => `${HEAD}${inner}</ServiceResponse>`;
/** Column of inner[0] in R(inner). */
const INNER = HEAD.length + 1;

/** Verdict on every path (whole string and bytes; 1, 7, 4096 chunks of both); all must agree. */
async function verdict(xml: string): Promise<XmlValidationResult> {
  const whole = validateXml(xml, serviceResponseModel);
  const bytes = new TextEncoder().encode(xml);
  expect(validateXml(bytes, serviceResponseModel)).toEqual(whole);
  for (const size of [1, 7, 4096]) {
    expect(await validateXmlStream(asyncChunks(xml, size), serviceResponseModel), `${size}-char chunks`).toEqual(whole);
    expect(await validateXmlStream(asyncChunks(bytes, size), serviceResponseModel), `${size}-byte chunks`).toEqual(
      whole,
    );
  }
  return whole;
}

/** `inner` placed so that its offset `at` sits exactly on the 4096 boundary of the document. */
function acrossBoundary(inner: string, at: number): { xml: string; column: (innerIndex: number) => number } {
  const prefix = `<x>${'y'.repeat(4096 - HEAD.length - '<x>'.length - '</x>'.length - at)}</x>`;
  const xml = R(`${prefix}${inner}`);
  expect(xml.indexOf(inner) + at).toBe(4096);
  return { xml, column: (k) => INNER + prefix.length + k };
}

const syntax = (r: XmlValidationResult) => r.errors.filter((e) => e.code === 'XmlSyntax');

describe('malformed comments', () => {
  // [name, comment, index in the comment of the reported column, message]
  const rows: [string, string, number, string][] = [
    ['ends in --->', '<!-- a --->', 8, "'--' is not allowed inside a comment"],
    ['ends in ---> right after the text', '<!--a--->', 6, "'--' is not allowed inside a comment"],
    ['-- followed by a space', '<!-- a -- b -->', 8, "'--' is not allowed inside a comment"],
    ['-- right after the opening', '<!---- a -->', 5, "'--' is not allowed inside a comment"],
    ['--- inside', '<!-- a --- b -->', 8, "'--' is not allowed inside a comment"],
    ['two -- pairs: the first is reported', '<!-- a -- b -- c -->', 8, "'--' is not allowed inside a comment"],
  ];

  it.each(rows)('%s (inside the root)', async (_name, comment, k, message) => {
    const r = await verdict(R(comment));
    expect(r.errors.map((e) => [e.code, e.location.line, e.location.column])).toEqual([['XmlSyntax', 1, INNER + k]]);
    expect(r.errors[0]?.message).toContain(message);
    expect(r.valid).toBe(false);
  });

  it.each(rows)('%s (before the root, in the prolog)', async (_name, comment, k, message) => {
    const r = await verdict(`${comment}${R('')}`);
    expect(r.errors.map((e) => [e.code, e.location.line, e.location.column])).toEqual([['XmlSyntax', 1, 1 + k]]);
    expect(r.errors[0]?.message).toContain(message);
  });

  it.each(rows)('%s (cut by the 4096 boundary at every offset)', async (_name, comment, k, message) => {
    for (let at = 1; at < comment.length; at++) {
      const { xml, column } = acrossBoundary(comment, at);
      const r = await verdict(xml);
      expect(
        r.errors.map((e) => [e.code, e.location.line, e.location.column]),
        `boundary at ${at}`,
      ).toEqual([['XmlSyntax', 1, column(k)]]);
      expect(r.errors[0]?.message).toContain(message);
    }
  });

  it('<!--> and <!---> do not close a comment: the document ends inside it', async () => {
    for (const open of ['<!-->', '<!--->']) {
      const r = await verdict(R(`${open}<x>a</x>`));
      expect(syntax(r), open).toHaveLength(1);
      expect(r.valid).toBe(false);
    }
  });

  it('an unterminated comment at the end of input is an error', async () => {
    const r = await verdict(`${HEAD}<!-- never closed`);
    expect(syntax(r)).toHaveLength(1);
  });
});

describe('well-formed comments', () => {
  const ok: [string, string][] = [
    ['empty comment', '<!---->'],
    ['single dashes next to the text', '<!---a- b -c-->'],
    ['a dash before the space before -->', '<!-- a- -->'],
    ['markup and references are just text', '<!-- <b>&nope; ]]> <![CDATA[ -->'],
    ['several comments in a row', '<!-- a --><!-- b --><!---->'],
    ['multi-byte text', '<!-- é€😀 - 😀 -->'],
    ['a long comment', `<!--${'ab- '.repeat(3000)}-->`],
  ];

  it.each(ok)('%s (inside the root)', async (_name, comment) => {
    const r = await verdict(R(comment));
    expect(r.errors).toEqual([]);
    expect(r.valid).toBe(true);
  });

  it.each(ok)('%s (before and after the root)', async (_name, comment) => {
    expect((await verdict(`${comment}${R('')}`)).errors).toEqual([]);
    expect((await verdict(`${R('')}${comment}`)).errors).toEqual([]);
  });

  it.each(ok.slice(0, 4))('%s (cut by the 4096 boundary at every offset)', async (_name, comment) => {
    for (let at = 1; at < comment.length; at++) {
      expect((await verdict(acrossBoundary(comment, at).xml)).errors, `boundary at ${at}`).toEqual([]);
    }
  });

  it('markup after a comment is scanned and located as usual', async () => {
    const r = await verdict(R('<!-- c --><x>a]]>b</x>'));
    expect(r.errors.map((e) => [e.code, e.location.line, e.location.column])).toEqual([['XmlSyntax', 1, INNER + 16]]);
    expect(r.errors[0]?.message).toContain("']]>' is not allowed");
  });
});

describe('a surrogate pair cut by a chunk boundary inside unfinished markup', () => {
  it.each([
    ['comment', '<!--😀-->'],
    ['comment with text around', '<!-- é€😀 - 😀 -->'],
    ['processing instruction', '<?pi 😀?>'],
    ['CDATA section', '<x><![CDATA[😀😀]]></x>'],
  ])('%s: a pair is one character, not two lone surrogates', async (_name, inner) => {
    const r = await verdict(R(inner));
    expect(r.errors).toEqual([]);
  });

  it('a lone low surrogate inside a comment is still an error, whole or in string chunks', async () => {
    // String input only: UTF-8 bytes cannot carry a lone surrogate.
    const xml = R('<!-- a\uDE00 -->');
    const whole = validateXml(xml, serviceResponseModel);
    expect(whole.errors.map((e) => [e.code, e.location.line, e.location.column])).toEqual([
      ['XmlSyntax', 1, INNER + 6],
    ]);
    for (const size of [1, 7, 4096])
      expect(await validateXmlStream(asyncChunks(xml, size), serviceResponseModel)).toEqual(whole);
  });
});
