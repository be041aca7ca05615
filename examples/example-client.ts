/**
 * Shared setup of the examples: a QualysClient from the environment.
 *
 * - `QSPEC_BASE_URL`: API server (and gateway) URL, e.g. the mock server `http://127.0.0.1:8080`;
 *   without it, `QSPEC_PLATFORM` (default US1) chooses the real platform.
 * - Credentials: `QUALYS_USERNAME` / `QUALYS_PASSWORD` (the same names `qspec conformance --mode live`
 *   reads), else `.netrc` (as `curl -n`). Settings of qspec itself are `QSPEC_*`.
 */
import { type AuthConfig, QualysClient } from '../generated/index.js';

export function exampleClient(): QualysClient {
  const username = process.env.QUALYS_USERNAME;
  const password = process.env.QUALYS_PASSWORD;
  const auth: AuthConfig = username && password ? { kind: 'basic', username, password } : { kind: 'netrc' };
  const baseUrl = process.env.QSPEC_BASE_URL;
  return new QualysClient({
    ...(baseUrl ? { baseUrl } : { platform: (process.env.QSPEC_PLATFORM ?? 'US1') as 'US1' }),
    auth,
    onWarning: (w) => console.error(`warning ${w.code}: ${w.message}`),
  });
}
