/**
 * Replay of a recording stored without any response header (Ruby VCR cassettes whose headers were
 * filtered out): the media type is unknown, so the body is sniffed (XML or JSON) and checked
 * against the matching response instead of failing the content-type check. A recording WITH
 * headers keeps the strict content-type check.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sniffBody } from '../../../../conformance/checks/sniff-body.js';
import { runReplayConformance } from '../../../../conformance/runner/run-replay.js';
import { VALID_THING_XML, vcrCassette } from '../../../fixtures/recordings/build-recordings.js';
import { fixtureDoc } from '../helpers.js';

const dir = mkdtempSync(path.join(tmpdir(), 'qspec-replay-headerless-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function replayOne(name: string, cassette: string) {
  const file = path.join(dir, name);
  writeFileSync(file, cassette);
  const summary = await runReplayConformance(await fixtureDoc(), { inputs: [file] });
  expect(summary.cases).toHaveLength(1);
  return summary.cases[0]!;
}

const check = (c: { checks: readonly { check: string; ok: boolean; message: string }[] }, name: string) =>
  c.checks.find((k) => k.check === name);

describe('replay: a recording without response headers', () => {
  it('an XML body is sniffed as XML, validated, and passes', async () => {
    const c = await replayOne('xml.yml', vcrCassette([{ noResponseHeaders: true, body: { string: VALID_THING_XML } }]));
    expect(check(c, 'content-type')).toMatchObject({
      ok: true,
      message: expect.stringMatching(/unknown.*sniffed as XML/),
    });
    expect(check(c, 'schema-valid')).toMatchObject({ ok: true });
    expect(c.outcome).toBe('pass');
  });

  it('a JSON body is sniffed as JSON and validated against the JSON response', async () => {
    const body = JSON.stringify({ totalCount: 1, data: [{ id: 7, status: 'Pass' }] });
    const cassette = vcrCassette([
      {
        uri: 'https://qualysapi.example/pci/widgets/42',
        requestBody: '',
        noResponseHeaders: true,
        body: { string: body },
      },
    ]).replace('method: post', 'method: get');
    const c = await replayOne('json.yml', cassette);
    expect(c.endpoint).toBe('pci.widget.list');
    expect(check(c, 'content-type')).toMatchObject({ ok: true, message: expect.stringMatching(/sniffed as JSON/) });
    expect(check(c, 'schema-valid')).toMatchObject({ ok: true });
    expect(c.outcome).toBe('pass');
  });

  it('the sniffed body is still validated: an invalid one fails the schema check, not the content type', async () => {
    const bad = VALID_THING_XML.replace('<NAME>alpha</NAME>', '');
    const c = await replayOne('bad.yml', vcrCassette([{ noResponseHeaders: true, body: { string: bad } }]));
    expect(check(c, 'content-type')?.ok).toBe(true);
    expect(check(c, 'schema-valid')?.ok).toBe(false);
    expect(c.outcome).toBe('fail');
  });

  it('a recording with headers but a wrong Content-Type still fails the content-type check', async () => {
    const cassette = vcrCassette([
      { responseHeaders: { 'Content-Type': 'text/html' }, body: { string: VALID_THING_XML } },
    ]);
    const c = await replayOne('html.yml', cassette);
    expect(check(c, 'content-type')).toMatchObject({ ok: false });
    expect(c.outcome).toBe('fail');
  });

  it('sniffBody: BOM and whitespace skipped; XML, JSON object/array, anything else unknown', () => {
    expect(sniffBody('\uFEFF \n<?xml version="1.0"?><a/>')).toBe('xml');
    expect(sniffBody('\t[{"a":1}]')).toBe('json');
    expect(sniffBody('{}')).toBe('json');
    expect(sniffBody('"IP","DNS"\n')).toBeUndefined();
    expect(sniffBody('')).toBeUndefined();
    expect(sniffBody(`${' '.repeat(5000)}<a/>`)).toBeUndefined();
  });
});
