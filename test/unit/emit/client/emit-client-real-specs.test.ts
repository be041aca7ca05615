/**
 * The client emitter over the project's real specs/: every endpoint gets a descriptor and a
 * typed method, and every paged endpoint a record path. specs/ is part of the repository, so a
 * specs/ that does not load is a failure here, never a skip.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { recordPath } from '../../../../generator/compile/record-path.js';
import { emitClient } from '../../../../generator/emit/client/emit-client.js';
import type { IrDocument } from '../../../../generator/ir/ir-document.js';
import { loadIrDocument } from '../../../../generator/load/load-ir.js';
import { loadTemplates } from '../../../../generator/load/load-templates.js';
import { endpointTypeBase } from '../../../../generator/naming.js';
import { runPasses } from '../../../../generator/passes/run-passes.js';

const specsDir = fileURLToPath(new URL('../../../../specs', import.meta.url));

describe('client for the real specs', () => {
  let doc: IrDocument;
  beforeAll(async () => {
    doc = runPasses(await loadIrDocument(specsDir)).doc;
  });

  it('specs/ loads and has endpoints, some of them paged', () => {
    expect(doc.endpoints.length).toBeGreaterThan(0);
    expect(doc.endpoints.some((e) => e.pagination.style !== 'none')).toBe(true);
  });

  it('has a typed method and a descriptor for every endpoint', () => {
    const files = emitClient(doc, loadTemplates());
    const endpoints = files.find((f) => f.path === 'endpoints.ts')!.content;
    for (const e of doc.endpoints) {
      const client = files.find((f) => f.path === `${e.module}/client.ts`)?.content ?? '';
      expect(endpoints, e.id).toContain(JSON.stringify(e.id));
      expect(client, e.id).toContain(`export type ${endpointTypeBase(e.id)}Params`);
      expect(client, e.id).toContain(`(endpoints[${JSON.stringify(e.id)}], params, options)`);
    }
  });

  it('finds a record path for every paged endpoint, never in the FO request echo', () => {
    for (const e of doc.endpoints.filter((x) => x.pagination.style !== 'none')) {
      const rp = recordPath(doc, e);
      expect(rp, e.id).toBeDefined();
      expect(rp!.elements, e.id).not.toContain('REQUEST');
    }
  });
});
