/**
 * Test helper for the internal-subset tests (internal-subset-*.test.ts): runs one document
 * through the XML scanner with a sink that records every call (DOCTYPE, entity declaration with
 * its parameter/external flags, start/end tags, fatal error with message and line:column), whole
 * and cut into two writes at every split point and into one-character writes, and checks that
 * every cut gives the events of the whole input (the scanner's streaming contract); returns them.
 */
import { expect } from 'vitest';
import { scanEvents } from './scanner-events.js';

const scan = (chunks: readonly string[]) => scanEvents(chunks, { entityFlags: true });

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
