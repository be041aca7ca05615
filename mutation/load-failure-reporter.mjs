// Vitest reporter for mutation runs only (mutation/vitest.config.mjs): a test file whose modules
// fail to load collects no tests, and Stryker's vitest runner builds a mutant's result from the
// collected tests alone, so a mutant that makes a module throw while it loads (a static mutant such
// as `-(2n ** 63n)` → `+(2n ** 63n)`) was counted as Survived although every test of the file fails
// with it. This reporter gives each such file one failed test carrying the load error, so the
// mutant counts as Killed. A file that loaded is left as it is.

/** True when the suite holds at least one test, at any depth. */
function holdsTest(suite) {
  return suite.tasks.some((t) => t.type === 'test' || (t.type === 'suite' && holdsTest(t)));
}

export default class LoadFailureReporter {
  onTestRunEnd(testModules) {
    for (const module of testModules) {
      const file = module.task;
      if (file.result?.state !== 'fail' || holdsTest(file)) continue;
      file.tasks.push({
        type: 'test',
        id: `${file.id}_load`,
        name: 'the test file loads',
        mode: 'run',
        file,
        suite: file,
        meta: {},
        annotations: [],
        artifacts: [],
        timeout: 0,
        result: { state: 'fail', errors: file.result.errors ?? [], duration: 0 },
      });
    }
  }
}
