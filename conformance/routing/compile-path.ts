/**
 * Path templates → matchers. An endpoint path (`/qps/rest/3.0/get/was/finding/{id}`) or an alias
 * from a release note (`GET rest/2.0/get/am/asset`, `/api/2.0/fo/scan/?action=fetch`) becomes a
 * regex over the request path plus the query constants the alias pins. A trailing slash is
 * optional, as the real servers treat `/fo/knowledge_base/vuln` and `/fo/knowledge_base/vuln/`
 * alike (recorded in the corpus HAR files).
 *
 * @see docs/conformance.md
 */

export interface CompiledPath {
  /** The spelling it was compiled from. */
  readonly source: string;
  /** Method pinned by an alias (`GET /x`), if any. */
  readonly method?: string;
  readonly regex: RegExp;
  /** Path parameter names in order. */
  readonly params: readonly string[];
  /** Query constants pinned by an alias (`?action=fetch`). */
  readonly query: Readonly<Record<string, string>>;
  /** Literal characters in the template: more specific templates win ties. */
  readonly specificity: number;
}

const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `s` without trailing `/`s (a loop, not `/\/+$/`, which is quadratic on long runs of `/`). */
export function trimTrailingSlashes(s: string): string {
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 0x2f) end--;
  return s.slice(0, end);
}

/** `/a/{id}/b` → ['/a/', '{id}', '/b']: literals and `{name}` parameters (a non-empty name, up to the first `}`). */
function templateParts(template: string): string[] {
  const parts: string[] = [];
  let i = 0;
  let literalStart = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open < 0) break;
    const close = template.indexOf('}', open + 1);
    if (close < 0) break;
    if (close === open + 1) {
      i = close + 1;
      continue;
    }
    parts.push(template.slice(literalStart, open), template.slice(open, close + 1));
    i = literalStart = close + 1;
  }
  parts.push(template.slice(literalStart));
  return parts;
}

export function compilePath(spelling: string): CompiledPath {
  let rest = spelling.trim();
  let method: string | undefined;
  const m = /^(GET|POST|PUT|DELETE|PATCH)\s+/i.exec(rest);
  if (m) {
    method = m[1]!.toUpperCase();
    rest = rest.slice(m[0].length);
  }
  rest = rest.replace(/^[a-z]+:\/\/[^/]+/i, '');
  const [pathPart = '', queryPart = ''] = rest.split('?', 2);
  let template = pathPart.startsWith('/') ? pathPart : `/${pathPart}`;
  template = trimTrailingSlashes(template);
  const params: string[] = [];
  let literal = 0;
  const body = templateParts(template)
    .map((part) => {
      const p = /^\{([^}]+)\}$/.exec(part);
      if (p) {
        params.push(p[1]!);
        return '([^/]+)';
      }
      literal += part.length;
      return escapeRegex(part);
    })
    .join('');
  const query: Record<string, string> = {};
  for (const [k, v] of new URLSearchParams(queryPart)) query[k] = v;
  return {
    source: spelling,
    ...(method ? { method } : {}),
    regex: new RegExp(`^${body}/?$`),
    params,
    query,
    specificity: literal + Object.keys(query).length * 1000,
  };
}
