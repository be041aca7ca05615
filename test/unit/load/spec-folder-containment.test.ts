/**
 * The load stage reads only regular files inside the spec folder, each at most 8 MiB: symlinks
 * are followed while their real path stays inside the folder and refused (located at the
 * symlink) when they lead outside, nowhere, or back to their own ancestor; oversized spec,
 * schema, example and `--schema` files are refused. Real files and symlinks in a temp dir.
 */
import { mkdir, mkdtemp, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Diagnostic, isDiagnosticError } from '../../../generator/diagnostics.js';
import { loadIr, loadSchemaFile } from '../../../generator/load/load-ir.js';
import { nestedXsd, specFolder } from './spec-folder-helpers.js';

let root: string;
let n = 0;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'qspec-containment-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const fresh = () => specFolder(path.join(root, `case${++n}`), 'a.xsd', nestedXsd(1));

async function problems(fn: () => Promise<unknown>): Promise<Diagnostic[]> {
  try {
    await fn();
  } catch (e) {
    if (isDiagnosticError(e)) return [...e.diagnostics];
    throw e;
  }
  return [];
}

const codes = (list: Diagnostic[]) => list.map((d) => `${d.location.file} ${d.code}`);

describe('symlinks in the spec folder', () => {
  it('a symlinked spec YAML outside the folder is refused at the symlink, not skipped', async () => {
    const specs = await fresh();
    const outside = path.join(root, `outside${n}.yaml`);
    await writeFile(outside, 'module: was\nresource: x\nendpoints: []\n');
    await symlink(outside, path.join(specs, 'was', 'x.yaml'));
    const found = await problems(() => loadIr(specs));
    expect(codes(found)).toEqual(['was/x.yaml SpecOutsideFolder']);
    expect(found[0]!.message).toContain('outside the spec folder');
  });

  it('a symlinked folder outside the spec folder is refused at the symlink', async () => {
    const specs = await fresh();
    const outside = path.join(root, `outside${n}`);
    await mkdir(path.join(outside, 'schemas'), { recursive: true });
    await writeFile(path.join(outside, 'schemas', 'b.xsd'), nestedXsd(1));
    await symlink(outside, path.join(specs, 'vm'));
    expect(codes(await problems(() => loadIr(specs)))).toEqual(['vm SpecOutsideFolder']);
  });

  it('symlinks that stay inside the folder are followed (a file and a folder)', async () => {
    const specs = await fresh();
    // The schema the endpoint uses is a symlink to a file elsewhere in the folder ...
    await mkdir(path.join(specs, 'shared'));
    await writeFile(path.join(specs, 'shared', 'b.xsd.txt'), nestedXsd(2));
    await symlink(path.join('..', '..', 'shared', 'b.xsd.txt'), path.join(specs, 'was', 'schemas', 'b.xsd'));
    // ... and the examples folder is a symlink to a folder inside it.
    const store = path.join(specs, 'shared', 'store', 'ex');
    await mkdir(path.join(store, 'was.r.get'), { recursive: true });
    await writeFile(path.join(store, 'was.r.get', 'ok.response.xml'), '<A><B/></A>\n');
    await symlink(store, path.join(specs, 'was', 'examples'));
    const { doc } = await loadIr(specs);
    expect(doc.schemas.map((s) => s.id)).toEqual(['was/schemas/a.xsd', 'was/schemas/b.xsd']);
    expect(doc.endpoints[0]!.examples.map((e) => e.file)).toEqual(['was/examples/was.r.get/ok.response.xml']);
  });

  it('a broken symlink is reported, not skipped', async () => {
    const specs = await fresh();
    await symlink(path.join(specs, 'nowhere.yaml'), path.join(specs, 'was', 'gone.yaml'));
    expect(codes(await problems(() => loadIr(specs)))).toEqual(['was/gone.yaml SpecFileMissing']);
  });

  it('a folder symlink back to its own ancestor is a loop, reported once', async () => {
    const specs = await fresh();
    await symlink(specs, path.join(specs, 'was', 'schemas', 'loop'));
    expect(codes(await problems(() => loadIr(specs)))).toEqual(['was/schemas/loop SpecSymlinkLoop']);
  });
});

describe('every spec input is bounded to 8 MiB', () => {
  const big = async (file: string) => {
    await writeFile(file, '');
    await truncate(file, 8 * 1024 * 1024 + 1);
  };

  it('a schema file', async () => {
    const specs = await fresh();
    await big(path.join(specs, 'was', 'schemas', 'huge.xsd'));
    const found = await problems(() => loadIr(specs));
    expect(codes(found)).toEqual(['was/schemas/huge.xsd SpecFileTooLarge']);
    expect(found[0]!.message).toMatch(/larger than 8 MiB \(at least 8388609 bytes\)/);
  });

  it('an example payload', async () => {
    const specs = await fresh();
    await mkdir(path.join(specs, 'was', 'examples', 'was.r.get'), { recursive: true });
    await big(path.join(specs, 'was', 'examples', 'was.r.get', 'big.response.xml'));
    expect(codes(await problems(() => loadIr(specs)))).toEqual([
      'was/examples/was.r.get/big.response.xml SpecFileTooLarge',
    ]);
  });

  it('a schema given on its own (validate --schema, diff of two files)', async () => {
    const file = path.join(root, `alone${++n}.xsd`);
    await big(file);
    expect((await problems(() => loadSchemaFile(file))).map((d) => d.code)).toEqual(['SpecFileTooLarge']);
  });
});
