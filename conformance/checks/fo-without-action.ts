/**
 * Replay of FO API 2.0 traffic that names a specified FO path but no `action` (Qualys API
 * guide, "API conventions": every FO call selects its operation with the required `action`
 * parameter; the path alone is no endpoint). Two real answers exist for such a request, both
 * recorded (ruby-qualys `wrong.yml`):
 *
 * - The web server's redirect of the path without its trailing slash (`/api/2.0/fo/scan` →
 *   301, `Location: …/fo/scan/`, an HTML body): not an API answer; checked only in that its
 *   `Location` leads to the documented FO path.
 * - The API's refusal of the missing parameter: HTTP 400 `SIMPLE_RETURN` CODE 1903 "Missing
 *   required parameter(s): action", the error answer every endpoint of the path declares. It is
 *   checked like a case against those error responses (status, content type, SIMPLE_RETURN DTD);
 *   a 2xx answer fails, since no operation was selected.
 *
 * The case is labelled with the path's endpoint family (`vm.scan.*`), never with one endpoint.
 */
import type { IrDocument } from '../../generator/ir/ir-document.js';
import type { IrEndpoint } from '../../generator/ir/ir-endpoint.js';
import type { EndpointRouter } from '../routing/endpoint-router.js';
import type { CheckResult } from '../runner/case-result.js';
import type { PayloadOptions } from '../validate/validate-payload.js';
import { checkResponse, type ObservedResponse } from './check-response.js';

export interface FoWithoutActionCase {
  /** `vm.scan.*`: the endpoints of the path, for reports. */
  readonly family: string;
  readonly endpoints: readonly IrEndpoint[];
  readonly checks: readonly CheckResult[];
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * The checks of an FO request without `action` to a specified path, or undefined when the
 * request carries an action or its path is no specified FO path (the entry stays unspecified).
 */
export function checkFoWithoutAction(
  doc: IrDocument,
  router: EndpointRouter,
  url: URL,
  params: URLSearchParams,
  observed: ObservedResponse,
  options: PayloadOptions = {},
): FoWithoutActionCase | undefined {
  const endpoints = foWithoutActionFamily(router, url, params);
  if (!endpoints) return undefined;
  const family = familyLabel(endpoints);
  if (REDIRECTS.has(observed.status)) return redirectCase(router, url, observed, family, endpoints);
  const errorAnswers = endpoints.find((e) => e.responses.some((r) => r.status >= 400 && r.schema));
  if (!errorAnswers) return undefined;
  const matched: CheckResult = {
    check: 'matched',
    ok: true,
    message: `${family} without action: the FO API refuses it (SIMPLE_RETURN, CODE 1903 missing parameter); checked against the error answers of ${errorAnswers.id}`,
  };
  const errorsOnly: IrEndpoint = { ...errorAnswers, responses: errorAnswers.responses.filter((r) => r.status >= 400) };
  return { family, endpoints, checks: [matched, ...checkResponse(doc, errorsOnly, observed, {}, options)] };
}

function redirectCase(
  router: EndpointRouter,
  url: URL,
  observed: ObservedResponse,
  family: string,
  endpoints: readonly IrEndpoint[],
): FoWithoutActionCase {
  const location = observed.headers.location;
  let target: URL | undefined;
  try {
    target = location ? new URL(location, url) : undefined;
  } catch {
    target = undefined;
  }
  const leads = target !== undefined && foFamily(router, target.pathname) !== undefined;
  return {
    family,
    endpoints,
    checks: [
      {
        check: 'matched',
        ok: true,
        message: `${family} without action: HTTP ${observed.status} redirect of the web server (not an API answer; the client follows it)`,
      },
      {
        check: 'status',
        ok: leads,
        message: leads
          ? `HTTP ${observed.status} to ${target!.pathname}, the documented FO path`
          : `HTTP ${observed.status} ${location ? `to '${location}', not a specified FO path` : 'without a Location header'}`,
      },
    ],
  };
}

/** The endpoints of the specified FO path a request without `action` calls, or undefined. */
export function foWithoutActionFamily(
  router: EndpointRouter,
  url: URL,
  params: URLSearchParams,
): readonly IrEndpoint[] | undefined {
  return params.has('action') ? undefined : foFamily(router, url.pathname);
}

/** The FO endpoints of a path, or undefined when the path is not (only) an FO path. */
function foFamily(router: EndpointRouter, pathname: string): readonly IrEndpoint[] | undefined {
  const endpoints = [...new Set(router.nearMisses(pathname))];
  if (endpoints.length === 0 || !endpoints.every((e) => e.api === 'fo')) return undefined;
  return endpoints;
}

/** `vm.scan.*` from vm.scan.list, vm.scan.fetch, …: the ids' common dotted prefix. */
function familyLabel(endpoints: readonly IrEndpoint[]): string {
  let parts = endpoints[0]!.id.split('.');
  for (const e of endpoints.slice(1)) {
    const other = e.id.split('.');
    let n = 0;
    while (n < parts.length && n < other.length && parts[n] === other[n]) n++;
    parts = parts.slice(0, n);
  }
  return endpoints.length === 1 ? endpoints[0]!.id : `${parts.join('.')}.*`;
}
