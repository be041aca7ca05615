/**
 * The load stage: the only file-system reads of the pipeline. Lists a spec folder and reads every
 * file the parsers need (endpoint YAML, platforms.yaml, schemas, example payloads) into memory,
 * with paths relative to the specs root (POSIX separators) so diagnostics and IR origins are
 * stable across machines.
 *
 * @see ../shared/DESIGN.md §2 (layout of specs/)
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fail } from '../diagnostics.js';

export interface SourceFile {
  /** Path relative to the specs root, POSIX separators (`was/finding.yaml`). */
  readonly file: string;
  readonly text: string;
}

export interface ExampleFile {
  /** Path relative to the specs root. */
  readonly file: string;
  readonly module: string;
  readonly endpointId: string;
  /** Case name: the file name up to `.request.`/`.response.`. */
  readonly caseName: string;
  readonly kind: 'request' | 'response';
  readonly extension: string;
}

export interface SpecFiles {
  readonly root: string;
  readonly platforms?: SourceFile;
  /** Endpoint YAML files, sorted by path. */
  readonly specs: readonly SourceFile[];
  /** Schema files (`<module>/schemas/*`), sorted by path. */
  readonly schemas: readonly SourceFile[];
  /** Example payload files (not read: examples can be large; the mock and runner read them). */
  readonly examples: readonly ExampleFile[];
}

const SCHEMA_FILE = /\.(xsd|dtd|schema\.json)$/;
const EXAMPLE_FILE = /^(.+)\.(request|response)\.([a-z0-9]+)$/;

/** Reads a spec folder. Throws a located `SpecFolderMissing` diagnostic if it is not a folder. */
export async function loadSpecFiles(root: string): Promise<SpecFiles> {
  const info = await stat(root).catch(() => undefined);
  if (!info?.isDirectory()) {
    fail('SpecFolderMissing', `spec folder not found: ${root} (pass --specs DIR)`, { file: root });
  }
  const all = (await walk(root, '')).sort();
  const specs: SourceFile[] = [];
  const schemas: SourceFile[] = [];
  const examples: ExampleFile[] = [];
  let platforms: SourceFile | undefined;
  for (const rel of all) {
    const parts = rel.split('/');
    if (rel === 'platforms.yaml') {
      platforms = await read(root, rel);
    } else if (parts.length === 2 && /\.ya?ml$/.test(rel)) {
      specs.push(await read(root, rel));
    } else if (parts.length === 3 && parts[1] === 'schemas' && SCHEMA_FILE.test(rel)) {
      schemas.push(await read(root, rel));
    } else if (parts.length === 4 && parts[1] === 'examples') {
      const m = EXAMPLE_FILE.exec(parts[3]!);
      if (m) {
        examples.push({
          file: rel,
          module: parts[0]!,
          endpointId: parts[2]!,
          caseName: m[1]!,
          kind: m[2] as 'request' | 'response',
          extension: m[3]!,
        });
      }
    }
  }
  return { root, ...(platforms ? { platforms } : {}), specs, schemas, examples };
}

async function read(root: string, rel: string): Promise<SourceFile> {
  return { file: rel, text: await readFile(path.join(root, rel), 'utf8') };
}

async function walk(root: string, rel: string): Promise<string[]> {
  const entries = await readdir(path.join(root, rel), { withFileTypes: true });
  const out: string[] = [];
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const child = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...(await walk(root, child)));
    else if (e.isFile()) out.push(child);
  }
  return out;
}
