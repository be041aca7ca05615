/**
 * The runtime as `bin/build-lib.js` compiled it into `dist/lib/runtime/` (shipped in the npm
 * package): its `.js` and `.d.ts` files, and `sources.json`, the SHA-256 of each runtime `.ts` it
 * was compiled from. `qspec generate --emit js` reuses them instead of compiling the runtime again
 * (most of that command's time) whenever every runtime file it is about to emit is one of them,
 * byte for byte.
 *
 * @see docs/decisions/0006-npm-package.md
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** Name of the hash list beside the compiled runtime. */
export const RUNTIME_SOURCES_FILE = 'sources.json';

export interface PrecompiledRuntime {
  /** `runtime/<path>.ts` → SHA-256 (hex) of the source it was compiled from. */
  readonly sources: ReadonlyMap<string, string>;
  /** `runtime/<path>.js` and `runtime/<path>.d.ts` → content. */
  readonly files: ReadonlyMap<string, string>;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Reads `<dir>` (a `dist/lib/runtime` folder), or undefined when there is none. */
export async function loadPrecompiledRuntime(dir: string): Promise<PrecompiledRuntime | undefined> {
  let list: Record<string, string>;
  try {
    list = JSON.parse(await readFile(path.join(dir, RUNTIME_SOURCES_FILE), 'utf8')) as Record<string, string>;
  } catch {
    return undefined;
  }
  const files = new Map<string, string>();
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile() || !/\.(js|d\.ts)$/.test(e.name)) continue;
    const abs = path.join(e.parentPath, e.name);
    files.set(`runtime/${path.relative(dir, abs).split(path.sep).join('/')}`, await readFile(abs, 'utf8'));
  }
  return { sources: new Map(Object.entries(list).map(([p, h]) => [`runtime/${p}`, h])), files };
}

/** Whether `precompiled` holds exactly these runtime sources (`runtime/**.ts` files emitted). */
export function matchesRuntime(
  precompiled: PrecompiledRuntime,
  runtime: ReadonlyArray<{ readonly path: string; readonly content: string }>,
): boolean {
  if (runtime.length !== precompiled.sources.size) return false;
  return runtime.every((f) => {
    const js = f.path.replace(/\.ts$/, '.js');
    const dts = f.path.replace(/\.ts$/, '.d.ts');
    return (
      precompiled.sources.get(f.path) === sha256(f.content) && precompiled.files.has(js) && precompiled.files.has(dts)
    );
  });
}
