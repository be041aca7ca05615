/**
 * The DOCTYPE internal subset (XML 1.0 §2.8 [28b] intSubset, [28a] DeclSep, §4.1 [69]
 * PEReference) written in pieces: a token cut by a write is finished by a later write, and is
 * read again only once its terminator can have arrived (a '>' for markup, a character that ends
 * the name for `%name;`), as the scanner's streaming contract says (xml-scanner.ts, scanner-state.ts
 * tooLong); the size limits of unfinished subset tokens (10 MB for comments and PIs, 1 MiB for a
 * parameter-entity reference) apply while the token is read.
 */
import { describe, expect, it } from 'vitest';
import { MAX_SECTION_CHARS, MAX_TAG_CHARS } from '../../../../runtime/xml/xml-scanner.js';
import { scanEvents } from './scanner-events.js';

/** Writes the chunks, then ends (unless `end` is false); every sink and DOCTYPE call, in order. */
const scan = (chunks: readonly string[], end = true) => scanEvents(chunks, {}, end);

const syntax = (message: string, at: string) => `F XmlSyntax malformed XML: ${message} ${at}`;
const UNFINISHED = 'unexpected end of input inside markup';

describe('a parameter-entity reference cut by a write', () => {
  it('is judged as soon as a character that ends its name arrives, without waiting for a >', () => {
    expect(scan(['<!DOCTYPE a [%pe', '!'])).toEqual([
      'D a 1:1',
      syntax("expected ';' after the parameter-entity name", '1:17'),
    ]);
    expect(scan(['<!DOCTYPE a [%p', 'e!'])).toEqual([
      'D a 1:1',
      syntax("expected ';' after the parameter-entity name", '1:17'),
    ]);
  });

  it('is finished by a later write', () => {
    expect(scan(['<!DOCTYPE a [%p', 'e', ';', ']><a/>'])).toEqual(['D a 1:1', 'S a 1:20', 'E 1:20']);
  });

  it('whose name grows past 1 MiB without ending is unfinished markup at the end, not a limit error', () => {
    const events = scan(['<!DOCTYPE a [%xy', 'x'.repeat(MAX_TAG_CHARS + 1)]);
    expect(events).toEqual(['D a 1:1', syntax(UNFINISHED, `1:${16 + MAX_TAG_CHARS + 1}`)]);
  });

  it('whose name is longer than 1 MiB in one write is a limit error at the %', () => {
    expect(scan([`<!DOCTYPE a [%${'x'.repeat(MAX_TAG_CHARS)}`])).toEqual([
      'D a 1:1',
      `F XmlLimit a parameter-entity reference longer than ${MAX_TAG_CHARS} characters 1:14`,
    ]);
  });
});

describe('markup cut by a write inside the internal subset', () => {
  it('is finished by a later write, each declaration reported at its <!', () => {
    expect(scan(['<!DOCTYPE a [<!ENT', 'ITY e "x"', '>\n<!ENTITY f', ' "y">]><a/>'])).toEqual([
      'D a 1:1',
      'N e 1:14',
      'N f 2:1',
      'S a 2:18',
      'E 2:18',
    ]);
  });

  it('a cut comment is finished by a later write', () => {
    expect(scan(['<!DOCTYPE a [<!-- x ', '> y -', '-> <!ENTITY e "x">]><a/>'])).toEqual([
      'D a 1:1',
      'N e 1:29',
      'S a 1:46',
      'E 1:46',
    ]);
  });

  it('is not read again until a > arrives; at the end it is read once more, as the whole input is', () => {
    // The '>' in the literal arrived and the declaration was read again; the 10 MB after it hold
    // no '>' (spaces and letters: characters that would end a name do not count), so no write
    // reads it again (a read would find it past its limit); end() reads it once more and finds
    // what the whole input gives.
    const big = ' x'.repeat(MAX_SECTION_CHARS / 2);
    const chunks = ['<!DOCTYPE a [<!ATTLIST a b CDATA ">', 'x', 'x', big, ' '];
    expect(scan(chunks, false)).toEqual(['D a 1:1']);
    const limit = `F XmlLimit a markup declaration longer than ${MAX_SECTION_CHARS} characters 1:14`;
    expect(scan(chunks)).toEqual(['D a 1:1', limit]);
    expect(scan([chunks.join('')])).toEqual(['D a 1:1', limit]);
  });

  it('a comment longer than 10 MB in one write is a limit error at its <!', () => {
    expect(scan([`<!DOCTYPE a [<!--${'x'.repeat(MAX_SECTION_CHARS)}`])).toEqual([
      'D a 1:1',
      `F XmlLimit a comment, CDATA section or PI longer than ${MAX_SECTION_CHARS} characters 1:14`,
    ]);
  });

  it('a comment of exactly 10 MB unfinished at the end is unfinished markup', () => {
    expect(scan([`<!DOCTYPE a [<!--${'x'.repeat(MAX_SECTION_CHARS - 4)}`])).toEqual([
      'D a 1:1',
      syntax(UNFINISHED, `1:${13 + MAX_SECTION_CHARS}`),
    ]);
  });
});
