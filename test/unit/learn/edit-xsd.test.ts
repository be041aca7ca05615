/**
 * `qspec learn --write` on XSD sources: each proposal becomes a minimal text edit at the place
 * the content model needs it (sequence position, xs:all, out of a choice), attributes and
 * enumeration values go after their siblings, occurrence attributes are set on the start tag;
 * every other byte of the file is kept. Real temp spec folders and HAR files, through runLearn.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runLearn } from '../../../conformance/learn/run-learn.js';
import { oneSchemaSpecs, writeHar, X_URL } from './learn-fixture.js';

const XSD = `<?xml version="1.0"?>
<!-- header comment kept -->
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
  <xs:element name="R">
    <xs:complexType>
      <xs:sequence>
        <xs:element name="a" type="xs:string"/>
        <!-- between a and c -->
        <xs:element name="c" type="xs:int"/>
        <xs:choice>
          <xs:element name="d1" type="xs:string"/>
          <xs:element name="d2" type="xs:string"/>
        </xs:choice>
        <xs:element name="e" type="E" minOccurs="0" maxOccurs="1"/>
        <xs:element name="box" type="Box" minOccurs="0"/>
      </xs:sequence>
      <xs:attribute name="v" type="xs:string"/>
    </xs:complexType>
  </xs:element>
  <xs:simpleType name="E">
    <xs:restriction base="xs:string">
      <xs:enumeration value="ON"/>
    </xs:restriction>
  </xs:simpleType>
  <xs:complexType name="Box">
    <xs:all>
      <xs:element name="w" type="xs:int" minOccurs="0"/>
    </xs:all>
  </xs:complexType>
</xs:schema>
`;

async function learn(body: string, schema = XSD) {
  const { dir, specs, file } = oneSchemaSpecs('xsd', schema, 'R');
  const har = writeHar(path.join(dir, 'r.har'), [{ url: X_URL, body }]);
  const run = await runLearn({ specsDir: specs, inputs: [har], write: true });
  return { run, text: readFileSync(file, 'utf8') };
}

/** Lines of `before` appear in `after` in order: the edit only inserted or changed lines in place. */
function keptLines(before: string, after: string, changed: readonly string[] = []): void {
  const out = after.split('\n');
  let i = 0;
  for (const line of before.split('\n')) {
    if (changed.some((c) => line.includes(c))) continue;
    while (i < out.length && out[i] !== line) i++;
    expect(i, `line kept: ${line}`).toBeLessThan(out.length);
    i++;
  }
}

describe('learn --write on XSD', () => {
  it('inserts a new element at its sequence position (after the declared sibling before it), optional', async () => {
    const { run, text } = await learn('<R><a>x</a><b>new</b><c>1</c><d1>y</d1></R>');
    expect(run.proposals.map((p) => [p.rule, p.path])).toEqual([['element-added', 'R/b']]);
    expect(text).toContain(
      '        <xs:element name="a" type="xs:string"/>\n        <xs:element name="b" type="xs:string" minOccurs="0"/>\n        <!-- between a and c -->',
    );
    keptLines(XSD, text);
    expect(run.after).toEqual({ cases: 1, failing: 0 });
  });

  it('places an element seen first in its parent before the declared sibling that follows it', async () => {
    const { text } = await learn('<R><z>0</z><a>x</a><c>1</c><d2>y</d2></R>');
    expect(text).toContain('<xs:element name="z" type="xs:string" minOccurs="0"/>\n        <xs:element name="a"');
  });

  it('steps out of a non-repeating choice: the new element follows the whole choice', async () => {
    const { text, run } = await learn('<R><a>x</a><c>1</c><d1>y</d1><f>1</f><f>2</f></R>');
    expect(text).toContain(
      '        </xs:choice>\n        <xs:element name="f" type="xs:string" minOccurs="0" maxOccurs="unbounded"/>',
    );
    expect(run.after?.failing).toBe(0);
  });

  it('adds to an xs:all, declares nested content of a new element, adds an attribute and an enum value', async () => {
    const { text, run } = await learn(
      '<R v="1" extra="2"><a>x</a><c>1</c><d1>y</d1><e>OFF</e><box><w>1</w><h unit="cm"><n>1</n><n>2</n></h></box></R>',
    );
    expect(run.proposals.map((p) => p.rule).sort()).toEqual(['attribute-added', 'element-added', 'enum-value-added']);
    expect(text).toContain(
      '      <xs:attribute name="v" type="xs:string"/>\n      <xs:attribute name="extra" type="xs:string"/>',
    );
    expect(text).toContain('      <xs:enumeration value="ON"/>\n      <xs:enumeration value="OFF"/>');
    expect(text).toContain(
      [
        '      <xs:element name="h" minOccurs="0">',
        '        <xs:complexType>',
        '          <xs:sequence>',
        '            <xs:element name="n" type="xs:string" maxOccurs="unbounded"/>',
        '          </xs:sequence>',
        '          <xs:attribute name="unit" type="xs:string"/>',
        '        </xs:complexType>',
        '      </xs:element>',
      ].join('\n'),
    );
    keptLines(XSD, text);
    expect(run.after?.failing).toBe(0);
  });

  it('relaxes occurrences on the start tag (replacing maxOccurs="1", adding minOccurs) and widens a type', async () => {
    const { text, run } = await learn('<R><a>x</a><c>n/a</c><d1>y</d1><e>ON</e><e>ON</e></R>');
    expect(run.proposals.map((p) => p.rule).sort()).toEqual(['single-became-repeated', 'type-changed']);
    expect(text).toContain('<xs:element name="e" type="E" minOccurs="0" maxOccurs="unbounded"/>');
    expect(text).toContain('<xs:element name="c" type="xs:string"/>');
    keptLines(XSD, text, ['name="e"', 'name="c"']);
    const missing = await learn('<R><c>1</c><d1>y</d1></R>');
    expect(missing.run.proposals.map((p) => p.rule)).toEqual(['element-became-optional']);
    expect(missing.text).toContain('<xs:element name="a" type="xs:string" minOccurs="0"/>');
    expect(missing.run.after?.failing).toBe(0);
  });

  it('proposes nothing, and writes nothing, for a valid response', async () => {
    const { text, run } = await learn('<R><a>x</a><c>1</c><d1>y</d1></R>');
    expect(run.proposals).toEqual([]);
    expect(text).toBe(XSD);
  });
});
