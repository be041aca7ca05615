/**
 * `qspec mock [--port N] [--host 127.0.0.1]`: serves every endpoint in specs/ from a real HTTP
 * server until SIGINT/SIGTERM, then shuts down gracefully (in-flight answers finish) and
 * resolves. `--port 0` picks a free port; the URL is printed either way.
 *
 * @see issue 4 "The mock server: qspec mock"; docs/conformance.md
 */

import { parseFault } from '../../conformance/mock/fault-injection.js';
import { startMockServer } from '../../conformance/mock/mock-server.js';
import { createContext } from '../../generator/context.js';
import { UsageError } from '../../generator/errors.js';
import { loadIrDocument } from '../../generator/load/load-ir.js';
import type { Command } from '../command.js';
import { parseOptions, stringOption } from '../parse-options.js';
import { parseCount } from '../parse-size.js';

export const mockCommand: Command = {
  name: 'mock',
  help: `Usage: qspec mock [--port N] [--host 127.0.0.1] [options]

Starts an HTTP server that answers every endpoint in specs/ with its examples, or with a body
generated from its schema (deterministic for --seed). Requests are checked against the spec
(method, path, required params, enums, auth header, X-Requested-With for FO, apiVersion for
PCI) and refused the way Qualys does (SIMPLE_RETURN, QPS responseCode, JSON). Paged endpoints
answer --pages pages. Runs until Ctrl-C (SIGINT) or SIGTERM.

Per request:
  X-Qspec-Example: NAME   (or ?qspec_example=NAME)  serve this example of the endpoint
  X-Qspec-Fault: SPEC     (or ?qspec_fault=SPEC)    inject a fault: 409-1965, 409-1960, 429,
                                                    503, slow-MS, truncate

Options:
  --port N             port (default 8080; 0 picks a free one)
  --host H             interface (default 127.0.0.1)
  --specs DIR          spec folder (default: specs)
  --seed N             seed of generated bodies (default 1)
  --pages N            pages served by paged endpoints (default 2)
  --fault SPEC[:K]     inject SPEC on every K-th request (default K=1)
  --latency MS         add MS milliseconds to every answer
  --no-auth            do not require an Authorization header
  -h, --help           show this help

Examples:
  qspec mock --port 0
  qspec mock --port 8080 --fault 409-1965:5      # every 5th request is rate-limited
  curl -u u:p -H 'X-Requested-With: curl' 'http://127.0.0.1:8080/api/2.0/fo/scan/vm/summary/?action=list'

Exit codes: 0 after a clean shutdown, 2 usage error or the port is taken.
`,
  async run(argv, io) {
    const { values, positionals } = parseOptions('mock', argv, {
      port: { type: 'string' },
      host: { type: 'string' },
      specs: { type: 'string' },
      seed: { type: 'string' },
      pages: { type: 'string' },
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
    const ctx = createContext({ cwd: io.cwd, specs: stringOption(values, 'specs') });
    const doc = await loadIrDocument(ctx.specsDir);
    let server: Awaited<ReturnType<typeof startMockServer>>;
    try {
      server = await startMockServer(doc, ctx.specsDir, {
        host,
        port,
        seed: parseCount('mock', 'seed', stringOption(values, 'seed'), 1, 0),
        pages: parseCount('mock', 'pages', stringOption(values, 'pages'), 2),
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
      `qspec mock: serving ${doc.endpoints.length} endpoints from ${ctx.specsDir} at ${server.url} (Ctrl-C to stop)\n`,
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
    io.stdout(`qspec mock: stopped after ${server.stats.requests} requests\n`);
    return 0;
  },
};
