/**
 * `npm run bench`: generates the inputs deterministically into bench/.data (git-ignored), proves
 * them valid with libxml2, then measures (interleaved runs, medians, same-run ratios):
 *   1. validation MB/s and peak RSS on a 100 MB XSD and a 100 MB DTD response vs native xmllint,
 *      xmllint-wasm and fast-xml-parser + ajv;
 *   2. typed records/s and RSS vs fast-xml-parser + ajv;
 *   3. `qspec generate` on specs/ and on a 10× synthetic spec set;
 *   4. `qspec conformance --mode mock` (n/a until the command exists);
 *   5. peak RSS streaming a 1 GB input (generated, streamed, deleted);
 *   6. many small files: `qspec validate` over 5,000 small responses vs one `xmllint --schema` run;
 *   7. typed records through the client alone (`--only client`): peak RSS and speed vs the naive peer;
 *   8. replay of a 10,000-entry HAR vs xmllint on the same bodies;
 *   9. typed HOST records of a 1 GB host detection output vs `xmllint --dtdvalid`.
 * Tables on stdout (or `--json`), progress on stderr. Options: see bench-options.ts.
 *
 * @see docs/performance.md (the numbers of the last full run)
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BenchUsageError, parseBenchOptions } from './bench-options.js';
import { benchInputs } from './inputs/bench-inputs.js';
import { InvalidInputError, prepareInput } from './inputs/prepare-input.js';
import { probeBenchEnv } from './lib/bench-env.js';
import { type BenchReport, type InputInfo, renderReport } from './lib/bench-report.js';
import { checkTargets } from './lib/check-targets.js';
import { measureTools, type ToolResult } from './lib/measure-tools.js';
import { runBatchSuite } from './suites/batch-suite.js';
import { runBigInputSuite } from './suites/big-input-suite.js';
import { runConformanceSuite } from './suites/conformance-suite.js';
import { runDetectionSuite } from './suites/detection-suite.js';
import { GEN_1X, runGenerateSuite } from './suites/generate-suite.js';
import { runReplaySuite } from './suites/replay-suite.js';
import { NAIVE, NATIVE, recordTools, validateTools } from './suites/xml-tools.js';

const repoRoot = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const t0 = Date.now();
const progress = (m: string) =>
  process.stderr.write(`[bench ${((Date.now() - t0) / 1000).toFixed(0).padStart(4)}s] ${m}\n`);

async function main(argv: string[]): Promise<number> {
  const options = parseBenchOptions(argv);
  progress(
    `${options.quick ? 'quick' : 'full'} run, ${options.runs} runs per tool, suites: ${[...options.only].join(', ')}`,
  );
  const env = await probeBenchEnv(repoRoot, benchInputs);
  const notes: string[] = [];
  if (!env.xmllint) notes.push('xmllint (libxml2-utils) not found: native rows skipped and inputs NOT verified.');
  if (!env.gnuTime) notes.push('GNU time (/usr/bin/time) not found: peak RSS not measured (apt-get install time).');
  if (!env.cli.validate) {
    notes.push(
      "'qspec validate' is not registered in the CLI yet: qspec rows run the runtime engine (runtime/xml) with the generated model, bundled to plain node.",
    );
  }
  const inputs: InputInfo[] = [];
  const validate: Record<string, ToolResult[]> = {};
  const records: Record<string, ToolResult[]> = {};
  const client: Record<string, ToolResult[]> = {};
  const clientOnly = options.only.has('client') && !options.only.has('records');

  if (options.only.has('validate') || options.only.has('records') || clientOnly) {
    for (const input of benchInputs) {
      const written = prepareInput(
        input,
        options.inputBytes,
        env.dataDir,
        repoRoot,
        env.xmllint !== undefined,
        progress,
      );
      inputs.push({
        key: input.key,
        label: input.label,
        bytes: written.bytes,
        records: written.records,
        verified: written.verified,
      });
      try {
        if (options.only.has('validate')) {
          progress(`validate: ${input.label}`);
          validate[input.key] = await measureTools(
            validateTools(input, written.file, env),
            options.runs,
            NATIVE,
            repoRoot,
            progress,
          );
        }
        if (options.only.has('records')) {
          progress(`typed records: ${input.label}`);
          records[input.key] = await measureTools(
            recordTools(input, written.file, env),
            options.runs,
            NAIVE,
            repoRoot,
            progress,
          );
        } else if (clientOnly) {
          progress(`typed records through the client: ${input.label}`);
          client[input.key] = await measureTools(
            recordTools(input, written.file, env).filter((t) => t.name.startsWith('qspec client') || t.name === NAIVE),
            options.runs,
            NAIVE,
            repoRoot,
            progress,
          );
        }
      } finally {
        if (!options.keep) rmSync(written.file, { force: true });
      }
    }
  }
  const generate = options.only.has('generate') ? await runGenerateSuite(env, options.runs, progress) : undefined;
  const conformance = options.only.has('conformance')
    ? await runConformanceSuite(env, options.runs, progress)
    : undefined;
  const big = options.only.has('big')
    ? await runBigInputSuite(env, benchInputs[0]!, options.bigBytes, progress)
    : undefined;

  const batch = options.only.has('batch')
    ? await runBatchSuite(env, options.batchFiles, options.runs, progress)
    : undefined;
  const replay = options.only.has('replay')
    ? await runReplaySuite(env, options.replayEntries, options.runs, progress)
    : undefined;
  const detection = options.only.has('detection')
    ? await runDetectionSuite(env, options.bigBytes, 1, progress)
    : undefined;

  const partial: Omit<BenchReport, 'targets'> = {
    date: new Date().toISOString().slice(0, 10),
    machine: { ...env.machine, libxml2: env.xmllint ?? 'absent', gnuTime: env.gnuTime },
    options: { runs: options.runs, quick: options.quick, inputBytes: options.inputBytes, bigBytes: options.bigBytes },
    inputs,
    validate,
    records,
    ...(clientOnly ? { client } : {}),
    ...(batch ? { batch } : {}),
    ...(replay ? { replay } : {}),
    ...(detection ? { detection } : {}),
    ...(generate
      ? {
          generate: {
            tools: generate.tools,
            factor: generate.factor,
            growth: generate.growth,
            growthNet: generate.growthNet,
            synthetic: generate.synthetic,
          },
        }
      : {}),
    ...(conformance ? { conformance } : {}),
    ...(big ? { big } : {}),
    notes,
  };
  const report: BenchReport = { ...partial, targets: checkTargets(partial, GEN_1X) };
  process.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : renderReport(report));
  if (!options.keep) rmSync(env.dataDir, { recursive: true, force: true });
  progress(options.keep ? `done; inputs kept in ${env.dataDir}` : 'done');
  const wrong = [
    ...Object.values(validate),
    ...Object.values(records),
    ...Object.values(client),
    generate?.tools ?? [],
    big?.tools ?? [],
    batch?.tools ?? [],
    replay?.tools ?? [],
    detection?.tools ?? [],
  ]
    .flat()
    .filter((r) => !r.ok);
  return wrong.length ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    if (e instanceof BenchUsageError || e instanceof InvalidInputError) {
      process.stderr.write(`bench: ${e.message}\n`);
      process.exitCode = 2;
      return;
    }
    throw e;
  },
);
