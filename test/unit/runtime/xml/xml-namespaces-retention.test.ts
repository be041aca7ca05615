/**
 * The namespace scope's name caches outlive the documents of a batch (one `XmlValidator`, reset
 * between documents), so what they hold must not keep a document alive: a name cut from a
 * document with `slice` is, in V8, a view on the whole input string, and caching it as it is kept
 * 1 MB per document whose long root name was new (108 MB after 100 documents). The caches now
 * hold copies of their own.
 * @see runtime/xml/own-string.ts; runtime/xml/xml-namespaces.ts; runtime/xml/xml-validator.ts
 */
import { describe, expect, it } from 'vitest';
import { WELL_FORMED_MODEL } from '../../../../runtime/xml/well-formed.js';
import { XmlValidator } from '../../../../runtime/xml/xml-validator.js';
import { heapAfterGc } from './heap-after-gc.js';

describe('a batch of documents with namespace declarations', () => {
  it('keeps no document alive through the cached names (60 documents of 1 MB, each a new long name)', () => {
    const v = new XmlValidator(WELL_FORMED_MODEL);
    const pad = 'x'.repeat(1_000_000);
    const before = heapAfterGc();
    for (let i = 0; i < 60; i++) {
      const root = `RootElementNumber${i}WithALongName`;
      const doc = `<${root} xmlns:p="urn:p" p:attributeWithALongName${i}="v"><!--${pad}${i}--><p:ChildElement${i}WithALongName/></${root}>`;
      expect(v.validate(doc).valid).toBe(true);
    }
    const grown = heapAfterGc() - before;
    expect(grown).toBeLessThan(20_000_000);
  });
});
