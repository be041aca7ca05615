/**
 * answerRequest at two edges the fixture specs do not reach: a QPS path whose id segment is
 * malformed percent-encoding (the endpoint's own error format, responseCode INVALID_REQUEST, not
 * the FO code 1905), and an endpoint that declares no 2xx response and has no example (a plain
 * 500 naming it, rather than a made-up body).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerRequest } from '../../../../conformance/mock/answer-request.js';
import { createMockContext } from '../../../../conformance/mock/mock-context.js';
import type { IrDocument } from '../../../../generator/ir/ir-document.js';
import { loadIrDocument } from '../../../../generator/load/load-ir.js';
import { fixtureDoc, fixtureSpecs, repoRoot } from '../helpers.js';

const BASIC = 'Basic cXNwZWM6cXNwZWM=';

describe('answerRequest edges', () => {
  it('a QPS path with malformed percent-encoding answers 400 INVALID_REQUEST in the QPS format', async () => {
    const specs = path.join(repoRoot, 'specs');
    const ctx = await createMockContext(await loadIrDocument(specs), specs);
    const a = answerRequest(ctx, {
      method: 'GET',
      url: '/qps/rest/2.0/get/am/tag/%ZZ',
      headers: { authorization: BASIC },
      body: '',
    });
    expect(a.status).toBe(400);
    expect(a.body).toContain('<responseCode>INVALID_REQUEST</responseCode>');
    expect(a.body).toContain('Malformed percent-encoding in the request path');
  });

  it('an endpoint with no 2xx response and no example answers 500 naming it', async () => {
    const doc = await fixtureDoc();
    const crafted: IrDocument = {
      ...doc,
      endpoints: doc.endpoints.map((e) =>
        e.id === 'vm.thing.list' ? { ...e, responses: e.responses.filter((r) => r.status >= 300), examples: [] } : e,
      ),
    };
    const ctx = await createMockContext(crafted, fixtureSpecs);
    const a = answerRequest(ctx, {
      method: 'POST',
      url: '/api/2.0/fo/thing/',
      headers: {
        authorization: BASIC,
        'x-requested-with': 't',
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: 'action=list',
    });
    expect(a).toMatchObject({
      status: 500,
      headers: { 'content-type': 'text/plain' },
      body: '500 vm.thing.list declares no 2xx response\n',
    });
  });
});
