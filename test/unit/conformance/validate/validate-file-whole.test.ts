/**
 * The batch read path itself (validate-file-whole.ts), beyond "same verdict as the streaming
 * path" (validate-batch.test.ts), which a path that always fell back to streaming would also pass:
 * which files it reads whole and which it hands back (undefined), where the size limit falls, a
 * read buffer grown past its first 64 KiB, and one `ReadScratch` reused across options: each
 * validator it keeps is used only for the options it was made with.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  ReadScratch,
  validateFileWhole,
  validateFileWholeSync,
  WHOLE_READ_MAX,
} from '../../../../conformance/validate/validate-file-whole.js';
import { type PayloadOptions, validatePayloadFile } from '../../../../conformance/validate/validate-payload.js';
import { targetForEndpoint, type ValidationTarget } from '../../../../conformance/validate/validation-target.js';
import { loadIrDocument } from '../../../../generator/load/load-ir.js';
import { WELL_FORMED_MODEL } from '../../../../runtime/xml/well-formed.js';
import { serviceResponseModel } from '../../../fixtures/runtime-xml/service-response-model.js';
import { repoRoot } from '../helpers.js';

const tmp = path.join(os.tmpdir(), `qspec-whole-${process.pid}`);
mkdirSync(tmp, { recursive: true });
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const wellFormed: ValidationTarget = {
  kind: 'xml',
  label: 'wf',
  schemaId: WELL_FORMED_MODEL.id,
  model: WELL_FORMED_MODEL,
};

/** A well-formed document of exactly `size` bytes (`<a>` + spaces + `</a>`). */
function docOfSize(name: string, size: number): string {
  const file = path.join(tmp, name);
  writeFileSync(file, `<a>${' '.repeat(size - 7)}</a>`);
  return file;
}

