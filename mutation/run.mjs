#!/usr/bin/env node
// `npm run mutation -- --area NAME [--typecheck] [stryker options...]`: runs Stryker on one area
// (mutation/areas.mjs) and prints the area's score line (killed / survived / no coverage / timeout)
// from the JSON report. Options it does not know go to Stryker unchanged, e.g.
// `--mutate runtime/xml/xml-scanner.ts` for a sample or `--force` for a full re-run.
// `--list` prints the areas; `--scores` the committed whole-area scores (mutation/baseline/).
// A whole-area run (no --mutate) stores its incremental file as the area's committed baseline
// (mutation/baseline.mjs); a fresh clone starts from it. `--part K/N` measures the K-th of N
// parts of the area (its files split by a hash of their paths) and merges the result into that
// baseline (`--missing`: the files the baseline does not hold yet; `--files A,B`: the files named,
// e.g. with `--force` after adding tests for one file's static mutants), so an
// area too large for one sitting is measured over several; `--scores` says how much is measured.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { areaFiles, filesWithCode, namedFiles, parsePart, splitIntoParts } from './area-files.mjs';
import { AREAS } from './areas.mjs';
import {
  dropTimeouts,
  incrementalFile,
  preparePartRun,
  readBaseline,
  readBaselineScores,
  restoreBaseline,
  saveBaseline,
  savePartIntoBaseline,
  subsetFromParent,
} from './baseline.mjs';
import { formatScore, readScore, score } from './score.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
let area;
let typecheck = false;
let part;
let missing = false;
let retestTimeouts = false;
let named;
const rest = [];
for (let i = 0; i < args.length; i++) {
  const arg = args[i];
  if (arg === '--area') area = args[++i];
  else if (arg.startsWith('--area=')) area = arg.slice('--area='.length);
  else if (arg === '--help' || arg === '-h') {
    console.log(`usage: npm run mutation -- --area NAME [options] [stryker options]

  --area NAME     the area to mutate (--list prints them)
  --part K/N      only the K-th of N parts of the area's files, merged into its baseline
  --missing       only the area's files its baseline does not hold yet, merged into it
  --files A,B     only the files named (paths as in the report), merged into its baseline
  --mutate FILES  a sample (files or file:lines); never touches the baseline
  --typecheck     also drop mutants that do not type-check (slower)
  --force         test every mutant, ignoring the incremental results
  --ignoreStatic  do not run static mutants (each runs every test of the area); with --part,
                  --missing or --files they keep the baseline's result for unchanged files
  --retest-timeouts  test the mutants the baseline holds as Timeout again (a timeout measured on
                  a loaded machine may hide a survivor)
  --concurrency N test-runner processes (default 1; 2 when nothing else runs)
  --list          the areas
  --scores        the committed scores per area (PARTIAL while parts are missing)

Reports: reports/mutation/AREA[-part|-sample]/index.html. See docs/testing.md.`);
    process.exit(0);
  } else if (arg === '--typecheck') typecheck = true;
  else if (arg === '--retest-timeouts') retestTimeouts = true;
  else if (arg === '--missing') missing = true;
  else if (arg === '--files') named = args[++i] ?? '';
  else if (arg.startsWith('--files=')) named = arg.slice('--files='.length);
  else if (arg === '--part' || arg.startsWith('--part=')) {
    const text = arg === '--part' ? args[++i] : arg.slice('--part='.length);
    part = parsePart(text);
    if (part === undefined) {
      console.error(`mutation: --part wants K/N with 1 <= K <= N <= 64, not ${text}`);
      process.exit(2);
    }
  }
  else if (arg === '--list') {
    for (const [name, a] of Object.entries(AREAS)) console.log(`${name.padEnd(8)} ${a.description}`);
    process.exit(0);
  } else if (arg === '--scores') {
    const scores = readBaselineScores(root);
    for (const name of Object.keys(AREAS)) {
      const c = scores[name];
      const within = AREAS[name].within;
      const fromParent =
        c === undefined && within !== undefined
          ? subsetFromParent(root, within, areaFiles(root, AREAS[name]))
          : undefined;
      const counts = (t) =>
        `${score(t).toFixed(1).padStart(5)}%  killed ${t.Killed}, survived ${t.Survived}, ` +
        `no coverage ${t.NoCoverage}, timeout ${t.Timeout}`;
      console.log(
        c !== undefined
          ? `${name.padEnd(10)} ${counts(c)}  (${c.date}, ${c.commit})` +
              (c.partial ? `  PARTIAL: ${c.partial.files} of ${c.partial.of} files measured` : '')
          : fromParent !== undefined
            ? `${name.padEnd(10)} ${counts(fromParent.total)}  (its ${fromParent.held} files in the ${within} baseline, ` +
              `${scores[within]?.date}, ${scores[within]?.commit})`
            : `${name.padEnd(10)} no whole-area run committed`,
      );
    }
    process.exit(0);
  } else rest.push(arg);
}
if (area === undefined || AREAS[area] === undefined) {
  console.error(`usage: npm run mutation -- --area (${Object.keys(AREAS).join('|')}) [options]  (--help lists them)`);
  process.exit(2);
}
const sample = rest.some((a) => a === '--mutate' || a === '-m' || a.startsWith('--mutate='));
const partRun = part !== undefined || missing || named !== undefined;
const choosers = [part !== undefined, missing, named !== undefined, sample].filter(Boolean).length;
if (choosers > 1) {
  console.error('mutation: --part, --missing, --files and --mutate do not go together (each chooses the files)');
  process.exit(2);
}
const whole = !sample && !partRun;
// Files of types only have no mutants: they are not part of what is measured.
const files = filesWithCode(root, areaFiles(root, AREAS[area]));
const partDir = path.join(root, 'reports/mutation', `${area}-part`);
let partFiles;
if (partRun) {
  const base = readBaseline(root, area);
  const byName = named === undefined ? undefined : namedFiles(files, named);
  if (byName?.error !== undefined) {
    console.error(`mutation: ${byName.error}`);
    process.exit(2);
  }
  const chosen =
    byName !== undefined
      ? byName.files
      : part !== undefined
        ? splitIntoParts(files, part.n)[part.k - 1]
        : files.filter((f) => !base?.files[f]);
  const what =
    byName !== undefined ? 'the files named' : part !== undefined ? `part ${part.k}/${part.n}` : 'the files its baseline lacks';
  console.log(`mutation: ${what} of ${area}: ${chosen.length} of ${files.length} files`);
  if (chosen.length === 0) {
    console.log('mutation: nothing to run');
    process.exit(0);
  }
  preparePartRun(partDir, base);
  partFiles = chosen;
  rest.push('--mutate', chosen.join(','));
}
if (whole && restoreBaseline(root, area)) console.log(`mutation: starting from the committed baseline mutation/baseline/${area}.json.gz`);
if (retestTimeouts && !sample) {
  const dropped = partRun
    ? dropTimeouts(path.join(partDir, 'stryker-incremental.json'), partFiles)
    : dropTimeouts(incrementalFile(root, area));
  console.log(`mutation: ${dropped} timeouts of the baseline are tested again`);
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
    QSPEC_MUTATION_SAMPLE: whole ? '0' : partRun ? 'part' : '1',
  },
});
const report = path.join(root, 'reports/mutation', `${area}${whole ? '' : partRun ? '-part' : '-sample'}`, 'mutation.json');
if (run.status === 0 && existsSync(report)) {
  const result = readScore(report);
  console.log(formatScore(area, result));
  if (whole) {
    saveBaseline(root, area, result.total, gitHead());
    console.log(`baseline updated: mutation/baseline/${area}.json.gz (commit it with the tests it measured)`);
  }
  if (partRun) {
    const merged = savePartIntoBaseline(root, area, partDir, files, gitHead());
    console.log(formatScore(`${area} (baseline after merging)`, merged));
    if (merged.carried > 0)
      console.log(`baseline: ${merged.carried} static mutants not run (--ignoreStatic) keep the baseline's earlier result`);
    console.log(
      merged.partial
        ? `baseline: ${merged.partial.files} of ${merged.partial.of} files of ${area} measured; run the other parts or --missing`
        : `baseline: every file of ${area} measured; a whole-area run now re-tests only what changed since`,
    );
  }
  console.log(`HTML report: ${path.relative(root, path.join(path.dirname(report), 'index.html'))}`);
}
process.exit(run.status ?? 1);

function gitHead() {
  const head = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' });
  return head.status === 0 ? head.stdout.trim() : 'unknown';
}
