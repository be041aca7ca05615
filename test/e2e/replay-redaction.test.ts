/**
 * Credentials in recordings never reach a replay report, in any reporter, for HAR files and VCR
 * cassettes alike: Basic auth (encoded and decoded), cookies, API keys, a password form field,
 * user:password in the URL, a password query parameter, and each of them echoed where a report
 * quotes the exchange (the request path; an element name in a validation error).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { conformanceCommand } from '../../cli/commands/conformance.js';
import { harFile, THING_URL, vcrCassette } from '../fixtures/recordings/build-recordings.js';
import { captureIo, fixtureSpecs } from '../unit/conformance/helpers.js';

const PASSWORD = 'S3cret-Passw0rd-XYZ';
const BASIC = Buffer.from(`alice:${PASSWORD}`).toString('base64');
const COOKIE = 'QSESSIONID=c00kieValue4242';
const API_KEY = 'apikey-77f1c0de-9a9a';
const SECRETS = [PASSWORD, BASIC, 'c00kieValue4242', API_KEY, encodeURIComponent(PASSWORD)];

const dir = mkdtempSync(path.join(tmpdir(), 'qspec-replay-redact-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A body that fails validation with the password as an element name. */
const ECHO_XML = `<?xml version="1.0"?>\n<THING_LIST_OUTPUT><RESPONSE><DATETIME>2024-01-15T10:00:00Z</DATETIME><${PASSWORD}/></RESPONSE></THING_LIST_OUTPUT>\n`;
const requestHeaders = { Authorization: `Basic ${BASIC}`, Cookie: COOKIE, 'X-Api-Key': API_KEY };
const withUserInfo = THING_URL.replace('https://', `https://alice:${PASSWORD}@`);

async function reports(file: string): Promise<string[]> {
  const out: string[] = [];
  for (const reporter of ['text', 'json', 'junit']) {
    const io = captureIo();
    const code = await conformanceCommand.run(
      ['--mode', 'replay', '--reporter', reporter, '--verbose', '--specs', fixtureSpecs, file],
      io,
    );
    expect(code).toBe(1);
    out.push(io.out() + io.err());
  }
  return out;
}

function expectNoSecrets(texts: string[]): void {
  for (const text of texts) {
    for (const s of SECRETS) expect(text).not.toContain(s);
    expect(text).toContain('[REDACTED]');
  }
}

describe('replay reports never carry credentials', () => {
  it('HAR', async () => {
    const file = path.join(dir, 'creds.har');
    writeFileSync(
      file,
      harFile([
        {
          url: withUserInfo,
          requestHeaders,
          postData: `action=list&username=alice&password=${PASSWORD}`,
          responseHeaders: { 'Set-Cookie': COOKIE },
          body: { text: ECHO_XML },
        },
        {
          url: `https://qualysapi.example/api/2.0/fo/${PASSWORD}/?password=${PASSWORD}`,
          requestHeaders,
          body: { text: '' },
        },
        { url: `https://qualysapi.example/api/2.0/fo/${API_KEY}/`, requestHeaders, body: { text: '' } },
      ]),
    );
    expectNoSecrets(await reports(file));
  });

  it('VCR cassette', async () => {
    const file = path.join(dir, 'creds.yml');
    writeFileSync(
      file,
      vcrCassette([
        {
          uri: withUserInfo,
          requestHeaders,
          requestBody: `action=list&username=alice&password=${PASSWORD}`,
          responseHeaders: { 'Set-Cookie': COOKIE },
          body: { string: ECHO_XML },
        },
        {
          uri: `https://qualysapi.example/api/2.0/fo/${PASSWORD}/?password=${PASSWORD}`,
          requestHeaders,
          body: { string: '' },
        },
        { uri: `https://qualysapi.example/api/2.0/fo/${API_KEY}/`, requestHeaders, body: { string: '' } },
      ]),
    );
    expectNoSecrets(await reports(file));
  });
});
