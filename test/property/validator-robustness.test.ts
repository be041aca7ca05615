/**
 * Property: whatever the mutation (drop, duplicate, reorder, retype, rename, attributes, deep
 * nesting, huge text nodes, truncation, entity references, invalid UTF-8, DOCTYPEs declaring
 * entities), the runtime XML validator never throws, finishes each bounded case (< 400 KB) within
 * a time bound, reports located issues (line ≥ 1, column ≥ 1) for every invalid verdict, refuses
 * entity declarations (XmlEntityDeclared), and gives the same verdict on the whole-document and
 * the streamed (1000-byte chunks) paths (the same issues too, except after invalid UTF-8: see the
 * documented it.fails with the minimal counterexample). Fixed seed, so CI is deterministic.
 *
 * @see docs/testing.md (property tests); runtime/xml/xml-driver.ts
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { model as kbModel } from '../../generated/vm/schemas/knowledge-base-vuln-list-output-dtd.js';
import { model as webappModel } from '../../generated/was/schemas/webapp-xsd.js';
import { validateXml } from '../../runtime/xml/validate-xml.js';
import { validateXmlStream } from '../../runtime/xml/validate-xml-stream.js';
import { type MutationCase, mutationCase, renderCase } from './xml-mutations.js';

const SEED = 20_060_602;
const RUNS = 150;
/** Generous: a 400 KB case takes a few ms; the bound only catches hangs and blow-ups. */
const BOUND_MS = 3000;

function* chunksOf(doc: string | Uint8Array, size: number): Generator<string | Uint8Array> {
  for (let i = 0; i < doc.length; i += size) yield doc.slice(i, i + size);
}

const models = { xsd: webappModel, dtd: kbModel } as const;

async function check(c: MutationCase): Promise<void> {
  const doc = renderCase(c);
  expect(doc.length).toBeLessThan(400_000);
  const model = models[c.base];
  const start = performance.now();
  const whole = validateXml(doc, model, { strict: true });
  expect(performance.now() - start).toBeLessThan(BOUND_MS);
  const streamed = await validateXmlStream(chunksOf(doc, 1000), model, { strict: true });
  expect(streamed.valid).toBe(whole.valid);
  // Every case, invalid UTF-8 included: the same issues, at the same places, however it is chunked.
  expect(streamed.errors.map((e) => [e.code, e.location.line, e.location.column])).toEqual(
    whole.errors.map((e) => [e.code, e.location.line, e.location.column]),
  );
  expect(whole.valid).toBe(whole.errors.length === 0);
  for (const e of whole.errors) {
    expect(e.location.line).toBeGreaterThanOrEqual(1);
    expect(e.location.column).toBeGreaterThanOrEqual(1);
    expect(e.message.length).toBeGreaterThan(0);
  }
  if (c.raw.k === 'doctypeEntities') expect(whole.errors.map((e) => e.code)).toContain('XmlEntityDeclared');
  if (c.raw.k === 'badUtf8') expect(whole.valid).toBe(false);
}

describe('the runtime XML validator on mutated documents', () => {
  it.each(['xsd', 'dtd'] as const)('%s: never throws, never hangs, same verdict streamed', async (base) => {
    let invalid = 0;
    await fc.assert(
      fc.asyncProperty(mutationCase(base), async (c) => {
        await check(c);
        if (!validateXml(renderCase(c), models[base], { strict: true }).valid) invalid++;
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: false },
    );
    console.log(`[property] ${base}: ${RUNS} mutated cases, ${invalid} rejected, none threw or hung`);
    expect(invalid).toBeGreaterThan(0);
  });
});

describe('invalid UTF-8 after a validity error', () => {
  // Shrunk from seed 20060602 by the property above: a validity error (a second responseCode)
  // before an invalid byte. Each path checks the text before the bad byte, then reports the byte
  // where it is, so whole bytes and any chunking give the same issue list.
  it('reports the same issues, and the bad byte at its place, on every path', async () => {
    const enc = new TextEncoder();
    const doc = Uint8Array.from([
      ...enc.encode('<?xml version="1.0"?>\n<ServiceResponse><responseCode>SUCCESS</responseCode>'),
      ...enc.encode('<responseCode>SUCCESS</responseCode><data>'),
      0xff,
      ...enc.encode('</data></ServiceResponse>'),
    ]);
    const whole = validateXml(doc, webappModel);
    const want = [
      ['UnexpectedElement', 2, 54],
      ['XmlSyntax', 2, 96],
    ];
    expect(whole.errors.map((e) => [e.code, e.location.line, e.location.column])).toEqual(want);
    for (const size of [1, 2, 3, 16, 1000]) {
      const streamed = await validateXmlStream(chunksOf(doc, size), webappModel);
      expect(streamed.errors.map((e) => [e.code, e.location.line, e.location.column])).toEqual(want);
      expect(streamed.bytes).toBe(whole.bytes);
    }
  });
});
