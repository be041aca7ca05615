/**
 * The scanner's character data (XML 1.0 §2.4 CharData, §2.11 line ends, §4.1 references, §2.1
 * one root element): white space between elements is not handed out when the engine wants no
 * text (textWanted 0 or 1) but is when it wants all (2); `]]>` in text and references outside
 * the root element are located errors; an undefined reference stops with its one error; text
 * that is not read is never built; CR and CRLF become LF; a sink that stops after a text run
 * sees nothing more; a `<` cut at a chunk end waits for its next character. Verdicts follow
 * xmllint (libxml2 2.9.14); every input gives the same events whatever the chunking.
 */
import { describe, expect, it } from 'vitest';
import { recordingScanner, scanEvents } from './scanner-events.js';

type Wanted = 0 | 1 | 2;

/**
 * The events of `xml` whole, checked against every split into two and into single characters:
 * the same tags and error always; the same text too when the engine reads all of it and there is
 * no error (with textWanted 1 a blank piece of a run may be skipped, and text before an error may
 * be handed out in pieces before the error is reached).
 */
function events(xml: string, textWanted: Wanted = 2): string[] {
  const o = { textWanted, mergeText: true };
  const whole = scanEvents([xml], o);
  const all = textWanted === 2 && !whole.some((e) => e.startsWith('F '));
  const seen = (e: readonly string[]) => (all ? e : e.filter((x) => !x.startsWith('T ')));
  const chunkings = [
    ...Array.from({ length: xml.length - 1 }, (_, k) => [xml.slice(0, k + 1), xml.slice(k + 1)]),
    [...xml],
  ];
  for (const chunks of chunkings) {
    expect(seen(scanEvents(chunks, o)), JSON.stringify(chunks)).toEqual(seen(whole));
  }
  return whole;
}

describe('white space between elements (§2.4; only an engine reading all text gets it)', () => {
  it('is handed out, located, when the engine wants all text', () => {
    expect(events('<a> <b/>\n\t</a>', 2)).toEqual([
      'S a 1:1',
      'T " " 1:4',
      'S b 1:5',
      'E 1:5',
      'T "\\n\\t" 1:9',
      'E 2:2',
    ]);
  });
  it('is skipped when the engine wants some text or none', () => {
    for (const w of [0, 1] as const) {
      expect(events('<a> <b/>\n\t</a>', w)).toEqual(['S a 1:1', 'S b 1:5', 'E 1:5', 'E 2:2']);
    }
  });
  it('is skipped when a CR is held back at a chunk end (the run is judged only up to the cut)', () => {
    expect(scanEvents(['<a> \r', '\n<b/></a>'], { textWanted: 1 })).toEqual(['S a 1:1', 'S b 2:1', 'E 2:1', 'E 2:5']);
    expect(scanEvents(['<a>\t \r', '\r<b/></a>'], { textWanted: 1 })).toEqual(['S a 1:1', 'S b 3:1', 'E 3:1', 'E 3:5']);
  });
  it('is handed out with the rest of a run that holds other characters', () => {
    expect(events('<a> x <b/></a>', 1)).toEqual(['S a 1:1', 'T " x " 1:4', 'S b 1:7', 'E 1:7', 'E 1:11']);
  });
  it('outside the root element is allowed and never handed out', () => {
    expect(events('\n <a/>\n ', 2)).toEqual(['S a 2:2', 'E 2:2']);
  });
});

describe("']]>' in text (§2.4: CharData must not contain it)", () => {
  it('is an error located at its last character, before the run is handed out', () => {
    expect(events('<a>x]]>y</a>')).toEqual(['S a 1:1', "F XmlSyntax malformed XML: ']]>' is not allowed in text 1:7"]);
  });
  it('at the very start of the document is that error too', () => {
    expect(events(']]><a/>')).toEqual(["F XmlSyntax malformed XML: ']]>' is not allowed in text 1:3"]);
  });
  it('just after a text run, inside a bad start tag, is the tag error (xmllint: invalid element name)', () => {
    expect(events('<a>x<]]></a>')).toEqual([
      'S a 1:1',
      'T "x" 1:4',
      'F XmlSyntax malformed XML: invalid element name 1:6',
    ]);
  });
  it('in a later run only fails there, after the earlier runs are handed out', () => {
    expect(events('<a>x<b/>]]></a>')).toEqual([
      'S a 1:1',
      'T "x" 1:4',
      'S b 1:5',
      'E 1:5',
      "F XmlSyntax malformed XML: ']]>' is not allowed in text 1:11",
    ]);
  });
  it("']]' and ']>' alone are plain text", () => {
    expect(events('<a>]]x]></a>')).toEqual(['S a 1:1', 'T "]]x]>" 1:4', 'E 1:9']);
  });
});

