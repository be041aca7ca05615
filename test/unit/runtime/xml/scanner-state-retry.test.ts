/**
 * The cut-token bookkeeping of the scanner state (scanner-state.ts `wait`): a start tag cut by
 * a chunk boundary is read again only once a chunk has brought a new '>' (xml-scanner.ts: "a
 * tag is retried only once a new `>` has arrived, so a huge tag is not rescanned per chunk"),
 * so writing a tag in n pieces costs a bounded number of reads, not n. A '>' already inside the
 * cut tag (in an attribute value, §3.1 allows it there) does not count as a new one. Whatever
 * the chunking, the tokens are those of the whole input.
 *
 * @see XML 1.0 §3.1 (STag, AttValue: '>' is allowed in an attribute value)
 */
import { describe, expect, it } from 'vitest';
import { XmlScanner } from '../../../../runtime/xml/xml-scanner.js';
import { recordingScanner } from './scanner-events.js';

/** The scanner, counting how often it reads a start tag from its '<'. */
class CountingScanner extends XmlScanner {
  tagReads = 0;
  protected override startTag(i: number, cap: number): number {
    this.tagReads++;
    return super.startTag(i, cap);
  }
}

function scan(chunks: readonly string[]) {
  const { scanner, events } = recordingScanner({ attrs: true }, (sink, doctype) => new CountingScanner(sink, doctype));
  for (const c of chunks) scanner.write(c);
  scanner.end();
  return { events, tagReads: scanner.tagReads };
}

/** `head`, then `n` pieces of `piece`, then `tail`: the tokens equal the whole input's. */
function pieces(head: string, piece: string, n: number, tail: string) {
  const r = scan([head, ...Array.from({ length: n }, () => piece), tail]);
  expect(r.events).toEqual(scan([head + piece.repeat(n) + tail]).events);
  return r;
}

describe('a start tag cut by chunk boundaries is read again only when a new > arrives', () => {
  it('a tag after the root, written in 200 pieces without >: three reads in all', () => {
    // <r> once; <a ...> when first cut, and once more when the chunk with its '>' arrives.
    const r = pieces('<r><a', ' ', 200, 'b="1"/></r>');
    expect(r.events[1]).toMatch(/^S a \{"b":"1"\} 1:4$/);
    expect(r.tagReads).toBe(3);
  });

  it('a > inside an attribute value written before the cut is not a new >', () => {
    const r = pieces('<r>\n<a b="1>2"', ' ', 200, 'c="x"></a></r>');
    expect(r.events[2]).toBe('S a {"b":"1>2","c":"x"} 2:1');
    expect(r.tagReads).toBe(3);
  });

  it('nor is one written in an earlier piece: each new > allows one read more', () => {
    // Pieces with a '>' in a value: each brings a new '>', so each is one more read.
    const r = pieces('<r><a b="', 'x>', 5, '"/></r>');
    expect(r.events[1]).toBe(`S a {"b":"${'x>'.repeat(5)}"} 1:4`);
    expect(r.tagReads).toBe(1 + 1 + 5 + 1);
  });

  it('a value cut in 300 pieces, after a > in it: three reads in all', () => {
    const r = pieces('<r><a b="v>wyz', 'x', 300, '"/></r>');
    expect(r.events[1]).toBe(`S a {"b":"v>wyz${'x'.repeat(300)}"} 1:4`);
    expect(r.tagReads).toBe(3);
  });

  it('a tag that is the first token, cut in 100 pieces: two reads', () => {
    const r = pieces('<a', ' ', 100, '/>');
    expect(r.events).toEqual(['S a {} 1:1', 'E 1:1']);
    expect(r.tagReads).toBe(2);
  });
});
