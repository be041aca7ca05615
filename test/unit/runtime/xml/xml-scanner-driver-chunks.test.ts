/**
 * The tokenizer's driver loop (xml-scanner.ts) is chunking-blind: every split of these documents
 * into two or three chunks (never after a high surrogate: the driver in front never cuts there)
 * gives the tokens, locations and error of the whole document, including where chunks are held
 * while a comment, CDATA section or PI is open, inside the internal subset, across CR / CRLF line
 * ends, references and `]]>` in text, and a bad character cutting the scan off. Writing an empty
 * chunk changes nothing, and `written` counts every unit written so far.
 *
 * @see XML 1.0 §2.2 (characters), §2.4 (character data), §2.5–2.7 (comments, PIs, CDATA),
 *      §2.8 (internal subset), §2.11 (end-of-line handling), §4.1 (references)
 */
import { describe, expect, it } from 'vitest';
import { recordingScanner } from './scanner-events.js';

const O = { attrs: true, mergeText: true } as const;

function run(chunks: readonly string[], empty = false): { events: string[]; written: number[] } {
  const { scanner, events } = recordingScanner(O);
  const written: number[] = [];
  for (const c of chunks) {
    scanner.write(c);
    if (empty) scanner.write('');
    written.push(scanner.written);
  }
  scanner.end();
  return { events, written };
}

/**
 * The events without the text handed out just before a fatal error: a text run is handed out in
 * pieces as chunks arrive, so how much of it precedes an error found later in the same run
 * (`]]>`, a bad character) depends on the chunking; the error and everything else does not.
 */
function untilError(events: readonly string[]): string[] {
  const out = [...events];
  if (out.at(-1)?.startsWith('F ')) while (out.at(-2)?.startsWith('T ')) out.splice(-2, 1);
  return out;
}

const cuttable = (doc: string, k: number): boolean => {
  const c = doc.charCodeAt(k - 1);
  return !(c >= 0xd800 && c <= 0xdbff);
};

function* splits(doc: string): Generator<string[]> {
  for (let a = 1; a < doc.length; a++) {
    if (!cuttable(doc, a)) continue;
    yield [doc.slice(0, a), doc.slice(a)];
    for (let b = a + 1; b < doc.length; b++) {
      if (cuttable(doc, b)) yield [doc.slice(0, a), doc.slice(a, b), doc.slice(b)];
    }
  }
}

const DOCS: Record<string, string> = {
  'comment, CDATA and PI in content': '<a>x<!-- c - d? --><![CDATA[ ]] ]>]]>y<?p q?>z</a>',
  'comment and PI in the prolog': '<?xml version="1.0"?><!-- c --><?p d?><a/>',
  'sections in the internal subset': '<!DOCTYPE a [<!-- x -->\n<?p d?><!ENTITY e "v"><!-- y -->]><a>&lt;</a>',
  'CR and CRLF line ends': '<a>\r\n x\r y\r\n<b\r\nc="1\r2"/>\r</a>\r\n',
  'CRs in a comment then text': '<a><!--\r\r\n-->\rt&amp;\r</a>',
  'references in text': '<a>a&amp;b&#x41;c&lt;&gt;</a>',
  "']]>' in text": '<a>x\n]]>y</a>',
  'a bad character after a comment': '<a><!-- c -->t\u0001</a>',
  'a bad character in a comment': '<a>\n<!-- c\u0001 --></a>',
  'a bad character in text after a CR': '<a>t\r\nu\u000b</a>',
  'a surrogate pair in a comment and text': '<a><!--\uD83D\uDE00-->\uD83D\uDE00</a>',
  'an unfinished comment': '<a>\n<!-- c -',
  'an unfinished PI': '<a><?p x?',
  'an unfinished CDATA section': '<a><![CDATA[ x ]]',
  'text then an unclosed element': '<a>\n x]',
  'text outside the root': '<a/>\n x',
};

describe('every split gives the whole document', () => {
  for (const [name, doc] of Object.entries(DOCS)) {
    it(name, () => {
      const whole = run([doc]).events;
      for (const chunks of splits(doc)) {
        expect(untilError(run(chunks).events), JSON.stringify(chunks)).toEqual(untilError(whole));
      }
    });
  }
});

describe('empty chunks and written', () => {
  for (const [name, doc] of Object.entries(DOCS)) {
    it(`${name}: an empty chunk after each write changes nothing`, () => {
      for (const chunks of splits(doc)) {
        expect(run(chunks, true).events, JSON.stringify(chunks)).toEqual(run(chunks).events);
      }
    });
  }

  it('written is the units written so far while a section is held open', () => {
    const doc = '<a>x<!-- c - d? --><![CDATA[ ]] ]>]]>y<?p q?>z</a>';
    expect(run([doc]).events.at(-1)).toBe('E 1:47');
    for (const chunks of splits(doc)) {
      const { written } = run(chunks);
      const expected = chunks.map((_, k) => chunks.slice(0, k + 1).join('').length);
      expect(written, JSON.stringify(chunks)).toEqual(expected);
    }
  });
});

describe('a long attribute value cut before any closing >', () => {
  it('streams through like the whole document (the 1 MiB re-read limit is not applied)', () => {
    // The attribute value is 2 MiB: over the 1 MiB limit of a re-read tag, under the 10 MB one
    // of a tag whose '>' has not come yet. A tag `<r` cut earlier must not make this one look
    // already read once (its '<' sits at a different stream offset).
    const value = 'v'.repeat(2 * 1024 * 1024);
    const whole = run([`<r>xyz<b a='${value}'/></r>`]).events;
    expect(whole).toEqual([
      'S r {} 1:1',
      'T "xyz" 1:4',
      `S b {"a":"${value}"} 1:7`,
      'E 1:7',
      `E 1:${16 + value.length}`,
    ]);
    expect(run(['<r', '>', "xyz<b a='", value, "'/></r>"]).events).toEqual(whole);
    expect(run(['<r>', "xyz<b a='", value, "'/></r>"]).events).toEqual(whole);
  });
});
