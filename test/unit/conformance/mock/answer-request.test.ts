import { describe, expect, it } from 'vitest';
import { answerRequest } from '../../../../conformance/mock/answer-request.js';
import { createMockContext, type MockOptions } from '../../../../conformance/mock/mock-context.js';
import { validatePayloadText } from '../../../../conformance/validate/validate-payload.js';
import { targetForEndpoint } from '../../../../conformance/validate/validation-target.js';
import { fixtureDoc, fixtureSpecs } from '../helpers.js';

const BASIC = 'Basic cXNwZWM6cXNwZWM=';
const fo = { authorization: BASIC, 'x-requested-with': 'test', 'content-type': 'application/x-www-form-urlencoded' };

async function ask(
  req: { method?: string; url: string; headers?: Record<string, string>; body?: string },
  options: MockOptions = {},
) {
  const ctx = await createMockContext(await fixtureDoc(), fixtureSpecs, options);
  return answerRequest(ctx, {
    method: req.method ?? 'POST',
    url: req.url,
    headers: req.headers ?? fo,
    body: req.body ?? '',
  });
}

describe('answerRequest: request checks answer the way Qualys does', () => {
  const cases: [string, { headers: Record<string, string>; body: string; status: number; code: string }][] = [
    [
      'no Authorization → 401 CODE 2000',
      {
        headers: { 'x-requested-with': 't', 'content-type': fo['content-type'] },
        body: 'action=list',
        status: 401,
        code: '2000',
      },
    ],
    [
      'no X-Requested-With → 400',
      {
        headers: { authorization: BASIC, 'content-type': fo['content-type'] },
        body: 'action=list',
        status: 400,
        code: '1907',
      },
    ],
    ['enum value refused → 400 CODE 1905', { headers: fo, body: 'action=list&state=maybe', status: 400, code: '1905' }],
    ['integer below minimum → 400', { headers: fo, body: 'action=list&id_min=0', status: 400, code: '1905' }],
    ['zero-one boolean refused', { headers: fo, body: 'action=list&show_extra=yes', status: 400, code: '1905' }],
  ];
  it.each(cases)('%s', async (_n, c) => {
    const a = await ask({ url: '/api/2.0/fo/thing/', headers: c.headers, body: c.body });
    expect(a.status).toBe(c.status);
    expect(a.body).toContain('<SIMPLE_RETURN>');
    expect(a.body).toContain(`<CODE>${c.code}</CODE>`);
  });

  it('PCI needs apiVersion: V1 and answers JSON errors', async () => {
    const a = await ask({ method: 'GET', url: '/pci/widgets/7', headers: { authorization: BASIC } });
    expect(a.status).toBe(400);
    expect(JSON.parse(a.body)).toMatchObject({ errorCode: 'INVALID_API_VERSION' });
  });

  it('unknown routes answer 404 naming the request', async () => {
    const a = await ask({ method: 'GET', url: '/nope' });
    expect(a.status).toBe(404);
    expect(a.body).toContain('GET /nope');
  });
});

describe('answerRequest: examples, generated bodies, paging', () => {
  it('serves the example whose params match the request best', async () => {
    const one = await ask({ url: '/api/2.0/fo/thing/', body: 'action=list&ids=1' });
    const two = await ask({ url: '/api/2.0/fo/thing/', body: 'action=list&ids=1%2C2' });
    expect((one.body.match(/<THING /g) ?? []).length).toBe(1);
    expect((two.body.match(/<THING /g) ?? []).length).toBe(2);
  });

  it('X-Qspec-Example forces an example, even a damaged or error one', async () => {
    const a = await ask({
      url: '/api/2.0/fo/thing/',
      headers: { ...fo, 'x-qspec-example': 'bad-id-400' },
      body: 'action=list',
    });
    expect(a.status).toBe(400);
    expect(a.body).toContain('<CODE>1905</CODE>');
  });

  it('fo-truncation: the first page carries WARNING 1980 with id_min, the cursor page does not', async () => {
    const first = await ask({ url: '/api/2.0/fo/thing/', body: 'action=list&ids=1' });
    expect(first.body).toMatch(/<WARNING><CODE>1980<\/CODE>.*id_min=1000/s);
    const last = await ask({ url: '/api/2.0/fo/thing/', body: 'action=list&ids=1&id_min=1000' });
    expect(last.body).not.toContain('<WARNING>');
    const doc = await fixtureDoc();
    expect(validatePayloadText(first.body, targetForEndpoint(doc, 'vm.thing.list')).valid).toBe(true);
  });

  it('generates a schema-valid body when there is no example, identical for one seed', async () => {
    const headers = { authorization: BASIC, apiversion: 'V1' };
    const a = await ask({ method: 'GET', url: '/pci/widgets/7', headers }, { seed: 5 });
    const b = await ask({ method: 'GET', url: '/pci/widgets/7', headers }, { seed: 5 });
    expect(a.status).toBe(200);
    expect(a.body).toBe(b.body);
    const doc = await fixtureDoc();
    expect(validatePayloadText(a.body, targetForEndpoint(doc, 'pci.widget.list')).errors).toEqual([]);
  });
});

describe('answerRequest: fault injection', () => {
  const cases: [string, { fault: string; status: number; header?: [string, string]; body?: RegExp }][] = [
    [
      '409-1965 rate limit',
      {
        fault: '409-1965',
        status: 409,
        header: ['X-RateLimit-ToWait-Sec', '1'],
        body: /<CODE>1965<\/CODE>.*SECONDS_TO_WAIT/s,
      },
    ],
    [
      '409-1960 concurrency',
      { fault: '409-1960', status: 409, header: ['X-Concurrency-Limit-Running', '2'], body: /<CODE>1960<\/CODE>/ },
    ],
    ['429', { fault: '429', status: 429, header: ['Retry-After', '1'] }],
    ['503', { fault: '503', status: 503, header: ['Retry-After', '1'] }],
  ];
  it.each(cases)('%s', async (_n, c) => {
    const a = await ask({
      url: '/api/2.0/fo/thing/',
      headers: { ...fo, 'x-qspec-fault': c.fault },
      body: 'action=list',
    });
    expect(a.status).toBe(c.status);
    if (c.header) expect(a.headers[c.header[0]]).toBe(c.header[1]);
    if (c.body) expect(a.body).toMatch(c.body);
  });

  it('slow and truncate modify the normal answer; the query parameter works too', async () => {
    const slow = await ask({ url: '/api/2.0/fo/thing/?qspec_fault=slow-50', body: 'action=list' });
    expect([slow.status, slow.delayMs]).toEqual([200, 50]);
    const cut = await ask({
      url: '/api/2.0/fo/thing/',
      headers: { ...fo, 'x-qspec-fault': 'truncate' },
      body: 'action=list',
    });
    expect(cut.truncateAt).toBe(Math.floor(Buffer.byteLength(cut.body) / 2));
  });

  it('a scheduled fault hits every k-th request only', async () => {
    const ctx = await createMockContext(await fixtureDoc(), fixtureSpecs, {
      fault: { spec: { kind: 'status', status: 503 }, every: 3 },
    });
    const statuses = [1, 2, 3, 4, 5, 6].map(
      () => answerRequest(ctx, { method: 'POST', url: '/api/2.0/fo/thing/', headers: fo, body: 'action=list' }).status,
    );
    expect(statuses).toEqual([200, 200, 503, 200, 200, 503]);
  });
});
