/**
 * The source files' import graph, read from the files themselves with the TypeScript parser (so an
 * import written inside a string or a comment, as the emitters do, is not one): every
 * `import … from`, `export … from`, side-effect `import '…'`, `import x = require('…')`, dynamic
 * `import('…')` and type-level `import('…').T`, type-only imports included. The layer rules, the
 * cycle finder and the size limit on top of it are what `architecture.test.ts` and
 * `npm run check:architecture` enforce.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

/** Top-level folders that hold qspec's own TypeScript source. */
export const SOURCE_ROOTS = ['cli', 'conformance', 'generator', 'runtime'] as const;

export interface SourceFile {
  /** Repository-relative path with `/` separators. */
  readonly path: string;
  readonly lines: number;
  /** Repository-relative paths of the files it imports by a relative specifier (`./`, `../`). */
  readonly imports: readonly string[];
  /** Bare specifiers it imports: packages (`ajv`, `ajv/dist/x.js`) and built-ins (`node:fs`). */
  readonly packages: readonly string[];
}

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

/** Every module specifier named by a string literal in an import position of `text`. */
export function moduleSpecifiers(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const out: string[] = [];
  const take = (node: ts.Node | undefined): void => {
    if (node && ts.isStringLiteralLike(node)) out.push(node.text);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) {
      take(node.moduleSpecifier);
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      take(node.moduleReference.expression);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      take(node.arguments[0]);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      take(node.argument.literal);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

/** The graph of one file: its relative imports resolved to repository paths (`.js` read as `.ts`). */
export function readSourceFile(root: string, full: string): SourceFile {
  const text = readFileSync(full, 'utf8');
  const imports = new Set<string>();
  const packages = new Set<string>();
  for (const spec of moduleSpecifiers(full, text)) {
    if (spec.startsWith('./') || spec.startsWith('../') || spec === '.' || spec === '..') {
      const target = resolve(dirname(full), spec).replace(/\.js$/, '.ts');
      imports.add(toPosix(relative(root, target)));
    } else {
      packages.add(spec);
    }
  }
  return {
    path: toPosix(relative(root, full)),
    lines: text.split('\n').length - (text.endsWith('\n') ? 1 : 0),
    imports: [...imports].sort(),
    packages: [...packages].sort(),
  };
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
  return files.sort().map((full) => readSourceFile(root, full));
}

/**
 * Each cycle as the sorted list of its files: one strongly connected component of two or more
 * files, or a file that imports itself. Tarjan's algorithm, iterative so a deep graph cannot
 * overflow the stack; imports of files outside the graph are ignored.
 */
export function findCycles(files: readonly SourceFile[]): string[][] {
  const edges = new Map(files.map((f) => [f.path, f.imports]));
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const enter = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
  };
  for (const start of edges.keys()) {
    if (index.has(start)) continue;
    const work: Array<{ node: string; next: number }> = [{ node: start, next: 0 }];
    enter(start);
    while (work.length > 0) {
      const frame = work[work.length - 1] as { node: string; next: number };
      const targets = (edges.get(frame.node) ?? []).filter((t) => edges.has(t));
      if (frame.next < targets.length) {
        const target = targets[frame.next++] as string;
        if (!index.has(target)) {
          enter(target);
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
  return cycles.sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''));
}

/** The layer rules: which top-level folder may not import which. */
export const FORBIDDEN_IMPORTS: ReadonlyArray<{ from: string; to: string; why: string }> = [
  { from: 'generator/', to: 'cli/', why: 'the CLI is the top of the program' },
  { from: 'generator/', to: 'conformance/', why: 'conformance builds on the generator, not the reverse' },
  { from: 'conformance/', to: 'cli/', why: 'the CLI is the top of the program' },
];

const RUNTIME_ALONE = 'the runtime is copied into generated/ and imports nothing outside runtime/';

/**
 * Every import that breaks a layer rule, as `from -> to (why)`. The runtime may import other
 * runtime files and Node's built-ins (`node:…`) only: a file or package outside it would not be
 * there when `generated/runtime/` is used on its own.
 */
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
        out.push(`${file.path} -> ${target} (${RUNTIME_ALONE})`);
      }
    }
    if (!file.path.startsWith('runtime/')) continue;
    for (const spec of file.packages) {
      if (!spec.startsWith('node:')) out.push(`${file.path} -> package ${spec} (${RUNTIME_ALONE})`);
    }
  }
  return out;
}

/** The largest a source file may be. */
export const MAX_SOURCE_LINES = 450;

/** Source files over `MAX_SOURCE_LINES`, as `path (N lines)`. */
export function oversizedFiles(files: readonly SourceFile[], max = MAX_SOURCE_LINES): string[] {
  return files.filter((f) => f.lines > max).map((f) => `${f.path} (${f.lines} lines)`);
}
