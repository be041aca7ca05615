// Mutation-testing areas: which production files each area mutates and which test files judge the
// mutants. One area is run at a time (`npm run mutation -- --area NAME`), so a run stays within
// minutes; the tests listed here are the ones that exercise the area directly (unit, property and
// oracle tests), not the end-to-end suites that start CLI processes, which never see a mutant.
// @see docs/testing.md
export const AREAS = {
  xml: {
    description: 'runtime XML engine: scanner, validator, automata, simple types',
    mutate: ['runtime/xml/**/*.ts'],
    tests: ['test/unit/runtime/xml/**/*.test.ts', 'test/unit/parse/xml/**/*.test.ts'],
  },
  client: {
    description: 'runtime client: auth, redaction, paging, retries, errors',
    mutate: ['runtime/client/**/*.ts'],
    tests: ['test/unit/runtime/client/**/*.test.ts'],
  },
  redaction: {
    description: 'client redaction only (a fast subset of client): redactor and secret matcher',
    // Its files are client files: without a run of its own, `--scores` reads them from the client
    // area's baseline (measured with every client test, so at least this area's score).
    within: 'client',
    mutate: ['runtime/client/redact.ts', 'runtime/client/secret-match.ts'],
    // Its own unit tests and the hostile-echo tests; the rest of the client's tests also reach
    // the redactor, so the client area's score for these files is at least this one.
    tests: ['test/unit/runtime/client/redact*.test.ts', 'test/unit/runtime/client/client-hostile-secrets.test.ts'],
  },
  limits: {
    description: 'client paging stops and response limits only (a fast subset of client)',
    within: 'client',
    mutate: [
      'runtime/client/paging-strategy.ts',
      'runtime/client/paginate.ts',
      'runtime/client/body-read.ts',
      'runtime/client/jwt-token-source.ts',
    ],
    // The in-memory unit tests of these files and the HTTP paging and /auth tests; the client
    // area's other tests (bodies, streaming) also reach them, so its score is at least this one.
    tests: [
      'test/unit/runtime/client/paging-strategy.test.ts',
      'test/unit/runtime/client/paginate.test.ts',
      'test/unit/runtime/client/body-limits.test.ts',
      'test/unit/runtime/client/jwt-token-source.test.ts',
      'test/unit/runtime/client/client-core-paging.test.ts',
      'test/unit/runtime/client/client-hostile-paging.test.ts',
      'test/unit/runtime/client/client-hostile-auth.test.ts',
    ],
  },
  split: {
    description:
      'qspec validate: one large file cut between records (plan, parts, verdict), thread counts, the stat pass, reading a batch, file arguments and options',
    mutate: [
      'conformance/validate/record-split.ts',
      'conformance/validate/record-split-plan.ts',
      'conformance/validate/record-split-segment.ts',
      'conformance/validate/batch-threads.ts',
      'conformance/validate/batch-survey.ts',
      'conformance/validate/validate-file-whole.ts',
      'conformance/validate/validate-range.ts',
      'cli/absolute-paths.ts',
      'cli/parse-options.ts',
    ],
    // The parts other than the first run in worker threads, which never see the active mutant;
    // checkSegment is also tested in this thread (record-split.test.ts) for that reason.
    tests: [
      'test/unit/conformance/validate/record-split.test.ts',
      'test/unit/conformance/validate/batch-threads.test.ts',
      'test/unit/conformance/validate/batch-survey.test.ts',
      'test/unit/conformance/validate/validate-batch.test.ts',
      'test/unit/conformance/validate/validate-file-whole.test.ts',
      'test/unit/conformance/validate/validate-range.test.ts',
      'test/unit/cli/absolute-paths.test.ts',
      'test/unit/cli/parse-options.test.ts',
    ],
  },
  formats: {
    description: 'JSON Schema format checks of the generated validators, and the pass refusing other formats',
    mutate: ['runtime/json-formats.ts', 'generator/passes/check-json-formats.ts'],
    tests: ['test/unit/runtime/json-formats.test.ts', 'test/unit/generate/json-formats-generate.test.ts'],
  },
  diff: {
    description: 'spec diff: rules, endpoint and schema comparison, facet comparison',
    mutate: ['generator/diff/**/*.ts'],
    tests: ['test/unit/diff/**/*.test.ts'],
  },
  notes: {
    description: 'release-notes check',
    mutate: ['generator/notes/**/*.ts'],
    tests: ['test/unit/notes/**/*.test.ts'],
  },
  parse: {
    description: 'front ends: XSD, DTD, JSON Schema, spec files, XML trees, input limits',
    mutate: ['generator/parse/**/*.ts'],
    tests: ['test/unit/parse/**/*.test.ts'],
  },
  mock: {
    description: 'conformance mock server',
    mutate: ['conformance/mock/**/*.ts'],
    // The mock's end-to-end tests start it in this process (startMockServer) and talk HTTP to
    // it, so they do see its mutants; the load and resilience tests (1,000 clients, timeouts) are
    // left out: minutes per mutant.
    tests: [
      'test/unit/conformance/mock/**/*.test.ts',
      'test/e2e/mock-client-paging.test.ts',
      'test/e2e/mock-contract.test.ts',
      'test/e2e/mock-hostile-input.test.ts',
      'test/e2e/mock-proxy.test.ts',
      'test/unit/specs/client-surface.test.ts',
    ],
  },
};

/** The area named by the environment (set by mutation/run.mjs), or a clear error. */
export function currentArea() {
  const name = process.env.QSPEC_MUTATION_AREA;
  const area = name === undefined ? undefined : AREAS[name];
  if (area === undefined) {
    throw new Error(
      `QSPEC_MUTATION_AREA must name an area (${Object.keys(AREAS).join(', ')}); run: npm run mutation -- --area NAME`,
    );
  }
  return { name, ...area };
}
