/**
 * Property: whatever the mutation (drop, duplicate, reorder, retype, rename, attributes, deep
 * nesting, huge text nodes, truncation, entity references, invalid UTF-8, DOCTYPEs declaring
 * entities), the runtime XML validator never throws, finishes each bounded case (< 400 KB) within
 * a time bound, reports located issues (line ≥ 1, column ≥ 1) for every invalid verdict, refuses
 * entity declarations (XmlEntityDeclared), and gives the same verdict on the whole-document and
 * the streamed (1000-byte chunks) paths (the same issues too, except after invalid UTF-8: see the
 * documented it.fails with the minimal counterexample). Fixed seed, so CI is deterministic.
 *
 * @see issue 6 "the validator never throws, never hangs"; templates/runtime/xml/xml-driver.ts
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { model as kbModel } from '../../generated/vm/schemas/knowledge-base-vuln-list-output-dtd.js';
import { model as webappModel } from '../../generated/was/schemas/webapp-xsd.js';
import { validateXml } from '../../templates/runtime/xml/validate-xml.js';
import { validateXmlStream } from '../../templates/runtime/xml/validate-xml-stream.js';
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
  // Known difference (see the it.fails below): with invalid UTF-8, the whole-bytes path decodes
  // everything first and reports only the decoding error; the stream reports what it validated
  // before the bad byte too. Verdicts agree; the issue lists are compared for every other case.
  if (c.raw.k !== 'badUtf8') expect(streamed.errors.map((e) => e.code)).toEqual(whole.errors.map((e) => e.code));
  expect(whole.valid).toBe(whole.errors.length === 0);
  for (const e of whole.errors) {
    expect(e.line).toBeGreaterThanOrEqual(1);
    expect(e.column).toBeGreaterThanOrEqual(1);
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

describe('known difference between the whole-bytes and streamed paths', () => {
  // Minimal counterexample found by the property above (shrunk from seed 20060602): a validity
  // error (a second responseCode) before an invalid UTF-8 byte. validateXml(bytes) decodes the
  // whole input first and reports only [XmlSyntax]; validateXmlStream reports
  // [UnexpectedElement, XmlSyntax] (and the UTF-8 error at 1:1 vs its real place). Same verdict
  // (invalid), different issues, so "the same result
  // on every chunking" does not hold for bad bytes. Fix in templates/runtime/xml/xml-driver.ts:
  // on a decoding error, feed the valid prefix (TextDecoder without `fatal`, or decode up to the
  // offending byte) before reporting it. Remove `.fails` once fixed.
  it.fails('reports the same issues when invalid UTF-8 follows a validity error', async () => {
    const enc = new TextEncoder();
    const doc = Uint8Array.from([
      ...enc.encode('<?xml version="1.0"?>\n<ServiceResponse><responseCode>SUCCESS</responseCode>'),
      ...enc.encode('<responseCode>SUCCESS</responseCode><data>'),
      0xff,
      ...enc.encode('</data></ServiceResponse>'),
    ]);
    const whole = validateXml(doc, webappModel);
    const streamed = await validateXmlStream(chunksOf(doc, 16), webappModel);
    expect(whole.valid).toBe(false);
    expect(streamed.valid).toBe(false);
    expect(streamed.errors.map((e) => e.code)).toEqual(whole.errors.map((e) => e.code));
  });
});
