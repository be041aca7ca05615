// Types of load-failure-reporter.mjs for the tests that import it.
import type { TestModule } from 'vitest/node';
export default class LoadFailureReporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void;
}
