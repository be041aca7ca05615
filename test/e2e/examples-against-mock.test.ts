/**
 * The runnable scripts in examples/ work against the built-in mock server: each is run as its own
 * process (as a user would run it) with QSPEC_BASE_URL pointing at a mock on 127.0.0.1.
 */
import { execFile } from 'node:child_process';
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
  mock = await startMockServer(await loadIrDocument(specs), specs, { host: '127.0.0.1', port: 0 });
});
afterAll(async () => {
  await mock.close();
});

const EXAMPLES: [string, RegExp][] = [
  ['find-findings.ts', /finding\(s\) for QID/],
  ['list-assets.ts', /./],
  ['scan-summary.ts', /./],
];

describe('examples/ against the mock', () => {
  it.each(EXAMPLES)('%s runs and prints its result', async (file, want) => {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', path.join(ROOT, 'examples', file)], {
      cwd: ROOT,
      env: { ...process.env, QSPEC_BASE_URL: mock.url, QSPEC_USERNAME: 'demo', QSPEC_PASSWORD: 'demo-secret' },
      timeout: 30_000,
    });
    expect(stdout).toMatch(want);
    expect(stdout + stderr).not.toContain('demo-secret');
  });
});
