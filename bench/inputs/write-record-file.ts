/**
 * Writes a deterministic XML document of about `targetBytes` to disk: a head, records from a
 * seeded generator until the size is reached, a tail. Written in 1 MiB batches so memory stays
 * flat even for the 1 GB input. When the head carries a zero-padded `<count>`, the number of
 * records is written into it afterwards (leading zeros are valid xs:int lexical forms).
 *
 * @see docs/performance.md
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { type SeededPrng, seededPrng } from '../lib/seeded-prng.js';

export interface RecordDocument {
  readonly head: (countDigits: number) => string;
  readonly tail: string;
  readonly record: (r: SeededPrng, index: number) => string;
}

export interface WrittenFile {
  readonly file: string;
  readonly bytes: number;
  readonly records: number;
}

const COUNT_DIGITS = 10;
const BATCH = 1 << 20;

export function writeRecordFile(
  file: string,
  doc: RecordDocument,
  targetBytes: number,
  seed: number,
  onProgress?: (bytes: number) => void,
): WrittenFile {
  const r = seededPrng(seed);
  const fd = openSync(file, 'w');
  try {
    const head = doc.head(COUNT_DIGITS);
    let bytes = writeSync(fd, head);
    const tailBytes = Buffer.byteLength(doc.tail);
    let records = 0;
    let batch: string[] = [];
    let batchBytes = 0;
    let lastReport = 0;
    while (bytes + batchBytes + tailBytes < targetBytes) {
      const rec = doc.record(r, records++);
      batch.push(rec);
      batchBytes += Buffer.byteLength(rec);
      if (batchBytes >= BATCH) {
        bytes += writeSync(fd, batch.join(''));
        batch = [];
        batchBytes = 0;
        if (onProgress && bytes - lastReport > 50 * BATCH) {
          lastReport = bytes;
          onProgress(bytes);
        }
      }
    }
    bytes += writeSync(fd, batch.join('') + doc.tail);
    const marker = `<count>${'0'.repeat(COUNT_DIGITS)}</count>`;
    const at = head.indexOf(marker);
    if (at >= 0) {
      const count = String(records).padStart(COUNT_DIGITS, '0');
      writeSync(fd, count, Buffer.byteLength(head.slice(0, at)) + '<count>'.length);
    }
    return { file, bytes, records };
  } finally {
    closeSync(fd);
  }
}
