/**
 * The independent oracle: for every XML example in specs/ and in the conformance fixtures (valid
 * and invalid), libxml2 must reach our `--strict` verdict: xmllint-wasm for XSD schemas, Debian's
 * `xmllint --dtdvalid` for DTDs (package libxml2-utils; CI installs it: without it this test
 * fails when CI=true and skips with a notice otherwise). Prints the agreement count.
 *
 * @see issue 4 "Oracle"; DESIGN.md §4 (conformance = our verdict + an independent oracle)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { validatePayloadText } from '../../conformance/validate/validate-payload.js';
import { pickResponse, targetForResponse } from '../../conformance/validate/validation-target.js';
import type { IrDocument } from '../../generator/ir/ir-types.js';
import { loadIrDocument } from '../../generator/load/load-ir.js';
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

const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;
if (!hasXmllint) console.warn('oracle: xmllint (libxml2-utils) not installed; DTD oracle skipped (fails in CI)');

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

describe('libxml2 oracle', () => {
  it('agrees with our strict verdict on every XML example (valid and invalid)', async () => {
    const cases = [...(await casesOf(path.join(repoRoot, 'specs'))), ...(await casesOf(fixtureSpecs))];
    const disagreements: string[] = [];
    const counts = { xsd: { agree: 0, total: 0 }, dtd: { agree: 0, total: 0 } };
    for (const c of cases) {
      if (c.format === 'dtd' && !hasXmllint) continue;
      const theirs = c.format === 'xsd' ? await xsdVerdict(c) : dtdVerdict(c);
      counts[c.format].total++;
      if (theirs === c.ours) counts[c.format].agree++;
      else
        disagreements.push(
          `${c.id}: libxml2 says ${theirs ? 'valid' : 'invalid'}, qspec says ${c.ours ? 'valid' : 'invalid'}`,
        );
    }
    console.log(
      `oracle: ${counts.xsd.agree}/${counts.xsd.total} XSD, ${counts.dtd.agree}/${counts.dtd.total} DTD verdicts agree`,
    );
    expect(disagreements).toEqual([]);
    expect(counts.xsd.total + counts.dtd.total).toBeGreaterThan(0);
  }, 120_000);

  it('the DTD oracle is available in CI', () => {
    if (process.env.CI === 'true') expect(hasXmllint, 'xmllint (libxml2-utils) must be installed in CI').toBe(true);
  });
});
