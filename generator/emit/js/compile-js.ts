/**
 * `qspec generate --emit js`: turns the emitted TypeScript files into plain ES modules (`.js`)
 * with declarations (`.d.ts`) beside them, for projects that do not compile TypeScript. Every
 * `.ts` file goes through one in-memory TypeScript program (what `tsc --declaration` would write
 * for it); the other files (the ajv validators, already `.js` + `.d.ts`, and the JSON Schemas)
 * pass through. The TypeScript compiler is handed in by the caller (it is loaded only for this
 * option), so this module stays free of file-system writes.
 *
 * The output folder gets a `package.json` saying `"type": "module"`, so Node loads the `.js` files
 * as ES modules whatever the enclosing project's own `type` is.
 *
 * Node's own types (`node:fs`, `Buffer`) come from `@types/node` when the output folder or qspec
 * can see it; without it the few runtime declarations that mention them are typed loosely.
 *
 * @see docs/decisions/0006-npm-package.md
 */
import path from 'node:path';
import type * as TS from 'typescript';
import { EmitJsError } from '../../errors.js';
import type { EmittedFile } from '../emitted-file.js';
import { matchesRuntime, type PrecompiledRuntime } from './precompiled-runtime.js';

/** The `package.json` written into the output folder: its files are ES modules. */
const MODULE_SCOPE = '{\n  "type": "module"\n}\n';

/**
 * `files` (paths relative to `outDir`) → the same set with every `.ts` replaced by `.js` +
 * `.d.ts`, sorted by path. `outDir` is where the files will be written: imports of packages
 * (`@types/node`) resolve from there, as they will for the user. With `precompiled` holding
 * exactly the emitted runtime, the runtime's `.js` and `.d.ts` are taken from it and only the
 * rest is compiled (against those declarations).
 */
export function compileToJs(
  ts: typeof TS,
  files: readonly EmittedFile[],
  outDir: string,
  precompiled?: PrecompiledRuntime,
): EmittedFile[] {
  const root = path.resolve(outDir);
  const isTs = (p: string) => p.endsWith('.ts') && !p.endsWith('.d.ts');
  const runtime = files.filter((f) => f.path.startsWith('runtime/') && isTs(f.path));
  const reuse = precompiled !== undefined && matchesRuntime(precompiled, runtime);
  const sources = new Map<string, string>();
  const passThrough: EmittedFile[] = [];
  for (const f of files) {
    if (reuse && f.path.startsWith('runtime/') && isTs(f.path)) {
      for (const ext of ['.js', '.d.ts']) {
        const target = f.path.replace(/\.ts$/, ext);
        passThrough.push({ path: target, content: withMarker(f.content, precompiled.files.get(target)!) });
      }
    } else if (isTs(f.path)) sources.set(path.join(root, f.path), f.content);
    else passThrough.push(f);
  }
  const inMemory = new Map(sources);
  inMemory.set(path.join(root, 'package.json'), MODULE_SCOPE);
  for (const f of passThrough) if (f.path.endsWith('.d.ts')) inMemory.set(path.join(root, f.path), f.content);
  const inside = (file: string) => file.startsWith(root + path.sep);

  const options: TS.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'],
    strict: true,
    declaration: true,
    skipLibCheck: true,
    noEmitOnError: false,
    rootDir: root,
    outDir: root,
    newLine: ts.NewLineKind.LineFeed,
  };
  const host = ts.createCompilerHost(options);
  const fileExists = host.fileExists.bind(host);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getCurrentDirectory = () => root;
  host.fileExists = (f) => (inside(f) ? inMemory.has(f) : fileExists(f));
  host.readFile = (f) => (inside(f) ? inMemory.get(f) : readFile(f));
  host.getSourceFile = (f, language, onError, create) => {
    if (!inside(f)) return getSourceFile(f, language, onError, create);
    const text = inMemory.get(f);
    return text === undefined ? undefined : ts.createSourceFile(f, text, language, true);
  };
  host.directoryExists = (d) => (inside(d) || d === root ? true : (ts.sys.directoryExists?.(d) ?? false));

  const out = new Map<string, string>();
  host.writeFile = (f, text) => out.set(path.relative(root, f).split(path.sep).join('/'), text);
  const program = ts.createProgram({ rootNames: [...sources.keys()], options, host });
  const result = program.emit();
  if (result.emitSkipped) {
    const first = result.diagnostics[0];
    throw new EmitJsError(
      `qspec generate --emit js: TypeScript did not emit${first ? `: ${ts.flattenDiagnosticMessageText(first.messageText, '\n')}` : ''}`,
    );
  }
  const emitted: EmittedFile[] = [...passThrough, { path: 'package.json', content: MODULE_SCOPE }];
  for (const [file, source] of sources) {
    const rel = path.relative(root, file).split(path.sep).join('/');
    for (const ext of ['.js', '.d.ts']) {
      const target = rel.replace(/\.ts$/, ext);
      const content = out.get(target);
      if (content === undefined) throw new EmitJsError(`qspec generate --emit js: no ${target} was emitted for ${rel}`);
      emitted.push({ path: target, content: withMarker(source, content) });
    }
  }
  return emitted.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * tsc keeps a file's leading line comment in the `.js` but not in the `.d.ts`: the marker
 * ("Generated by qspec" / "Copied by qspec") of `source` goes on top of both.
 */
function withMarker(source: string, content: string): string {
  const marker = source.startsWith('// ') ? source.slice(0, source.indexOf('\n') + 1) : '';
  return marker && !content.startsWith(marker) ? marker + content : content;
}
