/**
 * Dispatch of a request to the dataset (dataset/answer-dataset.ts), with a stub dataset: no
 * collection → undefined; QPS calls get the record tag (else the resource name), the path id,
 * page size, read-only flag and base URL; FO and JSON calls need their envelope, get the
 * params, path, body and page size, and are refused as SIMPLE_RETURN 1905 / JSON INVALID_REQUEST.
 */
import { describe, expect, it } from 'vitest';
import { answerFromDataset, type DatasetRequest } from '../../../../conformance/mock/dataset/answer-dataset.js';
import { Collection } from '../../../../conformance/mock/dataset/collection.js';
import { type DataRecord, xmlRecord } from '../../../../conformance/mock/dataset/data-record.js';
import type { Dataset, SeededCollection } from '../../../../conformance/mock/dataset/dataset.js';
import { qpsError } from '../../../../conformance/mock/dataset/qps-ops.js';
import type { Binding, CollectionShape } from '../../../../conformance/mock/dataset/shapes.js';
import { errorAnswer } from '../../../../conformance/mock/error-body.js';
import type { IrEndpoint } from '../../../../generator/ir/ir-endpoint.js';

const EP = { id: 'e' } as unknown as IrEndpoint;
const QPS: CollectionShape = { kind: 'qps', key: 'am/tag', version: '2.0', module: 'am', resource: 'tag' };
const FO: CollectionShape = { kind: 'fo', key: 'vm.host.list', listTag: 'L', recordTag: 'H', idTag: 'ID', kb: false };
const CSAM: CollectionShape = { kind: 'csam', key: 'csam/asset' };
const stub = (binding: Binding | undefined, seeded: Omit<SeededCollection, 'collection'>, records: DataRecord[] = []) =>
  ({
    collectionFor: (e: IrEndpoint) => {
      expect(e).toBe(EP);
      return binding
        ? { binding, seeded: { ...seeded, collection: new Collection(binding.shape, records, records) } }
        : undefined;
    },
  }) as unknown as Dataset;
const req = (o: Partial<DatasetRequest> = {}): DatasetRequest => ({
  params: new URLSearchParams(),
  pathParams: {},
  body: '',
  path: '/p/',
  baseUrl: 'http://b',
  ...o,
});
const opts = { pageSize: undefined, readOnly: false };
const tags = [1, 2, 3].map((id) => xmlRecord(id, `<Tag><id>${id}</id></Tag>`));
const LOC = 'http://b/qps/xsd/2.0/am/tag.xsd';

describe('answerFromDataset', () => {
  it('answers nothing for an endpoint without a collection', () => {
    expect(answerFromDataset(stub(undefined, {}), EP, req(), opts)).toBeUndefined();
  });

  it('QPS: the record tag, else the resource name; the path id; the base URL', () => {
    const get = { shape: QPS, op: 'get' } as const;
    expect(answerFromDataset(stub(get, { recordTag: 'Tag' }), EP, req({ pathParams: { id: '9' } }), opts)).toEqual(
      qpsError(LOC, 200, 'NOT_FOUND', 'Tag with id 9 not found'),
    );
    expect(answerFromDataset(stub(get, {}), EP, req({ pathParams: { id: '9' } }), opts)).toEqual(
      qpsError(LOC, 200, 'NOT_FOUND', 'tag with id 9 not found'),
    );
    expect(answerFromDataset(stub(get, {}, tags), EP, req({ pathParams: { id: '2' } }), opts)?.body).toContain(
      '<count>1</count>\n  <data>\n    <Tag><id>2</id></Tag>',
    );
  });
  it('QPS: page size and read-only pass through', () => {
    const search = { shape: QPS, op: 'search' } as const;
    expect(answerFromDataset(stub(search, {}, tags), EP, req(), { pageSize: 2, readOnly: false })?.body).toContain(
      '<count>2</count>\n  <hasMoreRecords>true</hasMoreRecords>\n  <lastId>2</lastId>',
    );
    expect(
      answerFromDataset(stub({ shape: QPS, op: 'create' }, {}, tags), EP, req(), {
        pageSize: undefined,
        readOnly: true,
      }),
    ).toEqual(
      qpsError(LOC, 403, 'UNAUTHORIZED', 'The mock serves a read-only dataset (--read-only): writes are refused'),
    );
  });

  const env = { prefix: '<R>', suffix: '</R>', indent: '' };
  const hosts = [1, 2].map((id) => xmlRecord(id, `<H><ID>${id}</ID></H>`));
  it('FO: needs the envelope; params, path, base URL and page size pass through', () => {
    const fo = { shape: FO, op: 'fo-list' } as const;
    expect(answerFromDataset(stub(fo, {}, hosts), EP, req(), opts)).toBeUndefined();
    const a = answerFromDataset(stub(fo, { foEnvelope: env }, hosts), EP, req({ params: new URLSearchParams('x=1') }), {
      pageSize: 1,
      readOnly: false,
    });
    expect(a?.status).toBe(200);
    expect(a?.body).toContain('<URL><![CDATA[http://b/p/?x=1&id_min=2]]></URL>');
  });
  it('FO: a refused request is SIMPLE_RETURN 1905', () => {
    const fo = { shape: FO, op: 'fo-list' } as const;
    expect(
      answerFromDataset(stub(fo, { foEnvelope: env }, hosts), EP, req({ params: new URLSearchParams('ids=x') }), opts),
    ).toEqual(
      errorAnswer('simple-return', { status: 400, code: '1905', text: "ids: invalid id or range 'x'" }, 'http://b'),
    );
  });

  const assets: DataRecord[] = [1, 2, 3].map((id) => ({ kind: 'json', id, json: { assetId: id } }));
  it('JSON: needs the envelope; op, params, body and page size pass through', () => {
    const list = { shape: CSAM, op: 'csam-list' } as const;
    expect(answerFromDataset(stub(list, {}, assets), EP, req(), opts)).toBeUndefined();
    const a = answerFromDataset(
      stub(list, { jsonEnvelope: {} }, assets),
      EP,
      req({ params: new URLSearchParams('lastSeenAssetId=1') }),
      {
        pageSize: 1,
        readOnly: false,
      },
    );
    expect(JSON.parse(a?.body ?? '')).toMatchObject({ count: 1, hasMore: 1, lastSeenAssetId: 2 });
    const body =
      '<ServiceRequest><filters><Criteria field="assetId" operator="GREATER">1</Criteria></filters></ServiceRequest>';
    const c = answerFromDataset(
      stub({ shape: CSAM, op: 'csam-count' }, { jsonEnvelope: {} }, assets),
      EP,
      req({ body }),
      opts,
    );
    expect(JSON.parse(c?.body ?? '')).toEqual({
      count: 2,
      responseMessage: 'Valid API Access',
      responseCode: 'SUCCESS',
    });
  });
  it('JSON: a refused request is INVALID_REQUEST', () => {
    const list = { shape: CSAM, op: 'csam-list' } as const;
    expect(
      answerFromDataset(
        stub(list, { jsonEnvelope: {} }, assets),
        EP,
        req({ params: new URLSearchParams('pageSize=0') }),
        opts,
      ),
    ).toEqual(
      errorAnswer(
        'json',
        { status: 400, code: 'INVALID_REQUEST', text: 'lastSeenAssetId and pageSize must be positive integers' },
        'http://b',
      ),
    );
  });
});
