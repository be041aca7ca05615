/**
 * The source files' import graph, read from the files themselves: every
 * relative `import … from`, `export … from`, side-effect `import '…'` and
 * dynamic `import('…')`, type-only imports included. Used by the layer and
 * cycle checks in `architecture.test.ts` and by `npm run check:architecture`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** Top-level folders that hold qspec's own TypeScript source. */
export const SOURCE_ROOTS = ['cli', 'conformance', 'generator', 'runtime'] as const;

export interface SourceFile {
  /** Repository-relative path with `/` separators. */
  readonly path: string;
  readonly lines: number;
  /** Repository-relative paths of the source files it imports. */
  readonly imports: readonly string[];
}

const IMPORT_PATTERNS = [
  /\b(?:import|export)\s+(?:type\s+)?[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g,
  /\bimport\s*['"]([^'"]+)['"]/g,
  /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
];

function listTs(dir: string, out: string[]): void {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) {
      if (name === 'node_modules' || name === 'fixtures') continue;
      listTs(full, out);
    } else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) {
      out.push(full);
    }
  }
}

function toPosix(p: string): string {
  return p.split(sep).join('/');
}

/** Reads every `.ts` file under the source roots of `root`. */
export function readImportGraph(root: string): SourceFile[] {
  const files: string[] = [];
  for (const top of SOURCE_ROOTS) {
    try {
      listTs(join(root, top), files);
    } catch {
      // a missing root folder has no files
    }
  }
  return files.sort().map((full) => {
    const text = readFileSync(full, 'utf8');
    const imports = new Set<string>();
    for (const pattern of IMPORT_PATTERNS) {
      for (const match of text.matchAll(pattern)) {
        const spec = match[1] ?? '';
        if (!spec.startsWith('.')) continue;
        const target = resolve(dirname(full), spec).replace(/\.js$/, '.ts');
        imports.add(toPosix(relative(root, target)));
      }
    }
    return {
      path: toPosix(relative(root, full)),
      lines: text.split('\n').length - (text.endsWith('\n') ? 1 : 0),
      imports: [...imports].sort(),
    };
  });
}

/** Each cycle as a list of files (one strongly connected component of 2+ files, or a self-import). */
export function findCycles(files: readonly SourceFile[]): string[][] {
  const edges = new Map(files.map((f) => [f.path, f.imports.filter((i) => i !== f.path || true)]));
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  // Tarjan's algorithm, iterative so deep graphs cannot overflow the stack.
  for (const start of edges.keys()) {
    if (index.has(start)) continue;
    const work: Array<{ node: string; next: number }> = [{ node: start, next: 0 }];
    index.set(start, counter);
    low.set(start, counter++);
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const frame = work[work.length - 1] as { node: string; next: number };
      const targets = (edges.get(frame.node) ?? []).filter((t) => edges.has(t));
      if (frame.next < targets.length) {
        const target = targets[frame.next++] as string;
        if (!index.has(target)) {
          index.set(target, counter);
          low.set(target, counter++);
          stack.push(target);
          onStack.add(target);
          work.push({ node: target, next: 0 });
        } else if (onStack.has(target)) {
          low.set(frame.node, Math.min(low.get(frame.node) ?? 0, index.get(target) ?? 0));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node) ?? 0, low.get(frame.node) ?? 0));
      if (low.get(frame.node) === index.get(frame.node)) {
        const component: string[] = [];
        let member: string | undefined;
        do {
          member = stack.pop() as string;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        const selfLoop = (edges.get(frame.node) ?? []).includes(frame.node);
        if (component.length > 1 || selfLoop) cycles.push(component.sort());
      }
    }
  }
  return cycles;
}

/** The layer rules: which top-level folder may not import which. */
export const FORBIDDEN_IMPORTS: ReadonlyArray<{ from: string; to: string; why: string }> = [
  { from: 'generator/', to: 'cli/', why: 'the CLI is the top of the program' },
  { from: 'generator/', to: 'conformance/', why: 'conformance builds on the generator, not the reverse' },
  { from: 'conformance/', to: 'cli/', why: 'the CLI is the top of the program' },
  { from: 'runtime/', to: 'cli/', why: 'the runtime is copied into generated/ and stands alone' },
  { from: 'runtime/', to: 'conformance/', why: 'the runtime is copied into generated/ and stands alone' },
  { from: 'runtime/', to: 'generator/', why: 'the runtime is copied into generated/ and stands alone' },
];

/** Every import that breaks a layer rule, as `from -> to (why)`. */
export function layerViolations(files: readonly SourceFile[]): string[] {
  const out: string[] = [];
  for (const file of files) {
    for (const target of file.imports) {
      for (const rule of FORBIDDEN_IMPORTS) {
        if (file.path.startsWith(rule.from) && target.startsWith(rule.to)) {
          out.push(`${file.path} -> ${target} (${rule.why})`);
        }
      }
      if (file.path.startsWith('runtime/') && !target.startsWith('runtime/')) {
        const line = `${file.path} -> ${target} (the runtime imports nothing outside itself)`;
        if (!out.includes(line)) out.push(line);
      }
    }
  }
  return out;
}

/** The largest a source file may be. */
export const MAX_SOURCE_LINES = 450;
