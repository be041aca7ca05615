/**
 * Error recovery after a child element its content model does not allow here (resync-content.ts,
 * qspec's own behaviour: XSD 1.1 Part 1 §3.8.4 only says the content is invalid). As documented:
 * a breadth-first search for the shortest run of element names that would make the child
 * allowed; the caller reports that run as one MissingElement and goes on from the state after the
 * child, so the later siblings are validated as usual. The search is bounded (runs of at most 6
 * names, at most 256 states held), names only elements (a wildcard is no name to report), and
 * visits each state once. The engine-level cases check the verdict against xmllint (libxml2
 * 2.9.14) and pin which errors follow.
 */
import { describe, expect, it } from 'vitest';
import { buildXmlSchemaModel } from '../../../../generator/compile/build-xml-model.js';
import { parseXsd } from '../../../../generator/parse/xsd/parse-xsd.js';
import type { ParticleModel } from '../../../../runtime/schema-model.js';
import { compileContent } from '../../../../runtime/xml/compile-content.js';
import type { ContentState } from '../../../../runtime/xml/content-state.js';
import { resyncContent } from '../../../../runtime/xml/resync-content.js';
import { choice, e, seq } from './particle-builders.js';
import { verdictOnAllPaths } from './verdict-helper.js';

const names = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

describe('resyncContent: the shortest run of missing names', () => {
  it('names the elements missing before the child, in order, and continues after the child', () => {
    const found = resyncContent(compileContent(seq([e('a'), e('b'), e('c'), e('d', 0)])), 'c');
    expect(found?.missing).toEqual(['a', 'b']);
    expect(found?.state.el?.name).toBe('c');
    expect(found?.state.accepting).toBe(true);
    expect(found?.state.expected()).toEqual(['d']);
  });

  it('takes the shortest run when several would do', () => {
    const model = seq([choice([seq([e('x'), e('y'), e('z')]), e('w')]), e('t')]);
    expect(resyncContent(compileContent(model), 't')?.missing).toEqual(['w']);
  });

  it('finds a run of 6 names, not one of 7', () => {
    const six = seq([...names('a', 6).map((n) => e(n)), e('t')]);
    expect(resyncContent(compileContent(six), 't')?.missing).toEqual(names('a', 6));
    const seven = seq([...names('a', 7).map((n) => e(n)), e('t')]);
    expect(resyncContent(compileContent(seven), 't')).toBeUndefined();
  });

  it('holds at most 256 states: a choice of 255 alternatives is searched, one of 256 is not', () => {
    const wideChoice = (n: number): ParticleModel => seq([choice(names('x', n).map((x) => e(x))), e('t')]);
    expect(resyncContent(compileContent(wideChoice(255)), 't')?.missing).toEqual(['x0']);
    expect(resyncContent(compileContent(wideChoice(256)), 't')).toBeUndefined();
    expect(resyncContent(compileContent(wideChoice(300)), 't')).toBeUndefined();
  });

  it('never reports a wildcard as a missing name', () => {
    const local: ParticleModel = { k: 'any', min: 1, max: 1, process: 'lax', ns: { in: [''] } };
    const start = compileContent(seq([local, e('{urn:t}t')]));
    expect(start.step('{urn:t}t')).toBeNull();
    expect(start.step('*')?.any).toBeDefined();
    expect(resyncContent(start, '{urn:t}t')).toBeUndefined();
    const named = compileContent(seq([e('a'), local, e('{urn:t}t')]));
    expect(resyncContent(named, '{urn:t}t')).toBeUndefined();
  });

  it('has nothing to offer for a name the model does not declare, or a repeat in an all group', () => {
    expect(resyncContent(compileContent(seq([e('a'), e('b')])), 'zz')).toBeUndefined();
    const group: ParticleModel = { k: 'all', items: [e('a'), e('b', 0)], min: 1, max: 1 };
    const afterA = compileContent(group).fork!().step('a')!;
    expect(resyncContent(afterA, 'a')).toBeUndefined();
  });
});

/** A one-state content model looping on `a` and `b`, counting the steps taken on it. */
function loop(): { state: ContentState; steps: () => number } {
  let steps = 0;
  const state: ContentState = {
    accepting: true,
    el: undefined,
    any: undefined,
    slot: -1,
    step(name) {
      steps++;
      return name === 'a' || name === 'b' ? state : null;
    },
    expected: () => ['a', 'b'],
  };
  return { state, steps: () => steps };
}

describe('resyncContent: each state is visited once', () => {
  it('does not walk a loop back into the state it started from', () => {
    const { state, steps } = loop();
    expect(resyncContent(state, 'z')).toBeUndefined();
    // One state with two names: each name stepped once; the start is not probed or expanded again.
    expect(steps()).toBe(2);
  });
});

describe('recovery in the engine: one MissingElement, then validation goes on', () => {
  const source = `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
    <xs:element name="r"><xs:complexType><xs:sequence>
      <xs:element name="a"/><xs:element name="b"/><xs:element name="c" type="xs:int"/><xs:element name="d"/>
    </xs:sequence></xs:complexType></xs:element></xs:schema>`;
  const m = buildXmlSchemaModel(parseXsd({ source, file: 'r.xsd', schemaId: 'r' }));

  it('reports the missing run once and still checks the child and its later siblings', async () => {
    // xmllint: invalid ("Element 'c': This element is not expected. Expected is ( a ).")
    const r = await verdictOnAllPaths('<r><c>x</c><d/></r>', m);
    expect(r.errors.map((x) => [x.code, x.location.path, x.expected, x.found])).toEqual([
      ['MissingElement', '/r/c', 'a, b', 'c'],
      ['InvalidValue', '/r/c', undefined, 'x'],
    ]);
    expect(r.errors[0]?.message).toBe('<r> is missing a, b before <c>');
  });

  it('a child no run of names can reach is unexpected, and the content stays where it was', async () => {
    // xmllint: invalid
    const r = await verdictOnAllPaths('<r><a/><zz/><b/><c>1</c><d/></r>', m);
    expect(r.errors.map((x) => `${x.code} ${x.location.path}`)).toEqual(['UnexpectedElement /r/zz']);
  });
});
