/**
 * Independent oracle: libxml2's xmllint (Debian) must agree with our verdict on every DTD fixture
 * under test/fixtures/dtd: `well-formed/*` parse (ours: no error; xmllint: no "parser error"),
 * `malformed/*` are rejected (ours: DtdSyntax; xmllint: "parser error"). Only verdicts are
 * compared (the two report different columns). Needs xmllint (test/support/requirements.ts).
 *
 * @see docs/conformance.md (each verdict is ours and an independent oracle's)
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDtd } from '../../../../generator/parse/dtd/parse-dtd.js';
import { describeWith, xmllint } from '../../../support/requirements.js';
import { diagnosticsOf } from './dtd-test-helpers.js';

const fixtures = fileURLToPath(new URL('../../../fixtures/dtd/', import.meta.url));

const list = (dir: string) =>
  readdirSync(`${fixtures}${dir}`)
    .filter((f) => f.endsWith('.dtd'))
    .sort()
    .map((f) => [f, `${fixtures}${dir}/${f}`] as const);
const wellFormed = list('well-formed');
const malformed = list('malformed');

function xmllintParserErrors(dtdFile: string): string[] {
  const r = spawnSync('xmllint', ['--nonet', '--noout', '--dtdvalid', dtdFile, '-'], {
    input: '<r/>',
    encoding: 'utf8',
  });
  return r.stderr.split('\n').filter((l) => l.includes('parser error'));
}

function ours(file: string, name: string) {
  return () => parseDtd({ source: readFileSync(file, 'utf8'), file: `fixtures/${name}`, schemaId: `fixtures/${name}` });
}

describe('DTD fixtures: our verdict', () => {
  it('has fixtures on both sides', () => {
    expect(wellFormed.length).toBeGreaterThanOrEqual(3);
    expect(malformed.length).toBeGreaterThanOrEqual(8);
  });
  it.each(wellFormed)('accepts %s', (name, file) => {
    expect(ours(file, name)().types.length).toBeGreaterThan(0);
  });
  it.each(malformed)('rejects %s with DtdSyntax', (name, file) => {
    expect(diagnosticsOf(ours(file, name)).map((d) => d.code)).toEqual(['DtdSyntax']);
  });
});

describeWith(xmllint())('DTD fixtures: xmllint agrees', () => {
  it.each(wellFormed)('xmllint accepts %s', (_name, file) => {
    expect(xmllintParserErrors(file)).toEqual([]);
  });
  it.each(malformed)('xmllint rejects %s', (_name, file) => {
    expect(xmllintParserErrors(file).length).toBeGreaterThan(0);
  });
});
