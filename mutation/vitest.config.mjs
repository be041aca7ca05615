// The vitest configuration Stryker uses: the project's settings, restricted to the test files of
// the area being mutated (mutation/areas.mjs).
import { defineConfig } from 'vitest/config';
import { currentArea } from './areas.mjs';

const area = currentArea();

export default defineConfig({
  test: {
    include: area.tests,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    reporters: ['default'],
  },
});
