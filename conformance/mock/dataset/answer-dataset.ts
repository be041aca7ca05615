/**
 * Answers a checked request from the dataset when its endpoint works on a collection
 * (shapes.ts); undefined otherwise (the endpoint answers from its examples). A request the
 * dataset cannot read (bad `ids`, malformed ServiceRequest) is refused in the endpoint's own error
 * format: SIMPLE_RETURN CODE 1905 for FO, QPS INVALID_REQUEST, JSON for the gateway.
 */
import type { IrEndpoint } from '../../../generator/ir/ir-endpoint.js';
import { errorAnswer, type MockAnswer } from '../error-body.js';
import type { Dataset } from './dataset.js';
import { foAnswer } from './fo-ops.js';
import { jsonAnswer } from './json-ops.js';
import { qpsAnswer } from './qps-ops.js';

export interface DatasetRequest {
  readonly params: URLSearchParams;
  readonly pathParams: Readonly<Record<string, string>>;
  readonly body: string;
  /** Request path (FO WARNING URLs). */
  readonly path: string;
  readonly baseUrl: string;
}

export interface DatasetOptions {
  /** Page size when the request names none (default: each API's own). */
  readonly pageSize: number | undefined;
  readonly readOnly: boolean;
}

export function answerFromDataset(
  dataset: Dataset,
  endpoint: IrEndpoint,
  req: DatasetRequest,
  options: DatasetOptions,
): MockAnswer | undefined {
  const found = dataset.collectionFor(endpoint);
  if (!found) return undefined;
  const { binding, seeded } = found;
  const shape = binding.shape;
  if (shape.kind === 'qps') {
    return qpsAnswer({
      op: binding.op,
      shape,
      collection: seeded.collection,
      recordTag: seeded.recordTag ?? shape.resource,
      pathId: req.pathParams.id,
      body: req.body,
      baseUrl: req.baseUrl,
      pageSize: options.pageSize,
      readOnly: options.readOnly,
    });
  }
  if (shape.kind === 'fo') {
    if (!seeded.foEnvelope) return undefined;
    const result = foAnswer({
      shape,
      collection: seeded.collection,
      envelope: seeded.foEnvelope,
      params: req.params,
      path: req.path,
      baseUrl: req.baseUrl,
      pageSize: options.pageSize,
    });
    return result.ok
      ? result.answer
      : errorAnswer('simple-return', { status: 400, code: '1905', text: result.text }, req.baseUrl);
  }
  if (!seeded.jsonEnvelope) return undefined;
  const result = jsonAnswer({
    op: binding.op,
    shape,
    collection: seeded.collection,
    envelope: seeded.jsonEnvelope,
    params: req.params,
    body: req.body,
    pageSize: options.pageSize,
  });
  return result.ok
    ? result.answer
    : errorAnswer('json', { status: 400, code: 'INVALID_REQUEST', text: result.text }, req.baseUrl);
}
