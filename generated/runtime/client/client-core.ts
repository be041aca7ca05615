// Copied by qspec from runtime/client/client-core.ts. Do not edit here: `qspec generate` replaces it.
/**
 * The client core that every generated method calls: `call()` for one request, `paginate()`
 * for paged endpoints. One call is: validate the input against the endpoint model
 * (QualysRequestError, no round trip) -> build the request -> add auth (basic / PCI / gateway
 * JWT, refreshed once on 401) -> send through the transport under the concurrency limit -> retry
 * 409 (1960/1965), 429, 503 as the headers say (idempotent calls only, unless told) -> map
 * errors to typed classes -> decode and validate the payload (throw | warn | off) or hand back a
 * stream for binary/CSV/text outputs. Pages of paged XML endpoints larger than 64 KiB are handed
 * back as a byte stream too (`exchangePage`), decoded record by record by stream-page.ts.
 *
 * @see docs/client.md; page-source.ts (what the paging code calls back), stream-page.ts
 */
import type { EndpointModel, ResponseModel } from '../endpoint-model.js';
import { AuthProvider } from './auth-provider.js';
import { readBodyHead } from './body-head.js';
import { type BodyReadOptions, discardBody, readBodyText } from './body-read.js';
import { buildRequest } from './build-request.js';
import {
  type CallOptions,
  type ClientOptions,
  type ResolvedClientOptions,
  resolveClientOptions,
} from './client-options.js';
import { ConcurrencyLimiter } from './concurrency-limiter.js';
import { JwtTokenSource } from './jwt-token-source.js';
import { nodeHttpTransport } from './node-http-transport.js';
import type { PageSource, RawResult, StreamedResult } from './page-source.js';
import { type PageIterable, paginate } from './paginate.js';
import { baseUrlFor, type PlatformModel, resolvePlatformUrls } from './platform-model.js';
import { QualysError, QualysRequestError, QualysValidationError } from './qualys-error.js';
import { isRetryableStatus, parseRateLimit, type RateLimitInfo, retryDelayMs } from './rate-limit.js';
import { Redactor } from './redact.js';
import { redirectError } from './redirect.js';
import type { ResponseDecoder } from './response-decoder.js';
import { responseError } from './response-error.js';
import { guardedSend } from './send-guard.js';
import { SESSION_LOGIN, SESSION_LOGOUT, SessionCookie } from './session-cookie.js';
import type { Transport, TransportResponse } from './transport.js';
import { validateRequest } from './validate-request.js';
import { readXmlEnvelope, simpleReturnOf, type XmlEnvelope } from './xml-envelope.js';

export type { RawResult, StreamedResult } from './page-source.js';

/** The client core; implements the `PageSource` that the paging code calls back. */
export class ClientCore implements PageSource {
  readonly options: ResolvedClientOptions;
  readonly redactor = new Redactor();
  /** The FO session of `vm.session.login`, in memory only (session-cookie.ts). */
  private readonly session = new SessionCookie(this.redactor);
  /** The rate-limit headers of the latest response that carried any. */
  lastRateLimit: RateLimitInfo | undefined;
  private readonly transport: Transport;
  private readonly urls: { apiUrl: string; gatewayUrl: string };
  private readonly auth: AuthProvider;
  private readonly jwt: JwtTokenSource;
  private readonly limiter: ConcurrencyLimiter;
  readonly decoder: ResponseDecoder | undefined;

  constructor(
    private readonly user: ClientOptions,
    platforms: Readonly<Record<string, PlatformModel>> = {},
  ) {
    this.options = resolveClientOptions(user);
    const platform = typeof user.platform === 'string' ? platforms[user.platform] : user.platform;
    if (typeof user.platform === 'string' && platform === undefined) {
      throw new QualysError(`unknown platform ${user.platform} (known: ${Object.keys(platforms).join(', ')})`);
    }
    this.urls = resolvePlatformUrls(platform, user);
    this.transport = user.transport ?? nodeHttpTransport();
    this.auth = new AuthProvider(user.auth, user.pciAuth, this.redactor);
    this.limiter = new ConcurrencyLimiter(this.options.concurrency);
    this.decoder = user.decoder;
    this.jwt = new JwtTokenSource({
      transport: this.transport,
      gatewayUrl: this.urls.gatewayUrl,
      credentials: () =>
        this.auth.credentials(new URL(this.urls.gatewayUrl).host) ??
        this.auth.credentials(new URL(this.urls.apiUrl).host),
      redactor: this.redactor,
      now: this.options.now,
      refreshMarginMs: this.options.jwtRefreshMarginMs,
      timeoutMs: this.options.timeoutMs,
    });
  }

  /** How many gateway tokens were fetched so far. */
  get tokenFetches(): number {
    return this.jwt.fetchCount;
  }

  /** Calls one endpoint and returns its decoded payload (or a byte stream for binary/CSV/text). */
  async call<T>(
    endpoint: EndpointModel,
    input: Readonly<Record<string, unknown>> = {},
    options: CallOptions = {},
  ): Promise<T> {
    return (await this.exchange(endpoint, input, {}, options)).value as T;
  }

