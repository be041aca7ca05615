/**
 * `qspec validate FILE... (--endpoint ID | --schema FILE[#ROOT])`: checks saved responses
 * against the specs. Each file is streamed through the runtime XML engine (or parsed and checked
 * by ajv for JSON); every error is one line with file:line:column, the XPath or JSON pointer,
 * what was expected and what was found.
 *
 * Exit codes: 0 all valid, 1 any invalid (malformed XML, binary garbage, over a limit, an XXE or
 * entity-expansion DOCTYPE), 2 usage or I/O error (unknown endpoint, missing file).
 *
 * @see docs/conformance.md; docs/json-output.md
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { surveyBatch } from '../../conformance/validate/batch-survey.js';
import {
  BYTES_PER_THREAD,
  batchThreads,
  FILE_COST_BYTES,
  splitParts,
} from '../../conformance/validate/batch-threads.js';
import { formatValidateJson, formatValidateText } from '../../conformance/validate/format-validate-report.js';
import { cacheDirFor, codeIdentity, TargetCache, type TargetQuery } from '../../conformance/validate/target-cache.js';
import { defaultJobs, targetKeyOf, validateBatch } from '../../conformance/validate/validate-batch.js';
import type { BatchWorkers } from '../../conformance/validate/validate-parallel.js';
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH } from '../../conformance/validate/validate-payload.js';
import type { ValidationTarget } from '../../conformance/validate/validation-target.js';
import { createContext } from '../../generator/context.js';
import { TargetError, UsageError } from '../../generator/errors.js';
import type { IrDocument } from '../../generator/ir/ir-document.js';
import { fileKind } from '../../generator/load/regular-file.js';
import { WELL_FORMED_MODEL } from '../../runtime/xml/well-formed.js';
import { absolutePaths } from '../absolute-paths.js';
import type { Command, CommandIo } from '../command.js';
import { choiceOption, parseOptions, stringOption } from '../parse-options.js';
import { parseCount, parseSize } from '../parse-size.js';

export const validateCommand: Command = {
  name: 'validate',
  help: `Usage: qspec validate FILE... (--endpoint ID | --schema FILE[#ROOT] | --well-formed) [options]

Validates each FILE (a saved API response) against the response schema of an endpoint in
specs/, or against one XSD / DTD / JSON Schema file. Files are streamed: large responses are
checked in constant memory. DOCTYPE system ids are never fetched and a DOCTYPE that declares
entities (XXE, billion laughs) is rejected at once.

Options:
  --endpoint ID      endpoint id from the spec folder (e.g. vm.scan.summary.list); its 2xx schema
  --status N         validate against the endpoint's response for status N (e.g. 400, 409)
  --schema FILE[#R]  a schema file (.xsd, .dtd, .schema.json), optionally with a root element
  --well-formed      XML 1.0 well-formedness only (no schema; same entity policy)
  --specs DIR        spec folder for --endpoint (default: specs, or the qspec config's specs)
  --format F         text (default) or json (stable, documented in docs/json-output.md)
  --strict           undeclared elements in open (elided) types are errors, not drift warnings
  --max-bytes SIZE   largest file accepted (default 100M; K/M/G suffixes)
  --max-depth N      deepest element nesting accepted (default ${DEFAULT_MAX_DEPTH})
  -j, --jobs N       threads checking files (default: 1, or one per ${BYTES_PER_THREAD >> 20} MB of input when
                     larger, counting ${FILE_COST_BYTES / 1024} KB more per file, up to one per CPU core); one
                     large XML file is cut between its records, a part per thread; the report is
                     the same for any N
  --no-cache         load and compile the endpoint's schemas even if a cached copy exists
                     (kept in node_modules/.cache/qspec or $XDG_CACHE_HOME/qspec)
  -q, --quiet        print only problems and the summary
  -h, --help         show this help

Examples:
  qspec validate saved/summary.xml --endpoint vm.scan.summary.list
  qspec validate err.xml --endpoint vm.asset.group.edit --status 400
  qspec validate finding.xml --schema specs/was/schemas/finding.xsd#ServiceResponse --strict
  qspec validate out/*.json --endpoint pci.compliance.summary --format json > report.json

Only regular files are read: a FIFO, device, socket or directory is refused (exit 2).

Exit codes: 0 all valid, 1 any file invalid (or malformed, or over a limit), 2 usage or I/O
error (unknown endpoint, missing file, not a regular file, broken spec).
`,
  async run(argv, io) {
    const { values, positionals } = parseOptions('validate', argv, {
      endpoint: { type: 'string' },
      status: { type: 'string' },
      schema: { type: 'string' },
      specs: { type: 'string' },
      format: { type: 'string' },
      strict: { type: 'boolean' },
      'max-bytes': { type: 'string' },
      'max-depth': { type: 'string' },
      quiet: { type: 'boolean', short: 'q' },
      jobs: { type: 'string', short: 'j' },
      'well-formed': { type: 'boolean' },
      'no-cache': { type: 'boolean' },
    });
    const format = choiceOption('validate', values, 'format', ['text', 'json'] as const, 'text');
    const endpoint = stringOption(values, 'endpoint');
    const schemaArg = stringOption(values, 'schema');
    const wellFormed = values['well-formed'] === true;
    if ([endpoint, schemaArg, wellFormed || undefined].filter((x) => x !== undefined).length !== 1) {
      throw new UsageError(
        "qspec validate: give exactly one of --endpoint ID, --schema FILE[#ROOT] or --well-formed (see 'qspec validate --help')",
      );
    }
    if (positionals.length === 0) throw new UsageError("qspec validate: no FILE given (see 'qspec validate --help')");
    const status = stringOption(values, 'status');
    const statusCode = status === undefined ? undefined : parseCount('validate', 'status', status, 200, 100, 599);
    const options = {
      strict: values.strict === true,
      maxBytes: parseSize('validate', 'max-bytes', stringOption(values, 'max-bytes'), DEFAULT_MAX_BYTES),
      maxDepth: parseCount('validate', 'max-depth', stringOption(values, 'max-depth'), DEFAULT_MAX_DEPTH),
    };

    const jobsArg = stringOption(values, 'jobs');
    const jobs = parseCount('validate', 'jobs', jobsArg, defaultJobs(), 1, 256);

    const abs = absolutePaths(io.cwd, positionals);
    const files = positionals.map((f, i) => ({ shown: f, abs: abs[i]! }));
    const survey = surveyBatch(files);
    if ('failure' in survey) return usage(io, survey.failure);
    const { bytes } = survey;

    // Worker threads start now, so they boot while this thread loads the targets (each compiled
    // once, one per kind of file name); then the files are checked as a batch.
    const threads = batchThreads(
      { files: files.length, bytes },
      defaultJobs(),
      jobsArg === undefined ? undefined : jobs,
    );
    if (io.env.QSPEC_DEBUG) io.stderr(`qspec validate: ${files.length} files, ${bytes} bytes: ${threads} thread(s)\n`);
    // One large XML file: cut between records, a part per thread (conformance/validate/record-split.ts).
    const xmlFile = files.length === 1 && targetKeyOf(files[0]!.abs) !== 'json';
    const parts = xmlFile ? splitParts(bytes, defaultJobs(), jobsArg === undefined ? undefined : jobs) : 1;
    if (io.env.QSPEC_DEBUG && parts > 1) io.stderr(`qspec validate: one file: up to ${parts} parts\n`);
    let workers: BatchWorkers | undefined;
    if ((threads > 1 && files.length > 1) || parts > 1) {
      const { BatchWorkers } = await import('../../conformance/validate/validate-parallel.js');
      workers = new BatchWorkers(files.length > 1 ? threads - 1 : parts - 1);
    }
    try {
      const table = await batchTargets(io, files, {
        endpoint,
        statusCode,
        schemaArg,
        wellFormed,
        specs: stringOption(values, 'specs'),
        noCache: values['no-cache'] === true,
      });
      if (typeof table === 'string') return usage(io, table);
      const note = io.env.QSPEC_DEBUG ? (m: string) => io.stderr(`qspec validate: ${m}\n`) : undefined;
      const outcome = await validateBatch(files, table, options, threads, workers, note);
      if ('failure' in outcome) return usage(io, outcome.failure);
      const { results } = outcome;
      io.stdout(
        format === 'json'
          ? formatValidateJson(results, options.strict)
          : formatValidateText(results, values.quiet === true),
      );
      return results.every((r) => r.verdict.valid) ? 0 : 1;
    } finally {
      workers?.close();
    }
  },
};

interface TargetArgs {
  readonly endpoint: string | undefined;
  readonly statusCode: number | undefined;
  readonly schemaArg: string | undefined;
  readonly wellFormed: boolean;
  readonly specs: string | undefined;
  readonly noCache: boolean;
}

/** The batch's targets, one per kind of file name, or a usage message. */
async function batchTargets(
  io: CommandIo,
  files: readonly { readonly abs: string }[],
  { endpoint, statusCode, schemaArg, wellFormed, specs, noCache }: TargetArgs,
): Promise<Record<string, ValidationTarget> | string> {
  const kinds = [...new Set(files.map((f) => targetKeyOf(f.abs)))];
  const table: Record<string, ValidationTarget> = {};
  try {
    if (wellFormed) {
      const target: ValidationTarget = {
        kind: 'xml',
        label: 'XML 1.0 well-formedness',
        schemaId: WELL_FORMED_MODEL.id,
        model: WELL_FORMED_MODEL,
      };
      for (const k of kinds) table[k] = target;
    } else if (endpoint !== undefined) {
      const ctx = createContext({ cwd: io.cwd, specs });
      const query = { endpoint, status: statusCode, kinds };
      const cache = noCache ? undefined : openTargetCache(io, ctx.specsDir);
      const key = await cache?.key(query);
      const cached = key === undefined ? undefined : await cache!.read(key);
      if (cached) Object.assign(table, cached);
      else {
        Object.assign(table, await endpointTargets(ctx.specsDir, query, files[0]!.abs));
        if (key !== undefined) cache!.write(key, table);
      }
    } else {
      const [file, root] = splitRoot(schemaArg!);
      const abs = path.resolve(io.cwd, file);
      const schemaInfo = await stat(abs).catch(() => undefined);
      if (!schemaInfo) return `${file}: no such schema file`;
      if (!schemaInfo.isFile()) return `${file}: not a regular file (${fileKind(schemaInfo)})`;
      const { loadSchemaFile } = await import('../../generator/load/load-ir.js');
      const { targetForSchema } = await import('../../conformance/validate/validation-target.js');
      const schema = await loadSchemaFile(abs);
      const target = targetForSchema(schema, root, `${file}${root ? `#${root}` : ''}`);
      for (const k of kinds) table[k] = target;
    }
  } catch (e) {
    if (e instanceof TargetError) return e.message;
    throw e;
  }
  return table;
}

/**
 * The endpoint's targets, one per kind of file, loaded from the spec folder (just the endpoint's
 * spec file and schemas; the whole folder when that cannot decide). The loaders are imported
 * here, so a run answered from the target cache never loads the YAML, XSD and JSON Schema code.
 */
async function endpointTargets(
  specsDir: string,
  query: TargetQuery,
  firstFile: string,
): Promise<Record<string, ValidationTarget>> {
  const { loadEndpointIr } = await import('../../generator/load/load-endpoint-ir.js');
  const { loadIrDocument } = await import('../../generator/load/load-ir.js');
  const { targetForEndpoint } = await import('../../conformance/validate/validation-target.js');
  const doc: IrDocument = (await loadEndpointIr(specsDir, query.endpoint)) ?? (await loadIrDocument(specsDir));
  const hint = (k: string) => (k === 'json' ? 'json' : k === 'xml' ? 'xml' : undefined);
  // Unknown endpoint → exit 2 before any file is read.
  targetForEndpoint(doc, query.endpoint, query.status, hint(targetKeyOf(firstFile)));
  const out: Record<string, ValidationTarget> = {};
  for (const k of query.kinds) out[k] = targetForEndpoint(doc, query.endpoint, query.status, hint(k));
  return out;
}

/** The target cache for this run, or undefined (none usable, or qspec runs from its sources). */
function openTargetCache(io: CommandIo, specsDir: string): TargetCache | undefined {
  const dir = cacheDirFor(io.cwd, io.env, specsDir);
  const code = codeIdentity();
  return dir === undefined || code === undefined ? undefined : new TargetCache(dir, specsDir, code);
}

function usage(io: { stderr: (t: string) => void }, message: string): number {
  io.stderr(`qspec validate: ${message}\n`);
  return 2;
}

/** `schemas/x.xsd#Root` → [file, root]. */
function splitRoot(arg: string): [string, string | undefined] {
  const i = arg.lastIndexOf('#');
  return i > 0 ? [arg.slice(0, i), arg.slice(i + 1) || undefined] : [arg, undefined];
}
