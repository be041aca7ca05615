/**
 * Bounded load test of the mock server on loopback with autocannon: every answer must be a
 * correct 200 (no errors, no timeouts, no non-2xx). Not a timed test: the figure printed is
 * informational (the full 50 connections × 20 s run is in docs/conformance.md).
 */
import autocannon from 'autocannon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MockServer, startMockServer } from '../../conformance/mock/mock-server.js';
import { fixtureDoc, fixtureSpecs } from '../unit/conformance/helpers.js';

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer(await fixtureDoc(), fixtureSpecs, { port: 0 });
});
afterAll(async () => {
  await server.close();
});

describe('mock server under load', () => {
  it('answers every request correctly (20 connections, 2 s)', async () => {
    const result = await autocannon({
      url: `${server.url}/api/2.0/fo/thing/`,
      method: 'POST',
      connections: 20,
      duration: 2,
      headers: {
        authorization: 'Basic cXNwZWM6cXNwZWM=',
        'x-requested-with': 'autocannon',
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: 'action=list&ids=1%2C2&id_min=1000',
    });
    expect(result.errors).toBe(0);
    expect(result.timeouts).toBe(0);
    expect(result.non2xx).toBe(0);
    expect(result['2xx']).toBeGreaterThan(0);
    expect(server.stats.byStatus[200]).toBe(server.stats.requests);
    console.log(
      `mock load: ${result['2xx']} requests, ${Math.round(result.requests.average)} req/s, p99 ${result.latency.p99} ms`,
    );
  }, 20_000);
});
