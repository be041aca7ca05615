/**
 * `qspec mock [--port N] [--host 127.0.0.1]`: serves every endpoint in specs/ from a real HTTP
 * server (a seeded dataset per resource, see conformance/mock/dataset/) until SIGINT/SIGTERM, then shuts down gracefully (in-flight answers finish) and
 * resolves. `--port 0` picks a free port; the URL is printed either way.
 *
 * @see docs/mock.md; docs/conformance.md
 */

import { parseFault } from '../../conformance/mock/fault-injection.js';
import { DEFAULT_RECORDS, MAX_RECORDS } from '../../conformance/mock/mock-context.js';
import { startMockServer } from '../../conformance/mock/mock-server.js';
import { formatTextReport } from '../../conformance/reporters/text-reporter.js';
import type { CaseResult } from '../../conformance/runner/case-result.js';
import { createContext } from '../../generator/context.js';
import { UsageError } from '../../generator/errors.js';
import { loadIrDocument } from '../../generator/load/load-ir.js';
import type { Command } from '../command.js';
import { parseOptions, stringOption } from '../parse-options.js';
import { parseCount } from '../parse-size.js';

export const mockCommand: Command = {
  name: 'mock',
  help: `Usage: qspec mock [--port N] [--host 127.0.0.1] [options]

Starts an HTTP server that answers every endpoint of the spec folder (--specs, default specs/)
the way the Qualys platform does.
Requests are checked against the spec (method, path, required params, enums, auth header,
X-Requested-With for FO, apiVersion for PCI) and refused the way Qualys does (SIMPLE_RETURN,
QPS responseCode in the endpoint's own schema, JSON). Runs until Ctrl-C (SIGINT) or SIGTERM.

Dataset: each resource (WAS web apps/findings/scans/reports, AM tags/host assets, VM hosts,
detections, KB, asset groups, PC policies, CSAM assets, PCI compliance rows) holds --records
records seeded from the spec examples (their ids kept) and copies with new ids. It is fresh at
every start; create/update/delete change it until the server stops (--read-only refuses them).
  QPS    Criteria: EQUALS, NOT EQUALS, GREATER, LESSER, IN, CONTAINS, NONE on named fields
         (dotted paths: tags.name); preferences limitResults (default 100), startFromOffset,
         startFromId; count, hasMoreRecords, lastId: page by offset or by id GREATER lastId;
         get by id answers the record or NOT_FOUND; count counts what search finds.
  FO     ids (1,5-9), id_min, id_max, truncation_limit (default 1000, 0 = all): WARNING 1980
         with the next URL (id_min=next id) only when more remain; KB ids= lists are answered
         whole. Rate-limit headers X-RateLimit-* and X-Concurrency-Limit-* on every answer.
  CSAM   lastSeenAssetId, pageSize (default 100): hasMore, lastSeenAssetId; 204 at the end.
  PCI    offset, limit (default 10): totalCount, fetchRange.
Other endpoints answer with the example whose params (and request body) match the request, or
a body generated from the schema (deterministic for --seed); error examples only when named.

Per request:
  X-Qspec-Example: NAME   (or ?qspec_example=NAME)  serve this example of the endpoint
  X-Qspec-Fault: SPEC     (or ?qspec_fault=SPEC)    inject a fault: 409-1965 (rate limit),
                                                    409-1960 (concurrency), 429, 503 (FO:
                                                    SIMPLE_RETURN 1965 / 999), slow-MS, truncate

Options:
  --port N             port (default 8080; 0 picks a free one)
  --host H             interface (default 127.0.0.1)
  --specs DIR          spec folder (default: specs)
  --seed N             seed of generated bodies (default 1)
  --records N          records per dataset resource (default 2500: 3 FO pages, 25 QPS pages)
  --page-size N        page size when a request names none (default: the API's own)
  --read-only          refuse create/update/delete (403) instead of changing the dataset
  --pages N            pages served by paged endpoints outside the dataset (default 2)
  --proxy URL          validating proxy: forward every request to the platform at URL (e.g.
                       https://qualysapi.qualys.com) and return its answer unchanged; check
                       each request and response against the spec folder and print one line per
                       exchange, then the conformance report when stopped. Credentials travel
                       in the client's own Authorization header and are never printed.
  --fault SPEC[:K]     inject SPEC on every K-th request (default K=1)
  --latency MS         add MS milliseconds to every answer
  --no-auth            do not require an Authorization header
  -h, --help           show this help

Examples:
  qspec mock --port 0
  qspec mock --port 8080 --fault 409-1965:5      # every 5th request is rate-limited
  qspec mock --records 1000 --read-only
  qspec mock --port 8080 --proxy https://qualysapi.qg2.apps.qualys.com
  curl -u u:p -H 'X-Requested-With: curl' 'http://127.0.0.1:8080/api/2.0/fo/asset/host/?action=list&truncation_limit=100'
  curl -u u:p -H 'Content-Type: text/xml' -d '<ServiceRequest><preferences><limitResults>10</limitResults></preferences></ServiceRequest>' http://127.0.0.1:8080/qps/rest/3.0/search/was/webapp

Exit codes: 0 after a clean shutdown, 2 usage error or the port is taken.
`,
  async run(argv, io) {
    const { values, positionals } = parseOptions('mock', argv, {
      port: { type: 'string' },
      host: { type: 'string' },
      specs: { type: 'string' },
      seed: { type: 'string' },
      pages: { type: 'string' },
      records: { type: 'string' },
      'page-size': { type: 'string' },
      'read-only': { type: 'boolean' },
      proxy: { type: 'string' },
      fault: { type: 'string' },
      latency: { type: 'string' },
      'no-auth': { type: 'boolean' },
    });
    if (positionals.length)
      throw new UsageError(`qspec mock: unexpected argument '${positionals[0]}' (see 'qspec mock --help')`);
    const port = parseCount('mock', 'port', stringOption(values, 'port'), 8080, 0, 65535);
    const host = stringOption(values, 'host') ?? '127.0.0.1';
    const faultArg = stringOption(values, 'fault');
    let fault: { spec: NonNullable<ReturnType<typeof parseFault>>; every: number } | undefined;
    if (faultArg) {
      const [spec = '', every] = faultArg.split(':');
      const parsed = parseFault(spec);
      if (!parsed)
        throw new UsageError(`qspec mock: unknown --fault '${spec}' (409-1965, 409-1960, 429, 503, slow-MS, truncate)`);
      fault = { spec: parsed, every: parseCount('mock', 'fault', every, 1) };
    }
    const proxy = proxyUrl(stringOption(values, 'proxy'));
    const ctx = createContext({ cwd: io.cwd, specs: stringOption(values, 'specs') });
    const doc = await loadIrDocument(ctx.specsDir);
    let server: Awaited<ReturnType<typeof startMockServer>>;
    try {
      server = await startMockServer(doc, ctx.specsDir, {
        host,
        port,
        seed: parseCount('mock', 'seed', stringOption(values, 'seed'), 1, 0),
        pages: parseCount('mock', 'pages', stringOption(values, 'pages'), 2),
        records: parseCount('mock', 'records', stringOption(values, 'records'), DEFAULT_RECORDS, 0, MAX_RECORDS),
        ...(stringOption(values, 'page-size') !== undefined
          ? { pageSize: parseCount('mock', 'page-size', stringOption(values, 'page-size'), 100, 1, 10_000) }
          : {}),
        readOnly: values['read-only'] === true,
        ...(proxy
          ? {
              proxy: proxy.href,
              onProxyResult: (r: CaseResult) => {
                const failed = r.checks.find((c) => !c.ok);
                io.stdout(
                  `${r.outcome === 'pass' ? 'pass' : r.outcome === 'fail' ? 'FAIL' : 'unsp'} ${r.request ?? r.id} → ${r.status ?? '-'}${failed ? `  ${failed.check}: ${failed.message}` : r.reason ? `  (${r.reason})` : ''}\n`,
                );
              },
            }
          : {}),
        latencyMs: parseCount('mock', 'latency', stringOption(values, 'latency'), 0, 0, 120_000),
        requireAuth: values['no-auth'] !== true,
        ...(fault ? { fault } : {}),
      });
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      if (err.code === 'EADDRINUSE' || err.code === 'EACCES' || err.code === 'EADDRNOTAVAIL') {
        io.stderr(`qspec mock: cannot listen on ${host}:${port} (${err.code}); try --port 0\n`);
        return 2;
      }
      throw e;
    }
    io.stdout(
      proxy
        ? `qspec mock: validating proxy at ${server.url} for ${proxy.origin}, checking against ${doc.endpoints.length} endpoints in ${ctx.specsDir} (Ctrl-C to stop)\n`
        : `qspec mock: serving ${doc.endpoints.length} endpoints from ${ctx.specsDir} at ${server.url} (Ctrl-C to stop)\n`,
    );
    await new Promise<void>((resolve) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        resolve();
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    await server.close();
    if (proxy) {
      const cases = server.proxyResults;
      const endpoints = new Set(cases.map((c) => c.endpoint).filter(Boolean)).size;
      io.stdout(formatTextReport({ mode: 'proxy', cases, endpoints, durationMs: 0 }, { color: false, verbose: false }));
    }
    io.stdout(`qspec mock: stopped after ${server.stats.requests} requests\n`);
    return 0;
  },
};

/** The --proxy URL: http(s) with no credentials in it (they belong in the client's Authorization header). */
function proxyUrl(raw: string | undefined): URL | undefined {
  if (raw === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UsageError('qspec mock: --proxy needs an http(s) URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new UsageError(`qspec mock: --proxy needs an http(s) URL (got '${url.protocol}')`);
  if (url.username || url.password)
    throw new UsageError(
      'qspec mock: --proxy URL must not carry credentials (the client sends its own Authorization header)',
    );
  return url;
}
