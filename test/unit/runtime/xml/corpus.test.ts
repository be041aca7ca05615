/**
 * Real Qualys responses from the shared corpus (../shared/corpus/responses): each parses without
 * a syntax error under a permissive model (the root accepts any content), with the same verdict
 * on every input path, and the DOCTYPE of the knowledge-base sample is recorded, not fetched.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import type { XmlSchemaModel } from '../../../../runtime/schema-model.js';
import { describeWith, sharedPath } from '../../../support/requirements.js';
import { verdictOnAllPaths } from './verdict-helper.js';

const shared = sharedPath('corpus', 'responses');
const present = shared.present;

const files = present
  ? readdirSync(shared.path, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.xml'))
      .sort()
  : [];

const permissive = (root: string): XmlSchemaModel => ({
  id: 'permissive',
  format: 'dtd',
  roots: { [root]: 0 },
  types: [
    { k: 'complex', attrs: [], anyAttr: true, mixed: true, content: { k: 'any', min: 0, max: -1, process: 'lax' } },
  ],
});

describeWith(shared)('real responses (shared corpus)', () => {
  it('finds the corpus files', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files.length ? files : ['(none)'])('%s is well-formed', async (file) => {
    const xml = readFileSync(path.join(shared.path, file), 'utf8');
    const root =
      /<([A-Za-z_][\w.-]*)[\s>/]/.exec(xml.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/g, ''))?.[1] ?? '';
    const r = await verdictOnAllPaths(xml, permissive(root));
    expect(r.errors).toEqual([]);
    expect(r.root).toBe(root);
    if (file.endsWith('tinykb.xml')) expect(r.doctype?.name).toBe('KNOWLEDGE_BASE_VULN_LIST_OUTPUT');
  });
});
