/**
 * Runs qspec's well-formedness check (`checkWellFormed`, the engine behind
 * `qspec validate --well-formed`) over the xmlconf tests: the verdict on the whole file, and
 * whether feeding it in chunks of 1, 7 and 4096 bytes gives the same verdict. Optionally the
 * native anchor: `xmllint --noout --nonet` on the same files (one process for all of them).
 *
 * @see test/conformance-suites/xmlconf-catalog.ts; docs/conformance.md "W3C XML suite"
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { WELL_FORMED_MODEL } from '../../runtime/xml/well-formed.js';
import { XmlDriver } from '../../runtime/xml/xml-driver.js';
import type { XmlconfTest } from './xmlconf-catalog.js';

export const CHUNK_SIZES = [1, 7, 4096] as const;
export const XMLLINT = '/usr/bin/xmllint';

export interface XmlconfVerdict {
  /** Accepted as well-formed. */
  readonly accepted: boolean;
  /** The first error's code and message when rejected. */
  readonly code?: string;
  readonly message?: string;
  /** Chunk sizes whose verdict differs from the whole-file one. */
  readonly chunkDiffs: readonly number[];
}

function verdict(bytes: Uint8Array, chunk: number): { accepted: boolean; code?: string; message?: string } {
  // Deep nesting is part of some tests; the default depth limit is for API payloads.
  const d = new XmlDriver(WELL_FORMED_MODEL, { maxDepth: 100_000 });
  if (chunk <= 0) d.write(bytes);
  else for (let i = 0; i < bytes.length && !d.stopped; i += chunk) d.write(bytes.subarray(i, i + chunk));
  const r = d.end();
  const e = r.errors[0];
  return e ? { accepted: false, code: e.code, message: e.message } : { accepted: true };
}

export function runQspec(test: XmlconfTest): XmlconfVerdict {
  const bytes = readFileSync(test.file);
  const whole = verdict(bytes, 0);
  const chunkDiffs = CHUNK_SIZES.filter((n) => verdict(bytes, n).accepted !== whole.accepted);
  return { ...whole, chunkDiffs };
}

/**
 * The files `xmllint --noout --nonet` rejects (exit status not 0), or undefined without xmllint.
 * One process per file: the exit status is the verdict (a batch run's messages are not).
 */
export async function xmllintRejects(files: readonly string[], parallel = 4): Promise<Set<string> | undefined> {
  if (!existsSync(XMLLINT)) return undefined;
  const rejected = new Set<string>();
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < files.length) {
      const file = files[next++]!;
      const code = await new Promise<number | null>((resolve) => {
        const p = spawn(XMLLINT, ['--noout', '--nonet', file], { stdio: 'ignore' });
        p.on('close', resolve);
        p.on('error', () => resolve(-1));
      });
      if (code !== 0) rejected.add(file);
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return rejected;
}
