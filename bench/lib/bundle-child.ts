/**
 * Compiles a bench child (TypeScript) into one plain ESM file under bench/.data/bundle with
 * esbuild (present as tsx's own dependency), npm packages left as imports, so each tool runs on
 * plain `node` and its time and RSS are the tool's, not the TypeScript loader's. Falls back to
 * `node --import tsx` (and says so) when esbuild cannot be loaded.
 *
 * @see docs/performance.md
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';

export interface NodeCommand {
  readonly command: string;
  readonly args: readonly string[];
  /** 'bundled' (plain node) or 'tsx' (TypeScript loader; adds ~30 MB RSS and ~0.4 s). */
  readonly how: 'bundled' | 'tsx';
}

type EsbuildBuild = (options: Record<string, unknown>) => Promise<unknown>;

let esbuild: EsbuildBuild | null | undefined;

async function loadEsbuild(): Promise<EsbuildBuild | null> {
  if (esbuild !== undefined) return esbuild;
  try {
    const name = 'esbuild';
    const mod = (await import(name)) as { build: EsbuildBuild };
    esbuild = mod.build;
  } catch {
    esbuild = null;
  }
  return esbuild;
}

/**
 * `entry`: a .ts file, or `{ name, source }` for an entry written on the fly (absolute imports).
 * Returns how to run it.
 */
export async function bundleChild(
  entry: string | { name: string; source: string },
  outDir: string,
  repoRoot: string,
): Promise<NodeCommand> {
  const build = await loadEsbuild();
  const name = typeof entry === 'string' ? path.basename(entry, '.ts') : entry.name;
  if (!build) {
    if (typeof entry !== 'string') throw new Error(`esbuild is not available to bundle ${name}`);
    return { command: process.execPath, args: ['--import', 'tsx', entry], how: 'tsx' };
  }
  mkdirSync(outDir, { recursive: true });
  const outfile = path.join(outDir, `${name}.mjs`);
  await build({
    ...(typeof entry === 'string'
      ? { entryPoints: [entry] }
      : { stdin: { contents: entry.source, resolveDir: repoRoot, loader: 'ts', sourcefile: `${name}.ts` } }),
    outfile,
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
  });
  return { command: process.execPath, args: [outfile], how: 'bundled' };
}
