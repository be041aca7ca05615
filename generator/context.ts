/**
 * Every default, resolved once (DESIGN rule 5). Commands build a `GeneratorContext` from their
 * options and pass it down; tests use the same function, so defaults never drift apart.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface GeneratorContext {
  /** Absolute path of the spec folder (`specs/`). */
  readonly specsDir: string;
  /** Absolute path of the output folder (`generated/`). */
  readonly outDir: string;
  /** Absolute path of the runtime sources copied into `<outDir>/runtime/`. */
  readonly runtimeDir: string;
}

/**
 * The repository root: the nearest folder above this module holding `package.json`. From the
 * sources that is `generator/..`; from the compiled CLI (`dist/*.js`, or a test build under
 * `.tmp/`) it is found the same way, so files read at run time (templates, the spec-format
 * schema) resolve whichever copy of the code runs.
 */
export const REPO_ROOT = findRoot(path.dirname(fileURLToPath(import.meta.url)));

function findRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(from, '..');
  }
}

export function createContext(options: { cwd: string; specs?: string; out?: string }): GeneratorContext {
  return {
    specsDir: path.resolve(options.cwd, options.specs ?? 'specs'),
    outDir: path.resolve(options.cwd, options.out ?? 'generated'),
    runtimeDir: path.join(REPO_ROOT, 'runtime'),
  };
}
