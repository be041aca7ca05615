#!/usr/bin/env node
// `npm run lint:package`: packs qspec as npm would publish it (`npm pack`, which runs prepack and
// prepare: the compiled library and CLI are built) into a temporary folder, then lints that
// tarball with publint (package.json fields against the files really packed) and
// @arethetypeswrong/cli (every export's types resolve and match its JavaScript, for Node's ESM
// resolution and bundlers: the `esm-only` profile, as qspec is an ES-module package for Node 20+).
// Exits non-zero when either reports a problem.
//
// Usage: node bin/lint-package.js [--tarball FILE]   (FILE: lint an existing tarball instead)
// @see docs/decisions/0006-npm-package.md
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { tarball: { type: 'string' } } });
/** The bin script of a devDependency (read from its package.json, found beside node_modules). */
const bin = (pkg, name) => {
  const dir = path.join(root, 'node_modules', pkg);
  const b = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')).bin;
  return path.join(dir, typeof b === 'string' ? b : b[name]);
};

const run = (file, args, options = {}) => {
  process.stdout.write(`$ ${[path.basename(file), ...args].join(' ')}\n`);
  const r = spawnSync(process.execPath, [file, ...args], { cwd: root, stdio: 'inherit', ...options });
  return r.status ?? 1;
};

const scratch = mkdtempSync(path.join(tmpdir(), 'qspec-lint-package-'));
let status = 0;
try {
  let tarball = values.tarball && path.resolve(values.tarball);
  if (!tarball) {
    const npm = process.env.npm_execpath;
    const packArgs = ['pack', '--pack-destination', scratch, '--silent'];
    const r = npm
      ? spawnSync(process.execPath, [npm, ...packArgs], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] })
      : spawnSync('npm', packArgs, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    if (r.status !== 0) throw new Error(`npm pack failed (exit ${r.status})`);
    const file = readdirSync(scratch).find((f) => f.endsWith('.tgz'));
    if (!file) throw new Error('npm pack wrote no tarball');
    tarball = path.join(scratch, file);
  }
  status ||= run(bin('publint', 'publint'), ['run', tarball, '--strict']);
  status ||= run(bin('@arethetypeswrong/cli', 'attw'), [tarball, '--profile', 'esm-only', '--no-emoji', '--no-color']);
} catch (e) {
  process.stderr.write(`qspec lint:package: ${e.message}\n`);
  status = 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
process.exitCode = status;
