/**
 * Resolves a BASE or REV argument of `qspec diff` / `qspec notes check` into an IR document:
 * a spec folder, a single schema file (.xsd, .dtd, .schema.json), or a git ref (`HEAD~1`,
 * `main:specs`, `v1.2.0:specs/was/schemas/finding.xsd`). A git ref is materialised with
 * `git archive <ref> <path> | tar -x` into a temporary folder (local repository only, no
 * network) and loaded from there; the folder is removed afterwards.
 *
 * @see docs/diff-rules.md; `qspec diff --help` (the BASE/REV forms)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { UsageError } from '../../errors.js';
import type { IrDocument } from '../../ir/ir-document.js';
import type { IrSchema } from '../../ir/ir-types.js';

export interface DiffInput {
  /** What the user typed, for report headers. */
  readonly label: string;
  readonly doc: IrDocument;
  /** True when the input was a single schema file. */
  readonly single: boolean;
}

const SCHEMA_FILE = /\.(xsd|dtd|json)$/;

/** The path without leading and trailing slashes (a scan: no regex backtracking on user input). */
export function trimSlashes(p: string): string {
  let start = 0;
  let end = p.length;
  while (start < end && p.charCodeAt(start) === 0x2f) start += 1;
  while (end > start && p.charCodeAt(end - 1) === 0x2f) end -= 1;
  return p.slice(start, end);
}

/**
 * `specs` is the spec folder (relative to `cwd`, or absolute) that a bare git ref (`HEAD~1`)
 * stands for: `HEAD~1` means `HEAD~1:<specs>`.
 */
export async function loadDiffInput(arg: string, cwd: string, specs = 'specs'): Promise<DiffInput> {
  const local = path.resolve(cwd, arg);
  if (existsSync(local)) return { label: arg, ...(await loadPath(local)) };
  const colon = arg.indexOf(':');
  const ref = colon > 0 ? arg.slice(0, colon) : arg;
  const specsRel = path.relative(cwd, path.resolve(cwd, specs)).split(path.sep).join('/') || '.';
  const inner = colon > 0 ? trimSlashes(arg.slice(colon + 1)) || '.' : specsRel;
  // A ref or path that starts with '-' is never an option to git (no --output=FILE, --remote=...).
  if (ref.startsWith('-'))
    throw new UsageError(`'${arg}' is not a spec folder, a schema file or a git ref (from ${cwd})`);
  const verify = spawnSync('git', ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], {
    cwd,
    encoding: 'utf8',
  });
  if (verify.status !== 0) {
    throw new UsageError(`'${arg}' is not a spec folder, a schema file or a git ref (from ${cwd})`);
  }
  const top = spawnSync('git', ['rev-parse', '--show-prefix'], { cwd, encoding: 'utf8' });
  const prefix = (top.stdout ?? '').trim();
  const treePath = path.posix.normalize(path.posix.join(prefix, inner));
  // git archive takes paths relative to its cwd and writes them so: run it at the top level,
  // where `treePath` (the prefix plus the path) names the same tree and the tar has it as is.
  const root = (spawnSync('git', ['rev-parse', '--show-toplevel'], { cwd, encoding: 'utf8' }).stdout ?? '').trim();
  const tmp = mkdtempSync(path.join(tmpdir(), 'qspec-diff-'));
  try {
    const archive = spawnSync('git', ['archive', '--format=tar', '--end-of-options', ref, treePath], {
      cwd: root || cwd,
      maxBuffer: 512 * 1024 * 1024,
    });
    if (archive.status !== 0) {
      const why = String(archive.stderr).trim().split('\n')[0];
      const hint =
        colon > 0 ? '' : ` (a bare ref means ${ref}:${inner}; name the folder: '${ref}:DIR', or pass --specs DIR)`;
      throw new UsageError(`git archive ${ref} ${treePath} failed: ${why}${hint}`);
    }
    const untar = spawnSync('tar', ['-x', '-C', tmp], { input: archive.stdout });
    if (untar.status !== 0) throw new Error(`tar failed: ${String(untar.stderr)}`);
    return { label: arg, ...(await loadPath(path.join(tmp, treePath))) };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

async function loadPath(abs: string): Promise<{ doc: IrDocument; single: boolean }> {
  // Imported lazily: the front end is only needed when something is actually loaded.
  const { loadIrDocument, loadSchemaFile } = await import('../../load/load-ir.js');
  if (statSync(abs).isDirectory()) return { doc: await loadIrDocument(abs), single: false };
  if (!SCHEMA_FILE.test(abs)) throw new UsageError(`'${abs}' is not a schema file (.xsd, .dtd, .schema.json)`);
  const schema = await loadSchemaFile(abs);
  return { doc: { schemas: [schema], endpoints: [], platforms: [] }, single: true };
}

/**
 * Two single schema files are compared as one schema even when their names differ: the
 * revision's id (and every ref target inside it) is rewritten to the base's id.
 */
export function alignSingleSchemas(base: DiffInput, rev: DiffInput): DiffInput {
  const a = base.doc.schemas[0];
  const b = rev.doc.schemas[0];
  if (!base.single || !rev.single || !a || !b || a.id === b.id) return rev;
  return { ...rev, doc: { ...rev.doc, schemas: [rekeySchema(b, a.id)] } };
}

export function rekeySchema(schema: IrSchema, id: string): IrSchema {
  const from = `${schema.id}#`;
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') {
      const o: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) {
        o[k] =
          (k === 'target' || k === 'id' || k === 'base') && typeof x === 'string' && x.startsWith(from)
            ? `${id}#${x.slice(from.length)}`
            : walk(x);
      }
      return o;
    }
    return v;
  };
  return { ...(walk(schema) as IrSchema), id };
}
