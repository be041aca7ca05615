/**
 * `qspec learn --write` on JSON Schema: a property the closed object does not declare is added to
 * its `properties` (typed from the values seen), an enum gains the values seen, a required
 * property that responses omit leaves `required`; the rest of the file is kept as written.
 * Real temp copies of specs-mini and HAR files, through runLearn.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runLearn } from '../../../conformance/learn/run-learn.js';
import { miniSpecsCopy, writeHar } from './learn-fixture.js';

const URL = 'https://qualysapi.qualys.com/pci/reporting/5/status';

describe('learn --write on JSON Schema', () => {
  it('adds a property, an enum value, and drops a name from required', async () => {
    const { dir, specs } = miniSpecsCopy();
    const file = path.join(specs, 'pci/schemas/status.schema.json');
    const closed = readFileSync(file, 'utf8').replace(
      '"type": "object",',
      '"type": "object",\n  "additionalProperties": false,',
    );
    writeFileSync(file, closed);
    const har = writeHar(path.join(dir, 'j.har'), [
      { url: URL, body: '{"status":"Queued","reportId":5,"owner":"ann"}', type: 'application/json' },
      { url: URL, body: '{"reportId":6,"owner":"bob"}', type: 'application/json' },
    ]);
    const run = await runLearn({ specsDir: specs, inputs: [har], write: true });
    expect(run.proposals.map((p) => `${p.rule} ${p.path}`).sort()).toEqual([
      'element-added Status/owner',
      'element-became-optional Status/status',
      'enum-value-added Status/status',
    ]);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('"required": [],');
    expect(text).toContain('"status": { "enum": ["Launched", "Generated", "Queued"] },');
    expect(text).toContain(
      '"tags": { "type": "array", "items": { "type": "string" } },\n    "owner": { "type": "string" }\n  }',
    );
    expect(text).toContain('"description": "A minimal gateway JSON payload for generator tests."');
    expect(run.after).toEqual({ cases: 2, failing: 0 });
  });
});
