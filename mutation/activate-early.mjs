// Vitest setupFiles entry for mutation runs only (mutation/vitest.config.mjs): activates Stryker's
// mutant before the test file imports the code under test, whatever activation mode Stryker chose.
// Stryker 9.6.1 asks for "runtime" activation whenever a mutant runs with a test filter
// (core's mutant-test-planner: `mutantActivation: testFilter ? 'runtime' : 'static'`), and its
// vitest runner performs that in a beforeAll hook, after the modules were loaded unmutated. A
// hybrid mutant (code run both while a module loads and inside tests) under `--ignoreStatic` is
// such a case: its load-time half was never active, so it could survive tests that kill it when
// applied by hand (stryker-js issues 6144 and 6209). Activating early is harmless for the other
// mutants: each test file loads its modules afresh (vitest isolates files), and a mutant whose code
// does not run at load time behaves the same whenever it is activated. Stryker's own setup file
// runs before this one and resets the hit count in its beforeAll, after the load.
import { inject } from 'vitest';

if (inject('mode') === 'mutant') {
  const name = inject('globalNamespace');
  const ns = globalThis[name] ?? (globalThis[name] = {});
  ns.activeMutant = inject('activeMutant');
}
