/**
 * `XmlDriver.boundary()` and `XmlEngine.openElements()`, what the record split of one large file
 * (conformance/validate/record-split.ts) trusts: a boundary is reported only where the input
 * written so far ends cleanly between two elements inside the root of a UTF-8 document (every
 * byte decoded and scanned, nothing cut or held back) with nothing read so far that reaches past
 * the open elements' content states. Each case below is one way of not being there.
 */
import { describe, expect, it } from 'vitest';
import { XmlDriver } from '../../../../runtime/xml/xml-driver.js';
import { xsdModel } from './xsd-model.js';

const ITEMS = `<xs:complexType><xs:sequence>
    <xs:element name="item" minOccurs="0" maxOccurs="unbounded"><xs:complexType><xs:sequence>
      <xs:element name="v" type="xs:string" minOccurs="0"/>
    </xs:sequence>ATTRS</xs:complexType></xs:element>
  </xs:sequence></xs:complexType>`;
const model = xsdModel(`<xs:element name="plain">${ITEMS.replace('ATTRS', '')}</xs:element>`);
/** The same with an xs:ID attribute: the engine keeps the document's ID table. */
const withIds = xsdModel(
  `<xs:element name="list">${ITEMS.replace('ATTRS', '<xs:attribute name="id" type="xs:ID"/>')}</xs:element>`,
);

const HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n<plain>\n';

/** A driver fed `parts` as UTF-8 bytes, one write each. */
function fed(...parts: (string | Uint8Array)[]): XmlDriver {
  return fedTo(model, ...parts);
}

function fedTo(m: typeof model, ...parts: (string | Uint8Array)[]): XmlDriver {
  const d = new XmlDriver(m);
  for (const p of parts) d.write(typeof p === 'string' ? Buffer.from(p, 'utf8') : p);
  return d;
}

describe('XmlDriver.boundary', () => {
  it('between two records: the open elements, their content state, the UTF-8 bytes read', () => {
    const text = `${HEAD}<item><v>é</v></item>\n  `;
    const b = fed(text).boundary()!;
    expect(b.open.map((o) => [o.name, o.text])).toEqual([['plain', false]]);
    expect(b.open[0]!.state?.el?.name).toBe('item');
    expect(b.bytes).toBe(Buffer.byteLength(text));
    // Before the first record too, and the same state after one record or two.
    expect(
      fed(HEAD)
        .boundary()!
        .open.map((o) => o.name),
    ).toEqual(['plain']);
    expect(fed(`${text}<item/>`).boundary()!.open[0]!.state).toBe(b.open[0]!.state);
  });

  it('none where the input is cut or held back', () => {
    const cases: [string, (string | Uint8Array)[]][] = [
      ['before the root', ['<?xml version="1.0" encoding="UTF-8"?>\n']],
      ['inside a start tag', [`${HEAD}<item`]],
      ['inside a comment', [`${HEAD}<!-- <item> `]],
      ['inside a CDATA section', [`${HEAD}<item><v><![CDATA[ x`]],
      ['inside an element of simple content', [`${HEAD}<item><v>x`]],
      ['after the root', [`${HEAD}</plain>\n`]],
      // Between records, but 0xC3 begins a character (é, stray text once it is complete).
      ['half a character', [Buffer.concat([Buffer.from(`${HEAD}<item/>`), Buffer.from([0xc3])])]],
      ['a declaration not yet complete', ['<?xml version="1.0"']],
    ];
    for (const [what, parts] of cases) expect(fed(...parts).boundary(), what).toBeUndefined();
  });

  it('none once the document has an issue, a skipped subtree, or stray text', () => {
    expect(fed(`${HEAD}<bogus/>\n`).boundary()).toBeUndefined();
    expect(fed(`${HEAD}<item><bogus><x/></bogus>`).boundary()).toBeUndefined();
    expect(fed(`${HEAD}<item/>text`).boundary()).toBeUndefined();
    expect(fed(`${HEAD}<item><v>x</v><v>y</v></item>`).boundary()).toBeUndefined();
  });

  it('none for a model with an ID table, and none for string input or UTF-16', () => {
    expect(fedTo(withIds, '<list>\n<item/>\n').boundary()).toBeUndefined();
    expect(fedTo(withIds, '<list>\n<item/>\n').engine.openElements()).toBeUndefined();
    const d = new XmlDriver(model);
    d.write(`${HEAD}<item/>\n`);
    expect(d.boundary()).toBeUndefined();
    const utf16 = new XmlDriver(model);
    utf16.write(Buffer.from(`\ufeff<?xml version="1.0" encoding="UTF-16"?>\n<plain>\n<item/>\n`, 'utf16le'));
    expect(utf16.boundary()).toBeUndefined();
  });
});

