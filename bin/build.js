#!/usr/bin/env node
// `npm run build` (and npm's `prepare`, so `npm ci` runs it): compiles the CLI (cli/main.ts
// and everything it imports, npm packages included) with esbuild into dist/ as plain ESM, one chunk
// per lazily imported command. Modules listed in GENERATED_MODULES are replaced by code generated at
// build time (the spec-format validators as ajv standalone code). Then writes dist/stamp.json over
// every input file (sources, node_modules files bundled, the build itself), which bin/qspec.js
// checks before using dist/. The build goes to a sibling folder first and replaces dist/ by a
// rename, so a CLI started meanwhile sees the old build, the new one, or none (then the sources).
//
// Usage: node bin/build.js [--outdir DIR] [--quiet]
// @see docs/decisions/0004-compiled-cli.md
import { existsSync, rmSync } from 'node:fs';
import { rename } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { writeStamp } from './dist-stamp.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { outdir: { type: 'string' }, quiet: { type: 'boolean' } } });
const outdir = path.resolve(values.outdir ?? path.join(root, 'dist'));
/** Files that shape the output without being bundled modules. */
const CONFIG_INPUTS = [
  'bin/build.js',
  'bin/dist-stamp.js',
  'tsconfig.json',
  'generator/parse/spec/spec-format.schema.json',
];
/** Modules replaced in the bundle by generated code: [module, generator module, its export]. */
const GENERATED_MODULES = [
  [
    'generator/parse/spec/spec-validators.ts',
    'generator/parse/spec/spec-validators-standalone.ts',
    'specValidatorsModule',
  ],
];

const common = {
  absWorkingDir: root,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Packages bundled, not external: 0.2 s faster and ~5 MB less RSS on `qspec validate` (no
  // CommonJS loader work at start-up). Bundled CommonJS packages call require() for built-ins.
  banner: {
    js: "import { createRequire as __qspecRequire } from 'node:module'; const require = __qspecRequire(import.meta.url);",
  },
  metafile: true,
  logLevel: 'warning',
};

/** Runs each generator (bundled into `scratch`), records its inputs, returns the esbuild plugin. */
async function generatedModules(scratch, inputs) {
  const contents = new Map();
  for (const [module, generator, name] of GENERATED_MODULES) {
    const outfile = path.join(scratch, `${path.basename(generator, '.ts')}.mjs`);
    const r = await build({ ...common, entryPoints: [generator], outfile });
    inputs.push(...Object.keys(r.metafile.inputs));
    contents.set(path.join(root, module), (await import(pathToFileURL(outfile).href))[name]());
  }
  return {
    name: 'qspec-generated-modules',
    setup(b) {
      b.onLoad({ filter: /\.ts$/ }, (args) => {
        const code = contents.get(args.path);
        return code === undefined ? undefined : { contents: code, loader: 'js', resolveDir: path.dirname(args.path) };
      });
    },
  };
}

const started = Date.now();
const staging = `${outdir}.new-${process.pid}`;
const scratch = path.join(staging, '.build');
rmSync(staging, { recursive: true, force: true });
const inputs = [...CONFIG_INPUTS];
let result;
try {
  result = await build({
    ...common,
    entryPoints: { cli: 'cli/main.ts' },
    outdir: staging,
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    sourcemap: 'linked',
    plugins: [await generatedModules(scratch, inputs)],
  });
} catch (e) {
  // A failed build leaves dist/ as it was and no staging folder beside it.
  rmSync(staging, { recursive: true, force: true });
  throw e;
}
rmSync(scratch, { recursive: true, force: true });
inputs.push(...Object.keys(result.metafile.inputs));

const refused = writeStamp(root, staging, inputs, started);
if (refused) {
  rmSync(staging, { recursive: true, force: true });
  process.stderr.write(`qspec build: ${refused}; run it again (dist/ left as it was)\n`);
  process.exit(1);
}
if (existsSync(outdir)) {
  const old = `${outdir}.old-${process.pid}`;
  // The compiled library (bin/build-lib.js, npm's prepack) lives in dist/lib and is not rebuilt here.
  if (existsSync(path.join(outdir, 'lib'))) await rename(path.join(outdir, 'lib'), path.join(staging, 'lib'));
  await rename(outdir, old);
  await rename(staging, outdir);
  rmSync(old, { recursive: true, force: true });
} else {
  await rename(staging, outdir);
}
if (!values.quiet) {
  const unique = new Set(inputs);
  const own = [...unique].filter((f) => !f.startsWith('node_modules/')).length;
  const rel = path.relative(process.cwd(), outdir) || '.';
  process.stdout.write(
    `qspec build: ${own} files + ${unique.size - own} from node_modules → ${rel}/ in ${Date.now() - started} ms\n`,
  );
}
