/**
 * What the engine's start tag sets up beyond the content check (xml-engine.ts constructor,
 * `reset` and `startElement`): the build mode (record streaming builds only the records unless
 * the envelope is asked for; records are found only on the record path from its root), the
 * identity-constraint tracker (its issues are errors; an element a wildcard matched, which has
 * no element declaration of its own, passes through the tracker), the per-document state a reused
 * validator starts afresh (ID table, identity tables), positional paths of an element a
 * wildcard matched, and open content, where a declared element out of place is still checked
 * by the content model. Verdicts agree with xmllint (libxml2 2.9.14, `--noout --schema`) where
 * it can judge them; open content is a schema-model feature of ours (runtime/schema-model.ts).
 *
 * @see XSD 1.1 Part 1 §3.11.4 (cvc-identity-constraint), §3.17.5.2 / XSD 1.0 Part 1 §3.15.5
 *      (cvc-id: the ID/IDREF table is per validation episode), §3.10.4 (cvc-wildcard),
 *      §3.4.4.2 (cvc-complex-type 2.4)
 */
import { describe, expect, it } from 'vitest';
import type { ParticleModel, XmlSchemaModel } from '../../../../runtime/schema-model.js';
import { recordDriver, type StreamRecordsOptions, streamRecords } from '../../../../runtime/xml/stream-records.js';
import { XmlValidator } from '../../../../runtime/xml/xml-validator.js';
import { verdictOnAllPaths } from './verdict-helper.js';
import { xsdModel } from './xsd-model.js';

const records = xsdModel(`<xs:element name="r"><xs:complexType><xs:sequence>
  <xs:element name="n" type="xs:int"/>
  <xs:element name="e" maxOccurs="unbounded"><xs:complexType><xs:sequence>
    <xs:element name="v" type="xs:int"/>
  </xs:sequence></xs:complexType></xs:element>
</xs:sequence></xs:complexType></xs:element>`);
const DOC = '<r><n>3</n><e><v>1</v></e><e><v>2</v></e></r>';

/** The records handed out and what the engine built of the rest of the document. */
function run(options: StreamRecordsOptions, xml = DOC) {
  const got: unknown[] = [];
  const driver = recordDriver(records, options, (v) => got.push(v));
  driver.write(xml);
  const result = driver.end();
  return { result, records: got, rest: driver.engine.rootValue };
}

describe('record streaming builds what it is asked for', () => {
  it('only the records without the envelope', () => {
    const { result, records: got, rest } = run({ recordPath: ['r', 'e'] });
    expect(result.valid).toBe(true);
    expect(got).toEqual([{ v: 1 }, { v: 2 }]);
    expect(rest).toBeUndefined();
  });

  it('the envelope too when asked, without the records', async () => {
    const { records: got, rest } = run({ recordPath: ['r', 'e'], envelope: true });
    expect(got).toEqual([{ v: 1 }, { v: 2 }]);
    expect(rest).toEqual({ n: 3 });
    const gen = streamRecords([DOC], records, { recordPath: ['r', 'e'], envelope: true });
    let step = await gen.next();
    while (!step.done) step = await gen.next();
    expect(step.value.envelope).toEqual({ n: 3 });
  });

  it('no records when the path names another root', () => {
    const { result, records: got } = run({ recordPath: ['x', 'e'] });
    expect(result.valid).toBe(true);
    expect(got).toEqual([]);
  });
});

const ic = xsdModel(`<xs:element name="w" type="xs:int"/>
<xs:element name="r"><xs:complexType><xs:sequence>
  <xs:element name="list"><xs:complexType><xs:sequence>
    <xs:element name="e" minOccurs="0" maxOccurs="unbounded"><xs:complexType>
      <xs:attribute name="k" type="xs:string"/>
    </xs:complexType></xs:element>
  </xs:sequence></xs:complexType></xs:element>
  <xs:any processContents="lax" minOccurs="0" maxOccurs="unbounded"/>
</xs:sequence></xs:complexType>
<xs:unique name="u"><xs:selector xpath="list/e"/><xs:field xpath="@k"/></xs:unique></xs:element>`);

