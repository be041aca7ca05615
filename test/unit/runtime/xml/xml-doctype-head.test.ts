/**
 * The DOCTYPE head reader (runtime/xml/xml-doctype.ts) on its own: XML 1.0 (5th ed.) §2.8 [28]
 * doctypedecl `'<!DOCTYPE' S Name (S ExternalID)? S? ('[' intSubset ']' S?)? '>'`, [75] ExternalID
 * (`SYSTEM` S SystemLiteral | `PUBLIC` S PubidLiteral S SystemLiteral), §2.3 [11] SystemLiteral,
 * [12] PubidLiteral, [13] PubidChar. Every accept/reject verdict below agrees with
 * `xmllint --noout --nonet` (libxml2 2.9.14) on the same DOCTYPE followed by `<a/>`. The cursor's
 * `cap` is the end of the input received so far: a construct cut by it is MORE (wait for input),
 * never an error, and nothing at or past `cap` is read.
 */
import { describe, expect, it } from 'vitest';
import { BAD, DeclCursor, type DoctypeHead, MORE, readDoctypeHead } from '../../../../runtime/xml/xml-doctype.js';

function cursor(s: string, cap = s.length): DeclCursor {
  const c = new DeclCursor();
  c.reset(s, cap);
  return c;
}

function head(s: string, cap = s.length): { c: DeclCursor; r: DoctypeHead | number } {
  const c = cursor(s, cap);
  return { c, r: readDoctypeHead(c, 0) };
}

function ok(s: string): DoctypeHead {
  const { c, r } = head(s);
  expect(c.err).toBeUndefined();
  if (typeof r === 'number') throw new Error(`expected a head, got ${r}`);
  return r;
}

/** BAD, with a non-empty message matching `msg`, at index `at`. */
function bad(s: string, msg: RegExp, at: number): void {
  const { c, r } = head(s);
  expect(r).toBe(BAD);
  expect(c.err?.at).toBe(at);
  expect(c.err?.message).toMatch(msg);
}

describe('DOCTYPE head: the reported doctype (§2.8)', () => {
  it('name only: no publicId / systemId keys at all', () => {
    const h = ok('<!DOCTYPE root>');
    expect(h.doctype).toStrictEqual({ name: 'root' });
    expect(Object.keys(h.doctype)).toEqual(['name']);
    expect(h).toMatchObject({ end: 15, subset: false });
  });

  it('SYSTEM: the system literal, quotes removed, no publicId key', () => {
    const h = ok("<!DOCTYPE a SYSTEM 'a{b}\u00e9[].dtd' [");
    expect(h.doctype).toStrictEqual({ name: 'a', systemId: 'a{b}\u00e9[].dtd' });
    expect('publicId' in h.doctype).toBe(false);
    expect(h.subset).toBe(true);
  });

  it('PUBLIC: both literals, either quote kind, system literal not limited to PubidChar', () => {
    const h = ok("<!DOCTYPE a PUBLIC '-//p//EN' 's{[\u00e9]}'>");
    expect(h.doctype).toStrictEqual({ name: 'a', publicId: '-//p//EN', systemId: 's{[\u00e9]}' });
    const g = ok('<!DOCTYPE a PUBLIC "p" "s" >');
    expect(g.doctype).toStrictEqual({ name: 'a', publicId: 'p', systemId: 's' });
    expect(g.end).toBe(28);
  });

  it('every PubidChar class, boundaries included, is allowed in a public identifier (§2.3 [13])', () => {
    for (const lit of ['a', 'z', 'A', 'Z', '0', '9', ' ', 'azAZ09 -()+,./:=?;!*#@$_%', "'", '\r\n']) {
      const q = lit.includes("'") ? '"' : "'";
      const h = ok(`<!DOCTYPE a PUBLIC ${q}${lit}${q} "s">`);
      expect(h.doctype.publicId).toBe(lit);
    }
  });
});

