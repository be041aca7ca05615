/**
 * The runnable scripts in examples/ work against the built-in mock server: each is run as its own
 * process (as a user would run it) with QSPEC_BASE_URL pointing at a mock on 127.0.0.1.
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer } from '../../conformance/mock/mock-server.js';
import { loadIrDocument } from '../../generator/load/load-ir.js';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '../..');
let mock: Awaited<ReturnType<typeof startMockServer>>;

beforeAll(async () => {
  const specs = path.join(ROOT, 'specs');
  // A small dataset (120 records a resource) served 5 records a page unless the client asks for
  // more: every listing has several pages.
  mock = await startMockServer(await loadIrDocument(specs), specs, {
    host: '127.0.0.1',
    port: 0,
    records: 120,
    pageSize: 5,
  });
});
afterAll(async () => {
  await mock.close();
});

/** The text of every response example of an endpoint, as the mock may serve any of them. */
function examplesOf(module: string, endpointId: string): string {
  const dir = path.join(ROOT, 'specs', module, 'examples', endpointId);
  return readdirSync(dir)
    .filter((f) => f.includes('.response.'))
    .map((f) => readFileSync(path.join(dir, f), 'utf8'))
    .join('\n');
}

async function runExample(file: string): Promise<{ stdout: string; stderr: string }> {
  const out = await run(process.execPath, ['--import', 'tsx', path.join(ROOT, 'examples', file)], {
    cwd: ROOT,
    env: { ...process.env, QSPEC_BASE_URL: mock.url, QUALYS_USERNAME: 'demo', QUALYS_PASSWORD: 'demo-secret' },
    timeout: 30_000,
  });
  expect(out.stdout + out.stderr).not.toContain('demo-secret');
  return out;
}

const lines = (text: string) => text.split('\n').filter((l) => l !== '');

describe('examples/ against the mock', () => {
  it('find-findings.ts prints id, QID and name of each finding the mock serves, then the count', async () => {
    const { stdout } = await runExample('find-findings.ts');
    const out = lines(stdout);
    const records = out.slice(0, -1).map((l) => l.split('\t'));
    // The mock's dataset: the findings of the examples, then copies with new ids and the id
    // appended to the name; only those with QID 150210 match the client's filter, each once.
    expect(records.length).toBeGreaterThanOrEqual(2);
    expect(new Set(records.map(([id]) => id)).size).toBe(records.length);
    const served = examplesOf('was', 'was.finding.search');
    for (const [id, qid, name] of records) {
      expect(id).toMatch(/^\d+$/);
      expect(qid).toBe('150210');
      const original = name!.endsWith(` ${id}`) ? name!.slice(0, -` ${id}`.length) : name!;
      expect([`<name>${original}</name>`, `<name><![CDATA[${original}]]></name>`].some((n) => served.includes(n))).toBe(
        true,
      );
    }
    expect(out.at(-1)).toMatch(new RegExp(`^${records.length} finding\\(s\\) for QID 150210; rate limit: \\{`));
  });

  it('list-assets.ts prints each asset as JSON and a cursor after each page, ending at the last page', async () => {
    const { stdout, stderr } = await runExample('list-assets.ts');
    const assets = lines(stdout).map((l) => JSON.parse(l) as { assetId: number; assetUUID: string });
    const served = examplesOf('csam', 'csam.asset.search.v2');
    // 120 assets (the examples' and copies of them), 100 a page (the script's pageSize), each once.
    expect(assets.length).toBe(120);
    expect(new Set(assets.map((a) => a.assetId)).size).toBe(120);
    for (const a of assets) expect(served).toContain(`"assetUUID": "${a.assetUUID.slice(0, 24)}`);
    const pages = lines(stderr).filter((l) => l.startsWith('page of '));
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages.slice(0, -1).every((l) => /^page of \d+; next cursor: [A-Za-z0-9_-]+$/.test(l))).toBe(true);
    expect(pages.at(-1)).toMatch(/^page of \d+; next cursor: \(last page\)$/);
    const perPage = pages.map((l) => Number(/^page of (\d+)/.exec(l)?.[1]));
    expect(perPage.reduce((a, b) => a + b, 0)).toBe(assets.length);
  });

  it('scan-summary.ts prints each scan summary record the mock serves and their count', async () => {
    const { stdout } = await runExample('scan-summary.ts');
    const count = /^(\d+) scan summary record\(s\)$/m.exec(stdout);
    expect(count).not.toBeNull();
    const refs = [...stdout.matchAll(/^ {2}"SCAN_REFERENCE": "([^"]+)"/gm)].map((m) => m[1]);
    expect(refs.length).toBe(Number(count![1]));
    expect(refs.length).toBeGreaterThanOrEqual(1);
    const served = examplesOf('vm', 'vm.scan.summary.list');
    for (const ref of refs) expect(served).toContain(`<SCAN_REFERENCE>${ref}</SCAN_REFERENCE>`);
    expect(stdout).toContain('"SCAN_RESULTS"');
  });
});
