/**
 * The output manifest: `.qspec-manifest.json` in the output folder, written with every generated
 * tree. It is qspec's mark of ownership: it lists every file qspec wrote there with the SHA-256 of
 * its content, plus the qspec version. qspec replaces or deletes only files listed in it, and
 * notices when one of them was edited by hand. It holds no timestamp, so the output stays
 * byte-identical across runs, and it is part of the expected output that `--check` compares.
 *
 * @see README "Generate" (what qspec writes and deletes)
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../context.js';
import type { EmittedFile } from '../emit/emitted-file.js';

/** File name of the manifest inside the output folder. */
export const MANIFEST_NAME = '.qspec-manifest.json';

const ABOUT =
  'Written by qspec generate. Lists every file qspec wrote in this folder with its SHA-256; qspec replaces or deletes only these files and keeps any other. Do not edit.';

export interface OutputManifest {
  readonly version: string;
  /** Output-relative POSIX path → lowercase hex SHA-256 of the file's bytes. */
  readonly files: ReadonlyMap<string, string>;
}

/** SHA-256 (hex) of a file's content: a string is hashed as its UTF-8 bytes, as it is written. */
export function sha256(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

let cachedVersion: string | undefined;

/** The running qspec's version, from its package.json. */
export function qspecVersion(): string {
  if (cachedVersion === undefined) {
    const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version?: unknown };
    cachedVersion = typeof pkg.version === 'string' ? pkg.version : '0.0.0';
  }
  return cachedVersion;
}

/** The manifest file describing `files` (sorted by path, so the text is deterministic). */
export function manifestFile(files: readonly EmittedFile[], version: string = qspecVersion()): EmittedFile {
  const listed: Record<string, string> = {};
  for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    listed[f.path] = sha256(f.content);
  }
  const body = { about: ABOUT, generator: 'qspec', version, files: listed };
  return { path: MANIFEST_NAME, content: `${JSON.stringify(body, null, 2)}\n` };
}

/** Reads a manifest's text; undefined when it is not a well-formed qspec manifest. */
export function parseManifest(text: string): OutputManifest | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as { generator?: unknown; version?: unknown; files?: unknown };
  if (v.generator !== 'qspec' || typeof v.version !== 'string') return undefined;
  if (typeof v.files !== 'object' || v.files === null || Array.isArray(v.files)) return undefined;
  const files = new Map<string, string>();
  for (const [p, hash] of Object.entries(v.files as Record<string, unknown>)) {
    if (typeof hash !== 'string' || !isSafeRelativePath(p)) return undefined;
    files.set(p, hash);
  }
  return { version: v.version, files };
}

/** A POSIX path that stays inside the folder it is relative to. */
export function isSafeRelativePath(p: string): boolean {
  if (p === '' || p.startsWith('/') || p.includes('\\') || p.includes('\0')) return false;
  return p.split('/').every((part) => part !== '' && part !== '.' && part !== '..');
}
