#!/usr/bin/env node
// qspec command-line entry. Runs the compiled CLI in dist/ (plain JavaScript, built by
// `npm run build`, which `npm ci` runs) when its stamp says it was built from the sources as they
// are now; otherwise registers the tsx loader and runs generator/cli.ts, so an edited checkout
// never runs stale code. QSPEC_DEBUG=1 says which one ran and why; QSPEC_DIST=DIR uses another
// build folder (the tests build one under .tmp/).
// @see docs/decisions/0004-compiled-cli.md
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { distState } from './dist-stamp.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const debug = Boolean(process.env.QSPEC_DEBUG);
const dist = distState(root, path.resolve(process.env.QSPEC_DIST || path.join(root, 'dist')));

let main;
if (dist.fresh) {
  if (debug) {
    process.setSourceMapsEnabled(true);
    process.stderr.write(`qspec: running the compiled CLI ${path.relative(root, dist.entry)}\n`);
  }
  ({ main } = await import(pathToFileURL(dist.entry).href));
} else {
  if (debug) process.stderr.write(`qspec: ${dist.reason}; running the sources through tsx (npm run build)\n`);
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../generator/cli.ts'));
}
process.exitCode = await main(process.argv.slice(2));