describe('validateFileWholeSync', () => {
  it('reads a file of up to WHOLE_READ_MAX bytes whole and hands a larger one to the stream path', async () => {
    const scratch = new ReadScratch();
    const atLimit = docOfSize('at-limit.xml', WHOLE_READ_MAX);
    const over = docOfSize('over.xml', WHOLE_READ_MAX + 1);
    expect(validateFileWholeSync(atLimit, wellFormed, {}, scratch)).toMatchObject({
      valid: true,
      bytes: WHOLE_READ_MAX,
    });
    expect(validateFileWholeSync(over, wellFormed, {}, scratch)).toBeUndefined();
    // validateFileWhole streams it instead, to the same verdict as the stream path.
    expect(await validateFileWhole(over, wellFormed, {}, scratch)).toEqual(await validatePayloadFile(over, wellFormed));
  });

  it('hands back a file that holds more than fstat said (a /proc file reports size 0)', () => {
    if (!existsSync('/proc/self/status')) return; // Linux only
    expect(validateFileWholeSync('/proc/self/status', wellFormed, {}, new ReadScratch())).toBeUndefined();
  });

  it('closes every file it opens, valid, invalid, over the limit or handed back', () => {
    const openFds = () => readdirSync('/proc/self/fd').length;
    if (!existsSync('/proc/self/fd')) return; // Linux only
    const files = [docOfSize('fd-ok.xml', 50), docOfSize('fd-over.xml', WHOLE_READ_MAX + 1)];
    const broken = path.join(tmp, 'fd-broken.xml');
    writeFileSync(broken, '<a><b></a>');
    const scratch = new ReadScratch();
    const before = openFds();
    for (let i = 0; i < 20; i++) {
      for (const f of [...files, broken])
        validateFileWholeSync(f, wellFormed, { maxBytes: i % 2 === 0 ? 10 : 1 << 30 }, scratch);
    }
    expect(openFds()).toBe(before);
  });

  it('grows its read buffer past 64 KiB, then reads small files again', () => {
    const scratch = new ReadScratch();
    const small = docOfSize('small.xml', 100);
    const big = docOfSize('big.xml', 200_000);
    expect(validateFileWholeSync(small, wellFormed, {}, scratch)).toMatchObject({ valid: true, bytes: 100 });
    expect(validateFileWholeSync(big, wellFormed, {}, scratch)).toMatchObject({ valid: true, bytes: 200_000 });
    expect(scratch.buffer.length).toBeGreaterThan(200_000);
    expect(validateFileWholeSync(small, wellFormed, {}, scratch)).toMatchObject({ valid: true, bytes: 100 });
  });

  it('a file of exactly --max-bytes is checked; one byte more is refused unread', () => {
    const scratch = new ReadScratch();
    const file = docOfSize('limit.xml', 1000);
    expect(validateFileWholeSync(file, wellFormed, { maxBytes: 1000 }, scratch)).toMatchObject({ valid: true });
    const refused = validateFileWholeSync(file, wellFormed, { maxBytes: 999 }, scratch);
    expect(refused).toMatchObject({ valid: false, bytes: 0 });
    expect(refused?.errors.map((e) => e.code)).toEqual(['TooLarge']);
  });

  it('binary bytes: the sniff names the kind of document expected', async () => {
    const doc = await loadIrDocument(path.join(repoRoot, 'specs'));
    const json = targetForEndpoint(doc, 'csam.asset.count.v2', undefined, 'json');
    const file = path.join(tmp, 'png.bin');
    writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    const scratch = new ReadScratch();
    for (const [target, what] of [
      [json, 'JSON'],
      [wellFormed, 'XML'],
    ] as const) {
      const verdict = validateFileWholeSync(file, target, {}, scratch);
      expect(verdict).toEqual(await validatePayloadFile(file, target));
      expect(verdict?.errors.map((e) => e.message)).toEqual([
        `binary data (byte 0x1a at offset 6): not a ${what} document`,
      ]);
    }
  });

  it('one scratch across options: each verdict is the one a fresh scratch gives', async () => {
    const doc = await loadIrDocument(path.join(repoRoot, 'specs'));
    const webapp = targetForEndpoint(doc, 'was.webapp.search', undefined, 'xml');
    const page = path.join(repoRoot, 'specs/was/examples/was.webapp.search/corpus-har-page-1.response.xml');
    // An element its open type does not declare: a warning, an error when strict.
    const findings: ValidationTarget = {
      kind: 'xml',
      label: 'findings',
      schemaId: serviceResponseModel.id,
      model: serviceResponseModel,
    };
    const undeclared = path.join(tmp, 'undeclared.xml');
    writeFileSync(
      undeclared,
      '<ServiceResponse><responseCode>SUCCESS</responseCode><data><Finding status="NEW"><id>1</id>' +
        '<qid>150001</qid><name>XSS</name><severity>5</severity><score units="cvss">7.5</score>' +
        '<firstDetectedDate>2024-01-02T03:04:05Z</firstDetectedDate><lastTestedDate>2024-02-01T00:00:00Z</lastTestedDate>' +
        '<url>https://a.example/b</url><resultList><newField/></resultList></Finding></data></ServiceResponse>',
    );
    const deep = path.join(tmp, 'deep.xml');
    writeFileSync(deep, `${'<a>'.repeat(10)}${'</a>'.repeat(10)}`);
    const runs: [string, ValidationTarget, PayloadOptions][] = [
      [deep, wellFormed, {}],
      [deep, wellFormed, { maxDepth: 5 }],
      [deep, wellFormed, { maxDepth: 5, maxBytes: 1000 }],
      [deep, wellFormed, { maxDepth: 5, maxBytes: 40 }],
      [page, webapp, {}],
      [undeclared, findings, {}],
      [undeclared, findings, { strict: true }],
      [undeclared, findings, {}],
      [page, { ...webapp, root: 'Nope' } as ValidationTarget, { strict: true }],
      [deep, wellFormed, {}],
    ];
    const shared = new ReadScratch();
    const verdicts = runs.map(([file, target, options]) => {
      const got = validateFileWholeSync(file, target, options, shared);
      expect(got).toEqual(validateFileWholeSync(file, target, options, new ReadScratch()));
      return got;
    });
    // The options do change the verdicts: a reused validator would show.
    expect(verdicts.map((v) => v?.valid)).toEqual([true, false, false, false, true, true, false, true, false, true]);
    expect(verdicts[5]?.warnings.map((w) => w.code)).toEqual(['UndeclaredElement']);
    expect(verdicts[3]?.errors.map((e) => e.code)).toEqual(['TooLarge']);
  });
});
