/**
 * File snapshots of the generated schema modules for the mini spec folder (XSD, DTD, JSON Schema):
 * any change to an emitter shows up as a reviewable diff under test/snapshots/generate/.
 * (The real generated/ is type-checked by `npm run typecheck`; these files are excluded from tsc
 * because their runtime imports point into a generated tree.)
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../../generator/context.js';
import { buildOutput } from '../../../generator/generate.js';

const FIXTURE = path.resolve(__dirname, '../../fixtures/specs-mini');
const SNAPSHOTTED = [
  'was/schemas/thing-xsd.ts',
  'vm/schemas/list-output-dtd.ts',
  'pci/schemas/status-schema-json.ts',
  'pci/schemas/status-schema-json.validate.js',
  'was/json-schema/thing-xsd.json',
  'schema-registry.ts',
];

describe('generated output snapshots (mini specs)', async () => {
  const { files } = await buildOutput(createContext({ cwd: process.cwd(), specs: FIXTURE, out: '/nonexistent' }));
  it.each(SNAPSHOTTED)('%s', async (p) => {
    const file = files.find((f) => f.path === p);
    expect(file, `${p} was not emitted`).toBeDefined();
    await expect(file!.content).toMatchFileSnapshot(`../../snapshots/generate/${p}`);
  });
});
