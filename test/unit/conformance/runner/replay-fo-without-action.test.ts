/**
 * Replay of FO requests without `action` to a specified FO path (the fixture spec's
 * /api/2.0/fo/thing/): the web server's trailing-slash redirect is checked for leading to the
 * documented path; the API's 400 SIMPLE_RETURN refusal is validated against the path's error
 * answers; a 2xx answer (no operation was selected) fails; a path no spec names stays unspecified.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runReplayConformance } from '../../../../conformance/runner/run-replay.js';
import { THING_URL, VALID_THING_XML, vcrCassette } from '../../../fixtures/recordings/build-recordings.js';
import { fixtureDoc } from '../helpers.js';

const dir = mkdtempSync(path.join(tmpdir(), 'qspec-replay-fo-no-action-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const MISSING_ACTION =
  '<?xml version="1.0" encoding="UTF-8" ?>\n<!DOCTYPE SIMPLE_RETURN SYSTEM "https://qualysapi.example/api/2.0/simple_return.dtd">\n' +
  '<SIMPLE_RETURN><RESPONSE><DATETIME>2017-12-11T12:58:49Z</DATETIME><CODE>1903</CODE>' +
  '<TEXT>Missing required parameter(s): action</TEXT></RESPONSE></SIMPLE_RETURN>\n';

let n = 0;
async function replayOne(cassette: string) {
  const file = path.join(dir, `c${++n}.yml`);
  writeFileSync(file, cassette);
  const summary = await runReplayConformance(await fixtureDoc(), { inputs: [file] });
  expect(summary.cases).toHaveLength(1);
  return summary.cases[0]!;
}

const failing = (c: { checks: readonly { check: string; ok: boolean }[] }) =>
  c.checks.filter((k) => !k.ok).map((k) => k.check);

describe('replay: FO request without action', () => {
  it('the 400 SIMPLE_RETURN refusal is checked against the path family error answers and passes', async () => {
    const c = await replayOne(vcrCassette([{ requestBody: '', status: 400, body: { string: MISSING_ACTION } }]));
    expect(c.outcome).toBe('pass');
    expect(c.endpoint).toBe('vm.thing.list');
    expect(c.checks.map((k) => k.check)).toEqual([
      'matched',
      'status',
      'content-type',
      'well-formed',
      'schema-valid',
      'doctype',
    ]);
    expect(c.checks[0]!.message).toMatch(/without action.*1903/);
  });

  it('a refusal that does not validate fails the schema check', async () => {
    const bad = MISSING_ACTION.replace('<TEXT>Missing required parameter(s): action</TEXT>', '');
    const c = await replayOne(vcrCassette([{ requestBody: '', status: 400, body: { string: bad } }]));
    expect(c.outcome).toBe('fail');
    expect(failing(c)).toEqual(['schema-valid']);
  });

  it('a 2xx answer fails the status check: without action no operation is selected', async () => {
    const c = await replayOne(vcrCassette([{ requestBody: '', body: { string: VALID_THING_XML } }]));
    expect(c.outcome).toBe('fail');
    expect(failing(c)).toContain('status');
  });

  it('the trailing-slash redirect to the documented FO path passes as a web-server answer', async () => {
    const c = await replayOne(
      vcrCassette([
        {
          uri: THING_URL.slice(0, -1),
          requestBody: '',
          status: 301,
          responseHeaders: { 'Content-Type': 'text/html; charset=iso-8859-1', Location: THING_URL },
          body: { string: '<html><body>Moved Permanently</body></html>' },
        },
      ]),
    );
    expect(c.outcome).toBe('pass');
    expect(c.checks[0]!.message).toMatch(/301 redirect of the web server/);
    expect(c.checks[1]).toMatchObject({ check: 'status', ok: true });
  });

  it('a redirect elsewhere fails', async () => {
    const c = await replayOne(
      vcrCassette([
        {
          requestBody: '',
          status: 302,
          responseHeaders: { Location: 'https://qualysapi.example/login.php' },
          body: { string: '' },
        },
      ]),
    );
    expect(c.outcome).toBe('fail');
    expect(failing(c)).toEqual(['status']);
  });

  it('a request without action to a path no spec names stays unspecified', async () => {
    const c = await replayOne(
      vcrCassette([
        {
          uri: 'https://qualysapi.example/api/2.0/fo/other/',
          requestBody: '',
          status: 400,
          body: { string: MISSING_ACTION },
        },
      ]),
    );
    expect(c.outcome).toBe('unspecified');
  });
});
