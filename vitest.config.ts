import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Temp files a test leaves behind fail the run, listed by test file (docs/testing.md).
    globalSetup: ['./test/support/tmp-guard.ts'],
    setupFiles: ['./test/support/tmp-guard-file.ts'],
    reporters: ['default', './test/support/skip-notes-reporter.ts'],
  },
});
