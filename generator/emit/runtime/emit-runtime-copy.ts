/**
 * Copies the hand-written runtime (`runtime/**.ts`, real type-checked TypeScript) into
 * `generated/runtime/`, each file marked as copied. The files are read by the caller (the load
 * stage of `generate`) and passed in, so this emitter stays free of file-system access.
 */
import type { EmittedFile } from '../emitted-file.js';

export interface RuntimeSource {
  /** Path relative to runtime (POSIX). */
  readonly path: string;
  readonly text: string;
}

export function emitRuntimeCopy(sources: readonly RuntimeSource[]): EmittedFile[] {
  return sources
    .filter((s) => s.path.endsWith('.ts') && !s.path.endsWith('.test.ts'))
    .map((s) => ({
      path: `runtime/${s.path}`,
      content: `// Copied by qspec from runtime/${s.path}. Do not edit here: \`qspec generate\` replaces it.\n${s.text}`,
    }));
}
