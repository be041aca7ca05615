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
 * @see corpus SOURCES.md (FO, QPS facts); seeds 003, 004
 */
import type { IrErrorFormat } from '../../generator/ir/ir-endpoint.js';

export interface MockAnswer {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string;
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

export function errorAnswer(format: IrErrorFormat, error: MockError, baseUrl: string): MockAnswer {
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
        `xsi:noNamespaceSchemaLocation="${baseUrl}/qps/xsd/3.0/was/webapp.xsd">` +
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
