/**
 * `qspec validate` batches (validate-batch.ts): the batch path (files read whole, targets
 * compiled once) in one thread, across two threads, and with every file checked in a worker
 * thread, gives exactly the per-file verdicts of the streaming path (`validatePayloadFile`, what
 * the command ran per file before batches), in argument order, on every XML and JSON example in
 * specs/ and in the conformance fixture specs (valid and damaged ones, response examples checked
 * against their status and request examples against the 2xx response, which makes them invalid),
 * plus damaged files written here (truncated, binary, empty, over --max-bytes, larger than the
 * whole-read limit), strict and not. A file that cannot be read is the first failure in argument
 * order whatever the thread count. Workers started ahead of their batch (as the command starts
 * them, before loading the targets) give the same entries, also when this thread has claimed
 * every file before they are up, and closing them unused ends them.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { PayloadVerdict } from '../../../../conformance/validate/payload-issue.js';
import {
  type BatchFile,
  type TargetTable,
  targetKeyOf,
  validateBatch,
} from '../../../../conformance/validate/validate-batch.js';
import { WHOLE_READ_MAX } from '../../../../conformance/validate/validate-file-whole.js';
import { BatchWorkers, validateParallel } from '../../../../conformance/validate/validate-parallel.js';
import { type PayloadOptions, validatePayloadFile } from '../../../../conformance/validate/validate-payload.js';
import { targetForEndpoint, type ValidationTarget } from '../../../../conformance/validate/validation-target.js';
import { loadIrDocument } from '../../../../generator/load/load-ir.js';
import { fixtureSpecs, repoRoot } from '../helpers.js';

const tmp = path.join(os.tmpdir(), `qspec-batch-${process.pid}`);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let batch: ReturnType<typeof buildExampleBatch> | undefined;
function exampleBatch() {
  batch ??= buildExampleBatch();
  return batch;
}

/** Every example of both spec folders as one batch (a table entry per endpoint, status and kind). */
async function buildExampleBatch(): Promise<{ files: BatchFile[]; table: Record<string, ValidationTarget> }> {
  const files: BatchFile[] = [];
  const table: Record<string, ValidationTarget> = {};
  for (const specsDir of [path.join(repoRoot, 'specs'), fixtureSpecs]) {
    const doc = await loadIrDocument(specsDir);
    for (const endpoint of doc.endpoints) {
      for (const ex of endpoint.examples) {
        if (!/\.(xml|json)$/.test(ex.file)) continue;
        const status = ex.kind === 'response' ? ex.status : undefined;
        const abs = path.join(specsDir, ex.file);
        const kind = targetKeyOf(abs);
        const key = `${specsDir}|${endpoint.id}|${status ?? '2xx'}|${kind}`;
        try {
          table[key] ??= targetForEndpoint(doc, endpoint.id, status, kind === 'other' ? undefined : kind);
        } catch {
          continue; // no response declared for this status: the command would stop with exit 2
        }
        files.push({ shown: path.relative(repoRoot, abs), abs, key });
      }
    }
  }
  // Damaged files, checked against the WebApp search response.
  mkdirSync(tmp, { recursive: true });
  const webapp = files.find((f) => f.key?.includes('|was.webapp.search|200|xml') && f.shown.includes('page-1'))!;
  const text = readFileSync(webapp.abs, 'utf8');
  const damaged: [string, string | Buffer][] = [
    ['truncated.xml', text.slice(0, Math.floor(text.length / 2))],
    ['binary.xml', Buffer.from([0x3c, 0x00, 0x01, 0x02, 0xff, 0xfe, 0x00])],
    // A control byte inside the sniffed head (binary) and one past it (an engine error); the batch
    // path sniffs only once the engine has found the document invalid.
    ['control-in-head.xml', `${text.slice(0, 1000)}\u0001${text.slice(1000)}`],
    ['control-past-head.xml', text.replace('<data>', `<data>${' '.repeat(5000)}\u0001`)],
    ['png.xml', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])],
    ['empty.xml', ''],
    [
      'bad-utf8.xml',
      Buffer.concat([Buffer.from(text.slice(0, 200)), Buffer.from([0xc3, 0x28]), Buffer.from(text.slice(200))]),
    ],
    ['undeclared.xml', text.replace('<count>', '<surprise>x</surprise><count>')],
    // Larger than the whole-read limit: streamed by both paths.
    ['large.xml', text.replace('<data>', `<data>${' '.repeat(WHOLE_READ_MAX + 10)}`)],
  ];
  for (const [name, body] of damaged) {
    const abs = path.join(tmp, name);
    writeFileSync(abs, body);
    files.push({ shown: name, abs, key: webapp.key! });
  }
  return { files, table };
}

