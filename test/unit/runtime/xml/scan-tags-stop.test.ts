/**
 * A sink that stops at an end tag (scan-tags.ts): the scanner hands it nothing more, and its
 * public `stopAt` is the stream offset just after that end tag's '>' (what the driver uses to
 * count the bytes consumed), on every two-chunk split of the document; writes and end() after
 * the stop do nothing. The same for a stop at a start tag and at a self-closing tag.
 *
 * @see XML 1.0 §3.1 (ETag, EmptyElemTag); scanner-state.ts (XmlTokenSink: `stopped` ends the
 *      scan after the current token)
 */
import { describe, expect, it } from 'vitest';
import { recordingScanner } from './scanner-events.js';

/** A scanner whose sink stops after its `stopAfter`-th start or end call (counted together). */
function stoppingScanner(stopAfter: number) {
  return recordingScanner({
    after(sink, events) {
      const kind = events.at(-1)?.[0];
      if ((kind === 'S' || kind === 'E') && events.filter((e) => e[0] !== 'T').length === stopAfter)
        sink.stopped = true;
    },
  });
}

function run(chunks: readonly string[], stopAfter: number) {
  const { scanner, events } = stoppingScanner(stopAfter);
  for (const c of chunks) scanner.write(c);
  scanner.end();
  return { events: events.filter((e) => e[0] !== 'T'), stopAt: scanner.stopAt };
}

/** The result for the whole document, checked equal on every cut into two chunks. */
function onEverySplit(doc: string, stopAfter: number) {
  const whole = run([doc], stopAfter);
  for (let k = 1; k < doc.length; k++) {
    expect(run([doc.slice(0, k), doc.slice(k)], stopAfter), `cut at ${k}`).toEqual(whole);
  }
  return whole;
}

describe('the sink stops at an end tag', () => {
  it('nothing after the end tag reaches the sink; stopAt is just past its >', () => {
    const doc = '<r><a></a><b/><c>x</c></r>';
    expect(onEverySplit(doc, 3)).toEqual({
      events: ['S r 1:1', 'S a 1:4', 'E 1:7'],
      stopAt: '<r><a></a>'.length,
    });
  });

  it('an end tag with whitespace before its >, on a later line', () => {
    const doc = '<r>\n  <a>t</a  >\n  <b/>\n</r>';
    expect(onEverySplit(doc, 3)).toEqual({
      events: ['S r 1:1', 'S a 2:3', 'E 2:7'],
      stopAt: '<r>\n  <a>t</a  >'.length,
    });
  });

  it("the root's end tag: trailing markup is not scanned (a second root is not reported)", () => {
    const doc = '<r></r><x/>';
    expect(onEverySplit(doc, 2)).toEqual({ events: ['S r 1:1', 'E 1:4'], stopAt: 7 });
  });

  it('writes after the stop do nothing', () => {
    const { scanner, events } = stoppingScanner(3);
    scanner.write('<r><a></a>');
    expect(scanner.stopAt).toBe(10);
    scanner.write('</r><bad');
    scanner.end();
    expect(events).toEqual(['S r 1:1', 'S a 1:4', 'E 1:7']);
    expect(scanner.stopAt).toBe(10);
  });
});

describe('the sink stops at a start tag', () => {
  it('a start tag: stopAt is just past its >', () => {
    expect(onEverySplit('<r><a x="1">t</a></r>', 2)).toEqual({ events: ['S r 1:1', 'S a 1:4'], stopAt: 12 });
  });

  it('a self-closing tag stopped at its start: no end call', () => {
    expect(onEverySplit('<r><a/><b/></r>', 2)).toEqual({ events: ['S r 1:1', 'S a 1:4'], stopAt: 7 });
  });
});
