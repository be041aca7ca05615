/**
 * The package's `dependencies` are the packages the generated code imports at run time (the
 * compiled library in dist/lib is generated/ compiled) plus those the CLI loads at run time
 * instead of bundling them (resolved by name, e.g. `createRequire(...).resolve('ts-morph')`).
 * A bare import added to an emitter or the runtime without declaring it, or a dependency
 * nothing uses any more, fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(new URL('.', import.meta.url).pathname, '..', '..', '..');

function packagesImported(dir: string): Set<string> {
  const found = new Set<string>();
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile() || !/\.(ts|js)$/.test(e.name)) continue;
    const text = readFileSync(path.join(e.parentPath, e.name), 'utf8');
    for (const m of text.matchAll(/^\s*(?:import|export)\s(?:[^;'"]*?\sfrom\s*)?['"]([^'"\n]+)['"]/gm)) {
      const spec = m[1]!;
      if (spec.startsWith('.') || spec.startsWith('node:')) continue;
      const parts = spec.split('/');
      found.add(spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!);
    }
  }
  return found;
}

function resolvedByTheCli(dir: string): Set<string> {
  const found = new Set<string>();
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile() || !e.name.endsWith('.ts')) continue;
    const text = readFileSync(path.join(e.parentPath, e.name), 'utf8');
    for (const m of text.matchAll(/\.resolve\('([^'\n]+)'\)/g)) found.add(m[1]!);
  }
  return found;
}

describe('runtime dependencies', () => {
  it('package.json dependencies are what generated/ imports and what the CLI loads unbundled', () => {
    const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
      optionalDependencies?: Record<string, string>;
    };
    const imported = packagesImported(path.join(repoRoot, 'generated'));
    expect(imported.size).toBeGreaterThan(0);
    const declared = Object.keys({ ...pkg.dependencies, ...pkg.optionalDependencies });
    for (const name of imported) expect(declared, `generated/ imports ${name}`).toContain(name);
    const loaded = resolvedByTheCli(path.join(repoRoot, 'generator'));
    const unused = declared.filter((d) => !imported.has(d) && !loaded.has(d));
    expect(unused).toEqual([]);
  });
});
