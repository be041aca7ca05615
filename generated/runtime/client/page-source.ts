// Copied by qspec from runtime/client/page-source.ts. Do not edit here: `qspec generate` replaces it.
/**
 * What the paging iterator (paginate.ts) and the streamed-page decoder (stream-page.ts) need of
 * the client core: the two outcomes of one page exchange (a decoded `RawResult`, or a
 * `StreamedResult` whose body is still arriving) and the `PageSource` that produces them.
 * `ClientCore` implements `PageSource`; the paging files depend on this interface only, so the
 * core can import them without an import cycle.
 *
 * @see client-core.ts (the implementation), paginate.ts, stream-page.ts
 */
import type { EndpointModel, SchemaRefModel } from '../endpoint-model.js';
import type { CallOptions, ResolvedClientOptions } from './client-options.js';
import type { Redactor } from './redact.js';
import type { ResponseDecoder } from './response-decoder.js';
import type { XmlEnvelope } from './xml-envelope.js';

/** One exchange's outcome, before it becomes a typed value. */
export interface RawResult {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly value: unknown;
  readonly envelope: XmlEnvelope | undefined;
}

/** A 2xx page of a paged XML endpoint whose body is still arriving (see stream-page.ts). */
export interface StreamedResult {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  /** The body: its first 64 KiB, then the rest as it arrives. */
  readonly chunks: AsyncIterable<Uint8Array>;
  readonly schema: SchemaRefModel & { readonly root: string };
  /** URL without its query string (for errors). */
  readonly url: string;
}

/** The client core as the paging code sees it. */
export interface PageSource {
  readonly options: ResolvedClientOptions;
  readonly redactor: Redactor;
  readonly decoder: ResponseDecoder | undefined;
  /**
   * One page of a paged endpoint: decoded, or (a 2xx XML answer with the expected root and more
   * than 64 KiB, when the decoder can stream) handed back unread.
   */
  exchangePage(
    endpoint: EndpointModel,
    input: Readonly<Record<string, unknown>>,
    extraQuery: Readonly<Record<string, string>>,
    options: CallOptions,
  ): Promise<RawResult | StreamedResult>;
  /** Reports a payload's schema issues as the client's validation mode says (throw or warn). */
  report(
    endpoint: EndpointModel,
    issues: readonly { message: string; path?: string; line?: number; column?: number }[],
    url: string,
  ): void;
}
