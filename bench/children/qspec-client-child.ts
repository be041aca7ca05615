/**
 * Bench child: typed records through the client (docs/performance.md, "Parsing into typed
 * records through the client"). Starts a node:http server on 127.0.0.1, in a process of its own
 * (so the peak RSS is the client's), that streams FILE from disk as the response of a paged endpoint, points the generated QualysClient at it (`baseUrl`),
 * iterates the endpoint's records (the streamed paging path: response body (the default node:http transport) → record sink → typed
 * records) counting them, stops the server, and prints the JSON line of qspec-runtime-main.ts:
 * `{ valid, errors, records, bytes, elements }` (bytes: the file's size; elements: 0, the client
 * does not report them). `valid` is false when the client warned that the page fails its schema.
 *
 * Usage: qspec-client-child.ts FILE ENDPOINT_ID
 *
 * @see runtime/client/stream-page.ts (what is measured); bench/suites/xml-tools.ts
 */
import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import { type EndpointId, endpoints, QualysClient } from '../../generated/index.js';

const [file, endpointId] = process.argv.slice(2);
if (!file || !endpointId || !(endpointId in endpoints)) throw new Error('usage: qspec-client-child FILE ENDPOINT_ID');
const endpoint = endpoints[endpointId as EndpointId];

// The server runs in a process of its own, so the peak RSS measured is the client's alone.
const SERVER = `
const { createReadStream } = require('node:fs');
const server = require('node:http').createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    res.writeHead(200, { 'content-type': 'text/xml;charset=UTF-8' });
    createReadStream(process.argv[1], { highWaterMark: 64 * 1024 }).pipe(res);
  });
});
server.listen(0, '127.0.0.1', () => process.stdout.write(server.address().port + '\\n'));
process.stdin.on('end', () => process.exit(0)).resume();
`;
const serverProcess = spawn(process.execPath, ['-e', SERVER, file], { stdio: ['pipe', 'pipe', 'inherit'] });
const port = await new Promise<number>((resolve, reject) => {
  serverProcess.stdout.setEncoding('utf8').once('data', (d: string) => resolve(Number(d.trim())));
  serverProcess.once('error', reject);
  serverProcess.once('exit', (code) => reject(new Error(`bench server exited ${code}`)));
});

const warnings: string[] = [];
const q = new QualysClient({
  baseUrl: `http://127.0.0.1:${port}`,
  auth: { kind: 'basic', username: 'bench', password: 'bench' },
  timeoutMs: 30 * 60_000,
  validation: 'warn',
  onWarning: (w) => warnings.push(`${w.code}: ${w.message}`),
});
let records = 0;
try {
  for await (const record of q.core.paginate<Record<string, unknown>>(endpoint, {})) {
    // Touch each record as a consumer would.
    if (record && typeof record === 'object') records++;
  }
} finally {
  serverProcess.stdin.end();
}
process.stdout.write(
  `${JSON.stringify({
    valid: warnings.length === 0,
    errors: warnings.slice(0, 3).map((w) => w.slice(0, 400)),
    records,
    bytes: statSync(file).size,
    elements: 0,
  })}\n`,
);
