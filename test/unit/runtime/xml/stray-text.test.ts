/**
 * Text in element-only or empty content (XSD 1.1 Part 1 §3.4.4.2 clause 1.2) is reported once per
 * element as `UnexpectedText`, with the run's start location and its text as `found` (trimmed of
 * XML white space, 80 characters at most: record-value.ts renderFound). The issue must be the same
 * however the input arrives: before stray-text.ts, a stream reported only the first piece of text
 * it was handed (`stray text` cut into 7-character chunks gave `found: "s"`).
 */
import { describe, expect, it } from 'vitest';
import { buildXmlSchemaModel } from '../../../../generator/compile/build-xml-model.js';
import { parseXsd } from '../../../../generator/parse/xsd/parse-xsd.js';
import { renderFound } from '../../../../runtime/xml/record-value.js';
import { StrayText } from '../../../../runtime/xml/stray-text.js';
import { validateXml } from '../../../../runtime/xml/validate-xml.js';
import { validateXmlStream } from '../../../../runtime/xml/validate-xml-stream.js';
import { asyncChunks, verdictOnAllPaths } from './verdict-helper.js';

const source = `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
  <xs:complexType name="P"><xs:sequence><xs:element name="v" type="xs:int" minOccurs="0"/></xs:sequence></xs:complexType>
  <xs:element name="r"><xs:complexType><xs:sequence>
    <xs:element name="p" type="P" maxOccurs="unbounded"/>
    <xs:element name="e" minOccurs="0"><xs:complexType/></xs:element>
  </xs:sequence></xs:complexType></xs:element></xs:schema>`;
const m = buildXmlSchemaModel(parseXsd({ source, file: 'f.xsd', schemaId: 'f' }));

/** The stray-text issues of `xml`, the same on every input path and for chunks of 1 to 13 characters. */
async function stray(xml: string): Promise<string[]> {
  const whole = await verdictOnAllPaths(xml, m);
  for (let size = 1; size <= 13; size++) {
    expect(await validateXmlStream(asyncChunks(xml, size), m), `chunks of ${size}`).toEqual(whole);
  }
  return whole.errors.map((e) => `${e.code} ${e.location.line}:${e.location.column} ${e.location.path} ${e.found}`);
}

describe('stray text is reported the same however the input is cut', () => {
  it('the whole run, not its first piece', async () => {
    expect(await stray('<r><p>stray text<v>1</v></p></r>')).toEqual(['UnexpectedText 1:7 /r/p[1] stray text']);
  });

  it('white space inside the run is kept, around it trimmed; the location is the run start', async () => {
    expect(await stray('<r><p>\n   a   \n  b  \n<v>1</v></p></r>')).toEqual(['UnexpectedText 1:7 /r/p[1] a   \n  b']);
  });

  it('references are part of the run', async () => {
    expect(await stray('<r><p>x &amp; y&#65;<v>1</v></p></r>')).toEqual(['UnexpectedText 1:7 /r/p[1] x & yA']);
  });

  it('a long run shows its first 77 characters, however far its last non-blank one is', async () => {
    const long = `${'w'.repeat(70)}${' '.repeat(30)}z`;
    expect(await stray(`<r><p>  ${long}  <v>1</v></p></r>`)).toEqual([
      `UnexpectedText 1:7 /r/p[1] ${renderFound(long)}`,
    ]);
    const blankTail = `${'w'.repeat(70)}${' '.repeat(30)}`;
    expect(await stray(`<r><p>${blankTail}<v>1</v></p></r>`)).toEqual([`UnexpectedText 1:7 /r/p[1] ${'w'.repeat(70)}`]);
  });

  it('once per element: a comment ends the first run, the second run is not reported', async () => {
    expect(await stray('<r><p>one<!-- c -->two<v>1</v>three</p><p>four</p></r>')).toEqual([
      'UnexpectedText 1:7 /r/p[1] one',
      'UnexpectedText 1:43 /r/p[2] four',
    ]);
  });

  it('in empty content and after the last child', async () => {
    expect(await stray('<r><p><v>1</v> tail </p><e>in e</e></r>')).toEqual([
      'UnexpectedText 1:15 /r/p[1] tail',
      'UnexpectedText 1:28 /r/e in e',
    ]);
  });

  it('blank runs and a non-breaking space (not XML white space)', async () => {
    expect(await stray('<r><p>\n  \t<v>1</v>\r\n </p></r>')).toEqual([]);
    expect(await stray('<r><p>\u00a0<v>1</v></p></r>')).toEqual(['UnexpectedText 1:7 /r/p[1] \u00a0']);
  });

  it('stray text before a fatal error is reported before it', () => {
    const r = validateXml('<r><p>stray', m);
    expect(r.errors.map((e) => e.code)).toEqual(['UnexpectedText', 'XmlSyntax']);
    expect(r.errors[0]?.found).toBe('stray');
  });
});

describe('StrayText', () => {
  // XML white space only: JavaScript's trim() would also drop U+00A0 and U+2028.
  const xmlTrim = (s: string) => s.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, '');

  it('gives renderFound of the trimmed run for every way of cutting it', () => {
    const runs = ['', '   ', ' a ', `${'x'.repeat(79)}`, `${'x'.repeat(80)} `, `${'x'.repeat(81)}`];
    runs.push(` ${'y'.repeat(78)}${' '.repeat(5)}z `, `${'q'.repeat(80)}${' '.repeat(9)}`, '\u00a0 b \u2028');
    for (const run of runs) {
      const expected = xmlTrim(run) === '' ? undefined : renderFound(xmlTrim(run));
      for (let cut = 0; cut <= run.length; cut++) {
        for (let cut2 = cut; cut2 <= run.length; cut2 += 7) {
          const st = new StrayText(2, 3, 4);
          st.add(run.slice(0, cut));
          st.add(run.slice(cut, cut2));
          st.add(run.slice(cut2));
          expect(st.found(), `${JSON.stringify(run)} cut at ${cut}, ${cut2}`).toBe(expected);
        }
      }
    }
  });

  it('a run continues only at the same depth, line and column', () => {
    const st = new StrayText(2, 3, 4);
    expect(st.continues(2, 3, 4)).toBe(true);
    expect([st.continues(1, 3, 4), st.continues(2, 2, 4), st.continues(2, 3, 5)]).toEqual([false, false, false]);
  });
});
