/**
 * answerRequest's generic paging in the CSAM style (`lastSeenAssetId`, mock-paging.ts) for a paged
 * endpoint the dataset does not hold: the page past the last answers 204 No Content with no body
 * and no headers, as the CSAM v2 API does; the pages before it answer 200. The fixture's PCI
 * widget list is given the CSAM paging style for this (no real CSAM endpoint is outside the
 * dataset, so the real specs never reach this branch).
 */
import { describe, expect, it } from 'vitest';
import { answerRequest } from '../../../../conformance/mock/answer-request.js';
import { createMockContext } from '../../../../conformance/mock/mock-context.js';
import type { IrDocument } from '../../../../generator/ir/ir-document.js';
import { fixtureDoc, fixtureSpecs } from '../helpers.js';

async function csamPagedContext(pages?: number) {
  const doc = structuredClone(await fixtureDoc()) as IrDocument;
  const endpoints = doc.endpoints.map((e) =>
    e.id === 'pci.widget.list' ? { ...e, pagination: { style: 'csam-last-seen' as const } } : e,
  );
  return createMockContext({ ...doc, endpoints }, fixtureSpecs, pages === undefined ? {} : { pages });
}

const widgets = (query: string) => ({
  method: 'GET',
  url: `/pci/widgets/7${query}`,
  headers: { authorization: 'Basic cXNwZWM6cXNwZWM=', apiversion: 'V1' },
  body: '',
});

describe('answerRequest: CSAM paging outside the dataset', () => {
  it('answers 200 for the first and the last page, 204 with nothing past the last', async () => {
    const ctx = await csamPagedContext();
    expect(answerRequest(ctx, widgets('')).status).toBe(200);
    expect(answerRequest(ctx, widgets('?lastSeenAssetId=1000')).status).toBe(200);
    expect(answerRequest(ctx, widgets('?lastSeenAssetId=2000'))).toEqual({ status: 204, headers: {}, body: '' });
    expect(answerRequest(ctx, widgets('?lastSeenAssetId=99000'))).toEqual({ status: 204, headers: {}, body: '' });
  });

  it('counts the pages asked for, and a cursor that is not a number is no cursor', async () => {
    const three = await csamPagedContext(3);
    expect(answerRequest(three, widgets('?lastSeenAssetId=2000')).status).toBe(200);
    expect(answerRequest(three, widgets('?lastSeenAssetId=3000')).status).toBe(204);
    expect(answerRequest(three, widgets('?lastSeenAssetId=abc')).status).toBe(200);
  });

  it('never pages when one page is asked for', async () => {
    const one = await csamPagedContext(1);
    expect(answerRequest(one, widgets('?lastSeenAssetId=5000')).status).toBe(200);
  });
});
