/**
 * Every default, resolved once (DESIGN rule 5). Commands build a `GeneratorContext` from their
 * options and pass it down; tests use the same function, so defaults never drift apart.
 */
import path from 'node:path';

export interface GeneratorContext {
  /** Absolute path of the spec folder (`specs/`). */
  readonly specsDir: string;
  /** Absolute path of the output folder (`generated/`). */
  readonly outDir: string;
  /** Absolute path of the runtime sources copied into `<outDir>/runtime/`. */
  readonly runtimeDir: string;
}

/** The repository root: the folder holding `generator/` (this file's grandparent). */
export const REPO_ROOT = path.resolve(new URL('.', import.meta.url).pathname, '..');

export function createContext(options: { cwd: string; specs?: string; out?: string }): GeneratorContext {
  return {
    specsDir: path.resolve(options.cwd, options.specs ?? 'specs'),
    outDir: path.resolve(options.cwd, options.out ?? 'generated'),
    runtimeDir: path.join(REPO_ROOT, 'templates', 'runtime'),
  };
}
