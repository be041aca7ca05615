/**
 * A cache of the targets `qspec validate --endpoint ID` checks files against, so a run skips
 * parsing the spec YAML and the XSD/DTD and compiling the model when nothing they depend on
 * changed. An entry is the portable target table (portable-target.ts: XML models as data, JSON
 * targets as their JSON Schema, compiled again on load), serialized with `node:v8` (the structured
 * clone format worker threads already receive). The same store keeps entries that depend on the
 * whole spec folder alone (`folderKey`, `readData` / `writeData`): replay caches the folder's IR
 * there (conformance/runner/cached-ir.ts).
 *
 * Key: SHA-256 of the cache format, the code identity (qspec's version and its build stamp), the
 * V8 version, the endpoint, the status, the kinds of file in the batch and the path and content of
 * every spec, schema and platforms file of the spec folder (example files by name). Any change to
 * any of them is another key, so an entry is never stale; old entries age out.
 *
 * Where: `node_modules/.cache/qspec/` of the nearest folder above the working directory that has
 * a `node_modules/`, else `$XDG_CACHE_HOME/qspec/`, else `~/.cache/qspec/`; never inside the spec
 * folder. Written atomically (a temporary file renamed into place, deleted if the write fails),
 * bounded (`MAX_ENTRIES` entries, `MAX_TOTAL_BYTES` in all, least recently used deleted first). An
 * entry that is unreadable, truncated, from another format or does not hash to its recorded
 * checksum is ignored, deleted and rebuilt. Every cache failure (read-only disk, no home) only
 * means no cache.
 *
 * @see docs/decisions/0016-validate-target-cache.md
 */
import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  utimesSync,
  writeSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { REPO_ROOT } from '../../generator/context.js';
import { loadSpecFiles } from '../../generator/load/spec-files.js';
import { fromPortable, type PortableTable, toPortable } from './portable-target.js';
import type { TargetTable } from './validate-range.js';

/** Bumped whenever the entry layout or the portable target shape changes. */
export const CACHE_FORMAT = 1;
export const MAX_ENTRIES = 32;
export const MAX_TOTAL_BYTES = 64 * 1024 * 1024;
/** A temporary file older than this is a crashed writer's and is deleted when pruning. */
const STALE_TMP_MS = 10 * 60 * 1000;
const SUBDIR = `targets-v${CACHE_FORMAT}`;

export interface TargetQuery {
  readonly endpoint: string;
  readonly status: number | undefined;
  /** The table keys wanted (the kinds of file in the batch). */
  readonly kinds: readonly string[];
}

/** The folder the cache lives in, or undefined when there is none to use. */
export function cacheDirFor(
  cwd: string,
  env: Readonly<Record<string, string | undefined>>,
  specsDir: string,
): string | undefined {
  let dir: string | undefined;
  for (let d = path.resolve(cwd); ; d = path.dirname(d)) {
    if (existsSync(path.join(d, 'node_modules'))) {
      dir = path.join(d, 'node_modules', '.cache', 'qspec');
      break;
    }
    if (path.dirname(d) === d) break;
  }
  if (dir === undefined) {
    const base =
      env.XDG_CACHE_HOME ||
      (env.HOME ? path.join(env.HOME, '.cache') : os.homedir() && path.join(os.homedir(), '.cache'));
    if (!base || !path.isAbsolute(base)) return undefined;
    dir = path.join(base, 'qspec');
  }
  const specs = path.resolve(specsDir);
  return dir === specs || dir.startsWith(specs + path.sep) ? undefined : dir;
}

/**
 * What identifies the running code: the version plus the build stamp of the compiled CLI (it
 * hashes every source the build read), or the version alone for an installed package. Undefined
 * when qspec runs from its TypeScript sources (a checkout being edited): no cache then.
 */
export function codeIdentity(): string | undefined {
  let version = 'unknown';
  try {
    version = String(
      (JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version?: unknown }).version,
    );
  } catch {
    return undefined;
  }
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const dir of [here, path.dirname(here)]) {
    try {
      return `${version}:${sha256(readFileSync(path.join(dir, 'stamp.json')))}`;
    } catch {
      // no stamp here
    }
  }
  return existsSync(path.join(REPO_ROOT, 'cli', 'main.ts')) ? undefined : version;
}

export class TargetCache {
  constructor(
    private readonly dir: string,
    private readonly specsDir: string,
    private readonly code: string,
  ) {}

  /** The entry's key; undefined when the spec folder cannot be read (the normal load reports why). */
  async key(q: TargetQuery): Promise<string | undefined> {
    return this.hash([q.endpoint, String(q.status ?? ''), [...q.kinds].sort().join(',')]);
  }

  /**
   * The key of an entry that depends on the whole spec folder and nothing else (`purpose` names
   * what it holds, e.g. the folder's IR for replay); undefined as for `key`.
   */
  async folderKey(purpose: string): Promise<string | undefined> {
    return this.hash([`folder:${purpose}`]);
  }