async function perFile(files: readonly BatchFile[], table: TargetTable, options: PayloadOptions) {
  const out: { file: string; target: string; verdict: PayloadVerdict }[] = [];
  for (const f of files) {
    const target = table[f.key ?? targetKeyOf(f.abs)]!;
    out.push({ file: f.shown, target: target.label, verdict: await validatePayloadFile(f.abs, target, options) });
  }
  return out;
}

describe('validate batch = per-file validation', () => {
  for (const options of [
    { strict: false, maxDepth: 256, maxBytes: 100 * 1024 * 1024 },
    { strict: true, maxDepth: 8, maxBytes: 1500 },
  ]) {
    it(`every example in specs/ and the fixture specs, jobs 1, 2 and workers only (strict ${options.strict}, max ${options.maxBytes} bytes)`, async () => {
      const { files, table } = await exampleBatch();
      const expected = await perFile(files, table, options);
      const invalid = expected.filter((r) => !r.verdict.valid).length;
      expect(files.length).toBeGreaterThan(120);
      expect(invalid).toBeGreaterThan(10);
      expect(expected.length - invalid).toBeGreaterThan(10);
      if (options.maxBytes > WHOLE_READ_MAX) {
        const code = (name: string) => expected.find((r) => r.file === name)?.verdict.errors[0]?.code;
        expect([code('control-in-head.xml'), code('png.xml'), code('binary.xml')]).toEqual([
          'NotXml',
          'NotXml',
          'NotXml',
        ]);
        expect(code('control-past-head.xml')).toBe('XmlSyntax');
      }

      expect(await validateBatch(files, table, options, 1)).toEqual({ results: expected });
      expect(await validateBatch(files, table, options, 2)).toEqual({ results: expected });
      // Two workers check every slice (this thread only hands them out).
      const workers = await validateParallel(files, table, options, 2, false);
      expect(workers?.map((e) => ('result' in e ? e.result : e))).toEqual(expected);
    }, 120_000);
  }

  it('workers started ahead of the batch: the same entries, whoever checks the files', async () => {
    const { files, table } = await exampleBatch();
    const options = { strict: false, maxDepth: 256, maxBytes: 100 * 1024 * 1024 };
    const expected = await perFile(files, table, options);
    // Up and waiting when the batch comes.
    const early = new BatchWorkers(2);
    try {
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(await validateBatch(files, table, options, 3, early)).toEqual({ results: expected });
    } finally {
      early.close();
    }
    // Sent the batch at once: two files, both claimed by this thread before the worker is up.
    const late = new BatchWorkers(1);
    try {
      expect(await validateBatch(files.slice(0, 2), table, options, 2, late)).toEqual({
        results: expected.slice(0, 2),
      });
    } finally {
      late.close();
    }
  }, 120_000);

  it('workers closed without a batch end', async () => {
    const workers = new BatchWorkers(2);
    const exits = workers.exited();
    workers.close();
    expect(await exits).toHaveLength(2);
  });

  it('a file that cannot be read is the first failure in argument order, for any thread count', async () => {
    const { files, table } = await exampleBatch();
    const gone = path.join(tmp, 'gone.xml');
    const dir = path.join(tmp, 'a-dir.xml');
    mkdirSync(dir, { recursive: true });
    const key = files[0]!.key!;
    const batch = [
      ...files.slice(0, 40),
      { shown: 'gone.xml', abs: gone, key },
      ...files.slice(40),
      { shown: 'a-dir.xml', abs: dir, key },
    ];
    // The messages of the CLI's up-front stat pass (batch-survey.ts), for files it did not stat.
    const want = { failure: 'gone.xml: no such file' };
    expect(await validateBatch(batch, table, {}, 1)).toEqual(want);
    expect(await validateBatch(batch, table, {}, 2)).toEqual(want);
    const dirFirst = [{ shown: 'a-dir.xml', abs: dir, key }, ...batch];
    const notRegular = { failure: 'a-dir.xml: is a directory (give files, e.g. a-dir.xml/*.xml)' };
    expect(await validateBatch(dirFirst, table, {}, 1)).toEqual(notRegular);
    expect(await validateBatch(dirFirst, table, {}, 2)).toEqual(notRegular);
  }, 120_000);
});
