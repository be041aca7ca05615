// Copied by qspec from runtime/client/xml-record-sink.ts. Do not edit here: `qspec generate` replaces it.
/**
 * A push parser for one streamed XML page: bytes go in as they arrive, each valid record at the
 * record path (`['ServiceResponse', 'data', 'Finding']`) comes out through `onRecord` as soon as
 * its end tag is read, and nothing of it is kept. `end()` gives the verdict and the envelope
 * (the typed document without its records: counts, `hasMoreRecords`, `lastId`, WARNING/URL).
 *
 * The same driver set-up as `streamRecords` (`recordDriver` in runtime/xml/stream-records.ts),
 * driven by push instead of pull so the client can (a) stop at the first error in `validation: 'throw'`
 * mode, and (b) still read the envelope of an invalid page, best effort (`streamRecords` returns
 * it only for a valid document), so `validation: 'warn'` keeps paging as the text path does.
 *
 * @see stream-page.ts (its caller), paginate.ts
 */
import type { XmlSchemaModel } from '../schema-model.js';
import { recordDriver } from '../xml/stream-records.js';
import type { XmlIssue } from '../xml/xml-issue.js';

export interface XmlRecordSinkResult {
  readonly valid: boolean;
  readonly errors: readonly XmlIssue[];
  /** The root element's name, once seen. */
  readonly root?: string;
  /** The typed document without its records; partial (invalid values left out) when invalid. */
  readonly envelope: unknown;
}

export interface XmlRecordSink {
  /** Feeds one chunk; never throws on bad input. */
  write(chunk: Uint8Array | string): void;
  /** Validity errors so far. */
  readonly errorCount: number;
  /** True once the engine stopped (fatal error, limits): nothing more is read. */
  readonly stopped: boolean;
  end(): XmlRecordSinkResult;
}

export interface XmlRecordSinkOptions {
  readonly root?: string;
  /** Element names from the root down to the record element. */
  readonly recordPath: readonly string[];
}

export function xmlRecordSink(
  model: XmlSchemaModel,
  options: XmlRecordSinkOptions,
  onRecord: (record: unknown) => void,
): XmlRecordSink {
  const driver = recordDriver(
    model,
    { ...(options.root !== undefined ? { root: options.root } : {}), recordPath: options.recordPath, envelope: true },
    onRecord,
    'xmlRecordSink',
  );
  return {
    write: (chunk) => driver.write(chunk),
    get errorCount() {
      return driver.engine.errors.length;
    },
    get stopped() {
      return driver.stopped;
    },
    end() {
      const result = driver.end();
      return {
        valid: result.valid,
        errors: result.errors,
        ...(result.root !== undefined ? { root: result.root } : {}),
        envelope: driver.engine.rootValue,
      };
    },
  };
}