describe('DOCTYPE head: well-formedness errors (xmllint rejects each)', () => {
  it.each([
    ['&', 20],
    ['{', 20],
    ['`', 20],
    ['[', 20],
    ['\u00e9', 20],
    ['x"', 21],
  ])('%s is not a PubidChar', (ch, at) => {
    const q = ch.includes('"') ? "'" : '"';
    bad(`<!DOCTYPE a PUBLIC ${q}${ch}${q} "s">`, /character not allowed in a public identifier/, at);
  });

  it('no name', () => bad('<!DOCTYPE  >', /expected the document element name/, 11));
  it('no whitespace after <!DOCTYPE', () => bad('<!DOCTYPE[a]>', /expected whitespace after <!DOCTYPE/, 9));
  it('no whitespace after SYSTEM', () => bad('<!DOCTYPE a SYSTEM"s">', /expected whitespace after SYSTEM/, 18));
  it('no whitespace after PUBLIC', () => bad('<!DOCTYPE a PUBLIC"p" "s">', /expected whitespace after PUBLIC/, 18));
  it('unquoted system literal', () => bad('<!DOCTYPE a SYSTEM s>', /expected a quoted system literal/, 19));
  it('unquoted public literal', () => bad('<!DOCTYPE a PUBLIC p "s">', /expected a quoted public identifier/, 19));
  it('PUBLIC without a system literal', () =>
    bad('<!DOCTYPE a PUBLIC "p">', /expected a quoted system literal after the public identifier/, 22));
  it('PUBLIC literals not separated', () =>
    bad('<!DOCTYPE a PUBLIC \'p\'"s">', /expected whitespace between the public and system literals/, 22));
  it('junk instead of an external id', () => bad('<!DOCTYPE a x>', /expected '\[' or '>' in the DOCTYPE/, 12));
  it('junk after the external id', () => bad('<!DOCTYPE a SYSTEM "s" x>', /expected '\[' or '>' in the DOCTYPE/, 23));
});

describe('DOCTYPE head: input cut at cap is MORE, never an error', () => {
  it.each([
    '<!DOCTYPE a ',
    '<!DOCTYPE a SYS',
    '<!DOCTYPE a SYSTEM ',
    '<!DOCTYPE a SYSTEM "s',
    '<!DOCTYPE a SYSTEM "s" ',
    '<!DOCTYPE a PUB',
    '<!DOCTYPE a PUBLIC "p"',
    '<!DOCTYPE a PUBLIC "p" ',
    '<!DOCTYPE a PUBLIC "p" "s',
  ])('%j', (s) => {
    const { c, r } = head(s);
    expect(r).toBe(MORE);
    expect(c.err).toBeUndefined();
  });

  it('a closing quote at or past cap is not seen yet', () => {
    const s = '<!DOCTYPE a SYSTEM "s">';
    expect(head(s, 20).r).toBe(MORE);
    expect(head(s, 21).r).toBe(MORE);
    expect(head(s, 22).r).toBe(MORE);
    expect(typeof head(s, 23).r).toBe('object');
    const p = '<!DOCTYPE a PUBLIC "p" "s">';
    expect(head(p, 21).r).toBe(MORE);
  });
});

describe('DeclCursor pieces', () => {
  it('skipS stops at cap even inside whitespace', () => {
    const c = cursor('a    b', 3);
    expect(c.skipS(1)).toBe(3);
  });

  it('has: MORE on a cut prefix, 1 when whole, 0 when absent', () => {
    expect(cursor('SYSTEM', 3).has(0, 'SYSTEM')).toBe(MORE);
    expect(cursor('SYSTEM').has(0, 'SYSTEM')).toBe(1);
    expect(cursor('PUBLIC').has(0, 'SYSTEM')).toBe(0);
  });

  it('quoted at cap is MORE', () => {
    const c = cursor('x');
    expect(c.quoted(1, 'system literal', false)).toBe(MORE);
    expect(c.err).toBeUndefined();
  });

  it('quoted: a closing quote at or past cap is not seen, nor the characters before it', () => {
    expect(cursor('"s"', 1).quoted(0, 'system literal', false)).toBe(MORE);
    expect(cursor('"s"', 2).quoted(0, 'system literal', false)).toBe(MORE);
    expect(cursor('"s"', 3).quoted(0, 'system literal', false)).toBe(3);
    const c = cursor('"p{"', 2);
    expect(c.quoted(0, 'public identifier', true)).toBe(MORE);
    expect(c.err).toBeUndefined();
  });

  it('a failed or cut external id leaves no identifiers behind', () => {
    const c = cursor('SYSTEM "s');
    expect(c.externalId(0, false)).toBe(MORE);
    expect(c.systemId).toBeUndefined();
    const p = cursor('PUBLIC "p" "s');
    expect(p.externalId(0, false)).toBe(MORE);
    expect(p.systemId).toBeUndefined();
    const q = cursor('PUBLIC "p" \'s{}\'');
    expect(q.externalId(0, false)).toBe(16);
    expect([q.publicId, q.systemId]).toEqual(['p', 's{}']);
  });

  it('a notation PublicID may stand alone; the DOCTYPE one may not', () => {
    expect(cursor('PUBLIC "p">').externalId(0, true)).toBe(10);
    expect(cursor('PUBLIC "p">').externalId(0, false)).toBe(BAD);
  });
});
