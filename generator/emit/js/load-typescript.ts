/**
 * Loads the TypeScript compiler for `qspec generate --emit js` only (it is an optional
 * dependency of qspec, never bundled into the CLI): from qspec's own install, else from the
 * project the command runs in. A missing compiler is a usage error saying how to get it.
 *
 * @see docs/decisions/0006-npm-package.md
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as TS from 'typescript';
import { UsageError } from '../../errors.js';

export async function loadTypeScript(cwd: string): Promise<typeof TS> {
  for (const from of [import.meta.url, pathToFileURL(path.join(cwd, 'package.json')).href]) {
    let resolved: string;
    try {
      resolved = createRequire(from).resolve('typescript');
    } catch {
      continue;
    }
    const mod = (await import(pathToFileURL(resolved).href)) as { default?: typeof TS } & typeof TS;
    return mod.default ?? mod;
  }
  throw new UsageError(
    "qspec generate: --emit js needs the TypeScript compiler (an optional dependency of qspec): run 'npm install typescript' and try again",
  );
}
