// The vitest configuration Stryker uses: the project's settings, restricted to the test files of
// the area being mutated (mutation/areas.mjs). QSPEC_MUTATION_EXCLUDE (comma-separated globs) leaves
// test files out, to measure a BEFORE score without tests that were just added.
import { configDefaults, defineConfig } from 'vitest/config';
import { currentArea } from './areas.mjs';

const area = currentArea();
const leftOut = (process.env.QSPEC_MUTATION_EXCLUDE ?? '').split(',').filter((g) => g !== '');

export default defineConfig({
  test: {
    include: area.tests,
    exclude: [...configDefaults.exclude, ...leftOut],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    reporters: ['default'],
  },
});
