/**
 * One recorded exchange as every recording format hands it to replay, and the contract a format
 * implements. Request fields are small and plain; the response body stays as recorded
 * (`EncodedBody`) until `decodeBody` is asked for it under the limits, so a recording of many
 * large compressed bodies never has more than one of them decoded at a time.
 *
 * To add a format: implement `RecordingFormat` (which files it reads, how its bytes become
 * entries) and list it in open-recording.ts.
 *
 * @see recordings/har-format.ts, recordings/vcr-format.ts
 */
import type { ReadInto } from './json-array-stream.js';

/** A body as it sits in the recording. */
export type EncodedBody =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'base64'; readonly text: string }
  | { readonly kind: 'bytes'; readonly bytes: Uint8Array }
  /** Polly.js: a gzip/deflate body it did not decode, as a JSON array of hex strings. */
  | { readonly kind: 'hex-chunks'; readonly json: string };

export interface RecordedEntry {
  /** 0-based index in the file. */
  readonly index: number;
  readonly method: string;
  readonly url: string;
  /** Lower-case names; repeated headers joined with `, `. */
  readonly requestHeaders: Readonly<Record<string, string>>;
  readonly requestBody: EncodedBody;
  readonly requestContentType?: string;
  readonly status: number;
  /** Lower-case names. */
  readonly responseHeaders: Readonly<Record<string, string>>;
  readonly responseBody: EncodedBody;
  readonly startedDateTime?: string;
}

export interface RecordingFormat {
  /** `HAR`, `VCR cassette`: for messages. */
  readonly name: string;
  /** Whether this format reads `file` (by its name). */
  handles(file: string): boolean;
  /** Largest file read by default. */
  readonly defaultMaxBytes: number;
  /**
   * The entries of the file whose bytes `read` hands out (bounded by the caller), in order, as
   * they are read: a format that can stream hands out each entry before reading the next.
   * Throws `RecordingError` for a file that is not of this format, possibly after some entries.
   */
  entries(read: ReadInto, file: string): Iterable<RecordedEntry>;
}

/** Lower-cases header names; joins repeated values. */
export function headerMap(pairs: Iterable<readonly [string, string]>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of pairs) {
    const k = name.toLowerCase();
    out[k] = out[k] === undefined ? value : `${out[k]}, ${value}`;
  }
  return out;
}
