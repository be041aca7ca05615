/**
 * The scanner state's size limits and located errors (scanner-state.ts), with the scanner fed
 * directly and through the public well-formedness check:
 * - which limit an unfinished token has: a DOCTYPE is re-read like a tag (1 MiB), a comment is a
 *   section (10 MB) whatever precedes it; the limit holds at exactly MAX_TAG_CHARS units from
 *   the token's '<' and fails one unit past it, with the exact `XmlLimit` message, located at
 *   the '<' (also when the token is not at the start of the input);
 * - the limit's message names the token by its first units (`<a-` is a tag, not a comment);
 * - a limit error is the only error: a character XML does not allow further on is not reported
 *   as well, `stopAt` is where the scan stopped, and later writes and end() do nothing;
 * - an error found at the very end of the input (an unfinished reference in text) is located at
 *   the last character.
 *
 * @see XML 1.0 §2.8 (doctypedecl), §2.5 (comments), §3.1 (tags), §4.1 (references);
 *      xml-scanner.ts (limits: libxml2's default 10 MB for one text node, 1 MiB for a tag)
 */
import { describe, expect, it } from 'vitest';
import { checkWellFormed } from '../../../../runtime/xml/well-formed.js';
import { MAX_SECTION_CHARS, MAX_TAG_CHARS } from '../../../../runtime/xml/xml-scanner.js';
import { recordingScanner } from './scanner-events.js';

const recorder = () => recordingScanner({ textWanted: 0 });

function scan(chunks: readonly string[]) {
  const { scanner, events } = recorder();
  for (const c of chunks) scanner.write(c);
  scanner.end();
  return { events, stopAt: scanner.stopAt };
}

const TAG_LIMIT = `F XmlLimit a tag or DOCTYPE longer than ${MAX_TAG_CHARS} characters`;
const UNFINISHED = 'F XmlSyntax malformed XML: unexpected end of input inside markup';

describe('an unfinished DOCTYPE has the tag limit (1 MiB)', () => {
  const head = '<!DOCTYPE r SYSTEM "';
  const doctype = (units: number) => head + 'x'.repeat(units - head.length);

  it('one unit past it is XmlLimit, located at the <!DOCTYPE', () => {
    expect(scan([doctype(MAX_TAG_CHARS + 1)]).events).toEqual([`${TAG_LIMIT} 1:1`]);
    expect(scan(['\n  ', doctype(MAX_TAG_CHARS + 1)]).events).toEqual([`${TAG_LIMIT} 2:3`]);
    const r = checkWellFormed(`<?xml version="1.0"?>\n${doctype(MAX_TAG_CHARS + 5)}`);
    expect(r.errors.map((e) => [e.code, e.message, e.location?.line, e.location?.column])).toEqual([
      ['XmlLimit', `a tag or DOCTYPE longer than ${MAX_TAG_CHARS} characters`, 2, 1],
    ]);
  });

  it('exactly at it, it is only unfinished', () => {
    expect(scan([doctype(MAX_TAG_CHARS)]).events).toEqual([`${UNFINISHED} 1:${MAX_TAG_CHARS}`]);
  });
});

describe('an unfinished comment has the section limit (10 MB), whatever precedes it', () => {
  it.each([
    ['after a D', '<r>DD<!--'],
    ['after DOCTYPE-like text', '<r>DOCTYPE D<!--'],
    ['at the start', '<!--'],
  ])('%s: 1 MiB and more is only unfinished', (_what, open) => {
    const doc = open + 'x'.repeat(MAX_TAG_CHARS + 100);
    expect(scan([doc]).events.filter((e) => e.startsWith('F'))).toEqual([`${UNFINISHED} 1:${doc.length}`]);
  });

  it('a PI after a D, likewise', () => {
    const doc = `<r>D?<?p ${'x'.repeat(MAX_TAG_CHARS + 100)}`;
    expect(scan([doc]).events.filter((e) => e.startsWith('F'))).toEqual([`${UNFINISHED} 1:${doc.length}`]);
  });

  it('the section limit message names comments, CDATA sections and PIs', () => {
    const doc = `<r>DD<!--${'x'.repeat(MAX_SECTION_CHARS)}`;
    expect(scan([doc]).events.at(-1)).toBe(
      `F XmlLimit a comment, CDATA section or PI longer than ${MAX_SECTION_CHARS} characters 1:6`,
    );
  });
});

