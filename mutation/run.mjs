#!/usr/bin/env node
// `npm run mutation -- --area NAME [--typecheck] [stryker options...]`: runs Stryker on one area
// (mutation/areas.mjs) and prints the area's score line (killed / survived / no coverage / timeout)
// from the JSON report. Options it does not know go to Stryker unchanged, e.g.
// `--mutate runtime/xml/xml-scanner.ts` for a sample or `--force` for a full re-run.
// `--list` prints the areas.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AREAS } from './areas.mjs';
import { formatScore, readScore } from './score.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
let area;
let typecheck = false;
const rest = [];
for (let i = 0; i < args.length; i++) {
  const arg = args[i];
  if (arg === '--area') area = args[++i];
  else if (arg.startsWith('--area=')) area = arg.slice('--area='.length);
  else if (arg === '--typecheck') typecheck = true;
  else if (arg === '--list') {
    for (const [name, a] of Object.entries(AREAS)) console.log(`${name.padEnd(8)} ${a.description}`);
    process.exit(0);
  } else rest.push(arg);
}
if (area === undefined || AREAS[area] === undefined) {
  console.error(`usage: npm run mutation -- --area (${Object.keys(AREAS).join('|')}) [--typecheck] [stryker options]`);
  process.exit(2);
}
const stryker = path.join(root, 'node_modules/@stryker-mutator/core/bin/stryker.js');
const run = spawnSync(process.execPath, [stryker, 'run', 'stryker.config.mjs', ...rest], {
  cwd: root,
  stdio: 'inherit',
  env: {
    // The tests run in a copy of the project (.stryker-tmp/sandbox-*): point them at the real ../shared.
    QSPEC_SHARED_DIR: path.resolve(root, '..', 'shared'),
    ...process.env,
    QSPEC_MUTATION_AREA: area,
    QSPEC_MUTATION_TYPECHECK: typecheck ? '1' : '0',
  },
});
const report = path.join(root, 'reports/mutation', area, 'mutation.json');
if (run.status === 0 && existsSync(report)) {
  console.log(formatScore(area, readScore(report)));
  console.log(`HTML report: ${path.relative(root, path.join(path.dirname(report), 'index.html'))}`);
}
process.exit(run.status ?? 1);