describe('identity constraints', () => {
  it('a duplicate is an error', async () => {
    // xmllint: Element 'e': Duplicate key-sequence ['1'] in unique identity-constraint 'u'.
    const { errors } = await verdictOnAllPaths('<r><list><e k="1"/>\n<e k="1"/></list></r>', ic);
    expect(errors).toEqual([
      {
        severity: 'error',
        code: 'DuplicateKey',
        message: 'duplicate value \'1\' for unique "u"',
        location: { line: 2, column: 1, path: '/r/list/e[2]' },
      },
    ]);
  });

  it('elements a wildcard matches (declared globally, or not at all) pass through the tracker', async () => {
    // xmllint: validates
    const xml = '<r><list><e k="1"/><e k="2"/></list><w>1</w><z><y/></z><w>2</w></r>';
    expect((await verdictOnAllPaths(xml, ic)).errors).toEqual([]);
  });

  it('a validator reused after a truncated document starts with empty tables', () => {
    const v = new XmlValidator(ic);
    expect(v.validate('<r><list><e k="1"/><e k="2"/>').errors.map((e) => e.code)).toEqual(['XmlSyntax']);
    expect(v.validate('<r><list><e k="1"/><e k="2"/></list></r>').errors).toEqual([]);
  });
});

describe('IDs', () => {
  const ids = xsdModel(`<xs:element name="r"><xs:complexType><xs:sequence>
    <xs:element name="e" maxOccurs="unbounded"><xs:complexType><xs:attribute name="id" type="xs:ID"/></xs:complexType></xs:element>
  </xs:sequence></xs:complexType></xs:element>`);

  it('each document has its own ID table', () => {
    const v = new XmlValidator(ids);
    expect(v.validate('<r><e id="a"/><e id="b"/></r>').errors).toEqual([]);
    expect(v.validate('<r><e id="a"/><e id="b"/></r>').errors).toEqual([]);
    // xmllint: Element 'e', attribute 'id': 'a' is not a valid value of the atomic type 'xs:ID'.
    expect(v.validate('<r><e id="a"/><e id="a"/></r>').errors.map((e) => e.code)).toEqual(['DuplicateId']);
  });
});

describe('an element a wildcard matched', () => {
  it('has a positional path when it repeats', async () => {
    // xmllint: Element 'w': 'x' is not a valid value of the atomic type 'xs:int'.
    expect((await verdictOnAllPaths('<r><list/><w>1</w><w>x</w></r>', ic)).errors).toEqual([
      {
        severity: 'error',
        code: 'InvalidValue',
        message: "<w> value 'x' not a valid xs:int",
        location: { line: 1, column: 19, path: '/r/w[2]' },
        found: 'x',
      },
    ]);
  });
});

describe('open content', () => {
  const el = (name: string): ParticleModel => ({ k: 'el', name, p: name, type: 1, min: 1, max: 1, array: false });
  const open: XmlSchemaModel = {
    id: 'open',
    format: 'xsd',
    roots: { r: 0 },
    types: [
      {
        k: 'complex',
        attrs: [],
        anyAttr: false,
        mixed: false,
        open: true,
        content: { k: 'seq', min: 1, max: 1, items: [el('a'), el('b')] },
      },
      { k: 'simple', s: { b: 'int' } },
    ],
  };

  it('a declared element after an omitted one: the omitted one is missing', async () => {
    const result = await verdictOnAllPaths('<r><b>1</b></r>', open);
    expect(result.errors).toEqual([
      {
        severity: 'error',
        code: 'MissingElement',
        message: '<r> is missing a before <b>',
        location: { line: 1, column: 4, path: '/r/b' },
        expected: 'a',
        found: 'b',
      },
    ]);
    expect(result.warnings).toEqual([]);
  });

  it('an undeclared element is drift', async () => {
    const result = await verdictOnAllPaths('<r><a>1</a><new/><b>1</b></r>', open);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([
      {
        severity: 'warning',
        code: 'UndeclaredElement',
        message: 'element <new> is not declared (open content: drift from the schema)',
        location: { line: 1, column: 12, path: '/r/new' },
        found: 'new',
      },
    ]);
  });
});