describe('an unfinished start tag: the limit counts units from its <', () => {
  const tag = (units: number) => `<a b="${'v'.repeat(units - 6)}`;

  it.each([
    ['at the start', '', '1:1', `1:${MAX_TAG_CHARS}`],
    ['after the root start tag', '<r>', '1:4', `1:${3 + MAX_TAG_CHARS}`],
    ['on a later line', '<r>\n\n  ', '3:3', `3:${2 + MAX_TAG_CHARS}`],
  ])(
    '%s: exactly MAX_TAG_CHARS is only unfinished (at the last unit), one more is XmlLimit',
    (_what, before, at, end) => {
      const fatal = (doc: string) => scan([doc]).events.filter((e) => e.startsWith('F'));
      expect(fatal(before + tag(MAX_TAG_CHARS))).toEqual([`${UNFINISHED} ${end}`]);
      expect(fatal(before + tag(MAX_TAG_CHARS + 1))).toEqual([`${TAG_LIMIT} ${at}`]);
    },
  );
});

describe("the limit's message names the token by its first units", () => {
  // `<!-` begins a comment; a start tag whose name has '-' second is still a tag, with the tag
  // limit and the tag message.
  it.each([['<a-b'], ['<r-']])('%s... past 1 MiB is a tag', (open) => {
    const doc = `${open} x="${'v'.repeat(MAX_TAG_CHARS)}`;
    expect(scan([doc]).events.filter((e) => e.startsWith('F'))).toEqual([`${TAG_LIMIT} 1:1`]);
  });
});

describe('a limit error is the only error, and ends the scan', () => {
  it('a bad character past the limit is not reported too; stopAt is where the scan stopped', () => {
    const doc = `<r>${`<a b="${'v'.repeat(MAX_TAG_CHARS)}`}\u0001"/></r>`;
    const bad = doc.indexOf('\u0001');
    expect(scan([doc])).toEqual({ events: ['S r 1:1', `${TAG_LIMIT} 1:4`], stopAt: bad });
    const r = checkWellFormed(doc);
    expect(r.errors.map((e) => e.code)).toEqual(['XmlLimit']);
  });

  it('writes and end() after it do nothing', () => {
    const { scanner, events } = recorder();
    scanner.write(`<r><a b="${'v'.repeat(MAX_TAG_CHARS)}`);
    expect(events).toEqual(['S r 1:1', `${TAG_LIMIT} 1:4`]);
    const stopAt = scanner.stopAt;
    expect(stopAt).toBe(9 + MAX_TAG_CHARS);
    scanner.write('"/>\u0001<x');
    scanner.end();
    expect(events).toEqual(['S r 1:1', `${TAG_LIMIT} 1:4`]);
    expect(scanner.stopAt).toBe(stopAt);
  });
});

describe('an error at the very end of the input is located at its last character', () => {
  it.each([
    ['an entity reference without ;', '<a>&amp', 'malformed entity reference (expected a name and ;)', '1:7'],
    ['a character reference without ;', '<a>x&#1', 'malformed character reference', '1:7'],
    ['a lone & on a later line', '<a>\n  t &', 'malformed entity reference (expected a name and ;)', '2:5'],
  ])('%s', (_what, doc, message, at) => {
    expect(scan([doc])).toEqual({
      events: ['S a 1:1', `F XmlSyntax malformed XML: ${message} ${at}`],
      stopAt: doc.length,
    });
    const r = checkWellFormed(doc);
    expect(r.errors.map((e) => `${e.message} ${e.location?.line}:${e.location?.column}`)).toEqual([
      `malformed XML: ${message} ${at}`,
    ]);
  });
});
