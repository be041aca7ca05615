/**
 * `AllState.forkInto`: the engine keeps the states it forked for a frame, one per automaton, and
 * writes the next element's start state into the one of its automaton (one object less per
 * element of an xs:all type, also where elements of several all-types take turns at one depth).
 * The copy must be exactly a fresh fork: nothing of the previous element's members may carry over
 * (bit-set and counted representations), a spare of another automaton is never written, and
 * sibling, nested and recursive elements of one all-type each see their own state. Verdicts of the documents
 * below agree with xmllint (libxml2 2.9.14, `--noout --schema`).
 * @see runtime/xml/all-automaton.ts; XSD 1.0 Part 1 §3.8.4 (all-group validation)
 */
import { describe, expect, it } from 'vitest';
import { AllAutomaton } from '../../../../runtime/xml/all-automaton.js';
import type { ContentState, ElementParticle } from '../../../../runtime/xml/content-state.js';
import { XmlValidator } from '../../../../runtime/xml/xml-validator.js';
import { e, walk } from './particle-builders.js';
import { verdictOnAllPaths } from './verdict-helper.js';
import { xsdModel } from './xsd-model.js';

const member = (i: number, min = 0, max = 1) => e(`f${i}`, min, max) as ElementParticle;

describe('AllState.forkInto', () => {
  it('writes a fresh start state into a used spare of the same automaton (bit-set members)', () => {
    const auto = new AllAutomaton([member(0, 1), member(1), member(40, 1)], 1);
    const used = walk(auto.start, ['f1', 'f40', 'f0'])!;
    expect(used.accepting).toBe(true);
    const spares = [used];
    const again = auto.start.forkInto!(spares);
    expect(again).toBe(used);
    expect(spares).toEqual([used]);
    expect(again.accepting).toBe(false);
    expect(again.el).toBeUndefined();
    expect(again.slot).toBe(-1);
    expect(again.expected()).toEqual(['f0', 'f1', 'f40']);
    expect(again.step('f1')).toBe(again);
    expect(again.step('f1')).toBeNull();
  });

  it('writes a fresh start state into a used spare with counted members (maxOccurs above 1)', () => {
    const auto = new AllAutomaton([member(0, 2, 2), member(1, 0, 3)], 1);
    const used = walk(auto.start, ['f0', 'f1', 'f1', 'f1', 'f0'])!;
    expect(used.accepting).toBe(true);
    const again = auto.start.forkInto!([used]);
    expect(again).toBe(used);
    expect(again.accepting).toBe(false);
    expect(walk(again, ['f1', 'f1', 'f1', 'f0', 'f0'])?.accepting).toBe(true);
    const fresh = auto.start.forkInto!([]);
    expect(walk(fresh, ['f1', 'f1', 'f1', 'f1'])).toBeNull();
  });

  it('never writes into a spare of another automaton or a state that is not an all state', () => {
    const a = new AllAutomaton([member(0, 1)], 1);
    const b = new AllAutomaton([member(0, 1)], 1);
    const spareOfB = walk(b.start, ['f0'])!;
    const spares = [spareOfB];
    const forked = a.start.forkInto!(spares);
    expect(forked).not.toBe(spareOfB);
    expect(spares).toEqual([spareOfB, forked]);
    expect(spareOfB.accepting).toBe(true);
    expect(forked.accepting).toBe(false);
    const other: ContentState = {
      accepting: true,
      el: undefined,
      any: undefined,
      slot: -1,
      step: () => null,
      expected: () => [],
    };
    expect(a.start.forkInto!([other])).not.toBe(other);
  });

  it('keeps one spare per automaton: elements of two all-types taking turns reuse their own', () => {
    const a = new AllAutomaton([member(0, 1)], 1);
    const b = new AllAutomaton([member(1, 1)], 1);
    const spares: ContentState[] = [];
    const sa = a.start.forkInto!(spares);
    sa.step('f0');
    const sb = b.start.forkInto!(spares);
    sb.step('f1');
    expect(spares).toEqual([sa, sb]);
    const sa2 = a.start.forkInto!(spares);
    expect(sa2).toBe(sa);
    expect(sa2.accepting).toBe(false);
    expect(sb.accepting).toBe(true);
    expect(b.start.forkInto!(spares)).toBe(sb);
    expect(spares).toHaveLength(2);
  });

  it('leaves the shared start state untouched', () => {
    const auto = new AllAutomaton([member(0, 1), member(1)], 1);
    const s = auto.start.forkInto!([]);
    s.step('f0');
    auto.start.forkInto!([s]).step('f1');
    expect(auto.start.accepting).toBe(false);
    expect(auto.start.expected()).toEqual(['f0', 'f1']);
  });
});

