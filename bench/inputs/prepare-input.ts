/**
 * Generates one bench input into bench/.data and proves it valid with native libxml2 before any
 * timing (`xmllint --stream --schema` for XSD, `xmllint --dtdvalid` for DTD; DOCTYPE system ids are
 * never fetched: `--nonet`). The bench refuses to report numbers on an input libxml2 rejects.
 *
 * @see docs/performance.md
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { BenchInput } from './bench-inputs.js';
import { type WrittenFile, writeRecordFile } from './write-record-file.js';

export class InvalidInputError extends Error {}

export function xmllintArgs(input: BenchInput, file: string, repoRoot: string): string[] {
  const schema = path.join(repoRoot, input.schemaFile);
  return input.kind === 'xsd'
    ? ['--noout', '--nonet', '--stream', '--schema', schema, file]
    : ['--noout', '--nonet', '--dtdvalid', schema, file];
}

export function prepareInput(
  input: BenchInput,
  bytes: number,
  dataDir: string,
  repoRoot: string,
  hasXmllint: boolean,
  progress: (m: string) => void,
  fileName = input.fileName,
): WrittenFile & { verified: boolean } {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, fileName);
  progress(`generating ${fileName} (${(bytes / 1e6).toFixed(0)} MB, seed ${input.seed.toString(16)})`);
  const written = writeRecordFile(file, input.doc, bytes, input.seed, (b) =>
    progress(`  ${(b / 1e6).toFixed(0)} MB written`),
  );
  if (statSync(file).size !== written.bytes) throw new Error(`${file}: size mismatch`);
  if (!hasXmllint) {
    progress('  ! xmllint not found: the input is NOT verified (apt-get install libxml2-utils)');
    return { ...written, verified: false };
  }
  progress(`verifying ${fileName} with xmllint`);
  const r = spawnSync('xmllint', xmllintArgs(input, file, repoRoot), { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) {
    const errors = r.stderr
      .split('\n')
      .filter((l) => /error/.test(l))
      .slice(0, 5)
      .join('\n');
    throw new InvalidInputError(
      `${fileName} is not valid against ${input.schemaFile} (xmllint exit ${r.status}):\n${errors}`,
    );
  }
  return { ...written, verified: true };
}
