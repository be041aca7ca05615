/**
 * Test helper for the internal-subset tests (internal-subset-*.test.ts): runs one document
 * through the XML scanner with a sink that records every call (DOCTYPE, entity declaration with
 * its parameter/external flags, start/end tags, fatal error with message and line:column), whole
 * and cut into two writes at every split point and into one-character writes, and checks that
 * every cut gives the events of the whole input (the scanner's streaming contract); returns them.
 */
import { expect } from 'vitest';
import { XmlScanner } from '../../../../runtime/xml/xml-scanner.js';

function scan(chunks: readonly string[]): string[] {
  const events: string[] = [];
  const sink = {
    stopped: false,
    textWanted: 2 as const,
    startElement(name: string, _a: unknown, line: number, column: number) {
      events.push(`S ${name} ${line}:${column}`);
    },
    text(text: string, line: number, column: number) {
      events.push(`T ${JSON.stringify(text)} ${line}:${column}`);
    },
    endElement(line: number, column: number) {
      events.push(`E ${line}:${column}`);
    },
    fatal(code: string, message: string, line: number, column: number) {
      events.push(`F ${code} ${message} ${line}:${column}`);
      sink.stopped = true;
    },
  };
  const scanner = new XmlScanner(sink, {
    doctype: (d, line, column) => events.push(`D ${d.name} ${line}:${column}`),
    entity: (e, line, column) =>
      events.push(`N ${e.parameter ? '%' : '&'}${e.name} ${e.external ? 'external' : 'internal'} ${line}:${column}`),
  });
  for (const c of chunks) scanner.write(c);
  scanner.end();
  return events;
}

/** The scanner's events for `xml`, the same whole, cut once at every index and written a character at a time. */
export function scanCuts(xml: string): string[] {
  const whole = scan([xml]);
  for (let k = 1; k < xml.length; k++) {
    expect(scan([xml.slice(0, k), xml.slice(k)]), `cut at ${k}`).toEqual(whole);
  }
  expect(scan([...xml]), 'one character per write').toEqual(whole);
  return whole;
}

/** The events of a document `<!DOCTYPE a [...]>...` whose subset has the one error `message` at line:column. */
export function subsetError(message: string, line: number, column: number): string[] {
  return ['D a 1:1', `F XmlSyntax malformed XML: ${message} ${line}:${column}`];
}

/** The events of a well-formed document `<!DOCTYPE a [...]><a/>` on one line, its `<a/>` at `column`. */
export function acceptedAt(column: number, ...entities: string[]): string[] {
  return ['D a 1:1', ...entities, `S a 1:${column}`, `E 1:${column}`];
}
