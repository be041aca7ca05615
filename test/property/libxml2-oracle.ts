/**
 * Test helper: libxml2's verdicts as the independent oracle. XSD: xmllint-wasm in process, all
 * cases in one call (`--schema X` over many files; a file is valid iff xmllint prints
 * "<file> validates"). DTD: Debian's `xmllint --nonet --noout --dtdvalid X -` per case (the wasm
 * build has no DTD validation); unavailable → undefined, and the caller skips with a notice.
 *
 * @see docs/conformance.md (each verdict is ours and an independent oracle's)
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { memoryPages, validateXML } from 'xmllint-wasm';

export const hasNativeXmllint = spawnSync('xmllint', ['--version']).status === 0;

export async function xsdVerdicts(schemaFile: string, docs: readonly (string | Uint8Array)[]): Promise<boolean[]> {
  const name = (i: number) => `case_${i}.xml`;
  const result = await validateXML({
    xml: docs.map((contents, i) => ({ fileName: name(i), contents })),
    schema: { fileName: 'schema.xsd', contents: readFileSync(schemaFile, 'utf8') },
    initialMemoryPages: 256,
    maxMemoryPages: memoryPages.GiB,
  });
  const validated = new Set(
    result.rawOutput
      .split('\n')
      .map((l) => /^(case_\d+\.xml) validates$/.exec(l.trim())?.[1])
      .filter((f): f is string => f !== undefined),
  );
  return docs.map((_, i) => validated.has(name(i)));
}

export function dtdVerdict(dtdFile: string, doc: string | Uint8Array): boolean {
  const r = spawnSync('xmllint', ['--nonet', '--noout', '--dtdvalid', dtdFile, '-'], { input: doc, encoding: 'utf8' });
  if (r.status !== 0 && r.status !== 1 && r.status !== 3 && r.status !== 4) {
    throw new Error(`xmllint exit ${r.status}: ${r.stderr.slice(0, 300)}`);
  }
  return r.status === 0;
}
