/**
 * Test fixtures for `qspec learn`: a copy of test/fixtures/specs-mini in a temp dir (XSD with a
 * sequence, an xs:all, a named enumeration; DTD with an enumerated attribute), and HAR files
 * written from (url, body) pairs.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { onTestFinished } from 'vitest';
import { repoRoot } from '../../support/requirements.js';

export const MINI = path.join(repoRoot, 'test/fixtures/specs-mini');
export const THING_URL = 'https://qualysapi.qualys.com/qps/rest/3.0/get/was/thing/7';
export const LIST_URL = 'https://qualysapi.qualys.com/api/2.0/fo/list/?action=list';

/** A temp dir (call inside a test: removed when it ends) holding `specs/` (a copy of specs-mini). */
export function miniSpecsCopy(): { dir: string; specs: string } {
  const dir = learnTempDir();
  const specs = path.join(dir, 'specs');
  cpSync(MINI, specs, { recursive: true });
  return { dir, specs };
}

/** Writes a HAR file with one GET entry per (url, xml body), status 200. */
export function writeHar(file: string, entries: readonly { url: string; body: string; type?: string }[]): string {
  const har = {
    log: {
      version: '1.2',
      creator: { name: 'qspec-test', version: '1' },
      entries: entries.map((e) => ({
        startedDateTime: '2026-01-01T00:00:00.000Z',
        time: 1,
        request: { method: 'GET', url: e.url, httpVersion: 'HTTP/1.1', headers: [], queryString: [], cookies: [] },
        response: {
          status: 200,
          statusText: 'OK',
          httpVersion: 'HTTP/1.1',
          headers: [{ name: 'Content-Type', value: e.type ?? 'application/xml' }],
          cookies: [],
          content: { size: e.body.length, mimeType: e.type ?? 'application/xml', text: e.body },
          redirectURL: '',
        },
        cache: {},
        timings: { send: 0, wait: 1, receive: 0 },
      })),
    },
  };
  writeFileSync(file, JSON.stringify(har, null, 2));
  return file;
}

export function thingBody(thing: string, code = 'SUCCESS'): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<ServiceResponse><responseCode>${code}</responseCode><count>1</count><data>${thing}</data></ServiceResponse>`;
}

export function listBody(response: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE LIST_OUTPUT SYSTEM "list_output.dtd">\n<LIST_OUTPUT><RESPONSE>${response}</RESPONSE></LIST_OUTPUT>`;
}

/**
 * A spec folder with one endpoint `GET /api/x` (module `was`) answering XML of `schema` (file name
 * `s.xsd` or `s.dtd` by `kind`) rooted at `root`; returns the folder and the schema path.
 */
export function oneSchemaSpecs(
  kind: 'xsd' | 'dtd',
  schema: string,
  root: string,
): { dir: string; specs: string; file: string } {
  const dir = learnTempDir();
  const specs = path.join(dir, 'specs');
  mkdirSync(path.join(specs, 'was', 'schemas'), { recursive: true });
  writeFileSync(path.join(specs, 'platforms.yaml'), readFileSync(path.join(MINI, 'platforms.yaml')));
  const file = path.join(specs, 'was', 'schemas', `s.${kind}`);
  writeFileSync(file, schema);
  writeFileSync(
    path.join(specs, 'was', 'x.yaml'),
    [
      'module: was',
      'resource: x',
      'endpoints:',
      '  - id: was.x.get',
      '    summary: Get x.',
      '    method: GET',
      '    api: qps',
      '    path: /api/x',
      '    responses:',
      '      - status: 200',
      '        body: xml',
      `        schema: { file: schemas/s.${kind}, root: ${root} }`,
      '',
    ].join('\n'),
  );
  return { dir, specs, file };
}

export const X_URL = 'https://qualysapi.qualys.com/api/x';

/** A fresh temp dir, removed when the running test finishes (outside a test this throws). */
function learnTempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'qspec-learn-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
