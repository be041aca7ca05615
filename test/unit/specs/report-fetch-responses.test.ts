/**
 * vm.report.fetch answers two kinds of XML with HTTP 200: the report itself (ASSET_DATA_REPORT,
 * application/xml) and, while the report still runs, SIMPLE_RETURN CODE 7001 (text/xml), as the
 * ruby-qualys recordings show. The response checks must pick the declared response by media type,
 * so both real answers validate against their own schema.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkResponse } from '../../../conformance/checks/check-response.js';
import type { IrDocument } from '../../../generator/ir/ir-document.js';
import type { IrEndpoint } from '../../../generator/ir/ir-endpoint.js';
import { loadIrDocument } from '../../../generator/load/load-ir.js';

const SPECS = path.resolve(__dirname, '../../../specs');
let doc: IrDocument;
let fetch: IrEndpoint;
beforeAll(async () => {
  doc = await loadIrDocument(SPECS);
  fetch = doc.endpoints.find((e) => e.id === 'vm.report.fetch')!;
});

function check(example: string, contentType: string) {
  const body = readFileSync(path.join(SPECS, 'vm/examples/vm.report.fetch', example), 'utf8');
  return checkResponse(doc, fetch, { status: 200, headers: { 'content-type': contentType }, body }, { status: 200 });
}

describe('vm.report.fetch: two XML answers with HTTP 200', () => {
  it('checks the not-ready SIMPLE_RETURN (text/xml) against simple_return.dtd', () => {
    const checks = check('corpus-vcr-not-ready-7001.response.xml', 'text/xml;charset=UTF-8');
    expect(checks.filter((c) => !c.ok)).toEqual([]);
    expect(checks.find((c) => c.check === 'doctype')?.message).toMatch(/SIMPLE_RETURN/);
  });

  it('checks the report (application/xml) against asset_data_report.dtd', () => {
    const checks = check('corpus-vcr-scan-report.response.xml', 'application/xml');
    expect(checks.filter((c) => !c.ok)).toEqual([]);
    expect(checks.find((c) => c.check === 'doctype')?.message).toMatch(/ASSET_DATA_REPORT/);
  });

  it('still rejects a report body sent as text/xml (it is checked as SIMPLE_RETURN)', () => {
    const checks = check('corpus-vcr-scan-report.response.xml', 'text/xml');
    expect(checks.find((c) => c.check === 'schema-valid')?.ok).toBe(false);
  });
});
