/**
 * Replay reads a HAR entry by entry: the entries before a syntax error are checked and reported,
 * then the recording's failure; an entry that is not an object is a case like any other (it
 * matches no endpoint), never a crash of the run.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runReplayConformance } from '../../../../conformance/runner/run-replay.js';
import { harFile, VALID_THING_XML } from '../../../fixtures/recordings/build-recordings.js';
import { fixtureDoc } from '../helpers.js';

const dir = mkdtempSync(path.join(tmpdir(), 'qspec-replay-streaming-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function replay(name: string, text: string) {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  const seen: string[] = [];
  const summary = await runReplayConformance(await fixtureDoc(), {
    inputs: [file],
    onCase: (r) => seen.push(r.id),
  });
  return { cases: summary.cases, seen };
}

describe('replay: HAR read entry by entry', () => {
  it('a HAR cut off in its third entry: the first two are checked, then the file fails', async () => {
    const whole = harFile([1, 2, 3].map(() => ({ body: { text: VALID_THING_XML } })));
    const third = whole.indexOf(
      '"startedDateTime"',
      whole.indexOf('"startedDateTime"', whole.indexOf('"startedDateTime"') + 1) + 1,
    );
    const { cases, seen } = await replay('cut.har', whole.slice(0, third + 40));
    expect(cases.map((c) => [c.id, c.outcome])).toEqual([
      ['cut.har#1', 'pass'],
      ['cut.har#2', 'pass'],
      ['cut.har', 'fail'],
    ]);
    expect(cases[2]!.checks[0]!.message).toMatch(/cut\.har: not a HAR file \(.* at byte \d+\)/);
    expect(seen).toEqual(['cut.har#1', 'cut.har#2', 'cut.har']);
  });

  it('entries that are not objects are unspecified cases; the others are checked', async () => {
    const good = JSON.parse(harFile([{ body: { text: VALID_THING_XML } }])).log.entries[0];
    const text = JSON.stringify({ log: { entries: [null, 'x', good, 7] } });
    const { cases } = await replay('odd.har', text);
    expect(cases.map((c) => [c.id, c.outcome])).toEqual([
      ['odd.har#1', 'unspecified'],
      ['odd.har#2', 'unspecified'],
      ['odd.har#3', 'pass'],
      ['odd.har#4', 'unspecified'],
    ]);
  });

  it('trailing data after the HAR fails the file after its entries', async () => {
    const { cases } = await replay('trail.har', `${harFile([{ body: { text: VALID_THING_XML } }])}\n{}`);
    expect(cases.map((c) => [c.id, c.outcome])).toEqual([
      ['trail.har#1', 'pass'],
      ['trail.har', 'fail'],
    ]);
    expect(cases[1]!.checks[0]!.message).toMatch(/unexpected data after the JSON value at byte \d+/);
  });

  it('a file that is not JSON or has no log.entries is one failing case, as before', async () => {
    expect((await replay('not.har', 'hello')).cases.map((c) => c.checks[0]!.message)).toEqual([
      expect.stringMatching(/not\.har: not a HAR file \(JSON syntax error/),
    ]);
    expect((await replay('empty.har', '{"log":{}}')).cases.map((c) => c.checks[0]!.message)).toEqual([
      expect.stringMatching(/empty\.har: not a HAR file \(no log\.entries\)/),
    ]);
  });
});

describe('replay: entries of one endpoint share a validator', () => {
  it('each entry gets the verdict it gets alone, whatever the entries before it', async () => {
    const bodies = [
      VALID_THING_XML,
      '<THING_LIST_OUTPUT><RESPONSE>', // unclosed
      VALID_THING_XML.replace('<ID>1</ID><NAME>alpha</NAME>', '<NAME>alpha</NAME><ID>1</ID>'), // schema-invalid (order)
      '<?xml version="1.0"?><!DOCTYPE T [<!ENTITY e "x">]><THING_LIST_OUTPUT/>', // entity declaration
      VALID_THING_XML.replace('<NAME>alpha</NAME>', '<NAME>alpha</NAME><EXTRA/>'),
      'not xml at all <',
      VALID_THING_XML,
    ];
    const together = await replay('many.har', harFile(bodies.map((text) => ({ body: { text } }))));
    const alone = [];
    for (const [i, text] of bodies.entries()) {
      const { cases } = await replay(`one-${i}.har`, harFile([{ body: { text } }]));
      alone.push(cases[0]!);
    }
    const shape = (c: (typeof together.cases)[number]) => ({ outcome: c.outcome, checks: c.checks });
    expect(together.cases.map(shape)).toEqual(alone.map(shape));
    expect(together.cases.map((c) => c.outcome)).toEqual(['pass', 'fail', 'fail', 'fail', 'fail', 'fail', 'pass']);
  });
});