  /** Pages through a paged endpoint: an async iterable of records, with `pages()` and resumable cursors. */
  paginate<T>(
    endpoint: EndpointModel,
    input: Readonly<Record<string, unknown>> = {},
    options: CallOptions = {},
  ): PageIterable<T> {
    return paginate<T>(this, endpoint, input, options);
  }

  /** Validates, sends (with auth and retries) and decodes one request. */
  async exchange(
    endpoint: EndpointModel,
    input: Readonly<Record<string, unknown>>,
    extraQuery: Readonly<Record<string, string>>,
    options: CallOptions,
  ): Promise<RawResult> {
    return (await this.round(endpoint, input, extraQuery, options, false)) as RawResult;
  }

  /**
   * One page of a paged endpoint: as `exchange`, except that a 2xx XML answer with the expected
   * root and more than 64 KiB comes back unread (StreamedResult) when the decoder can stream.
   */
  exchangePage(
    endpoint: EndpointModel,
    input: Readonly<Record<string, unknown>>,
    extraQuery: Readonly<Record<string, string>>,
    options: CallOptions,
  ): Promise<RawResult | StreamedResult> {
    const stream = endpoint.records !== undefined && this.decoder?.xmlRecords !== undefined;
    return this.round(endpoint, input, extraQuery, options, stream);
  }

  private async round(
    endpoint: EndpointModel,
    input: Readonly<Record<string, unknown>>,
    extraQuery: Readonly<Record<string, string>>,
    options: CallOptions,
    stream: boolean,
  ): Promise<RawResult | StreamedResult> {
    const issues = validateRequest(endpoint, input);
    if (issues.length > 0) throw new QualysRequestError(issues, { endpoint: endpoint.id });
    const built = buildRequest(endpoint, input, extraQuery);
    const base = baseUrlFor(endpoint.api, this.urls);
    const url = `${base}${built.pathAndQuery}`;
    const bareUrl = `${base}${built.pathAndQuery.split('?')[0]}`;
    const host = new URL(base).host;
    const retry = this.options.retry;
    let jwtRetried = false;
    for (let attempt = 0; ; attempt++) {
      const cookie = this.session.cookieFor(url);
      const auth = await this.authHeaders(endpoint, host, options.signal, cookie !== undefined);
      const headers = { ...built.headers, ...auth.headers };
      if (cookie !== undefined && !Object.keys(headers).some((h) => h.toLowerCase() === 'cookie')) {
        headers['cookie'] = cookie;
      }
      this.user.onRequest?.({
        endpoint: endpoint.id,
        method: endpoint.method,
        url: this.redactor.text(url),
        headers: this.redactor.headers(headers),
        attempt,
      });
      const timeoutMs = options.timeoutMs ?? this.options.timeoutMs;
      const context = { endpoint: endpoint.id, url: bareUrl };
      const reading: BodyReadOptions = {
        maxBytes: this.options.maxResponseBytes,
        timeoutMs,
        redactor: this.redactor,
        context,
      };
      const { res, text, streamed } = await this.limiter.run(async () => {
        const request = {
          method: endpoint.method,
          url,
          headers,
          ...(built.body !== undefined ? { body: built.body } : {}),
          ...(options.signal ? { signal: options.signal } : {}),
          timeoutMs,
        };
        const r = await guardedSend(this.transport, request, this.redactor, context);
        const redirect = redirectError(r, url, { ...context, status: r.status });
        if (redirect !== undefined) {
          await discardBody(r);
          throw redirect;
        }
        const model = this.responseModel(endpoint, r.status, r.headers['content-type']);
        const ok = r.status >= 200 && r.status < 300;
        const body = model?.body;
        if ((body === 'binary' || body === 'csv' || body === 'text') && ok) return { res: r, text: undefined };
        const schema = model?.schema;
        if (stream && ok && body === 'xml' && schema?.root !== undefined && r.body !== null) {
          // The slot is released once the head is read, as for binary streams: the consumer may call the API meanwhile.
          const head = await readBodyHead(r.body, { ...reading, expectedRoot: schema.root });
          if (head.kind === 'text') return { res: r, text: head.text };
          const result: StreamedResult = {
            status: r.status,
            headers: r.headers,
            chunks: head.chunks,
            schema: { ...schema, root: schema.root },
            url: bareUrl,
          };
          return { res: r, text: undefined, streamed: result };
        }
        return { res: r, text: await readBodyText(r, reading) };
      });
      const rateLimit = parseRateLimit(res.headers);
      if (rateLimit) this.lastRateLimit = rateLimit;
      this.user.onResponse?.({
        endpoint: endpoint.id,
        status: res.status,
        headers: this.redactor.headers(res.headers),
        rateLimit,
      });
      if (res.status === 401 && auth.token !== undefined && !jwtRetried && this.auth.presetToken === undefined) {
        this.jwt.invalidate(auth.token);
        jwtRetried = true;
        attempt--;
        continue;
      }
      if (endpoint.id === SESSION_LOGOUT) this.session.clear();
      if (streamed !== undefined) return streamed;
      if (text === undefined)
        return { status: res.status, headers: res.headers, value: res.body ?? emptyStream(), envelope: undefined };
      const envelope = readXmlEnvelope(text);
      const sr = envelope ? simpleReturnOf(envelope) : undefined;
      if (
        isRetryableStatus(res.status, sr?.code) &&
        attempt < retry.maxRetries &&
        (endpoint.idempotent || retry.retryNonIdempotent)
      ) {
        const secs = sr?.items['SECONDS_TO_WAIT']?.[0];
        const delay = retryDelayMs(res.headers, secs ? Number(secs) : undefined, attempt, retry, this.options.now());
        this.options.onWarning({
          endpoint: endpoint.id,
          code: 'Retrying',
          message: `HTTP ${res.status}${sr?.code ? ` (${sr.code})` : ''}: retry ${attempt + 1} in ${delay} ms`,
        });
        await this.options.sleep(delay, options.signal);
        continue;
      }
      const result = this.finish(endpoint, res, text, envelope, bareUrl, built.body);
      if (endpoint.id === SESSION_LOGIN && res.status >= 200 && res.status < 300) {
        this.session.accept(res.headers['set-cookie'], url);
      }
      return result;
    }
  }

