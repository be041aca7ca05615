#!/usr/bin/env node
// qspec command-line entry. Runs the compiled CLI in dist/ (plain JavaScript, built by
// `npm run build`, which `npm ci` runs) when its stamp says it was built from the sources as they
// are now; otherwise registers the tsx loader and runs cli/main.ts, so an edited checkout
// never runs stale code. QSPEC_DEBUG=1 says which one ran and why; QSPEC_DIST=DIR uses another
// build folder (the tests build one under .tmp/). Installed from the npm package there are no
// sources (no cli/main.ts) to compare the stamp with: dist/ is then run as it is.
// @see docs/decisions/0004-compiled-cli.md; docs/decisions/0006-npm-package.md
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import { distState } from './dist-stamp.js';
import { stopWhenOrphaned } from './orphan-guard.js';

// `qspec validate` streams: a young generation that never grows keeps its peak RSS flat (about
// 63 MB on 100 MB and 1 GB inputs, against 75-93 MB with V8's default growth) at no measured cost
// in speed (docs/performance.md). V8 reads this flag whenever it would grow new space, so it takes
// effect even now, after start-up (unlike --max-semi-space-size). Flags given by the user win.
if (
  process.argv[2] === 'validate' &&
  !/semi-space/.test(process.env.NODE_OPTIONS ?? '') &&
  !process.execArgv.some((a) => a.includes('semi-space'))
)
  v8.setFlagsFromString('--semi-space-growth-factor=1');

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const debug = Boolean(process.env.QSPEC_DEBUG);
const distDir = path.resolve(process.env.QSPEC_DIST || path.join(root, 'dist'));
const installed = !existsSync(path.join(root, 'cli', 'main.ts'));
const dist = installed ? { fresh: true, entry: path.join(distDir, 'cli.js') } : distState(root, distDir);

let main;
if (dist.fresh) {
  if (debug) {
    process.setSourceMapsEnabled(true);
    const how = installed ? 'the installed package' : 'the compiled CLI';
    process.stderr.write(`qspec: running ${how} ${path.relative(root, dist.entry)}\n`);
  }
  ({ main } = await import(pathToFileURL(dist.entry).href));
} else {
  if (debug) process.stderr.write(`qspec: ${dist.reason}; running the sources through tsx (npm run build)\n`);
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../cli/main.ts'));
}
stopWhenOrphaned(process.env);
// A reader that goes away early (`qspec validate *.xml | head`) ends qspec as it ends any Unix
// tool: at once and quietly, with the status a shell reports for SIGPIPE (128 + 13), not a stack
// trace for the EPIPE that Node raises instead. Any other stream error is still thrown.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e) => {
    if (e.code === 'EPIPE') process.exit(141);
    throw e;
  });
}
process.exitCode = await main(process.argv.slice(2));
