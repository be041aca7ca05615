/**
 * Error answers the way each Qualys API family sends them, so clients exercise their real error
 * paths against the mock:
 *
 * - FO API 2.0 (`simple-return`): `SIMPLE_RETURN` with DATETIME, CODE, TEXT and, for 409 rate
 *   limits, an ITEM_LIST with SECONDS_TO_WAIT (corpus executeAPIRequest409rateLimit.har).
 * - QPS REST (`qps-response-code`): `ServiceResponse` with a `responseCode` other than SUCCESS and
 *   `responseErrorDetails` (corpus iterateWebAppsInvalidFilterValue.har).
 * - Gateway / PCI (`json`): a JSON object with `errorCode` and `message`.
 * - `http`: a plain-text body.
 *
 * @see the Qualys API guides (FO, QPS facts) and release notes
 */
import type { IrEndpoint, IrErrorFormat } from '../../generator/ir/ir-endpoint.js';

export interface MockAnswer {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string;
  /** Raw bytes sent instead of `body` (the validating proxy forwards the upstream answer as is). */
  readonly bytes?: Buffer;
  /** Delay before the head is written (fault injection: slow). */
  readonly delayMs?: number;
  /** Write only this many bytes of the body, then drop the connection (fault injection: truncated). */
  readonly truncateAt?: number;
}

export interface MockError {
  readonly status: number;
  /** FO SIMPLE_RETURN CODE (1905, 1960, 1965, 2000...) or QPS responseCode (INVALID_REQUEST...). */
  readonly code: string;
  readonly text: string;
  readonly items?: Readonly<Record<string, string>>;
  readonly headers?: Readonly<Record<string, string>>;
}

/** A fixed timestamp: mock answers are deterministic. */
export const MOCK_DATETIME = '2024-01-15T10:00:00Z';

const QPS_CODES: Record<number, string> = {
  400: 'INVALID_REQUEST',
  401: 'INVALID_CREDENTIALS',
  403: 'UNAUTHORIZED',
  404: 'NOT_FOUND',
  409: 'TOO_MANY_REQUESTS',
  429: 'TOO_MANY_REQUESTS',
  503: 'SERVICE_UNAVAILABLE',
};

/**
 * Where a QPS error body says its schema is: the endpoint's own response schema, under the
 * platform's `/qps/xsd/{version}/{module}/` folder (`/qps/xsd/2.0/am/hostasset.xsd`,
 * `/qps/xsd/3.0/was/finding.xsd`), as the platform's own answers name it.
 */
export function qpsSchemaLocationOf(endpoint: IrEndpoint, baseUrl: string): string {
  const version = /^\/qps\/rest\/(\d+\.\d+)\//.exec(endpoint.path)?.[1] ?? '2.0';
  const schema = endpoint.responses.find((r) => r.schema?.schema.endsWith('.xsd'))?.schema?.schema;
  if (schema) {
    const parts = schema.split('/');
    return `${baseUrl}/qps/xsd/${version}/${parts[0]}/${parts[parts.length - 1]}`;
  }
  const m = /^\/qps\/rest\/\d+\.\d+\/[a-z]+\/([a-z]+)\/([a-z]+)/.exec(endpoint.path);
  return `${baseUrl}/qps/xsd/${version}/${m ? `${m[1]}/${m[2]}` : 'qps/service'}.xsd`;
}

/** An error answer in the endpoint's own format (its own schema location for QPS). */
export function endpointError(endpoint: IrEndpoint, error: MockError, baseUrl: string): MockAnswer {
  return errorAnswer(
    endpoint.errors,
    error,
    baseUrl,
    endpoint.errors === 'qps-response-code' ? qpsSchemaLocationOf(endpoint, baseUrl) : undefined,
  );
}

export function errorAnswer(
  format: IrErrorFormat,
  error: MockError,
  baseUrl: string,
  schemaLocation = `${baseUrl}/qps/xsd/3.0/was/webapp.xsd`,
): MockAnswer {
  const headers = { ...(error.headers ?? {}) };
  switch (format) {
    case 'simple-return': {
      const items = Object.entries(error.items ?? {})
        .map(([k, v]) => `<ITEM><KEY>${esc(k)}</KEY><VALUE>${esc(v)}</VALUE></ITEM>`)
        .join('');
      const body =
        '<?xml version="1.0" encoding="UTF-8" ?>\n' +
        `<!DOCTYPE SIMPLE_RETURN SYSTEM "${baseUrl}/api/2.0/simple_return.dtd">\n` +
        `<SIMPLE_RETURN><RESPONSE><DATETIME>${MOCK_DATETIME}</DATETIME><CODE>${esc(error.code)}</CODE>` +
        `<TEXT>${esc(error.text)}</TEXT>${items ? `<ITEM_LIST>${items}</ITEM_LIST>` : ''}</RESPONSE></SIMPLE_RETURN>\n`;
      return { status: error.status, headers: { ...headers, 'content-type': 'text/xml;charset=UTF-8' }, body };
    }
    case 'qps-response-code': {
      const code = /^[A-Z_]+$/.test(error.code) ? error.code : (QPS_CODES[error.status] ?? 'OTHER');
      const body =
        '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<ServiceResponse xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
        `xsi:noNamespaceSchemaLocation="${esc(schemaLocation)}">` +
        `<responseCode>${code}</responseCode><responseErrorDetails><errorMessage>${esc(error.text)}</errorMessage>` +
        '<errorResolution>Check the request against the API documentation.</errorResolution>' +
        '</responseErrorDetails></ServiceResponse>\n';
      return { status: error.status, headers: { ...headers, 'content-type': 'application/xml' }, body };
    }
    case 'json':
      return {
        status: error.status,
        headers: { ...headers, 'content-type': 'application/json' },
        body: `${JSON.stringify({ errorCode: error.code, message: error.text, ...(error.items ? { details: error.items } : {}) })}\n`,
      };
    case 'http':
      return {
        status: error.status,
        headers: { ...headers, 'content-type': 'text/plain' },
        body: `${error.status} ${error.text}\n`,
      };
  }
}

export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
