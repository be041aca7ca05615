// Freshness stamp of the compiled CLI (dist/): which source files a build read, with their size,
// mtime and SHA-1. bin/qspec.js runs dist/ only while every one of them is unchanged; otherwise it
// falls back to the TypeScript sources, so a dev checkout never runs stale code. The common check
// is one stat per input (about 2 ms); a file whose mtime moved but size did not (git checkout,
// touch) is hashed, and counts as unchanged when its content is.
//
// Plain JavaScript on purpose: it runs before any TypeScript loader exists.
// @see docs/decisions/0004-compiled-cli.md
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

// node:crypto is loaded only when a file must be hashed, and paths are joined by hand: both kept
// out of the common start-up path (each cost 2-5 MB of peak RSS, measured on `qspec validate`).
const require = createRequire(import.meta.url);

export const STAMP_FILE = 'stamp.json';
/** Entry module of the compiled CLI, inside the dist folder. */
export const DIST_ENTRY = 'cli.js';
const STAMP_VERSION = 1;

/** @param {string} file */
function sha1(file) {
  return require('node:crypto').createHash('sha1').update(readFileSync(file)).digest('hex');
}

/**
 * Writes `<distDir>/stamp.json` for `inputs` (paths relative to `root`). Refuses (returns a reason)
 * when an input changed after `startedMs`, i.e. while the build was reading it.
 * @param {string} root @param {string} distDir @param {readonly string[]} inputs @param {number} startedMs
 * @returns {string | undefined} why no stamp was written
 */
export function writeStamp(root, distDir, inputs, startedMs) {
  const entries = [];
  for (const rel of [...new Set(inputs)].sort()) {
    const abs = path.join(root, rel);
    const info = statSync(abs);
    if (info.mtimeMs >= startedMs) return `${rel} changed during the build`;
    entries.push([rel, info.size, info.mtimeMs, sha1(abs)]);
  }
  const stamp = { version: STAMP_VERSION, entry: DIST_ENTRY, inputs: entries };
  writeFileSync(path.join(distDir, STAMP_FILE), `${JSON.stringify(stamp)}\n`);
  return undefined;
}

/**
 * Whether `<distDir>` holds a build of the current sources under `root`.
 * @param {string} root @param {string} distDir
 * @returns {{ fresh: true, entry: string } | { fresh: false, reason: string }}
 */
export function distState(root, distDir) {
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(path.join(distDir, STAMP_FILE), 'utf8'));
  } catch {
    return { fresh: false, reason: `no compiled CLI in ${distDir}` };
  }
  if (stamp?.version !== STAMP_VERSION || !Array.isArray(stamp.inputs)) {
    return { fresh: false, reason: `${path.join(distDir, STAMP_FILE)} is from another qspec version` };
  }
  const prefix = root.endsWith(path.sep) ? root : root + path.sep;
  for (const [rel, size, mtimeMs, hash] of stamp.inputs) {
    const abs = prefix + rel;
    let info;
    try {
      info = statSync(abs);
    } catch {
      return { fresh: false, reason: `${rel} is gone since the build` };
    }
    if (info.size !== size || (info.mtimeMs !== mtimeMs && sha1(abs) !== hash)) {
      return { fresh: false, reason: `${rel} changed since the build` };
    }
  }
  return { fresh: true, entry: path.join(distDir, stamp.entry) };
}
