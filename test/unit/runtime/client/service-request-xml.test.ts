/**
 * service-request-xml.ts, exactly: the five XML escapes, filters (none when empty), preferences,
 * data trees (arrays repeat, null is an empty element, undefined is left out, `@x` attributes,
 * `#text`, Dates as ISO strings), the root, and every refused element or attribute name (no
 * input injects markup).
 */
import { describe, expect, it } from 'vitest';
import { escapeXml, serviceRequestXml } from '../../../../runtime/client/service-request-xml.js';

const HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';

describe('escapeXml', () => {
  it('escapes the five markup characters, each occurrence', () => {
    expect(escapeXml(`a&b<c>d"e'f & < > " '`)).toBe('a&amp;b&lt;c&gt;d&quot;e&apos;f &amp; &lt; &gt; &quot; &apos;');
  });
  it('escapes & first (no double escape)', () => {
    expect(escapeXml('&lt;')).toBe('&amp;lt;');
  });
  it('leaves other text alone', () => {
    expect(escapeXml('plain ü\u2603 text')).toBe('plain ü\u2603 text');
  });
});

describe('serviceRequestXml', () => {
  it('an empty input is an empty ServiceRequest', () => {
    expect(serviceRequestXml({})).toBe(`${HEAD}<ServiceRequest></ServiceRequest>`);
  });
  it('empty filters are left out', () => {
    expect(serviceRequestXml({ filters: [] })).toBe(`${HEAD}<ServiceRequest></ServiceRequest>`);
  });
  it('criteria in order, every part escaped, Dates as ISO strings', () => {
    expect(
      serviceRequestXml({
        filters: [
          { field: 'a"b', operator: 'NOT EQUALS', value: 'x<y' },
          { field: 'when', operator: 'GREATER', value: new Date(Date.UTC(2024, 0, 2, 3, 4, 5, 6)) },
          { field: 'n', operator: 'IN', value: 3 },
          { field: 'b', operator: 'EQUALS', value: false },
        ],
      }),
    ).toBe(
      `${HEAD}<ServiceRequest><filters>` +
        '<Criteria field="a&quot;b" operator="NOT EQUALS">x&lt;y</Criteria>' +
        '<Criteria field="when" operator="GREATER">2024-01-02T03:04:05.006Z</Criteria>' +
        '<Criteria field="n" operator="IN">3</Criteria>' +
        '<Criteria field="b" operator="EQUALS">false</Criteria>' +
        '</filters></ServiceRequest>',
    );
  });
  it('filters, then preferences, then data, under the given root', () => {
    expect(
      serviceRequestXml(
        {
          data: { A: 1 },
          preferences: { startFromId: '12', limitResults: 0, verbose: false },
          filters: [{ field: 'id', operator: 'EQUALS', value: 1 }],
        },
        'FilterRequest',
      ),
    ).toBe(
      `${HEAD}<FilterRequest><filters><Criteria field="id" operator="EQUALS">1</Criteria></filters>` +
        '<preferences><startFromId>12</startFromId><limitResults>0</limitResults><verbose>false</verbose></preferences>' +
        '<data><A>1</A></data></FilterRequest>',
    );
  });
  it('empty preferences are an empty element', () => {
    expect(serviceRequestXml({ preferences: {} })).toBe(
      `${HEAD}<ServiceRequest><preferences></preferences></ServiceRequest>`,
    );
  });
  it('data: arrays repeat, null is empty, undefined left out, attributes and #text', () => {
    expect(
      serviceRequestXml({
        data: {
          Asset: [
            { '@id': 1, '@skip': undefined, name: 'a&b', gone: undefined, empty: null },
            { '#text': 'x<y', '@when': new Date(Date.UTC(2024, 0, 1)) },
          ],
          Tags: { Tag: [] },
          Flag: true,
          At: new Date(0),
          Nested: { Inner: { '@k': `'"` } },
        },
      }),
    ).toBe(
      `${HEAD}<ServiceRequest><data>` +
        '<Asset id="1"><name>a&amp;b</name><empty/></Asset>' +
        '<Asset when="2024-01-01T00:00:00.000Z">x&lt;y</Asset>' +
        '<Tags></Tags><Flag>true</Flag><At>1970-01-01T00:00:00.000Z</At>' +
        '<Nested><Inner k="&apos;&quot;"></Inner></Nested>' +
        '</data></ServiceRequest>',
    );
  });
  it('a null attribute is written as the text null', () => {
    expect(serviceRequestXml({ data: { E: { '@a': null } } })).toBe(
      `${HEAD}<ServiceRequest><data><E a="null"></E></data></ServiceRequest>`,
    );
  });
  it('names may use letters, digits, _, ., - after a letter or _', () => {
    expect(serviceRequestXml({ data: { _a1: { 'b.c-d_E9': 'v', '@x_y.z-1': 'w' } } })).toBe(
      `${HEAD}<ServiceRequest><data><_a1 x_y.z-1="w"><b.c-d_E9>v</b.c-d_E9></_a1></data></ServiceRequest>`,
    );
  });
  it.each(['a><b', '1a', '-a', '.a', 'a b', '', 'a:b', 'ä', 'a/', 'a\n'])('refuses the element name %j', (name) => {
    expect(() => serviceRequestXml({ data: { [name]: 1 } })).toThrow(
      `not an XML element name: ${JSON.stringify(name)}`,
    );
  });
  it('refuses a bad element name even when its value is undefined', () => {
    expect(() => serviceRequestXml({ data: { '<x': undefined } })).toThrow('not an XML element name: "<x"');
  });
  it.each(['a"b', '1', '', 'a b', 'x=1'])('refuses the attribute name %j', (name) => {
    expect(() => serviceRequestXml({ data: { E: { [`@${name}`]: 'v' } } })).toThrow(
      `not an XML attribute name: ${JSON.stringify(name)}`,
    );
  });
  it('refuses a bad root', () => {
    expect(() => serviceRequestXml({}, 'a b')).toThrow('not an XML element name: "a b"');
    expect(() => serviceRequestXml({}, 'x>')).toThrow('not an XML element name: "x>"');
  });
});