describe('references in text (§4.1; §2.1: nothing but markup and space outside the root)', () => {
  it('are decoded inside the root element', () => {
    expect(events('<a>&amp;x&#65;</a>')).toEqual(['S a 1:1', 'T "&xA" 1:4', 'E 1:15']);
  });
  it('before the root element are an error located at the "&" (xmllint: not well-formed)', () => {
    expect(events('&amp;<a/>')).toEqual([
      'F XmlSyntax malformed XML: a reference is not allowed outside the root element 1:1',
    ]);
  });
  it('after the root element are that error too', () => {
    expect(events('<a/>\n &amp;')).toEqual([
      'S a 1:1',
      'E 1:1',
      'F XmlSyntax malformed XML: a reference is not allowed outside the root element 2:2',
    ]);
  });
  it('inside the root do not make later space outside it an error', () => {
    expect(events('<a>&amp;</a>\n')).toEqual(['S a 1:1', 'T "&" 1:4', 'E 1:9']);
    expect(events('<a>x&lt;<b/>y</a> ')).toEqual(['S a 1:1', 'T "x<" 1:4', 'S b 1:9', 'E 1:9', 'T "y" 1:13', 'E 1:14']);
  });
  it('an undefined one stops with its one error and hands out nothing after it', () => {
    expect(events('<a>x&bogus;y</a>')).toEqual(['S a 1:1', 'F XmlSyntax malformed XML: undefined entity &bogus; 1:11']);
  });
  it('an undefined one is reported even when the engine reads no text', () => {
    expect(events('<a>&bogus;</a>', 0)).toEqual([
      'S a 1:1',
      'F XmlSyntax malformed XML: undefined entity &bogus; 1:10',
    ]);
  });
});

describe('text the engine does not read (textWanted 0)', () => {
  it('is never handed out when it holds no reference, but still checked', () => {
    expect(events('<a>x\ry<b/>z</a>', 0)).toEqual(['S a 1:1', 'S b 2:2', 'E 2:2', 'E 2:7']);
    expect(events('<a>x]]>y</a>', 0)).toEqual([
      'S a 1:1',
      "F XmlSyntax malformed XML: ']]>' is not allowed in text 1:7",
    ]);
  });
});

describe('a run cut before an unfinished reference when the engine reads no text', () => {
  it('hands nothing out before the reference is complete', () => {
    const { scanner, events: ev } = recordingScanner({ textWanted: 0 });
    scanner.write('<a>x&am');
    expect(ev).toEqual(['S a 1:1']);
    scanner.write('p;y</a>');
    scanner.end();
    expect(ev.filter((e) => !e.startsWith('T '))).toEqual(['S a 1:1', 'E 1:11']);
  });
});

describe('line ends in text (§2.11: CRLF and a lone CR become LF)', () => {
  it('normalizes lone CR and CRLF alike', () => {
    expect(events('<a>x\ry\r\nz\r</a>')).toEqual(['S a 1:1', 'T "x\\ny\\nz\\n" 1:4', 'E 4:1']);
    expect(events('<a>x\ry\r\nz\r</a>', 1)).toEqual(['S a 1:1', 'T "x\\ny\\nz\\n" 1:4', 'E 4:1']);
  });
});

describe('a sink that stops after a text run', () => {
  /** Events when the sink stops at its first text event; `chunks` written in turn, then end(). */
  function stopAtText(chunks: readonly string[]): string[] {
    const { scanner, events: ev } = recordingScanner({
      after: (sink, e) => {
        if (e.at(-1)?.startsWith('T ')) sink.stopped = true;
      },
    });
    for (const c of chunks) scanner.write(c);
    scanner.end();
    return ev;
  }
  it('sees nothing more, in one chunk or several', () => {
    expect(stopAtText(['<a>xy<b/></a>'])).toEqual(['S a 1:1', 'T "xy" 1:4']);
    expect(stopAtText(['<a>xy', '<b/>', '</a>'])).toEqual(['S a 1:1', 'T "xy" 1:4']);
    expect(stopAtText(['<a>xy<', 'b/>', 'z</a>', ''])).toEqual(['S a 1:1', 'T "xy" 1:4']);
  });
  it('is not called again, not even for an error at the end', () => {
    expect(stopAtText(['<a>x<b>'])).toEqual(['S a 1:1', 'T "x" 1:4']);
  });
});

describe("a '<' at the end of what has arrived (§3.1)", () => {
  it('waits for the character that says what markup it opens', () => {
    expect(scanEvents(['<a><', 'b/></a>'])).toEqual(['S a 1:1', 'S b 1:4', 'E 1:4', 'E 1:8']);
    expect(scanEvents(['<a>x<', '/a>'])).toEqual(['S a 1:1', 'T "x" 1:4', 'E 1:5']);
    expect(scanEvents(['<a><', '!--c--></a>'])).toEqual(['S a 1:1', 'E 1:12']);
    expect(scanEvents(['<a><', '?p?></a>'])).toEqual(['S a 1:1', 'E 1:9']);
  });
  it('left unfinished at the end is an error located at it (xmllint: not well-formed)', () => {
    expect(events('<a><')).toEqual(['S a 1:1', 'F XmlSyntax malformed XML: unexpected end of input inside markup 1:4']);
  });
  it('followed by a character XML does not allow is that character error', () => {
    expect(events('<a><\u0001')).toEqual([
      'S a 1:1',
      'F XmlSyntax malformed XML: the input holds a character that XML does not allow 1:5',
    ]);
  });
});
