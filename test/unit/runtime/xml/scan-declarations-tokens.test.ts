/**
 * The tokens the XML scanner hands out for `<!` and `<?` markup (scan-declarations.ts), seen
 * through a recording sink: CDATA sections are text located at their `<![CDATA[` with line ends
 * normalised (XML 1.0 §2.7, §2.11), handed out only when the open element wants text and never
 * past a non-XML character (§2.2); the DOCTYPE (§2.8) and each entity declaration of its internal
 * subset (§4.2) are reported at their `<!`; a sink that stops ends the scan right after the
 * current token (the `XmlTokenSink` contract); a document is scanned as far as it is written
 * (tokens come out at `write`, not only at `end`); an error in the internal subset is reported
 * once; the XML declaration is allowed only at stream offset 0 (§2.8 [22] prolog), also when the
 * scanner's buffer starts later in the stream.
 */
import { describe, expect, it } from 'vitest';
import { recordingScanner } from './scanner-events.js';

interface Options {
  textWanted?: 0 | 1 | 2;
  /** Stop after the first text token. */
  stopOnText?: boolean;
  /** Stop when the DOCTYPE is reported. */
  stopOnDoctype?: boolean;
}

/** A scanner whose sink and DOCTYPE handler record every call. */
function recorder(o: Options = {}) {
  return recordingScanner({
    textWanted: o.textWanted ?? 2,
    after(sink, events) {
      const kind = events.at(-1)?.[0];
      if ((o.stopOnText && kind === 'T') || (o.stopOnDoctype && kind === 'D')) sink.stopped = true;
    },
  });
}

function scan(chunks: readonly string[], o?: Options): string[] {
  const { scanner, events } = recorder(o);
  for (const c of chunks) scanner.write(c);
  scanner.end();
  return events;
}

const BAD_CHAR = 'F XmlSyntax malformed XML: the input holds a character that XML does not allow';

describe('CDATA sections', () => {
  it('are text located at their <![CDATA[, with CR and CRLF read as line feeds', () => {
    expect(scan(['<a>x<![CDATA[1\r2\r\n3\n4]]></a>'])).toEqual([
      'S a 1:1',
      'T "x" 1:4',
      'T "1\\n2\\n3\\n4" 1:5',
      'E 4:5',
    ]);
  });

  it('are located on their own line and column', () => {
    expect(scan(['<a>\n  <b/><![CDATA[x]]></a>'])).toEqual([
      'S a 1:1',
      'T "\\n  " 1:4',
      'S b 2:3',
      'E 2:3',
      'T "x" 2:7',
      'E 2:20',
    ]);
  });

  it('are not handed out when the open element wants no text', () => {
    expect(scan(['<a><![CDATA[x]]><b/></a>'], { textWanted: 0 })).toEqual(['S a 1:1', 'S b 1:17', 'E 1:17', 'E 1:21']);
  });

  it('holding a non-XML character are not handed out: the error comes first', () => {
    expect(scan(['<a><![CDATA[x\u0001]]></a>'])).toEqual(['S a 1:1', `${BAD_CHAR} 1:14`]);
    expect(scan(['<a><![CDATA[x\u0001 ]]></a>'])).toEqual(['S a 1:1', `${BAD_CHAR} 1:14`]);
  });

  it('a sink that stops at a CDATA section ends the scan just after its ]]>', () => {
    const { scanner, events } = recorder({ stopOnText: true });
    scanner.write('<a><![CDATA[x]]><b/></a>');
    scanner.end();
    expect(events).toEqual(['S a 1:1', 'T "x" 1:4']);
    expect(scanner.stopAt).toBe(16);
  });
});

describe('the DOCTYPE', () => {
  it('is reported at its <!, and each entity declaration at its <!', () => {
    expect(scan(['\n <!DOCTYPE a [\n  <!ENTITY e "x">\n<!ENTITY f "y">]><a/>'])).toEqual([
      'D a 2:2',
      'N e 3:3',
      'N f 4:1',
      'S a 4:18',
      'E 4:18',
    ]);
  });

  it('a sink that stops at the DOCTYPE ends the scan just after its head', () => {
    for (const [xml, at] of [
      ['<!DOCTYPE a><a/>', 12],
      ['<!DOCTYPE a [<!ENTITY e "x">]><a/>', 13],
    ] as const) {
      const { scanner, events } = recorder({ stopOnDoctype: true });
      scanner.write(xml);
      scanner.end();
      expect(events, xml).toEqual(['D a 1:1']);
      expect(scanner.stopAt, xml).toBe(at);
    }
  });

  it('a document with an internal subset is scanned as far as it is written, before end()', () => {
    const { scanner, events } = recorder();
    scanner.write('<!DOCTYPE a [<!ELEMENT a ANY>]><a>x</a>');
    expect(events).toEqual(['D a 1:1', 'S a 1:32', 'T "x" 1:35', 'E 1:36']);
    scanner.end();
    expect(events).toHaveLength(4);
  });

  it('an error in the internal subset is reported once', () => {
    for (const [xml, message] of [
      [
        '<!DOCTYPE a [<?xml version="1.0"?>]><a/>',
        'the XML declaration is allowed only at the start of the document 1:34',
      ],
      ['<!DOCTYPE a [<?pi!?>]><a/>', 'expected whitespace after the PI target 1:18'],
      ['<!DOCTYPE a [<!-- -- -->]><a/>', "'--' is not allowed inside a comment 1:20"],
      ['<!DOCTYPE a [<!ELEMENT 1>]><a/>\u0001', 'expected an element name 1:24'],
      ['<!DOCTYPE a [<!-- -- -->]>\u0001<a/>', "'--' is not allowed inside a comment 1:20"],
    ] as const) {
      expect(scan([xml]), xml).toEqual(['D a 1:1', `F XmlSyntax malformed XML: ${message}`]);
    }
  });
});

describe('the XML declaration', () => {
  it('is refused after other markup also when the buffer starts where it stands', () => {
    // After the first write the scanner's buffer starts at stream offset 7, where the declaration is.
    const err = 'F XmlSyntax malformed XML: the XML declaration is allowed only at the start of the document 1:28';
    expect(scan(['<!---->', '<?xml version="1.0"?><a/>'])).toEqual([err]);
    expect(scan(['<!---->', '<!----><?xml version="1.0"?><a/>'])).toEqual([`${err.slice(0, -2)}35`]);
  });

  it('is accepted at offset 0 when written in pieces', () => {
    expect(scan(['<?xml vers', 'ion="1.0"?', '><a/>'])).toEqual(['S a 1:22', 'E 1:22']);
  });
});
