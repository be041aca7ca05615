/**
 * End to end: `qspec conformance --mode mock` over the project's specs/ (what `npm start` runs)
 * is green, and `--reporter junit` writes one testcase per case; the fixture specs exercise
 * paging and the schema-generated sample.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { conformanceCommand } from '../../cli/commands/conformance.js';
import { captureIo, fixtureSpecs, repoRoot } from '../unit/conformance/helpers.js';

describe('qspec conformance --mode mock', () => {
  it('is green over every endpoint in specs/', async () => {
    const io = captureIo();
    const code = await conformanceCommand.run(['--reporter', 'json'], io);
    const report = JSON.parse(io.out());
    const failed = report.cases.filter((c: { outcome: string }) => c.outcome === 'fail');
    expect(failed.map((c: { id: string; checks: unknown }) => [c.id, c.checks])).toEqual([]);
    expect(code).toBe(0);
    expect(report.summary.cases).toBeGreaterThan(0);
    console.log(
      `conformance mock: ${report.summary.pass}/${report.summary.cases} cases over ${report.summary.endpoints} endpoints`,
    );
  }, 60_000);

  it('writes JUnit with one testcase per case (fixture specs: examples, damaged, paging, schema sample)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'qspec-junit-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const out = path.join(dir, 'report.xml');
    const io = captureIo();
    const code = await conformanceCommand.run(['--specs', fixtureSpecs, '--reporter', 'junit', '--output', out], io);
    expect(code).toBe(0);
    const xml = readFileSync(out, 'utf8');
    const names = [...xml.matchAll(/<testcase classname="([^"]+)" name="([^"]+)"/g)].map((m) => `${m[1]}/${m[2]}`);
    expect(names.sort()).toEqual([
      'pci.widget.list/schema-sample',
      'vm.thing.list/bad-id-400',
      'vm.thing.list/damaged',
      'vm.thing.list/one-thing',
      'vm.thing.list/paging',
      'vm.thing.list/two-things',
    ]);
    expect(xml).not.toContain('<failure');
    expect(io.out()).toMatch(/6 cases, 6 passed, 0 failed/);
  }, 30_000);

  it('refuses an unknown endpoint with one line (exit 2)', async () => {
    await expect(
      conformanceCommand.run(['--specs', fixtureSpecs, '--endpoint', 'vm.nope'], captureIo(repoRoot)),
    ).rejects.toThrow(/unknown endpoint 'vm\.nope'/);
  });
});
