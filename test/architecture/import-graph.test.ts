/**
 * The import-graph reader and the rules on it, on small temporary trees, so the architecture
 * check is shown able to fail: a cycle made only of type-only and dynamic imports, each layer
 * violation, a package in the runtime, an oversized file; and an import written inside a string or
 * comment (as the emitters write them) is not an edge.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkArchitecture, formatArchitecture } from './check-architecture.js';
import { findCycles, layerViolations, oversizedFiles, readImportGraph } from './import-graph.js';

const roots: string[] = [];

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'qspec-arch-'));
  roots.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('readImportGraph', () => {
  it('reads every import form, relative ones as repository paths and bare ones as packages', () => {
    const root = tree({
      'generator/a.ts': [
        "import { b } from './b.js';",
        "import type { C } from './sub/c.js';",
        "import './side.js';",
        "export * from './re.js';",
        "export { d } from '../runtime/d.js';",
        "import fs from 'node:fs';",
        "import Ajv from 'ajv';",
        "type T = import('./typed.js').T;",
        "const lazy = async () => (await import('./lazy.js')).x;",
        'import {',
        '  e,',
        '  f,',
        "} from './multi.js';",
      ].join('\n'),
    });
    const [file] = readImportGraph(root);
    expect(file?.path).toBe('generator/a.ts');
    expect(file?.lines).toBe(13);
    expect(file?.imports).toEqual([
      'generator/b.ts',
      'generator/lazy.ts',
      'generator/multi.ts',
      'generator/re.ts',
      'generator/side.ts',
      'generator/sub/c.ts',
      'generator/typed.ts',
      'runtime/d.ts',
    ]);
    expect(file?.packages).toEqual(['ajv', 'node:fs']);
  });

  it('does not count an import written in a string, template or comment', () => {
    const root = tree({
      'generator/emit.ts': [
        "// import { x } from '../cli/x.js';",
        "/* import('../conformance/y.js') */",
        'const a = "import { z } from \'../cli/z.js\';";',
        "const b = `import { w } from '../conformance/w.js';\\nexport * from './v.js';`;",
      ].join('\n'),
    });
    const [file] = readImportGraph(root);
    expect(file?.imports).toEqual([]);
    expect(file?.packages).toEqual([]);
  });

  it('reads only the source folders and skips fixtures and declaration files', () => {
    const root = tree({
      'cli/main.ts': '',
      'runtime/fixtures/x.ts': '',
      'runtime/types.d.ts': '',
      'test/unit/a.test.ts': '',
      'generator/notes.md': '',
    });
    expect(readImportGraph(root).map((f) => f.path)).toEqual(['cli/main.ts']);
  });
});

describe('findCycles', () => {
  it('finds a cycle closed by a type-only import and one closed by a dynamic import', () => {
    const root = tree({
      'generator/a.ts': "import { b } from './b.js';",
      'generator/b.ts': "import type { A } from './a.js';",
      'cli/x.ts': "import { y } from './y.js';",
      'cli/y.ts': "import { z } from './z.js';",
      'cli/z.ts': "export const load = () => import('./x.js');",
      'cli/leaf.ts': "import { x } from './x.js';",
    });
    expect(findCycles(readImportGraph(root))).toEqual([
      ['cli/x.ts', 'cli/y.ts', 'cli/z.ts'],
      ['generator/a.ts', 'generator/b.ts'],
    ]);
  });

  it('finds a file that imports itself, and nothing in a graph without cycles', () => {
    const self = tree({ 'runtime/s.ts': "export type S = import('./s.js').S | number;" });
    expect(findCycles(readImportGraph(self))).toEqual([['runtime/s.ts']]);
    const dag = tree({
      'cli/a.ts': "import './b.js'; import './c.js';",
      'cli/b.ts': "import './c.js';",
      'cli/c.ts': '',
    });
    expect(findCycles(readImportGraph(dag))).toEqual([]);
  });

  it('walks a long chain without overflowing the stack', () => {
    const files: Record<string, string> = {};
    const n = 20_000;
    for (let i = 0; i < n; i++) files[`f${i}`] = `f${(i + 1) % n}`;
    const graph = Object.entries(files).map(([path, next]) => ({ path, lines: 1, imports: [next], packages: [] }));
    const cycles = findCycles(graph);
    expect(cycles).toHaveLength(1);
    expect(cycles[0]).toHaveLength(n);
  });
});

describe('layerViolations', () => {
  it('names each import that points up or leaves the runtime', () => {
    const root = tree({
      'generator/g.ts': "import '../conformance/c.js'; import type { M } from '../cli/m.js'; import '../runtime/r.js';",
      'conformance/c.ts':
        "import '../generator/g.js'; import '../runtime/r.js'; export const m = () => import('../cli/m.js');",
      'cli/m.ts': "import '../conformance/c.js'; import '../generator/g.js';",
      'runtime/r.ts':
        "import { readFileSync } from 'node:fs'; import './s.js'; import { XMLParser } from 'fast-xml-parser';",
      'runtime/s.ts': "export type G = import('../generator/g.js').G;",
    });
    const violations = layerViolations(readImportGraph(root));
    expect(violations.map((v) => v.replace(/ \(.*\)$/, ''))).toEqual([
      'conformance/c.ts -> cli/m.ts',
      'generator/g.ts -> cli/m.ts',
      'generator/g.ts -> conformance/c.ts',
      'runtime/r.ts -> package fast-xml-parser',
      'runtime/s.ts -> generator/g.ts',
    ]);
  });
});

describe('checkArchitecture', () => {
  it('reports every failing rule with the offending files, and ok for a clean tree', () => {
    const root = tree({
      'generator/a.ts': `import type { B } from './b.js';\n${'// line\n'.repeat(460)}`,
      'generator/b.ts': "import '../cli/c.js'; export const a = () => import('./a.js');",
      'cli/c.ts': '',
    });
    const graph = readImportGraph(root);
    expect(oversizedFiles(graph)).toEqual(['generator/a.ts (461 lines)']);
    const results = checkArchitecture(root, graph);
    expect(results.map((r) => r.failures.length)).toEqual([1, 1, 1]);
    const text = formatArchitecture(results, graph.length);
    expect(text).toContain('FAIL imports point down');
    expect(text).toContain('generator/b.ts -> cli/c.ts');
    expect(text).toContain('cycle of 2: generator/a.ts generator/b.ts');
    expect(text).toContain('generator/a.ts (461 lines)');

    const clean = tree({
      'cli/c.ts': "import '../generator/a.js';",
      'generator/a.ts': "import '../runtime/r.js';",
      'runtime/r.ts': '',
    });
    const ok = checkArchitecture(clean);
    expect(ok.every((r) => r.failures.length === 0)).toBe(true);
    expect(
      formatArchitecture(ok, 3)
        .split('\n')
        .filter((l) => l.startsWith('ok')),
    ).toHaveLength(3);
  });
});
