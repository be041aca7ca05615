// The vitest configuration Stryker uses: the project's settings, restricted to the test files of
// the area being mutated (mutation/areas.mjs). QSPEC_MUTATION_EXCLUDE (comma-separated globs) leaves
// test files out, to measure a BEFORE score without tests that were just added. QSPEC_MUTATION_ONLY
// (comma-separated globs) runs only the test files named: for the static mutants of one file's
// tables, which otherwise run every test of the area each (minutes in the xml area); what it
// measures is a lower bound of the area's score for that file.
import { configDefaults, defineConfig } from 'vitest/config';
import { currentArea } from './areas.mjs';

const area = currentArea();
const leftOut = (process.env.QSPEC_MUTATION_EXCLUDE ?? '').split(',').filter((g) => g !== '');
const only = (process.env.QSPEC_MUTATION_ONLY ?? '').split(',').filter((g) => g !== '');

export default defineConfig({
  test: {
    include: only.length > 0 ? only : area.tests,
    exclude: [...configDefaults.exclude, ...leftOut],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // The temp-file guard of vitest.config.ts, reporting only: a mutant that drops a cleanup is
    // the mutant's doing, and a run killed for a timeout leaves its folder to the next run.
    globalSetup: ['test/support/tmp-guard.ts'],
    setupFiles: ['mutation/activate-early.mjs', 'test/support/tmp-guard-file.ts'],
    provide: { qspecTmpGuard: 'report' },
    reporters: ['default', './mutation/load-failure-reporter.mjs'],
  },
});
