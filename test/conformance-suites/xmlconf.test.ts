/**
 * The W3C/OASIS XML conformance suite (xmlconf) through qspec's well-formedness check: every
 * `not-wf` test is rejected, every well-formed test (`valid`, `invalid`) is accepted except the
 * committed policy refusals (xmlconf-expected.json, listed in docs/conformance.md), and feeding
 * any test in chunks of 1, 7 or 4096 bytes gives the verdict of the whole file. Tests that need
 * external entities are left out (qspec never reads them). The side-by-side table with xmllint
 * is `npm run conformance:xml`.
 */
import { describe, expect, it } from 'vitest';
import { loadXmlconf } from './xmlconf-catalog.js';
import { loadExpectations } from './xmlconf-expectations.js';
import { runQspec } from './xmlconf-run.js';

const tests = loadXmlconf().filter((t) => !t.external);
const expectations = loadExpectations();

describe('W3C/OASIS XML conformance suite (XML 1.0, fifth edition)', () => {
  it('holds the XML 1.0 tests of the suite', () => {
    const count = (kind: string) => tests.filter((t) => t.kind === kind).length;
    expect([count('not-wf'), count('valid'), count('invalid'), count('error')]).toEqual([927, 594, 158, 6]);
  });

  // One pass over the suite (whole file and three chunkings each): bounded work, generous timeout
  // for a loaded 2-core machine.
  it('gives every test its expected verdict, chunked like whole, but for the committed refusals', () => {
    const regressions: string[] = [];
    const fixed: string[] = [];
    for (const t of tests) {
      const v = runQspec(t);
      if (v.chunkDiffs.length > 0) regressions.push(`${t.id}: chunks of ${v.chunkDiffs.join(', ')} bytes differ`);
      const known = expectations.failing[t.id];
      const refusal = expectations.refused[t.id];
      const ok =
        t.kind === 'not-wf' ? !v.accepted : t.kind === 'error' ? refusal === undefined || !v.accepted : v.accepted;
      if (refusal !== undefined) {
        if (v.accepted) fixed.push(`${t.id}: accepted now (take it off the refusals)`);
        else if (v.code !== refusal) regressions.push(`${t.id}: refused with ${v.code} (${v.message}), not ${refusal}`);
      } else if (known !== undefined) {
        if (ok) fixed.push(`${t.id}: passes now (take it off the known failures)`);
      } else if (!ok) {
        regressions.push(`${t.id} (${t.kind}): ${v.accepted ? 'accepted' : `rejected: ${v.code} ${v.message}`}`);
      }
    }
    expect(regressions).toEqual([]);
    expect(fixed).toEqual([]);
  }, 600_000);

  it('policy refusals are entity declarations only (XmlEntityDeclared)', () => {
    expect(new Set(Object.values(expectations.refused))).toEqual(new Set(['XmlEntityDeclared']));
    expect(expectations.failing).toEqual({});
  });
});
