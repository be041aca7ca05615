/**
 * `qspec conformance [--mode mock|replay|live|record]`: the CI gate. Runs cases (spec examples
 * through the typed client against the mock; recorded HAR / VCR entries; live calls) and checks
 * status, content type, well-formedness, schema validity, DOCTYPE/schemaLocation, drift and
 * paging. Reports as text (progress on a TTY + summary table), JSON or JUnit XML. Cases are
 * skipped only through conformance/known-failures.yaml, each with a reason.
 *
 * @see docs/conformance.md
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_MAX_ENTRY_BYTES, DEFAULT_MAX_TOTAL_BYTES } from '../../conformance/recordings/recording-limits.js';
import { formatHtmlReport } from '../../conformance/reporters/html-reporter.js';
import { formatJsonReport } from '../../conformance/reporters/json-reporter.js';
import { formatJunitReport } from '../../conformance/reporters/junit-reporter.js';
import { formatTextReport, progressLine } from '../../conformance/reporters/text-reporter.js';
import { loadIrCached } from '../../conformance/runner/cached-ir.js';
import { type CaseResult, countOutcomes, type RunSummary } from '../../conformance/runner/case-result.js';
import { loadKnownFailures } from '../../conformance/runner/known-failures.js';
import { runLiveConformance } from '../../conformance/runner/run-live.js';
import { runMockConformance } from '../../conformance/runner/run-mock.js';
import { runReplayConformance } from '../../conformance/runner/run-replay.js';
import { DEFAULT_MAX_BYTES } from '../../conformance/validate/validate-payload.js';
import { createContext, REPO_ROOT } from '../../generator/context.js';
import { UsageError } from '../../generator/errors.js';
import { loadIrDocument } from '../../generator/load/load-ir.js';
import type { AuthConfig } from '../../runtime/client/auth-provider.js';
import type { Command, CommandIo } from '../command.js';
import { choiceOption, parseOptions, stringOption, stringsOption } from '../parse-options.js';
import { parseSize } from '../parse-size.js';
import { shownPath } from '../shown-path.js';

const DEFAULT_KNOWN_FAILURES = path.join(REPO_ROOT, 'conformance', 'known-failures.yaml');

export const conformanceCommand: Command = {
  name: 'conformance',
  help: `Usage: qspec conformance [--mode mock|replay|live|record] [options] [HAR...]

Runs every endpoint's cases and checks status, content type, well-formedness, schema validity,
DOCTYPE / schemaLocation, undeclared elements (drift) and paging invariants.

Modes:
  mock     (default) start the mock server on a free 127.0.0.1 port, run every example of every
           endpoint in the spec folder through the typed client, plus a schema-generated sample where an
           endpoint has no example and a two-page run for paged endpoints; stop the server
  replay   match each entry of the recordings given (HAR files, VCR cassettes *.yml/*.yaml, or
           folders of them; at least one) to an endpoint and validate
           the recorded response; unmatched entries are 'unspecified'
  live     call a real Qualys platform (read-only endpoints unless --allow-writes); credentials
           from QUALYS_USERNAME / QUALYS_PASSWORD or ~/.netrc
  record   live, and save the exchanges as HAR (--har-out FILE) with credentials redacted

Options:
  --mode M               mock | replay | live | record
  --endpoint ID          only this endpoint (repeatable)
  --reporter R           text (default) | json | junit | html (one self-contained page, no
                         script; names and messages escaped, credentials redacted)
  --output FILE          write the report to FILE instead of stdout
  --specs DIR            spec folder (default: specs)
  --known-failures FILE  skip list with reasons (default: conformance/known-failures.yaml)
  --strict               undeclared elements (drift) fail the case
  --max-bytes SIZE       largest response checked (default 100M)
  --seed N               seed of schema-generated mock bodies (default 1)
  --platform ID          live/record: platform from the spec folder's platforms.yaml (US1, EU2...)
  --base-url URL         live/record: API server URL (overrides --platform)
  --allow-writes         live/record: also run endpoints that change state
  --har-out FILE         record: where to write the HAR (default: qspec-recording.har)
  --max-recording-bytes SIZE  replay: largest recording read (default 128M for HAR, 16M for
                         a YAML cassette, whose parse takes about 30x its size in memory)
  --max-entry-bytes SIZE replay: largest decoded (base64, gzip...) body of one entry (default 64M)
  --max-total-bytes SIZE replay: largest sum of decoded bodies in one run (default 1G)
  --no-cache             replay: load the spec folder even if a cached copy of it exists
                         (kept in node_modules/.cache/qspec or $XDG_CACHE_HOME/qspec)
  -v, --verbose          list passing cases too
  -h, --help             show this help

Examples:
  qspec conformance                                   # mock mode over every endpoint
  qspec conformance --reporter junit --output reports/conformance.xml
  qspec conformance --reporter html --output reports/conformance.html
  qspec conformance --mode replay recordings/
  qspec conformance --mode replay cassettes/scans.yml --max-entry-bytes 200M
  QUALYS_USERNAME=me QUALYS_PASSWORD=... qspec conformance --mode live --platform US2
  qspec conformance --mode record --platform US2 --endpoint vm.scan.summary.list --har-out run.har

Replay reads only regular files; a recording that cannot be read (not HAR/VCR, over a limit, a
YAML alias bomb) and an entry whose body is over a limit are failing cases that say so.
Credentials in recordings (Authorization, cookies, password fields, user:password in URLs,
JWTs) never appear in reports.

--specs, --reporter, --output and --known-failures default to the qspec config file's specs,
conformance.reporter, conformance.output and conformance.knownFailures ('qspec config').

Exit codes: 0 every case passed (or is a known failure), 1 a case failed, 2 usage or input error.
`,
  async run(argv, io) {
    const { values, positionals } = parseOptions('conformance', argv, {
      mode: { type: 'string' },
      endpoint: { type: 'string', multiple: true },
      reporter: { type: 'string' },
      output: { type: 'string' },
      specs: { type: 'string' },
      'known-failures': { type: 'string' },
      strict: { type: 'boolean' },
      'max-bytes': { type: 'string' },
      seed: { type: 'string' },
      platform: { type: 'string' },
      'base-url': { type: 'string' },
      'allow-writes': { type: 'boolean' },
      'har-out': { type: 'string' },
      'max-recording-bytes': { type: 'string' },
      'max-entry-bytes': { type: 'string' },
      'max-total-bytes': { type: 'string' },
      'no-cache': { type: 'boolean' },
      verbose: { type: 'boolean', short: 'v' },
    });
    const mode = choiceOption('conformance', values, 'mode', ['mock', 'replay', 'live', 'record'] as const, 'mock');
    const reporter = choiceOption(
      'conformance',
      values,
      'reporter',
      ['text', 'json', 'junit', 'html'] as const,
      'text',
    );
    if (mode !== 'replay' && positionals.length > 0) {
      throw new UsageError(
        `qspec conformance: unexpected argument '${positionals[0]}' (recordings are for --mode replay)`,
      );
    }
    const ctx = createContext({ cwd: io.cwd, specs: stringOption(values, 'specs') });
    const kfArg = stringOption(values, 'known-failures');
    const kfFile = kfArg ? path.resolve(io.cwd, kfArg) : DEFAULT_KNOWN_FAILURES;
    if (kfArg && !existsSync(kfFile)) throw new UsageError(`qspec conformance: ${kfArg}: no such known-failures file`);
    const knownFailures = await loadKnownFailures(kfFile);
    const seedArg = stringOption(values, 'seed');
    if (seedArg !== undefined && !/^\d+$/.test(seedArg))
      throw new UsageError(`qspec conformance: --seed must be a non-negative integer (got '${seedArg}')`);
    // Replay routes every entry, so it needs the whole folder: loaded through the cache.
    const doc =
      mode === 'replay'
        ? await loadIrCached(ctx.specsDir, { cwd: io.cwd, env: io.env, useCache: values['no-cache'] !== true })
        : await loadIrDocument(ctx.specsDir);
    const endpoints = stringsOption(values, 'endpoint');
    for (const id of endpoints) {
      if (!doc.endpoints.some((e) => e.id === id)) {
        throw new UsageError(
          `qspec conformance: unknown endpoint '${id}' (${doc.endpoints.length} endpoints in ${shownPath(io.cwd, ctx.specsDir)}/)`,
        );
      }
    }
    const progress = io.isTty && reporter === 'text' && !stringOption(values, 'output');
    const onCase = (r: CaseResult, done: number, total: number | undefined) => {
      if (progress) io.stderr(progressLine(done, total, r));
    };
    const common = {
      strict: values.strict === true,
      maxBytes: parseSize('conformance', 'max-bytes', stringOption(values, 'max-bytes'), DEFAULT_MAX_BYTES),
      knownFailures,
      endpoints,
      onCase,
    };
    let summary: RunSummary;
    let har: string | undefined;
    let secrets: string[] = [];
    if (mode === 'mock') {
      summary = await runMockConformance(doc, {
        ...common,
        specsDir: ctx.specsDir,
        ...(seedArg ? { seed: Number(seedArg) } : {}),
      });
    } else if (mode === 'replay') {
      if (positionals.length === 0)
        throw new UsageError(
          'qspec conformance --mode replay: name the recordings to replay (HAR or VCR files, or folders of them)',
        );
      const inputs = positionals.map((p) => path.resolve(io.cwd, p));
      for (const [i, input] of inputs.entries()) {
        if (!existsSync(input))
          throw new UsageError(`qspec conformance: ${positionals[i] ?? input}: no such recording file or folder`);
      }
      const recordingArg = stringOption(values, 'max-recording-bytes');
      const limits = {
        ...(recordingArg !== undefined
          ? { maxRecordingBytes: parseSize('conformance', 'max-recording-bytes', recordingArg, 0) }
          : {}),
        maxEntryBytes: parseSize(
          'conformance',
          'max-entry-bytes',
          stringOption(values, 'max-entry-bytes'),
          DEFAULT_MAX_ENTRY_BYTES,
        ),
        maxTotalBytes: parseSize(
          'conformance',
          'max-total-bytes',
          stringOption(values, 'max-total-bytes'),
          DEFAULT_MAX_TOTAL_BYTES,
        ),
      };
      summary = await runReplayConformance(doc, { ...common, inputs, limits });
    } else {
      const auth = liveAuth(io);
      if (auth.kind === 'basic') secrets = [auth.password, `${auth.username}:${auth.password}`];
      const platform = stringOption(values, 'platform');
      const baseUrl = stringOption(values, 'base-url');
      if (!platform && !baseUrl)
        throw new UsageError(`qspec conformance: --mode ${mode} needs --platform ID or --base-url URL`);
      const run = await runLiveConformance(doc, {
        ...common,
        auth,
        allowWrites: values['allow-writes'] === true,
        record: mode === 'record',
        ...(platform ? { platform } : {}),
        ...(baseUrl ? { baseUrl } : {}),
      });
      summary = run;
      har = run.har;
    }
    if (progress) io.stderr('\r\u001b[K');
    const report =
      reporter === 'json'
        ? formatJsonReport(summary)
        : reporter === 'junit'
          ? formatJunitReport(summary)
          : reporter === 'html'
            ? formatHtmlReport(summary, { secrets, generatedAt: new Date() })
            : formatTextReport(summary, { color: io.isTty && !io.env.NO_COLOR, verbose: values.verbose === true });
    const output = stringOption(values, 'output');
    if (output) {
      const file = path.resolve(io.cwd, output);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, report);
      const n = countOutcomes(summary.cases);
      io.stdout(
        `${summary.mode}: ${summary.cases.length} cases, ${n.pass} passed, ${n.fail} failed, ${n.skip} skipped; ${reporter} report in ${output}\n`,
      );
    } else io.stdout(report);
    if (har !== undefined) {
      const harFile = path.resolve(io.cwd, stringOption(values, 'har-out') ?? 'qspec-recording.har');
      await writeFile(harFile, har);
      io.stderr(`recorded ${path.relative(io.cwd, harFile)} (credentials and tokens redacted)\n`);
    }
    return countOutcomes(summary.cases).fail > 0 ? 1 : 0;
  },
};

function liveAuth(io: CommandIo): AuthConfig {
  const username = io.env.QUALYS_USERNAME;
  const password = io.env.QUALYS_PASSWORD;
  if (username && password) return { kind: 'basic', username, password };
  return { kind: 'netrc' };
}
