/**
 * The load stage: the only file-system reads of the pipeline. Lists a spec folder and reads every
 * file the parsers need (endpoint YAML, platforms.yaml, schemas, example payloads) into memory,
 * with paths relative to the specs root (POSIX separators) so diagnostics and IR origins are
 * stable across machines.
 *
 * Containment: the folder's real path is the boundary. A symlink (to a file or a folder) is
 * followed only when its real path stays inside the spec folder; one that leads outside, or
 * nowhere, is `SpecOutsideFolder` / `SpecFileMissing` located at the symlink, and a folder symlink
 * back to one of its own ancestors is `SpecSymlinkLoop`. Every file read is bounded by
 * `MAX_INPUT_FILE_BYTES` (examples are only listed here, but their size is checked too, so the
 * mock and the runner never read an oversized one). All such problems are reported together.
 *
 * @see CONTRIBUTING.md (adding an endpoint); generator/parse/spec/spec-format.schema.json
 */
import { readdirSync, realpathSync, type Stats, statSync } from 'node:fs';
import path from 'node:path';
import { type Diagnostic, DiagnosticError, fail, isDiagnosticError } from '../diagnostics.js';
import { formatBytes, MAX_INPUT_FILE_BYTES } from '../parse/input-limits.js';
import { isInside, readBoundedTextSync, realPathInside } from './read-input-file.js';

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

/** A file found in the folder: its path as written (relative, POSIX) and its real path. */
interface Listed {
  readonly rel: string;
  readonly real: string;
  readonly size: number;
}

/** Reads a spec folder. Throws a located `SpecFolderMissing` diagnostic if it is not a folder. */
export async function loadSpecFiles(root: string): Promise<SpecFiles> {
  const info = statOrUndefined(root);
  if (!info?.isDirectory()) {
    fail('SpecFolderMissing', `spec folder not found: ${root} (pass --specs DIR)`, { file: root });
  }
  const realRoot = realpathSync(root);
  const problems: Diagnostic[] = [];
  const listed: Listed[] = [];
  walk(realRoot, realRoot, '', listed, problems);
  listed.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  const specs: SourceFile[] = [];
  const schemas: SourceFile[] = [];
  const examples: ExampleFile[] = [];
  let platforms: SourceFile | undefined;
  const read = (f: Listed): SourceFile | undefined => {
    try {
      return { file: f.rel, text: readBoundedTextSync(f.real, { file: f.rel }) };
    } catch (e) {
      if (!isDiagnosticError(e)) throw e;
      problems.push(...e.diagnostics);
      return undefined;
    }
  };
  const push = (list: SourceFile[], f: SourceFile | undefined) => {
    if (f !== undefined) list.push(f);
  };
  for (const f of listed) {
    const rel = f.rel;
    const parts = rel.split('/');
    if (rel === 'platforms.yaml') {
      platforms = read(f);
    } else if (parts.length === 2 && /\.ya?ml$/.test(rel)) {
      push(specs, read(f));
    } else if (parts.length === 3 && parts[1] === 'schemas' && SCHEMA_FILE.test(rel)) {
      push(schemas, read(f));
    } else if (parts.length === 4 && parts[1] === 'examples') {
      const m = EXAMPLE_FILE.exec(parts[3]!);
      if (m && f.size > MAX_INPUT_FILE_BYTES) {
        problems.push(tooLarge(rel, f.size));
      } else if (m) {
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
  if (specs.length === 0 && problems.length === 0) {
    // Endpoint YAML directly in the folder and none a level down: the folder given is one
    // module's folder (`specs/was`), whose files would otherwise be skipped without a word.
    const stray = listed.find((f) => !f.rel.includes('/') && f.rel !== 'platforms.yaml' && /\.ya?ml$/.test(f.rel));
    if (stray !== undefined) problems.push(moduleFolderGiven(root, stray.rel));
  }
  if (problems.length > 0) throw new DiagnosticError(problems);
  return { root, ...(platforms ? { platforms } : {}), specs, schemas, examples };
}

function statOrUndefined(file: string): Stats | undefined {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
}

function moduleFolderGiven(root: string, rel: string): Diagnostic {
  return {
    code: 'SpecFolderLayout',
    severity: 'error',
    message: `no endpoint specs in this spec folder: endpoint files live one folder down (MODULE/RESOURCE.yaml); if ${root} is one module's folder, pass the folder that holds it (${path.dirname(root)})`,
    location: { file: path.join(root, rel) },
  };
}

function tooLarge(file: string, size: number): Diagnostic {
  return {
    code: 'SpecFileTooLarge',
    severity: 'error',
    message: `file is larger than ${formatBytes(MAX_INPUT_FILE_BYTES)} (${size} bytes); qspec refuses spec inputs above that size`,
    location: { file },
  };
}

/**
 * Lists the regular files under `dirReal` (the real path of the folder `rel`), following
 * symlinks that stay inside `realRoot`. Synchronous: a spec folder holds a few hundred entries,
 * and one `stat(2)` costs microseconds where a promise round trip through libuv's thread pool
 * costs ~0.1 ms (the walk took ~30 ms of a one-file `qspec validate`) and holds up the pool that
 * a batch's worker threads load their modules through.
 */
function walk(realRoot: string, dirReal: string, rel: string, out: Listed[], problems: Diagnostic[]): void {
  const entries = readdirSync(dirReal, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const child = rel ? `${rel}/${e.name}` : e.name;
    let real = path.join(dirReal, e.name);
    if (e.isSymbolicLink()) {
      try {
        real = realPathInside(realRoot, real, { file: child }, `symlink '${child}'`);
      } catch (err) {
        if (!isDiagnosticError(err)) throw err;
        problems.push(...err.diagnostics);
        continue;
      }
    } else if (!e.isDirectory() && !e.isFile()) {
      continue;
    }
    const info = statSync(real);
    if (info.isDirectory()) {
      // Nothing below <module>/examples/<endpoint-id>/ is read: do not descend further.
      if (child.split('/').length >= 4) continue;
      if (isInside(real, dirReal)) {
        problems.push({
          code: 'SpecSymlinkLoop',
          severity: 'error',
          message: `symlink '${child}' points back to a folder that contains it (${path.relative(realRoot, real) || '.'}); remove the link`,
          location: { file: child },
        });
        continue;
      }
      walk(realRoot, real, child, out, problems);
    } else if (info.isFile()) {
      out.push({ rel: child, real, size: info.size });
    }
  }
}
