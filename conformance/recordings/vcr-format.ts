/**
 * VCR cassettes for replay: the YAML that Ruby's VCR (`http_interactions:`) and Python's vcrpy
 * (`interactions:`) write, each interaction a request (method, uri, headers, body) and a
 * response (status code/message, headers, body). Bodies are `{encoding, string}` or
 * `{encoding, base64_string}` (Ruby VCR), `{string}` or a plain string (vcrpy), or a `!!binary` /
 * `!binary` scalar; base64 stays undecoded here (decoded per entry under the limits), and a
 * gzip body, as vcrpy keeps it unless told to decode, is inflated the same way.
 *
 * Hostile YAML: aliases are expanded at most `MAX_YAML_ALIASES` times (billion laughs), unknown
 * tags (`!ruby/object:...`) resolve as plain data and never run anything, and the file size is
 * capped before parsing (recording-limits.ts).
 *
 * @see https://relishapp.com/vcr/vcr/docs/cassettes/cassette-format ; corpus recordings/ruby-qualys/*.yml
 */
import { parse } from 'yaml';
import { RecordingError } from '../../generator/errors.js';
import type { ReadInto } from './json-array-stream.js';
import { type EncodedBody, headerMap, type RecordedEntry, type RecordingFormat } from './recorded-entry.js';
import { DEFAULT_MAX_CASSETTE_BYTES, MAX_YAML_ALIASES } from './recording-limits.js';

/** A `!!binary` / `!binary` scalar, kept as its base64 text. */
class BinaryScalar {
  constructor(readonly base64: string) {}
}

const binaryTags = ['tag:yaml.org,2002:binary', '!binary'].map((tag) => ({
  tag,
  identify: (v: unknown) => v instanceof BinaryScalar,
  resolve: (src: string) => new BinaryScalar(src),
}));

type Loose = Record<string, unknown> | undefined;

export const vcrFormat: RecordingFormat = {
  name: 'VCR cassette',
  defaultMaxBytes: DEFAULT_MAX_CASSETTE_BYTES,
  handles: (file) => /\.ya?ml$/i.test(file),
  entries(read, file) {
    const text = readAll(read).toString('utf8');
    let doc: unknown;
    try {
      doc = parse(text, { maxAliasCount: MAX_YAML_ALIASES, customTags: binaryTags, logLevel: 'error' });
    } catch (e) {
      const message = (e as Error).message.split('\n')[0];
      throw new RecordingError(`${file}: not a readable VCR cassette (${message})`);
    }
    const root = doc as Loose;
    const list = root?.http_interactions ?? root?.interactions;
    if (!Array.isArray(list))
      throw new RecordingError(`${file}: not a VCR cassette (no http_interactions or interactions list)`);
    return list.map((item, index) => interaction(item as Loose, index));
  },
};

/** The whole cassette: YAML is parsed as one document (its size is capped by the caller). */
function readAll(read: ReadInto): Buffer {
  const chunks: Buffer[] = [];
  for (;;) {
    const chunk = Buffer.allocUnsafe(1 << 20);
    const got = read(chunk, 0, chunk.length);
    if (got === 0) return Buffer.concat(chunks);
    chunks.push(chunk.subarray(0, got));
  }
}

function interaction(item: Loose, index: number): RecordedEntry {
  const req = asMap(item?.request);
  const res = asMap(item?.response);
  const requestHeaders = headers(req?.headers);
  const responseHeaders = headers(res?.headers);
  const status = asMap(res?.status);
  const code = status ? status.code : res?.status;
  const recordedAt = item?.recorded_at;
  return {
    index,
    method: String(req?.method ?? 'GET').toUpperCase(),
    url: String(req?.uri ?? ''),
    requestHeaders,
    requestBody: body(req?.body),
    ...(requestHeaders['content-type'] ? { requestContentType: requestHeaders['content-type'] } : {}),
    status: Number.isInteger(Number(code)) ? Number(code) : 0,
    responseHeaders,
    responseBody: body(res?.body),
    ...(typeof recordedAt === 'string' ? { startedDateTime: recordedAt } : {}),
  };
}

function asMap(v: unknown): Loose {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof BinaryScalar)
    ? (v as Record<string, unknown>)
    : undefined;
}

/** `{Name: [v1, v2]}` or `{Name: v}` → lower-case names, values joined. */
function headers(v: unknown): Record<string, string> {
  const map = asMap(v);
  if (!map) return {};
  const pairs: [string, string][] = [];
  for (const [name, value] of Object.entries(map)) {
    for (const one of Array.isArray(value) ? value : [value]) {
      if (one === null || one === undefined || typeof one === 'object') continue;
      pairs.push([name, String(one)]);
    }
  }
  return headerMap(pairs);
}

function body(v: unknown): EncodedBody {
  if (v instanceof BinaryScalar) return { kind: 'base64', text: v.base64 };
  if (typeof v === 'string') return { kind: 'text', text: v };
  const map = asMap(v);
  if (!map) return { kind: 'text', text: '' };
  const { string, base64_string: base64 } = map;
  if (string instanceof BinaryScalar) return { kind: 'base64', text: string.base64 };
  if (typeof base64 === 'string') return { kind: 'base64', text: base64 };
  if (typeof string === 'string') return { kind: 'text', text: string };
  return { kind: 'text', text: '' };
}
