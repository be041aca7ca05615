/**
 * JSON Schema formats through generation: the generated validators check `format` with qspec's
 * runtime/json-formats.ts (imported from the runtime copy, never ajv-formats), and a format that
 * runtime does not check stops `generate` with one located `JsonSchemaUnsupportedFormat` error.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validate } from '../../../generated/csam/schemas/asset-list-response-schema-json.validate.js';
import { isDiagnosticError } from '../../../generator/diagnostics.js';
import { buildOutput } from '../../../generator/generate.js';
import { specFolder } from '../load/spec-folder-helpers.js';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'qspec-json-formats-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const schema = (format: string, type: string | string[] = 'string') =>
  `${JSON.stringify(
    {
      $schema: 'http://json-schema.org/draft-07/schema#',
      type: 'object',
      properties: { when: { type, format } },
    },
    null,
    2,
  )}\n`;

async function build(format: string, type?: string | string[]) {
  const specs = await specFolder(path.join(root, `${format}-${String(type)}`), 'r.schema.json', schema(format, type));
  return buildOutput({
    specsDir: specs,
    outDir: path.join(root, `${format}-out`),
    runtimeDir: path.resolve(__dirname, '../../../runtime'),
  });
}

describe('JSON Schema formats in generated validators', () => {
  it('import the runtime checks, not ajv-formats', async () => {
    const out = await build('date-time');
    const js = out.files.find((f) => f.path === 'was/schemas/r-schema-json.validate.js');
    expect(js?.content).toContain('import * as __m0 from "../../runtime/json-formats.js";');
    expect(js?.content).toContain('__m0.jsonFormats["date-time"]');
    expect(out.files.map((f) => f.content).join('\n')).not.toMatch(/from ["']ajv-formats/);
    expect(out.files.some((f) => f.path === 'runtime/json-formats.ts')).toBe(true);
  });

  it('check date-time in the committed generated client (the CSAM asset list)', () => {
    const page = (lastModifiedDate: unknown) => ({
      responseMessage: 'Valid API Access',
      count: 1,
      responseCode: 'SUCCESS',
      lastSeenAssetId: 1,
      hasMore: 0,
      assetListData: { asset: [{ assetId: 1, lastModifiedDate }] },
    });
    expect(validate(page('2024-02-29T10:00:00Z')), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(page('2023-02-29T10:00:00Z'))).toBe(false);
    // The nullable date (anyOf string | null) reports the failed format, then the anyOf.
    expect(validate.errors?.map((e) => e.keyword)).toEqual(['format', 'type', 'anyOf']);
    expect(validate(page('2024-02-29T10:00:00'))).toBe(false);
  });

  it('refuse a format the runtime does not check, located at the schema', async () => {
    const err = await build('email').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isDiagnosticError(err)).toBe(true);
    const [d] = (err as { diagnostics: { code: string; message: string; location: { file: string; line?: number } }[] })
      .diagnostics;
    expect(d?.code).toBe('JsonSchemaUnsupportedFormat');
    expect(d?.message).toContain("format 'email'");
    expect(d?.message).toContain('supported: date, date-time, ipv4, time, uuid');
    expect(d?.location.file).toBe('was/schemas/r.schema.json');
    expect(d?.location.line).toBeGreaterThan(1);
  });

  it('refuse it on a nullable string too (type: [string, null])', async () => {
    const err = await build('uri', ['string', 'null']).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect((err as { diagnostics: { code: string }[] }).diagnostics.map((d) => d.code)).toEqual([
      'JsonSchemaUnsupportedFormat',
    ]);
  });
});
