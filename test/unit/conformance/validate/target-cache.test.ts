/**
 * The `qspec validate --endpoint` target cache: an entry read back gives the same verdicts as the
 * targets it was made from; the key changes with every input it depends on (spec and schema
 * contents, code identity, status, kinds of file); a corrupt, truncated or foreign entry is
 * ignored, deleted and rebuilt; writes are atomic and the folder stays bounded; the folder is
 * the project's node_modules/.cache/qspec or $XDG_CACHE_HOME/qspec, never inside the spec folder.
 * Then the command itself: a second run is answered from the cache with the same report, a
 * corrupt entry is rebuilt, `--no-cache` neither reads nor writes.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import {
  cacheDirFor,
  MAX_ENTRIES,
  TargetCache,
  type TargetQuery,
} from '../../../../conformance/validate/target-cache.js';
import { validatePayloadText } from '../../../../conformance/validate/validate-payload.js';
import type { TargetTable } from '../../../../conformance/validate/validate-range.js';
import { targetForEndpoint } from '../../../../conformance/validate/validation-target.js';
import { loadIrDocument } from '../../../../generator/load/load-ir.js';
import { captureIo, fixtureSpecs } from '../helpers.js';

vi.mock('../../../../conformance/validate/target-cache.js', async (original) => ({
  ...(await original<typeof import('../../../../conformance/validate/target-cache.js')>()),
  // The command uses the cache only for a compiled or installed qspec; tests run the sources.
  codeIdentity: () => 'test-code',
}));

const { validateCommand } = await import('../../../../cli/commands/validate.js');

const tmp = mkdtempSync(path.join(tmpdir(), 'qspec-target-cache-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function specCopy(name: string): string {
  const dir = path.join(tmp, name, 'specs');
  cpSync(fixtureSpecs, dir, { recursive: true });
  return dir;
}

async function tableFor(specs: string, q: TargetQuery): Promise<TargetTable> {
  const doc = await loadIrDocument(specs);
  const out: Record<string, ReturnType<typeof targetForEndpoint>> = {};
  for (const k of q.kinds) out[k] = targetForEndpoint(doc, q.endpoint, q.status, k === 'json' ? 'json' : 'xml');
  return out;
}

const THING = readFileSync(path.join(fixtureSpecs, 'vm/examples/vm.thing.list/two-things.response.xml'), 'utf8');
const DAMAGED = readFileSync(path.join(fixtureSpecs, 'vm/examples/vm.thing.list/damaged.response.xml'), 'utf8');
const XML_QUERY: TargetQuery = { endpoint: 'vm.thing.list', status: undefined, kinds: ['xml'] };

function entries(dir: string): string[] {
  const folder = path.join(dir, 'targets-v1');
  return existsSync(folder) ? readdirSync(folder).sort() : [];
}

describe('TargetCache', () => {
  it('an entry read back judges payloads as the targets it was made from (XML and JSON)', async () => {
    const specs = specCopy('roundtrip');
    const cache = new TargetCache(path.join(tmp, 'roundtrip', 'cache'), specs, 'code-1');
    for (const q of [XML_QUERY, { endpoint: 'pci.widget.list', status: undefined, kinds: ['json'] }]) {
      const key = (await cache.key(q))!;
      expect(await cache.read(key)).toBeUndefined();
      const table = await tableFor(specs, q);
      cache.write(key, table);
      const back = (await cache.read(key))!;
      const k = q.kinds[0]!;
      expect(back[k]!.label).toBe(table[k]!.label);
      const payloads = k === 'xml' ? [THING, DAMAGED, '<x/>'] : ['{"data":[]}', '{"data":[{"id":"x"}]}', '[]'];
      for (const p of payloads) expect(validatePayloadText(p, back[k]!)).toEqual(validatePayloadText(p, table[k]!));
    }
  });

  it('the key changes with spec and schema contents, code, status and kinds; not with example contents', async () => {
    const specs = specCopy('keys');
    const cache = new TargetCache(path.join(tmp, 'keys', 'cache'), specs, 'code-1');
    const base = await cache.key(XML_QUERY);
    expect(await cache.key(XML_QUERY)).toBe(base);
    const other = new Set<string | undefined>([base]);
    const changed = async (key: Promise<string | undefined>) => {
      const k = await key;
      expect(other.has(k)).toBe(false);
      other.add(k);
    };
    await changed(new TargetCache(path.join(tmp, 'keys', 'cache'), specs, 'code-2').key(XML_QUERY));
    await changed(cache.key({ ...XML_QUERY, status: 400 }));
    await changed(cache.key({ ...XML_QUERY, kinds: ['xml', 'other'] }));
    const dtd = path.join(specs, 'vm/schemas/thing_list_output.dtd');
    writeFileSync(dtd, `${readFileSync(dtd, 'utf8')}\n<!-- edited -->\n`);
    await changed(cache.key(XML_QUERY));
    const yaml = path.join(specs, 'vm/thing.yaml');
    writeFileSync(yaml, `${readFileSync(yaml, 'utf8')}\n# edited\n`);
    await changed(cache.key(XML_QUERY));
    const before = await cache.key(XML_QUERY);
    writeFileSync(path.join(specs, 'vm/examples/vm.thing.list/two-things.response.xml'), '<changed/>');
    expect(await cache.key(XML_QUERY)).toBe(before);
    expect(await new TargetCache(tmp, path.join(tmp, 'no-such-specs'), 'c').key(XML_QUERY)).toBeUndefined();
  });

  it('a corrupt, truncated or foreign entry is ignored and deleted, then rebuilt', async () => {
    const specs = specCopy('corrupt');
    const dir = path.join(tmp, 'corrupt', 'cache');
    const cache = new TargetCache(dir, specs, 'code-1');
    const key = (await cache.key(XML_QUERY))!;
    const table = await tableFor(specs, XML_QUERY);
    const file = path.join(dir, 'targets-v1', `${key}.bin`);
    cache.write(key, table);
    const good = readFileSync(file);
    const nl = good.indexOf(0x0a);
    const flipped = Buffer.from(good);
    flipped[flipped.length - 10] = flipped[flipped.length - 10]! ^ 0xff;
    const damaged: [string, Buffer][] = [
      ['truncated', good.subarray(0, good.length - 7)],
      ['a flipped payload byte', flipped],
      ['no header', good.subarray(nl + 1)],
      ['garbage', Buffer.from('not a cache entry at all')],
      [
        'another format',
        Buffer.concat([
          Buffer.from(good.subarray(0, nl).toString().replace('"format":1', '"format":99')),
          good.subarray(nl),
        ]),
      ],
      [
        'another key',
        Buffer.concat([Buffer.from(good.subarray(0, nl).toString().replace(key, 'f'.repeat(64))), good.subarray(nl)]),
      ],
      ['empty', Buffer.alloc(0)],
    ];
    for (const [what, bytes] of damaged) {
      writeFileSync(file, bytes);
      expect(await cache.read(key), what).toBeUndefined();
      expect(existsSync(file), what).toBe(false);
      cache.write(key, table);
      expect(readFileSync(file), what).toEqual(good);
      expect((await cache.read(key))?.xml?.label, what).toBe(table.xml!.label);
    }
  });

  it('writes leave no temporary file; the folder keeps at most MAX_ENTRIES, least recently used out first', async () => {
    const specs = specCopy('bounded');
    const dir = path.join(tmp, 'bounded', 'cache');
    const cache = new TargetCache(dir, specs, 'code-1');
    const table = await tableFor(specs, XML_QUERY);
    const stale = path.join(dir, 'targets-v1', 'crashed.123.tmp');
    mkdirSync(path.dirname(stale), { recursive: true });
    writeFileSync(stale, 'half');
    utimesSync(stale, new Date(Date.now() - 3_600_000), new Date(Date.now() - 3_600_000));
    const keys = Array.from({ length: MAX_ENTRIES + 3 }, (_, i) => i.toString(16).padStart(64, '0'));
    keys.forEach((k, i) => {
      cache.write(k, table);
      const t = new Date(Date.now() - (keys.length - i) * 60_000);
      utimesSync(path.join(dir, 'targets-v1', `${k}.bin`), t, t);
    });
    cache.write(keys.at(-1)!, table);
    const left = entries(dir);
    expect(left).toHaveLength(MAX_ENTRIES);
    expect(left.every((n) => n.endsWith('.bin'))).toBe(true);
    expect(left).not.toContain(`${keys[0]}.bin`);
    expect(left).toContain(`${keys.at(-1)}.bin`);
  });

  it('a write that fails (the entry cannot be replaced) leaves no temporary file', () => {
    const dir = path.join(tmp, 'failed-write', 'cache');
    const cache = new TargetCache(dir, specCopy('failed-write'), 'code-1');
    const key = 'f'.repeat(64);
    mkdirSync(path.join(dir, 'targets-v1', `${key}.bin`, 'in-the-way'), { recursive: true });
    cache.writeData(key, { some: 'value' });
    expect(entries(dir)).toEqual([`${key}.bin`]);
  });

  it('lives in node_modules/.cache/qspec, else $XDG_CACHE_HOME/qspec, never in the spec folder', () => {
    const project = path.join(tmp, 'project');
    mkdirSync(path.join(project, 'node_modules'), { recursive: true });
    mkdirSync(path.join(project, 'sub', 'deeper'), { recursive: true });
    const specs = path.join(project, 'specs');
    expect(cacheDirFor(path.join(project, 'sub', 'deeper'), {}, specs)).toBe(
      path.join(project, 'node_modules', '.cache', 'qspec'),
    );
    const bare = mkdtempSync(path.join(tmpdir(), 'qspec-no-modules-'));
    const xdg = path.join(tmp, 'xdg');
    expect(cacheDirFor(bare, { XDG_CACHE_HOME: xdg }, specs)).toBe(path.join(xdg, 'qspec'));
    expect(cacheDirFor(bare, { XDG_CACHE_HOME: xdg }, xdg)).toBeUndefined();
    expect(cacheDirFor(bare, { XDG_CACHE_HOME: 'relative' }, specs)).toBeUndefined();
    rmSync(bare, { recursive: true, force: true });
  });
});

describe('qspec validate --endpoint with the target cache', () => {
  it('a second run is answered from the cache with the same report; corrupt entries are rebuilt; --no-cache bypasses', async () => {
    const project = path.join(tmp, 'cli');
    const specs = specCopy('cli');
    mkdirSync(path.join(project, 'node_modules'), { recursive: true });
    const cacheDir = path.join(project, 'node_modules', '.cache', 'qspec');
    const files = ['two-things.response.xml', 'damaged.response.xml'].map((f) =>
      path.join(specs, 'vm/examples/vm.thing.list', f),
    );
    const run = async (...extra: string[]) => {
      const io = captureIo(project);
      const code = await validateCommand.run([...files, '--endpoint', 'vm.thing.list', '--specs', specs, ...extra], io);
      return { code, out: io.out(), err: io.err() };
    };
    const bypass = await run('--no-cache');
    expect(entries(cacheDir)).toEqual([]);
    const first = await run();
    expect(entries(cacheDir)).toHaveLength(1);
    const entry = path.join(cacheDir, 'targets-v1', entries(cacheDir)[0]!);
    const written = readFileSync(entry);
    expect(await run()).toEqual(first);
    expect(first).toEqual(bypass);
    // The run reads the entry: one rewritten with another label shows that label.
    const cache = new TargetCache(cacheDir, specs, 'test-code');
    const key = (await cache.key({ endpoint: 'vm.thing.list', status: undefined, kinds: ['xml'] }))!;
    expect(entries(cacheDir)).toEqual([`${key}.bin`]);
    const table = (await cache.read(key))!;
    cache.write(key, { xml: { ...table.xml!, label: 'LABEL FROM THE CACHE' } });
    expect((await run()).out).toContain('LABEL FROM THE CACHE');
    cache.write(key, table);
    expect(first.code).toBe(1);
    writeFileSync(entry, written.subarray(0, 40));
    expect(await run()).toEqual(first);
    expect(readFileSync(entry)).toEqual(written);
    // A changed schema is another key: the run reflects the edit, the old entry stays until pruned.
    const dtd = path.join(specs, 'vm/schemas/thing_list_output.dtd');
    writeFileSync(dtd, readFileSync(dtd, 'utf8').replace('kind (host|app)', 'kind (host|app|vm)'));
    const edited = await run();
    expect(entries(cacheDir)).toHaveLength(2);
    expect(edited.out).not.toEqual(first.out);
    expect(edited).toEqual(await run('--no-cache'));
  });
});
