/**
 * Issue 6: the streaming path and the whole-document path give the same verdict, issue list and
 * byte count on every XML example in specs/ and in the conformance fixture specs (valid and
 * damaged ones), for UTF-8 byte chunks of 1, 7 and 4096 bytes and for strings; and a file read
 * by `validatePayloadFile` (the CLI's path) agrees with the text in memory.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validatePayloadFile, validatePayloadText } from '../../../../conformance/validate/validate-payload.js';
import { pickResponse, targetForResponse } from '../../../../conformance/validate/validation-target.js';
import { loadIrDocument } from '../../../../generator/load/load-ir.js';
import { validateXml } from '../../../../runtime/xml/validate-xml.js';
import { validateXmlStream } from '../../../../runtime/xml/validate-xml-stream.js';
import { fixtureSpecs, repoRoot } from '../helpers.js';

function* chunks(b: Uint8Array, size: number): Generator<Uint8Array> {
  for (let i = 0; i < b.length; i += size) yield b.subarray(i, i + size);
}

describe('streamed and whole validation agree on every XML example', () => {
  for (const specsDir of [path.join(repoRoot, 'specs'), fixtureSpecs]) {
    it(`${path.relative(repoRoot, specsDir)}`, async () => {
      const doc = await loadIrDocument(specsDir);
      let checked = 0;
      let invalid = 0;
      for (const endpoint of doc.endpoints) {
        for (const ex of endpoint.examples) {
          if (ex.kind !== 'response' || !ex.file.endsWith('.xml')) continue;
          const response = pickResponse(endpoint, ex.status, 'xml');
          if (!response) continue;
          const target = targetForResponse(doc, endpoint, response);
          if (target.kind !== 'xml') continue;
          const file = path.join(specsDir, ex.file);
          const bytes = new Uint8Array(readFileSync(file));
          const options = { strict: true, ...(target.root !== undefined ? { root: target.root } : {}) };
          const whole = validateXml(bytes, target.model, options);
          expect(validateXml(new TextDecoder().decode(bytes), target.model, options), ex.file).toEqual(whole);
          for (const size of [1, 7, 4096])
            expect(await validateXmlStream(chunks(bytes, size), target.model, options), `${ex.file} / ${size}`).toEqual(
              whole,
            );
          const fromFile = await validatePayloadFile(file, target, { strict: true });
          const fromText = validatePayloadText(readFileSync(file, 'utf8'), target, { strict: true });
          expect(fromFile, ex.file).toEqual(fromText);
          checked++;
          if (!whole.valid) invalid++;
        }
      }
      console.log(
        `[streamed = whole] ${path.relative(repoRoot, specsDir)}: ${checked} XML examples (${invalid} invalid)`,
      );
      expect(checked).toBeGreaterThan(0);
    });
  }
});
