/**
 * The limits of reading recorded traffic (`qspec conformance --mode replay`), with their
 * defaults and the running total. A HAR is read entry by entry (memory: one entry at a time), a
 * VCR cassette is parsed whole (YAML); either file is capped before it is read and while it is
 * read; response bodies stay encoded (base64, gzip, Polly's
 * hex chunks) until their entry is checked, and each decoded body is capped, as is the sum of the
 * bodies decoded in one run. Nothing past a limit is decoded: the entry is reported as over it.
 *
 * | limit | default | option |
 * |---|---|---|
 * | HAR file size | 128 MiB | `--max-recording-bytes` |
 * | VCR cassette (YAML) size | 16 MiB (YAML parsing takes ~30x the file in memory) | `--max-recording-bytes` |
 * | one decoded response or request body | 64 MiB | `--max-entry-bytes` |
 * | all decoded bodies of a run | 1 GiB | `--max-total-bytes` |
 * | YAML aliases expanded per cassette | 100 (yaml's `maxAliasCount`) | - |
 *
 * @see docs/conformance.md (replay)
 */

export interface RecordingLimits {
  /** Largest recording file read; undefined: the format's own default. */
  readonly maxRecordingBytes?: number;
  /** Largest decoded body of one entry. */
  readonly maxEntryBytes: number;
  /** Largest sum of decoded bodies in one run. */
  readonly maxTotalBytes: number;
}

export const DEFAULT_MAX_HAR_BYTES = 128 * 1024 * 1024;
export const DEFAULT_MAX_CASSETTE_BYTES = 16 * 1024 * 1024;
export const DEFAULT_MAX_ENTRY_BYTES = 64 * 1024 * 1024;
export const DEFAULT_MAX_TOTAL_BYTES = 1024 * 1024 * 1024;
export const MAX_YAML_ALIASES = 100;

export const DEFAULT_RECORDING_LIMITS: RecordingLimits = {
  maxEntryBytes: DEFAULT_MAX_ENTRY_BYTES,
  maxTotalBytes: DEFAULT_MAX_TOTAL_BYTES,
};

/** What a run has decoded so far, against the total limit. */
export class DecodeBudget {
  private used = 0;

  constructor(readonly limits: RecordingLimits) {}

  /** Bytes that may still be decoded in this run. */
  get remaining(): number {
    return Math.max(0, this.limits.maxTotalBytes - this.used);
  }

  get decoded(): number {
    return this.used;
  }

  take(bytes: number): void {
    this.used += bytes;
  }
}