  private async authHeaders(
    endpoint: EndpointModel,
    host: string,
    signal?: AbortSignal,
    session = false,
  ): Promise<{ headers: Record<string, string>; token?: string }> {
    // A held FO session stands in for basic credentials the caller did not give.
    if (session && endpoint.auth === 'basic' && this.auth.credentials(host) === undefined) return { headers: {} };
    if (endpoint.auth !== 'jwt') return { headers: this.auth.basicHeaders(endpoint.auth, host, endpoint.id) };
    const token = this.auth.presetToken ?? (await this.jwt.get(signal));
    return { headers: { authorization: `Bearer ${token}` }, token };
  }

  /** The declared response for a status (and content type, when several share a status: scan fetch CSV vs JSON). */
  private responseModel(
    endpoint: EndpointModel,
    status: number,
    contentType: string | undefined,
  ): ResponseModel | undefined {
    const media = (t: string | undefined) => (t ?? '').split(';')[0]!.trim().toLowerCase();
    const same = endpoint.responses.filter((r) => r.status === status);
    const candidates = same.length > 0 ? same : endpoint.responses.filter((r) => r.status >= 200 && r.status < 300);
    return candidates.find((r) => media(r.contentType) === media(contentType)) ?? candidates[0];
  }

  private finish(
    endpoint: EndpointModel,
    res: TransportResponse,
    text: string,
    envelope: XmlEnvelope | undefined,
    url: string,
    requestBody: string | undefined,
  ): RawResult {
    let json: unknown;
    const model = this.responseModel(endpoint, res.status, res.headers['content-type']);
    const looksJson = /^\s*[{[]/.test(text);
    if (looksJson) {
      try {
        json = JSON.parse(text);
      } catch {
        json = undefined;
      }
    }
    const error = responseError(endpoint, res.status, text, envelope, json, this.redactor, url, requestBody);
    if (error) throw error;
    const base = { status: res.status, headers: res.headers, envelope };
    if (res.status === 204 || text.trim() === '' || model === undefined || model.body === 'none')
      return { ...base, value: undefined };
    if (model.body === 'json' || (looksJson && model.body !== 'xml')) {
      if (model.schema !== undefined && this.decoder !== undefined && this.options.validation !== 'off') {
        this.report(endpoint, this.decoder.json(json, model.schema), url);
      }
      return { ...base, value: json };
    }
    if (model.body === 'xml' && model.schema !== undefined && this.decoder !== undefined) {
      const decoded = this.decoder.xml(text, model.schema);
      if (this.options.validation !== 'off') this.report(endpoint, decoded.issues, url);
      return { ...base, value: decoded.value };
    }
    return { ...base, value: envelope?.tree ?? text };
  }

  /** Reports a payload's schema issues: throws QualysValidationError (`throw`) or warns once (`warn`). */
  report(
    endpoint: EndpointModel,
    issues: readonly { message: string; path?: string; line?: number; column?: number }[],
    url: string,
  ): void {
    if (issues.length === 0) return;
    const clean = issues.map((i) => ({ ...i, message: this.redactor.text(i.message) }));
    const error = new QualysValidationError(clean, { endpoint: endpoint.id, url });
    if (this.options.validation === 'throw') throw error;
    this.options.onWarning({ endpoint: endpoint.id, code: 'ResponseSchemaInvalid', message: error.message });
  }
}

function emptyStream(): ReadableStream<Uint8Array> {
  return new ReadableStream({ start: (c) => c.close() });
}
