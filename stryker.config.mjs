// Stryker mutation testing, one area at a time (mutation/areas.mjs); start it with
// `npm run mutation -- --area NAME`, which sets QSPEC_MUTATION_AREA. Reports and the incremental
// file go to reports/ (git-ignored): a re-run after a small change re-tests only changed mutants.
// @see docs/testing.md
import { currentArea } from './mutation/areas.mjs';

const area = currentArea();
const typecheck = process.env.QSPEC_MUTATION_TYPECHECK === '1';
// A sample run (--mutate) keeps its report and incremental file apart from the whole area's, so
// it never replaces the area's baseline (mutation/baseline.mjs); so does a part run (--part K/N),
// whose results mutation/run.mjs then merges into the baseline.
const suffix = { 1: '-sample', part: '-part' }[process.env.QSPEC_MUTATION_SAMPLE ?? '0'] ?? '';
const dir = `reports/mutation/${area.name}${suffix}`;

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'mutation/vitest.config.mjs', related: true },
  plugins: ['@stryker-mutator/vitest-runner', '@stryker-mutator/typescript-checker'],
  checkers: typecheck ? ['typescript'] : [],
  tsconfigFile: 'tsconfig.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  mutate: area.mutate,
  coverageAnalysis: 'perTest',
  concurrency: 1,
  timeoutMS: 20_000,
  incremental: true,
  incrementalFile: `${dir}/stryker-incremental.json`,
  reporters: ['html', 'json', 'clear-text', 'progress'],
  htmlReporter: { fileName: `${dir}/index.html` },
  jsonReporter: { fileName: `${dir}/mutation.json` },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
  ignorePatterns: ['dist', 'dist.*', 'bench/.data', 'coverage', '.tmp', 'reports', 'test/.tmp'],
  thresholds: { high: 90, low: 80, break: null },
};
