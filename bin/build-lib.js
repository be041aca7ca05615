#!/usr/bin/env node
// `npm run build:lib` (and npm's `prepack`): compiles the library entry points of the package —
// generated/ (the typed QualysClient, `qspec` and `qspec/generated`) with the runtime copy in
// generated/runtime/ (`qspec/runtime`) — with tsc (tsconfig.lib.json) into dist/lib/ as plain ESM
// JavaScript plus `.d.ts`. The ajv validators in generated/ are JavaScript already (`.validate.js`
// with a `.validate.d.ts` beside them); tsc reads their declarations, so they are copied as they are.
// dist/lib/runtime/sources.json lists the SHA-256 of each runtime source compiled, so `qspec
// generate --emit js` can reuse these files for an identical runtime instead of compiling it again.
// The build goes to a sibling folder first and replaces dist/lib by a rename.
//
// Usage: node bin/build-lib.js [--outdir DIR] [--quiet]
// @see docs/decisions/0006-npm-package.md
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { outdir: { type: 'string' }, quiet: { type: 'boolean' } } });
const outdir = path.resolve(values.outdir ?? path.join(root, 'dist', 'lib'));
const source = path.join(root, 'generated');
const started = Date.now();
const staging = `${outdir}.new-${process.pid}`;
rmSync(staging, { recursive: true, force: true });

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const r = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.lib.json'), '--outDir', staging], {
  cwd: root,
  stdio: ['ignore', 2, 2], // tsc reports on stdout: passed to stderr, so `npm pack --silent` still shows it
});
if (r.status !== 0) {
  rmSync(staging, { recursive: true, force: true });
  process.stderr.write(
    `qspec build:lib: tsc failed (exit ${r.status ?? r.signal}); ${path.relative(root, outdir)} left as it was\n`,
  );
  process.exit(1);
}

let copied = 0;
for (const entry of readdirSync(source, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !/\.validate\.(js|d\.ts)$/.test(entry.name)) continue;
  const rel = path.relative(source, path.join(entry.parentPath, entry.name));
  cpSync(path.join(source, rel), path.join(staging, rel));
  copied++;
}

const runtime = path.join(source, 'runtime');
const hashes = {};
for (const entry of readdirSync(runtime, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
  const abs = path.join(entry.parentPath, entry.name);
  const rel = path.relative(runtime, abs).split(path.sep).join('/');
  hashes[rel] = createHash('sha256').update(readFileSync(abs, 'utf8')).digest('hex');
}
const sorted = Object.fromEntries(Object.entries(hashes).sort(([a], [b]) => (a < b ? -1 : 1)));
writeFileSync(path.join(staging, 'runtime', 'sources.json'), `${JSON.stringify(sorted, null, 1)}\n`);

if (existsSync(outdir)) {
  const old = `${outdir}.old-${process.pid}`;
  renameSync(outdir, old);
  renameSync(staging, outdir);
  rmSync(old, { recursive: true, force: true });
} else {
  renameSync(staging, outdir);
}
if (!values.quiet) {
  const rel = path.relative(process.cwd(), outdir) || '.';
  process.stdout.write(
    `qspec build:lib: generated/ → ${rel}/ (tsc, ${copied} validator files copied) in ${Date.now() - started} ms\n`,
  );
}
