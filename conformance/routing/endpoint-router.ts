/**
 * Request → endpoint. Used by the mock server (which endpoint answers this request?) and by HAR
 * replay (which endpoint did this recorded exchange call?). Matching is method + path template
 * (+ aliases) + the FO `action` constant, which travels in the query string on GET and in the
 * form body on POST. FO endpoints accept GET and POST alike (the corpus recordings call
 * `knowledge_base/vuln` both ways), so for `api: fo` the method is not a discriminator.
 *
 * @see docs/conformance.md; the Qualys API (VM/PC) guide (FO paths and actions)
 */
import type { IrEndpoint } from '../../generator/ir/ir-endpoint.js';
import { type CompiledPath, compilePath } from './compile-path.js';

export interface RouteMatch {
  readonly endpoint: IrEndpoint;
  readonly pathParams: Readonly<Record<string, string>>;
  /** The alias spelling that matched, when it was not the endpoint's own path. */
  readonly alias?: string;
  /**
   * Path parameters whose percent-encoding is malformed (`%E0%A4%A`, `%zz`, encoded invalid
   * UTF-8): kept raw in `pathParams`; the mock answers 400 for them.
   */
  readonly malformed?: readonly string[];
}

interface Route {
  readonly endpoint: IrEndpoint;
  readonly path: CompiledPath;
  readonly alias?: string;
  /** Const params (`action=list`) the request must carry. */
  readonly consts: Readonly<Record<string, string>>;
}

/** The request's parameters from the query string and, for a form body, the body. */
export function requestParams(url: URL, contentType: string | undefined, body: string | undefined): URLSearchParams {
  const params = new URLSearchParams(url.search);
  if (body && /application\/x-www-form-urlencoded/i.test(contentType ?? '')) {
    for (const [k, v] of new URLSearchParams(body)) params.append(k, v);
  } else if (body && contentType === undefined && /^[\w.-]+=[^<{]*$/.test(body.trim())) {
    for (const [k, v] of new URLSearchParams(body.trim())) params.append(k, v);
  }
  return params;
}

export class EndpointRouter {
  private readonly routes: Route[] = [];

  constructor(readonly endpoints: readonly IrEndpoint[]) {
    for (const endpoint of endpoints) {
      const consts: Record<string, string> = {};
      for (const p of endpoint.params) if (p.const !== undefined && p.in !== 'header') consts[p.name] = p.const;
      this.routes.push({ endpoint, path: compilePath(endpoint.path), consts });
      for (const alias of endpoint.aliases) {
        this.routes.push({ endpoint, path: compilePath(alias), alias, consts });
      }
    }
    this.routes.sort((a, b) => b.path.specificity - a.path.specificity || specificityOf(b) - specificityOf(a));
  }

  /** The best endpoint for a request, or undefined (unspecified). */
  match(method: string, pathname: string, params: URLSearchParams): RouteMatch | undefined {
    const upper = method.toUpperCase();
    const path = safeDecodePath(pathname).replace(/\/{2,}/g, '/');
    for (const route of this.routes) {
      const { endpoint } = route;
      const wanted = route.path.method ?? endpoint.method;
      const methodOk = wanted === upper || (endpoint.api === 'fo' && (upper === 'GET' || upper === 'POST'));
      if (!methodOk) continue;
      const m = route.path.regex.exec(path);
      if (!m) continue;
      if (!Object.entries(route.consts).every(([k, v]) => params.get(k) === v)) continue;
      if (!Object.entries(route.path.query).every(([k, v]) => params.get(k) === v)) continue;
      const pathParams: Record<string, string> = {};
      const malformed: string[] = [];
      route.path.params.forEach((name, i) => {
        const raw = m[i + 1]!;
        const decoded = safeDecodeComponent(raw);
        if (decoded === undefined) malformed.push(name);
        pathParams[name] = decoded ?? raw;
      });
      return {
        endpoint,
        pathParams,
        ...(route.alias !== undefined ? { alias: route.alias } : {}),
        ...(malformed.length ? { malformed } : {}),
      };
    }
    return undefined;
  }

  /** Endpoints whose path matches but whose method or action does not: for a helpful 404/405. */
  nearMisses(pathname: string): IrEndpoint[] {
    const path = safeDecodePath(pathname);
    return this.routes.filter((r) => r.path.regex.test(path)).map((r) => r.endpoint);
  }
}

function specificityOf(route: Route): number {
  return Object.keys(route.consts).length + (route.alias === undefined ? 0.5 : 0);
}

/** Undefined for malformed percent-encoding (a `%` without two hex digits, or bytes that are not UTF-8). */
export function safeDecodeComponent(s: string): string | undefined {
  try {
    return decodeURIComponent(s);
  } catch {
    return undefined;
  }
}

function safeDecodePath(p: string): string {
  try {
    return decodeURI(p);
  } catch {
    return p;
  }
}