  private async hash(query: readonly string[]): Promise<string | undefined> {
    let files: Awaited<ReturnType<typeof loadSpecFiles>>;
    try {
      files = await loadSpecFiles(this.specsDir);
    } catch {
      return undefined;
    }
    const h = createHash('sha256');
    const field = (s: string) => h.update(`${Buffer.byteLength(s)}:`).update(s);
    field(`qspec-target-cache ${CACHE_FORMAT}`);
    field(this.code);
    field(process.versions.v8);
    for (const q of query) field(q);
    for (const f of [...(files.platforms ? [files.platforms] : []), ...files.specs, ...files.schemas]) {
      field(f.file);
      field(f.text);
    }
    for (const e of files.examples) field(e.file);
    return h.digest('hex');
  }

  /** The cached table, or undefined (missing, corrupt, unreadable: a corrupt entry is deleted). */
  async read(key: string): Promise<TargetTable | undefined> {
    const portable = this.readData(key, isPortableTable);
    return portable === undefined ? undefined : fromPortable(portable);
  }

  /** Stores the table (when it can cross: see portable-target.ts), then prunes; never throws. */
  write(key: string, table: TargetTable): void {
    const portable = toPortable(table);
    if (portable !== undefined) this.writeData(key, portable);
  }

  /**
   * Any cached value whose shape `check` accepts, or undefined (missing, corrupt, unreadable or
   * of another shape: such an entry is deleted).
   */
  readData<T>(key: string, check: (value: unknown) => value is T): T | undefined {
    const file = this.entry(key);
    let value: unknown;
    try {
      value = decode(readFileSync(file), key);
    } catch {
      value = undefined;
    }
    if (value === undefined || !check(value)) {
      if (existsSync(file)) quietly(() => unlinkSync(file));
      return undefined;
    }
    const now = new Date();
    quietly(() => utimesSync(file, now, now));
    return value;
  }

  /** Stores any structured-cloneable value under `key`, then prunes; never throws. */
  writeData(key: string, value: unknown): void {
    quietly(() => {
      const bytes = encode(value, key);
      if (bytes.length > MAX_TOTAL_BYTES) return;
      const folder = path.join(this.dir, SUBDIR);
      mkdirSync(folder, { recursive: true });
      const tmp = path.join(folder, `${key}.${process.pid}.${Date.now()}.tmp`);
      const fd = openSync(tmp, 'wx', 0o644);
      try {
        try {
          writeSync(fd, bytes);
        } finally {
          closeSync(fd);
        }
        renameSync(tmp, this.entry(key));
      } catch (e) {
        quietly(() => unlinkSync(tmp));
        throw e;
      }
      prune(folder);
    });
  }

  private entry(key: string): string {
    return path.join(this.dir, SUBDIR, `${key}.bin`);
  }
}

/** An entry: one JSON header line (format, key, payload size and SHA-256), then the payload. */
function encode(value: unknown, key: string): Buffer {
  const payload = serialize(value);
  const header = JSON.stringify({ format: CACHE_FORMAT, key, size: payload.length, sha256: sha256(payload) });
  return Buffer.concat([Buffer.from(`${header}\n`), payload]);
}

function decode(bytes: Buffer, key: string): unknown {
  const nl = bytes.indexOf(0x0a);
  if (nl < 0 || nl > 1024) return undefined;
  const header = JSON.parse(bytes.subarray(0, nl).toString('utf8')) as Record<string, unknown>;
  const payload = bytes.subarray(nl + 1);
  if (header.format !== CACHE_FORMAT || header.key !== key || header.size !== payload.length) return undefined;
  if (header.sha256 !== sha256(payload)) return undefined;
  return deserialize(payload) as unknown;
}

function isPortableTable(t: unknown): t is PortableTable {
  if (typeof t !== 'object' || t === null || Array.isArray(t)) return false;
  return Object.values(t).every((v: unknown) => {
    if (typeof v !== 'object' || v === null) return false;
    const e = v as Record<string, unknown>;
    if (typeof e.label !== 'string') return false;
    if (e.kind === 'none') return true;
    if (e.kind === 'json') return typeof e.jsonSchema === 'object' && e.jsonSchema !== null;
    if (e.kind !== 'xml') return false;
    const m = e.model as Record<string, unknown> | undefined;
    return typeof m === 'object' && m !== null && typeof m.roots === 'object' && typeof m.types === 'object';
  });
}

/** Deletes the least recently used entries beyond the bounds, and crashed writers' files. */
function prune(folder: string): void {
  const now = Date.now();
  const entries: { file: string; size: number; used: number }[] = [];
  for (const name of readdirSync(folder)) {
    const file = path.join(folder, name);
    const info = statSync(file, { throwIfNoEntry: false });
    if (!info?.isFile()) continue;
    if (name.endsWith('.tmp')) {
      if (now - info.mtimeMs > STALE_TMP_MS) quietly(() => unlinkSync(file));
      continue;
    }
    if (name.endsWith('.bin')) entries.push({ file, size: info.size, used: info.mtimeMs });
  }
  entries.sort((a, b) => b.used - a.used);
  let total = 0;
  entries.forEach((e, i) => {
    total += e.size;
    if (i >= MAX_ENTRIES || total > MAX_TOTAL_BYTES) quietly(() => unlinkSync(e.file));
  });
}

function sha256(b: Uint8Array): string {
  return createHash('sha256').update(b).digest('hex');
}

function quietly(fn: () => void): void {
  try {
    fn();
  } catch {
    // a cache that cannot be written or cleaned is only a slower run
  }
}
