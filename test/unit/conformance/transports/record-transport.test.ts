import { describe, expect, it } from 'vitest';
import { harFormat } from '../../../../conformance/recordings/har-format.js';
import { readFromBytes } from '../../../../conformance/recordings/json-array-stream.js';
import { RecordTransport } from '../../../../conformance/transports/record-transport.js';
import { transportResponse } from '../../../../runtime/client/transport.js';

const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1In0.c2lnbmF0dXJl';

describe('RecordTransport', () => {
  it('writes HAR without credentials, cookies, tokens or secret params', async () => {
    const inner = {
      send: async (req: { url: string }) =>
        /\/auth/.test(req.url)
          ? transportResponse(201, { 'content-type': 'text/plain' }, JWT)
          : transportResponse(
              200,
              { 'content-type': 'text/xml', 'set-cookie': 'QualysSession=abc123' },
              `<X>hunter2-pass ${JWT}</X>`,
            ),
    };
    const rec = new RecordTransport(inner);
    rec.redactor.add('hunter2-pass');
    await rec.send({
      method: 'POST',
      url: 'https://gw.example/auth',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'username=me&password=hunter2-pass&token=true',
    });
    await rec.send({
      method: 'GET',
      url: 'https://api.example/x?action=list&password=hunter2-pass',
      headers: { Authorization: 'Basic bWU6aHVudGVyMi1wYXNz', Cookie: 'a=b' },
    });
    const har = rec.toHar();
    for (const leak of ['hunter2-pass', JWT, 'bWU6aHVudGVyMi1wYXNz', 'abc123', 'a=b']) expect(har).not.toContain(leak);
    const entries = [...harFormat.entries(readFromBytes(Buffer.from(har)), 'rec.har')];
    expect(entries.map((e) => e.status)).toEqual([201, 200]);
    expect(entries[1]!.url).toContain('action=list');
    expect(entries[0]!.requestBody).toMatchObject({ kind: 'text', text: expect.stringContaining('username=me') });
  });
});
