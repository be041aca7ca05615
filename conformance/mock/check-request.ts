/**
 * Checks an incoming request against its endpoint spec, the way the real servers refuse bad
 * calls: a well-formed auth header (Basic user:password for FO/QPS/PCI, Bearer for gateway), `X-Requested-With` on
 * FO calls, `apiVersion: V1` on PCI calls, required parameters present, enum values and
 * integer/boolean parameters well-formed, numeric bounds, `requiredWith` companions. Returns the
 * first problem as a `MockError` (status and code as Qualys answers it), or undefined.
 *
 * @see the Qualys API guides (FO needs X-Requested-With; 401 CODE 2000) and release notes
 */
import type { IrEndpoint, IrParam } from '../../generator/ir/ir-endpoint.js';
import type { MockError } from './error-body.js';

export interface IncomingRequest {
  readonly method: string;
  /** Lower-case names. */
  readonly headers: Readonly<Record<string, string | undefined>>;
  /** Query + form parameters. */
  readonly params: URLSearchParams;
  readonly pathParams: Readonly<Record<string, string>>;
  readonly body: string;
}

export function checkRequest(endpoint: IrEndpoint, req: IncomingRequest, requireAuth: boolean): MockError | undefined {
  const auth = req.headers.authorization ?? '';
  if (requireAuth && endpoint.auth !== 'none') {
    const scheme = endpoint.auth === 'jwt' ? 'Bearer' : 'Basic';
    if (!wellFormedCredentials(auth, scheme)) {
      return {
        status: 401,
        code: endpoint.errors === 'simple-return' ? '2000' : 'INVALID_CREDENTIALS',
        text: `Bad Login/Password (the mock expects a well-formed ${scheme} Authorization header)`,
      };
    }
  }
  if (endpoint.api === 'fo' && !req.headers['x-requested-with']) {
    return { status: 400, code: '1907', text: 'Missing required header: X-Requested-With' };
  }
  if (endpoint.api === 'pci' && req.headers.apiversion !== 'V1') {
    return { status: 400, code: 'INVALID_API_VERSION', text: "Header 'apiVersion: V1' is required" };
  }
  const code = endpoint.errors === 'simple-return' ? '1903' : 'INVALID_REQUEST';
  for (const p of endpoint.params) {
    const value = paramValue(p, req);
    if (value === undefined) {
      if (p.required && p.const === undefined && p.in !== 'header')
        return { status: 400, code, text: `Missing required parameter: ${p.name}` };
      continue;
    }
    const problem = checkValue(p, value);
    if (problem) return { status: 400, code: endpoint.errors === 'simple-return' ? '1905' : code, text: problem };
    for (const other of p.requiredWith ?? []) {
      const companion = endpoint.params.find((q) => q.name === other);
      if (companion && paramValue(companion, req) === undefined) {
        return { status: 400, code, text: `Parameter ${other} is required when ${p.name} is given` };
      }
    }
  }
  return undefined;
}

/** RFC 7235 token68: the credentials of Basic and Bearer. */
const TOKEN68 = /^[A-Za-z0-9\-._~+/]+=*$/;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/**
 * `Basic <base64 of user:password>` with a non-empty user, or `Bearer <token68>` (scheme names
 * are case-insensitive). Anything else (`Basic %%%%`, bad base64, no colon) is refused with 401.
 */
export function wellFormedCredentials(header: string, scheme: 'Basic' | 'Bearer'): boolean {
  const space = header.indexOf(' ');
  if (space < 0 || header.slice(0, space).toLowerCase() !== scheme.toLowerCase()) return false;
  const token = header.slice(space + 1).trim();
  if (token.length === 0 || token.length > 8192 || !TOKEN68.test(token)) return false;
  if (scheme === 'Bearer') return true;
  if (!BASE64.test(token) || token.length % 4 !== 0) return false;
  const decoded = Buffer.from(token, 'base64').toString('utf8');
  return decoded.indexOf(':') > 0;
}

function paramValue(p: IrParam, req: IncomingRequest): string | undefined {
  switch (p.in) {
    case 'path':
      return req.pathParams[p.name];
    case 'header':
      return req.headers[p.name.toLowerCase()];
    default:
      return req.params.get(p.name) ?? undefined;
  }
}

function checkValue(p: IrParam, value: string): string | undefined {
  const items = p.list ? value.split(',') : [value];
  for (const raw of items) {
    const v = raw.trim();
    if (p.const !== undefined && v !== p.const) return `Parameter ${p.name} must be ${p.const}`;
    if (p.enum && !p.enum.includes(v)) return `Invalid value for ${p.name}: ${v} (allowed: ${p.enum.join(', ')})`;
    if (p.type === 'integer') {
      if (!/^-?\d+(-\d+)?$/.test(v)) return `Invalid value for ${p.name}: ${v} (an integer)`;
      const n = Number(v.split(/(?<=\d)-/)[0]);
      if (p.minimum !== undefined && n < p.minimum) return `${p.name} must be at least ${p.minimum}`;
      if (p.maximum !== undefined && n > p.maximum) return `${p.name} must be at most ${p.maximum}`;
    }
    if (p.type === 'number' && Number.isNaN(Number(v))) return `Invalid value for ${p.name}: ${v} (a number)`;
    if (p.type === 'boolean') {
      const ok = p.booleanFormat === 'zero-one' ? ['0', '1'] : ['true', 'false', '0', '1'];
      if (!ok.includes(v)) return `Invalid value for ${p.name}: ${v} (${ok.join('/')})`;
    }
    if (p.type === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(v)) return `Invalid date for ${p.name}: ${v} (YYYY-MM-DD)`;
    if (p.type === 'date-time' && Number.isNaN(Date.parse(v))) return `Invalid date-time for ${p.name}: ${v}`;
  }
  return undefined;
}
