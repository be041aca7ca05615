/**
 * `qspec learn` without --write: proposals merged over every response (evidence: recording#entry
 * and document path, the count of responses showing it; enum values collected), the diff rule
 * each triggers, failing responses no proposal explains, known failures not learned from, and
 * the three report formats. Real temp spec folders (copies of specs-mini) and HAR files.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  formatLearnJson,
  formatLearnMarkdown,
  formatLearnText,
} from '../../../conformance/learn/format-learn-report.js';
import { runLearn } from '../../../conformance/learn/run-learn.js';
import { LIST_URL, listBody, miniSpecsCopy, THING_URL, thingBody, writeHar } from './learn-fixture.js';

describe('learn: proposals and evidence', () => {
  it('merges observations over responses: evidence, response counts, enum values; nothing written', async () => {
    const { dir, specs } = miniSpecsCopy();
    const before = readFileSync(path.join(specs, 'vm/schemas/list_output.dtd'), 'utf8');
    const har = writeHar(path.join(dir, 'a.har'), [
      { url: LIST_URL, body: listBody('<DATETIME>t</DATETIME><ITEM kind="c">1</ITEM><ITEM kind="d">2</ITEM>') },
      { url: LIST_URL, body: listBody('<DATETIME>t</DATETIME><ITEM kind="c">1</ITEM>') },
      { url: THING_URL, body: thingBody('<Thing><id>1</id><colour>red</colour></Thing>') },
      { url: THING_URL, body: thingBody('<Thing><id>2</id><colour>blue</colour></Thing>') },
      { url: THING_URL, body: thingBody('<Thing><id>3</id><colour>green</colour></Thing>') },
      { url: THING_URL, body: thingBody('<Thing><id>4</id></Thing>') },
    ]);
    const run = await runLearn({ specsDir: specs, inputs: [har], write: false });
    expect(run.cases).toBe(6);
    expect(run.failing).toBe(5);
    expect(run.unexplained).toEqual([]);
    const enumP = run.proposals.find((p) => p.rule === 'enum-value-added')!;
    expect(enumP.change).toMatchObject({ kind: 'add-enum-value', values: ['c', 'd'], attribute: 'kind' });
    expect(enumP.path).toBe('ITEM/@kind');
    expect(enumP.responses).toBe(2);
    expect(enumP.evidence).toEqual([
      { entry: 'a.har#1', path: '/LIST_OUTPUT/RESPONSE/ITEM[1]/@kind' },
      { entry: 'a.har#1', path: '/LIST_OUTPUT/RESPONSE/ITEM[2]/@kind' },
      { entry: 'a.har#2', path: '/LIST_OUTPUT/RESPONSE/ITEM/@kind' },
    ]);
    const el = run.proposals.find((p) => p.rule === 'element-added')!;
    expect(el.path).toBe('Thing/colour');
    expect(el.responses).toBe(3);
    expect(el.evidence.map((e) => e.entry)).toEqual(['a.har#3', 'a.har#4', 'a.har#5']);
    expect(run.proposals).toHaveLength(2);
    expect(readFileSync(path.join(specs, 'vm/schemas/list_output.dtd'), 'utf8')).toBe(before);

    const text = formatLearnText(run);
    expect(text).toContain("vm/schemas/list_output.dtd:6:16 enum-value-added add enum values 'c', 'd' to ITEM/@kind");
    expect(text).toMatch(
      /was\/schemas\/thing\.xsd:\d+:\d+ element-added add optional element colour to Thing after id/,
    );
    expect(text).toContain('seen in 3 response(s): a.har#3 /ServiceResponse/data/Thing/colour');
    const json = JSON.parse(formatLearnJson(run));
    expect(json.version).toBe(1);
    expect(json.proposals.map((p: { rule: string; name?: string }) => [p.rule, p.name])).toEqual(
      expect.arrayContaining([
        ['element-added', 'colour'],
        ['enum-value-added', undefined],
      ]),
    );
    expect(formatLearnMarkdown(run)).toContain('| `element-added` | add optional element colour to Thing after id |');
  });

  it('reports failing responses it cannot explain, and does not learn from known failures', async () => {
    const { dir, specs } = miniSpecsCopy();
    const har = writeHar(path.join(dir, 'b.har'), [
      // Out of order: every element is declared, no smallest addition explains it.
      { url: LIST_URL, body: listBody('<ITEM kind="a">1</ITEM><DATETIME>t</DATETIME>') },
      { url: LIST_URL, body: listBody('<DATETIME>t</DATETIME><ITEM kind="z">1</ITEM>') },
    ]);
    const run = await runLearn({
      specsDir: specs,
      inputs: [har],
      write: false,
      knownFailures: [{ case: 'b.har#2', modes: ['replay'], reason: 'a fixture, not traffic', line: 1 }],
    });
    expect(run.proposals).toEqual([]);
    expect(run.unexplained).toHaveLength(1);
    expect(run.unexplained[0]).toMatchObject({ entry: 'b.har#1', endpoint: 'vm.list.list' });
    expect(run.unexplained[0]!.message).toContain('MissingElement: <RESPONSE> is missing DATETIME before <ITEM>');
  });
});