describe('XmlDriver.boundary: what only whole-document context can judge', () => {
  const other = (body: string) =>
    xsdModel(
      `<xs:element name="plain"><xs:complexType><xs:sequence>${body}</xs:sequence></xs:complexType></xs:element>`,
    );

  it('none inside a subtree a wildcard skips (the engine does not count its depth)', () => {
    const wild = other(`<xs:element name="item" minOccurs="0" maxOccurs="unbounded"><xs:complexType><xs:sequence>
      <xs:any processContents="skip" minOccurs="0"/></xs:sequence></xs:complexType></xs:element>`);
    expect(fedTo(wild, `${HEAD}<item><zzz>`).engine.openDepth).toBe(2);
    expect(fedTo(wild, `${HEAD}<item><zzz>`).boundary()).toBeUndefined();
    expect(fedTo(wild, `${HEAD}<item><zzz/></item>`).boundary()?.open.length).toBe(1);
  });

  it('none for a model with identity constraints (values compared across the document)', () => {
    const keyed = xsdModel(`<xs:element name="plain"><xs:complexType><xs:sequence>
      <xs:element name="item" minOccurs="0" maxOccurs="unbounded" type="xs:string"/></xs:sequence></xs:complexType>
      <xs:unique name="u"><xs:selector xpath="item"/><xs:field xpath="."/></xs:unique></xs:element>`);
    expect(fedTo(keyed, `${HEAD}<item>a</item>`).boundary()).toBeUndefined();
  });

  it('none after a drift warning (an undeclared element where a release note elided content)', () => {
    const open = { ...model, types: model.types.map((t) => (t.k === 'complex' ? { ...t, open: true } : t)) };
    const d = fedTo(open, `${HEAD}<item/><surprise/>`);
    expect(d.result().warnings.map((w) => w.code)).toEqual(['UndeclaredElement']);
    expect(d.boundary()).toBeUndefined();
  });

  it('openElements stops at the first element that gathers text (mixed content here)', () => {
    const mixed = other(`<xs:element name="m"><xs:complexType mixed="true"><xs:sequence>
      <xs:element name="c" minOccurs="0"><xs:complexType/></xs:element></xs:sequence></xs:complexType></xs:element>`);
    const d = fedTo(mixed, `${HEAD}<m>text<c>`);
    expect(d.engine.openDepth).toBe(3);
    expect(d.engine.openElements()?.map((o) => [o.name, o.text])).toEqual([
      ['plain', false],
      ['m', true],
    ]);
  });

  it('openElements stops at an element of simple content and at a nil element; no boundary there', () => {
    const m = other(`<xs:element name="s" type="xs:string" minOccurs="0"/>
      <xs:element name="n" nillable="true" minOccurs="0"><xs:complexType><xs:sequence>
        <xs:element name="c" minOccurs="0"><xs:complexType/></xs:element></xs:sequence></xs:complexType></xs:element>`);
    const simple = fedTo(m, `${HEAD}<s>`);
    const nil = fedTo(m, `${HEAD}<n xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:nil="true">`);
    const notNil = fedTo(m, `${HEAD}<n xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:nil="false">`);
    for (const d of [simple, nil, notNil]) expect(d.engine.openDepth).toBe(2);
    expect(simple.engine.openElements()?.map((o) => [o.name, o.text])).toEqual([
      ['plain', false],
      ['s', true],
    ]);
    expect(nil.engine.openElements()?.map((o) => [o.name, o.text])).toEqual([
      ['plain', false],
      ['n', true],
    ]);
    expect(notNil.engine.openElements()?.map((o) => [o.name, o.text])).toEqual([
      ['plain', false],
      ['n', false],
    ]);
    expect(simple.boundary()).toBeUndefined();
    expect(nil.boundary()).toBeUndefined();
  });
});

describe('XmlDriver.boundary while building values', () => {
  it('none: the records and the tree being built are more than content states', () => {
    const builds = [{ mode: 'all' }, { mode: 'records', path: ['plain', 'item'], envelope: false }] as const;
    for (const build of builds) {
      const d = new XmlDriver(model, undefined, build, () => {});
      d.write(Buffer.from(`${HEAD}<item/>\n`));
      expect(d.boundary(), build.mode).toBeUndefined();
    }
  });
});

describe('XmlEngine.openElements', () => {
  it('lists the open elements up to the first that gathers text, marked', () => {
    const d = fed(`${HEAD}<item><v>partial`);
    expect(d.engine.openElements()?.map((o) => [o.name, o.text])).toEqual([
      ['plain', false],
      ['item', false],
      ['v', true],
    ]);
    expect(d.engine.openDepth).toBe(3);
    expect(fed(`${HEAD}<bogus/>`).engine.openElements()).toBeUndefined();
  });
});
