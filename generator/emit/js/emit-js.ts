/**
 * `qspec generate --emit js` in one call: loads the TypeScript compiler and, when qspec has one
 * (the npm package, or a checkout after `npm run build:lib`), the precompiled runtime of
 * `dist/lib/runtime/`, then compiles the emitted files to `.js` + `.d.ts`.
 *
 * @see docs/decisions/0006-npm-package.md
 */
import path from 'node:path';
import { REPO_ROOT } from '../../context.js';
import type { EmittedFile } from '../emitted-file.js';
import { compileToJs } from './compile-js.js';
import { loadTypeScript } from './load-typescript.js';
import { loadPrecompiledRuntime } from './precompiled-runtime.js';

export async function emitJs(files: readonly EmittedFile[], outDir: string): Promise<EmittedFile[]> {
  const ts = await loadTypeScript(outDir);
  const precompiled = await loadPrecompiledRuntime(path.join(REPO_ROOT, 'dist', 'lib', 'runtime'));
  return compileToJs(ts, files, outDir, precompiled);
}
