/**
 * Test helper: a ClientCore pointed at the local test server, with a schema-less stub decoder
 * (the envelope tree as the value) and a recording, instant `sleep`.
 */
import { ClientCore } from '../../../../runtime/client/client-core.js';
import type { ClientOptions, ClientWarning } from '../../../../runtime/client/client-options.js';
import type { ResponseDecoder } from '../../../../runtime/client/response-decoder.js';
import { readXmlEnvelope } from '../../../../runtime/client/xml-envelope.js';

/** A JWT-shaped gateway token (unsigned; the client only checks the shape and reads `exp`). */
export const TEST_JWT = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"sub":"alice"}').toString('base64url')}.c2lnbmF0dXJl`;

export const stubDecoder: ResponseDecoder = {
  xml: (text) => ({ value: readXmlEnvelope(text)?.tree, issues: [] }),
  json: () => [],
};

export interface TestClient {
  core: ClientCore;
  sleeps: number[];
  warnings: ClientWarning[];
}

export function makeClient(url: string, overrides: Partial<ClientOptions> = {}): TestClient {
  const sleeps: number[] = [];
  const warnings: ClientWarning[] = [];
  const core = new ClientCore({
    baseUrl: url,
    auth: { kind: 'basic', username: 'alice', password: 's3cr3t-Pa55' },
    decoder: stubDecoder,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    onWarning: (w) => warnings.push(w),
    ...overrides,
  });
  return { core, sleeps, warnings };
}
