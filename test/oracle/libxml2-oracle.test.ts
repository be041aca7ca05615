/**
 * The independent oracle: for every XML example in specs/ and in the conformance fixtures (valid
 * and invalid), libxml2 must reach our `--strict` verdict: xmllint-wasm for XSD schemas, Debian's
 * `xmllint --dtdvalid` for DTDs (package libxml2-utils; CI installs it). The XSD and DTD cases
 * are separate tests: without xmllint the DTD one fails when CI=true and is skipped with the
 * reason as its note otherwise (test/support/requirements.ts). Prints the agreement counts.
 *
 * @see docs/conformance.md (each verdict is ours and an independent oracle's)
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { validatePayloadText } from '../../conformance/validate/validate-payload.js';
import { pickResponse, targetForResponse } from '../../conformance/validate/validation-target.js';
import type { IrDocument } from '../../generator/ir/ir-document.js';
import { loadIrDocument } from '../../generator/load/load-ir.js';
import { itWith, xmllint } from '../support/requirements.js';
import { fixtureSpecs, repoRoot } from '../unit/conformance/helpers.js';

interface OracleCase {
  readonly id: string;
  readonly xml: string;
  readonly schemaFile: string;
  readonly format: 'xsd' | 'dtd';
  readonly ours: boolean;
}

async function casesOf(specsDir: string): Promise<OracleCase[]> {
  const doc: IrDocument = await loadIrDocument(specsDir);
  const out: OracleCase[] = [];
  for (const endpoint of doc.endpoints) {
    for (const ex of endpoint.examples) {
      if (ex.kind !== 'response' || !ex.file.endsWith('.xml')) continue;
      const response = pickResponse(endpoint, ex.status, 'xml');
      const schema = response?.schema ? doc.schemas.find((s) => s.id === response.schema!.schema) : undefined;
      if (!response || !schema || schema.format === 'json-schema') continue;
      const xml = readFileSync(path.join(specsDir, ex.file), 'utf8');
      const ours = validatePayloadText(xml, targetForResponse(doc, endpoint, response), { strict: true }).valid;
      out.push({
        id: `${path.relative(repoRoot, specsDir)}/${ex.file}`,
        xml,
        schemaFile: path.join(specsDir, schema.file),
        format: schema.format,
        ours,
      });
    }
  }
  return out;
}

async function xsdVerdict(c: OracleCase): Promise<boolean> {
  const dir = path.dirname(c.schemaFile);
  const siblings = readdirSync(dir)
    .filter((f) => f.endsWith('.xsd') && f !== path.basename(c.schemaFile))
    .map((f) => ({ fileName: f, contents: readFileSync(path.join(dir, f), 'utf8') }));
  const r = await validateXML({
    xml: [{ fileName: 'doc.xml', contents: c.xml }],
    schema: [{ fileName: path.basename(c.schemaFile), contents: readFileSync(c.schemaFile, 'utf8') }],
    preload: siblings,
  });
  return r.valid;
}

function dtdVerdict(c: OracleCase): boolean {
  try {
    execFileSync('xmllint', ['--noout', '--nonet', '--dtdvalid', c.schemaFile, '-'], {
      input: c.xml,
      stdio: ['pipe', 'ignore', 'ignore'],
    });
    return true;
  } catch {
    return false;
  }
}

/** Runs the oracle on every case of one format; returns the disagreements. */
async function agreement(cases: readonly OracleCase[], format: 'xsd' | 'dtd'): Promise<string[]> {
  const mine = cases.filter((c) => c.format === format);
  expect(mine.length, `${format.toUpperCase()} examples`).toBeGreaterThan(0);
  const disagreements: string[] = [];
  for (const c of mine) {
    const theirs = format === 'xsd' ? await xsdVerdict(c) : dtdVerdict(c);
    if (theirs !== c.ours)
      disagreements.push(
        `${c.id}: libxml2 says ${theirs ? 'valid' : 'invalid'}, qspec says ${c.ours ? 'valid' : 'invalid'}`,
      );
  }
  console.log(`oracle: ${mine.length - disagreements.length}/${mine.length} ${format.toUpperCase()} verdicts agree`);
  return disagreements;
}

describe('libxml2 oracle', () => {
  let cases: OracleCase[];
  beforeAll(async () => {
    cases = [...(await casesOf(path.join(repoRoot, 'specs'))), ...(await casesOf(fixtureSpecs))];
  }, 120_000);

  it('the examples include valid and invalid documents', () => {
    expect(cases.some((c) => c.ours)).toBe(true);
    expect(cases.some((c) => !c.ours)).toBe(true);
  });

  it('xmllint-wasm agrees with our strict verdict on every XSD example (valid and invalid)', async () => {
    expect(await agreement(cases, 'xsd')).toEqual([]);
  }, 120_000);

  itWith(xmllint())(
    'xmllint --dtdvalid agrees with our strict verdict on every DTD example (valid and invalid)',
    async () => {
      expect(await agreement(cases, 'dtd')).toEqual([]);
    },
    120_000,
  );
});
