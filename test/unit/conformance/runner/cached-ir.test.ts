/**
 * Replay loads the spec folder's IR through the target cache: the second load of an unchanged
 * folder is the stored IR (deep-equal, no load of the folder), any edit to a spec or schema is a
 * new key, `useCache: false` neither reads nor writes, a corrupt entry is loaded again and
 * replaced, a folder with errors is never stored; the replay report is the same cached or not.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { harFile, VALID_THING_XML } from '../../../fixtures/recordings/build-recordings.js';
import { captureIo, fixtureSpecs } from '../helpers.js';

const loads = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../../conformance/validate/target-cache.js', async (original) => ({
  ...(await original<typeof import('../../../../conformance/validate/target-cache.js')>()),
  // The cache is used only by a compiled or installed qspec; tests run the sources.
  codeIdentity: () => 'test-code',
}));
vi.mock('../../../../generator/load/load-ir.js', async (original) => {
  const real = await original<typeof import('../../../../generator/load/load-ir.js')>();
  return {
    ...real,
    loadIrDocument: async (dir: string) => {
      loads.count++;
      return real.loadIrDocument(dir);
    },
  };
});

const { loadIrCached } = await import('../../../../conformance/runner/cached-ir.js');
const { loadIrDocument } = await import('../../../../generator/load/load-ir.js');
const { conformanceCommand } = await import('../../../../cli/commands/conformance.js');

const tmp = mkdtempSync(path.join(tmpdir(), 'qspec-cached-ir-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
beforeEach(() => {
  loads.count = 0;
});

/** A project folder with node_modules/ (where the cache lives) and a copy of the fixture specs. */
function project(name: string): { cwd: string; specs: string; cacheFiles: () => string[] } {
  const cwd = path.join(tmp, name);
  mkdirSync(path.join(cwd, 'node_modules'), { recursive: true });
  const specs = path.join(cwd, 'specs');
  cpSync(fixtureSpecs, specs, { recursive: true });
  const folder = path.join(cwd, 'node_modules', '.cache', 'qspec', 'targets-v1');
  return {
    cwd,
    specs,
    cacheFiles: () => (existsSync(folder) ? readdirSync(folder).map((f) => path.join(folder, f)) : []),
  };
}

describe('loadIrCached', () => {
  it('stores the IR once and then answers from the cache with an equal IR', async () => {
    const p = project('hit');
    const opts = { cwd: p.cwd, env: {}, useCache: true };
    const first = await loadIrCached(p.specs, opts);
    expect(loads.count).toBe(1);
    expect(p.cacheFiles()).toHaveLength(1);
    const second = await loadIrCached(p.specs, opts);
    expect(loads.count).toBe(1);
    expect(second).toEqual(first);
    expect(second).toEqual(await loadIrDocument(p.specs));
  });

  it('an edited spec or schema is loaded again; useCache false neither reads nor writes', async () => {
    const p = project('edits');
    const opts = { cwd: p.cwd, env: {}, useCache: true };
    await loadIrCached(p.specs, opts);
    const yaml = path.join(p.specs, 'vm/thing.yaml');
    writeFileSync(yaml, `${readFileSync(yaml, 'utf8')}\n# edited\n`);
    await loadIrCached(p.specs, opts);
    const dtd = path.join(p.specs, 'vm/schemas/thing_list_output.dtd');
    writeFileSync(dtd, `${readFileSync(dtd, 'utf8')}\n<!-- edited -->\n`);
    await loadIrCached(p.specs, opts);
    expect(loads.count).toBe(3);
    expect(p.cacheFiles()).toHaveLength(3);
    await loadIrCached(p.specs, { ...opts, useCache: false });
    expect(loads.count).toBe(4);
    const fresh = project('nocache');
    await loadIrCached(fresh.specs, { cwd: fresh.cwd, env: {}, useCache: false });
    expect(fresh.cacheFiles()).toEqual([]);
  });

  it('a corrupt entry is loaded again and replaced; a broken folder is never stored', async () => {
    const p = project('corrupt');
    const opts = { cwd: p.cwd, env: {}, useCache: true };
    const doc = await loadIrCached(p.specs, opts);
    const [file] = p.cacheFiles();
    const bytes = readFileSync(file!);
    bytes[bytes.length - 5] = bytes[bytes.length - 5]! ^ 0xff;
    writeFileSync(file!, bytes);
    expect(await loadIrCached(p.specs, opts)).toEqual(doc);
    expect(loads.count).toBe(2);
    expect(await loadIrCached(p.specs, opts)).toEqual(doc);
    expect(loads.count).toBe(2);
    const broken = project('broken');
    writeFileSync(path.join(broken.specs, 'vm/thing.yaml'), 'module: vm\nendpoints: [ {');
    await expect(loadIrCached(broken.specs, opts)).rejects.toThrow();
    expect(broken.cacheFiles()).toEqual([]);
  });

  it('qspec conformance --mode replay reports the same from the cache; --no-cache loads the folder', async () => {
    const p = project('cli');
    const har = path.join(p.cwd, 'r.har');
    writeFileSync(har, harFile([{ body: { text: VALID_THING_XML } }, { body: { text: '<x/>' } }]));
    const run = async (extra: string[] = []) => {
      const io = captureIo(p.cwd);
      const code = await conformanceCommand.run(
        ['--mode', 'replay', '--reporter', 'json', '--specs', 'specs', ...extra, har],
        io,
      );
      const report = JSON.parse(io.out()) as { cases: { durationMs: number }[] };
      return { code, cases: report.cases.map((c) => ({ ...c, durationMs: 0 })) };
    };
    const cold = await run();
    expect(loads.count).toBe(1);
    const warm = await run();
    expect(loads.count).toBe(1);
    expect(warm).toEqual(cold);
    expect(cold.code).toBe(1);
    await run(['--no-cache']);
    expect(loads.count).toBe(2);
  });
});
