/**
 * `loadEndpointIr` (the `qspec validate --endpoint` shortcut) against the full load: for every
 * endpoint id and alias of the real specs and the fixture folders it yields the same endpoint and
 * the same validation target; it gives up (undefined) on unknown and duplicate ids and on broken
 * spec or schema files, so the full load reports those as before.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { targetForEndpoint } from '../../../conformance/validate/validation-target.js';
import { loadEndpointIr } from '../../../generator/load/load-endpoint-ir.js';
import { loadIrDocument } from '../../../generator/load/load-ir.js';

const repoRoot = path.resolve(new URL('.', import.meta.url).pathname, '..', '..', '..');
const folders = ['specs', 'test/fixtures/conformance/specs', 'test/fixtures/specs-mini'].map((f) =>
  path.join(repoRoot, f),
);

describe('loadEndpointIr', () => {
  for (const folder of folders) {
    it(`matches the full load on every endpoint of ${path.relative(repoRoot, folder)}`, async () => {
      const full = await loadIrDocument(folder);
      for (const endpoint of full.endpoints) {
        for (const id of [endpoint.id, ...endpoint.aliases]) {
          const part = await loadEndpointIr(folder, id);
          expect(part, id).toBeDefined();
          expect(part!.endpoints).toEqual([endpoint]);
          const ids = new Set(endpoint.responses.flatMap((r) => (r.schema ? [r.schema.schema] : [])));
          if (endpoint.request?.schema) ids.add(endpoint.request.schema.schema);
          expect(part!.schemas).toEqual(full.schemas.filter((s) => ids.has(s.id)));
          for (const hint of [undefined, 'xml', 'json'] as const) {
            const a = targetForEndpoint(full, id, undefined, hint);
            const b = targetForEndpoint(part!, id, undefined, hint);
            expect({ kind: b.kind, label: b.label }).toEqual({ kind: a.kind, label: a.label });
          }
        }
      }
    });
  }

  it('gives up on an unknown id', async () => {
    expect(await loadEndpointIr(folders[0]!, 'vm.knowledgebase.vuln.lsit')).toBeUndefined();
  });

  const copy = () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'qspec-endpoint-ir-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    cpSync(folders[2]!, dir, { recursive: true });
    return dir;
  };
  const someEndpoint = async (dir: string) => (await loadIrDocument(dir)).endpoints[0]!;

  it('gives up on a duplicate id (the full load reports it)', async () => {
    const dir = copy();
    const e = await someEndpoint(dir);
    const spec = path.join(dir, e.origin.file);
    const text = readFileSync(spec, 'utf8');
    writeFileSync(path.join(dir, e.module, 'copy.yaml'), text);
    expect(await loadEndpointIr(dir, e.id)).toBeUndefined();
    await expect(loadIrDocument(dir)).rejects.toThrow(/already defined/);
  });

  it('gives up on a broken schema the endpoint uses (the full load reports it)', async () => {
    const dir = copy();
    const e = (await loadIrDocument(dir)).endpoints.find((x) => x.responses.some((r) => r.schema))!;
    const schemaId = e.responses.find((r) => r.schema)!.schema!.schema;
    writeFileSync(path.join(dir, schemaId), '<not a schema');
    expect(await loadEndpointIr(dir, e.id)).toBeUndefined();
    await expect(loadIrDocument(dir)).rejects.toThrow();
  });
});
