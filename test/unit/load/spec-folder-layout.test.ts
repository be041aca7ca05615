/**
 * A module's folder passed where the spec folder belongs (`--specs specs/was`, `qspec diff
 * specs/was ...`) used to load as a spec folder with no endpoints, silently: the endpoint YAML
 * sits one level too high to be read. It is now refused, located at the first such file and naming
 * the folder to pass instead. Folders without stray endpoint YAML load as before.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Diagnostic, isDiagnosticError } from '../../../generator/diagnostics.js';
import { loadSpecFiles } from '../../../generator/load/spec-files.js';
import { nestedXsd, specFolder } from './spec-folder-helpers.js';

let root: string;
let n = 0;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'qspec-layout-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function problems(dir: string): Promise<Diagnostic[]> {
  try {
    await loadSpecFiles(dir);
  } catch (e) {
    if (isDiagnosticError(e)) return [...e.diagnostics];
    throw e;
  }
  return [];
}

describe('a module folder given as the spec folder', () => {
  it('is refused at its first endpoint file, naming the folder that holds it', async () => {
    const specs = await specFolder(path.join(root, `case${++n}`), 'a.xsd', nestedXsd(1));
    const found = await problems(path.join(specs, 'was'));
    expect(found.map((d) => [d.code, d.severity, d.location.file])).toEqual([
      ['SpecFolderLayout', 'error', path.join(specs, 'was', 'r.yaml')],
    ]);
    expect(found[0]!.message).toContain('MODULE/RESOURCE.yaml');
    expect(found[0]!.message).toContain(`pass the folder that holds it (${specs})`);
  });

  it('the spec folder itself still loads, with its endpoint file', async () => {
    const specs = await specFolder(path.join(root, `case${++n}`), 'a.xsd', nestedXsd(1));
    const files = await loadSpecFiles(specs);
    expect(files.specs.map((f) => f.file)).toEqual(['was/r.yaml']);
  });

  it('an empty folder, or one holding only platforms.yaml, is not a layout error', async () => {
    const empty = path.join(root, `case${++n}`);
    await mkdir(empty, { recursive: true });
    expect(await problems(empty)).toEqual([]);
    await writeFile(path.join(empty, 'platforms.yaml'), '[]\n');
    expect(await problems(empty)).toEqual([]);
  });

  it('a stray YAML file beside real modules is not refused', async () => {
    const specs = await specFolder(path.join(root, `case${++n}`), 'a.xsd', nestedXsd(1));
    await writeFile(path.join(specs, 'notes.yaml'), 'x: 1\n');
    expect(await problems(specs)).toEqual([]);
  });
});