const schema = xsdModel(`
  <xs:element name="r"><xs:complexType><xs:sequence>
    <xs:element name="item" type="Item" maxOccurs="unbounded"/>
  </xs:sequence></xs:complexType></xs:element>
  <xs:complexType name="Item"><xs:all>
    <xs:element name="a"/>
    <xs:element name="b" minOccurs="0"/>
    <xs:element name="sub" type="Item" minOccurs="0"/>
  </xs:all></xs:complexType>`);

async function errors(xml: string): Promise<string[]> {
  return (await verdictOnAllPaths(xml, schema)).errors.map((x) => `${x.code} ${x.location.path}`);
}

describe('one all-type on sibling, nested and recursive elements (xmllint agrees)', () => {
  it('a complete sibling does not make the next one complete', async () => {
    expect(await errors('<r><item><b/><a/></item><item><b/></item></r>')).toEqual(['MissingElement /r/item[2]']);
  });

  it('members seen by a sibling may appear again in the next one', async () => {
    expect(await errors('<r><item><a/><b/></item><item><b/><a/></item><item><a/></item></r>')).toEqual([]);
  });

  it('a nested element of the same type has its own state, and its parent keeps its own', async () => {
    expect(await errors('<r><item><a/><sub><b/><a/><sub><a/></sub></sub><b/></item></r>')).toEqual([]);
    expect(await errors('<r><item><sub><a/></sub></item></r>')).toEqual(['MissingElement /r/item[1]']);
    expect(await errors('<r><item><a/><sub><a/><a/></sub></item></r>')).toEqual([
      'UnexpectedElement /r/item[1]/sub/a[2]',
    ]);
  });

  it('one validator over many documents gives each the verdict of a new one', async () => {
    const docs = [
      '<r><item><a/><b/></item></r>',
      '<r><item><b/></item></r>',
      '<r><item><a/><sub><b/></sub></item><item><a/></item></r>',
      '<r><item><a/><a/></item></r>',
    ];
    const v = new XmlValidator(schema);
    for (let round = 0; round < 3; round++) {
      for (const d of docs) expect(v.validate(d)).toEqual(await verdictOnAllPaths(d, schema));
    }
  });
});

const twoTypes = xsdModel(`
  <xs:element name="r"><xs:complexType><xs:choice maxOccurs="unbounded">
    <xs:element name="x" type="X"/>
    <xs:element name="y" type="Y"/>
  </xs:choice></xs:complexType></xs:element>
  <xs:complexType name="X"><xs:all>
    <xs:element name="a"/>
    <xs:element name="b" minOccurs="0"/>
  </xs:all></xs:complexType>
  <xs:complexType name="Y"><xs:all>
    <xs:element name="a" minOccurs="0"/>
    <xs:element name="c"/>
  </xs:all></xs:complexType>`);

describe('two all-types taking turns at one depth (xmllint agrees)', () => {
  const errorsOf = async (xml: string) =>
    (await verdictOnAllPaths(xml, twoTypes)).errors.map((x) => `${x.code} ${x.location.path}`);

  it('each element starts from its own type, whatever the element before it was', async () => {
    expect(await errorsOf('<r><x><a/><b/></x><y><c/></y><x><b/><a/></x><y><a/><c/></y></r>')).toEqual([]);
    expect(await errorsOf('<r><x><a/></x><y><a/></y><x><b/></x></r>')).toEqual([
      'MissingElement /r/y[1]',
      'MissingElement /r/x[2]',
    ]);
    expect(await errorsOf('<r><y><c/><a/></y><x><a/><a/></x><y><c/><c/></y></r>')).toEqual([
      'UnexpectedElement /r/x[1]/a[2]',
      'UnexpectedElement /r/y[2]/c[2]',
    ]);
  });
});
