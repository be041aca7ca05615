/** Reads the runtime templates (`runtime/**.ts`) that `generate` copies into generated/runtime/. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { RuntimeSource } from '../emit/runtime/emit-runtime-copy.js';

export async function loadRuntimeSources(runtimeDir: string): Promise<RuntimeSource[]> {
  const entries = await readdir(runtimeDir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) =>
      path
        .relative(runtimeDir, path.join(e.parentPath ?? (e as unknown as { path: string }).path, e.name))
        .split(path.sep)
        .join('/'),
    )
    .sort();
  return Promise.all(files.map(async (p) => ({ path: p, text: await readFile(path.join(runtimeDir, p), 'utf8') })));
}
