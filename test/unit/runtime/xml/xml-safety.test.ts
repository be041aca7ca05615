/**
 * Safety of the runtime XML engine: a DOCTYPE is recorded but never fetched; entity declarations
 * (XXE, billion laughs) are refused at once and nothing from the file system reaches the output;
 * undefined entities, malformed XML, bad UTF-8 and binary garbage are one located `XmlSyntax`
 * error, never a throw; maxDepth and maxBytes stop with `XmlLimit` identically on every path.
 */
import { describe, expect, it } from 'vitest';
import { parseXml } from '../../../../runtime/xml/parse-xml.js';
import { validateXml } from '../../../../runtime/xml/validate-xml.js';
import { serviceResponseModel } from '../../../fixtures/runtime-xml/service-response-model.js';
import { verdictOnAllPaths } from './verdict-helper.js';

const ok = '<ServiceResponse><responseCode>SUCCESS</responseCode></ServiceResponse>';

const xxe = `<?xml version="1.0"?>
<!DOCTYPE ServiceResponse [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
<ServiceResponse><responseCode>&xxe;</responseCode></ServiceResponse>`;

const laughs = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<ServiceResponse><responseCode>&lol9;</responseCode></ServiceResponse>`;

describe('XML safety', () => {
  it.each([
    ['XXE', xxe, 'XmlEntityDeclared', 2, 1],
    ['billion laughs', laughs, 'XmlEntityDeclared', 2, 1],
    ['undefined entity', '<ServiceResponse><responseCode>&xxe;</responseCode></ServiceResponse>', 'XmlSyntax', 1, 36],
    [
      'mismatched end tag',
      '<ServiceResponse>\n  <responseCode>SUCCESS</responseCod>\n</ServiceResponse>',
      'XmlSyntax',
      2,
      37,
    ],
    ['unclosed document', '<ServiceResponse><responseCode>SUCCESS</responseCode>', 'XmlSyntax', 1, 53],
    ['empty input', '', 'XmlSyntax', 1, 1],
    ['not XML', 'HTTP/1.1 502 Bad Gateway', 'XmlSyntax', 1, 1],
    ['control characters', `<ServiceResponse>\u0001\u0002</ServiceResponse>`, 'XmlSyntax', 1, 18],
    ['two roots', `${ok}${ok}`, 'XmlSyntax', 1, 88],
  ])('%s → %s at line:column', async (_name, xml, code, line, column) => {
    const r = await verdictOnAllPaths(xml, serviceResponseModel);
    expect(r.valid).toBe(false);
    expect(r.errors.map((e) => [e.code, e.location.line, e.location.column])).toEqual([[code, line, column]]);
  });

  it('nothing from the file system appears in the output of an XXE attempt', () => {
    const { value, result } = parseXml(xxe, serviceResponseModel);
    expect(value).toBeUndefined();
    expect(JSON.stringify(result)).not.toMatch(/root:|\/bin\/(ba)?sh/);
  });

  it('the 5 predefined entities and character references are fine', () => {
    const { value, result } = parseXml<{ hasMoreRecords: boolean }>(
      '<ServiceResponse><responseCode>SUC&#67;&#x45;SS</responseCode><hasMoreRecords> &#x31; </hasMoreRecords></ServiceResponse>',
      serviceResponseModel,
    );
    expect(result.errors).toEqual([]);
    expect(value).toEqual({ responseCode: 'SUCCESS', hasMoreRecords: true });
    const r = validateXml(
      '<ServiceResponse><responseCode>&lt;&gt;&amp;&apos;&quot;</responseCode></ServiceResponse>',
      serviceResponseModel,
    );
    expect(r.errors.map((e) => [e.code, e.found])).toEqual([['InvalidValue', `<>&'"`]]);
  });

  it('bad UTF-8 bytes are XmlSyntax, never a throw', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('<ServiceResponse><responseCode>'), 0xff, 0xfe, 0xc3]);
    const r = validateXml(bytes, serviceResponseModel);
    expect(r.errors.map((e) => e.code)).toEqual(['XmlSyntax']);
    const truncated = new Uint8Array([...new TextEncoder().encode(ok.slice(0, -1)), 0x3e, 0xc3]);
    expect(validateXml(truncated, serviceResponseModel).errors.map((e) => e.code)).toEqual(['XmlSyntax']);
  });

  it('random binary garbage never throws', () => {
    let seed = 7;
    for (let n = 0; n < 50; n++) {
      const bytes = new Uint8Array(200).map(() => {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        return seed & 0xff;
      });
      const r = validateXml(bytes, serviceResponseModel);
      expect(r.valid).toBe(false);
      expect(r.errors[0]?.code).toBe('XmlSyntax');
    }
  });

  it('a BOM is accepted', async () => {
    const r = await verdictOnAllPaths(`\uFEFF${ok}`, serviceResponseModel);
    expect(r.errors).toEqual([]);
  });

  it('maxDepth stops with XmlLimit', async () => {
    const deep = `<ServiceResponse>${'<x>'.repeat(300)}${'</x>'.repeat(300)}</ServiceResponse>`;
    const r = await verdictOnAllPaths(deep, serviceResponseModel);
    // <x> is unexpected (its subtree is skipped), but skipped depth still counts.
    expect(r.errors.map((e) => e.code)).toEqual(['UnexpectedElement', 'XmlLimit']);
    expect(r.errors[1]?.location.column).toBe(18 + 255 * 3);
    const shallow = await verdictOnAllPaths(ok, serviceResponseModel, { maxDepth: 1 });
    expect(shallow.errors.map((e) => [e.code, e.location.line, e.location.column])).toEqual([['XmlLimit', 1, 18]]);
  });

  it('maxBytes stops with XmlLimit, the same on every path', async () => {
    const multi = ok.replace('SUCCESS', 'ééééééé');
    const r = await verdictOnAllPaths(multi, serviceResponseModel, { maxBytes: 40 });
    expect(r.errors.map((e) => e.code)).toEqual(['XmlLimit']);
    expect(r.bytes).toBeLessThanOrEqual(40);
    expect(r.bytes).toBeGreaterThanOrEqual(39);
    const fits = await verdictOnAllPaths(ok, serviceResponseModel, { maxBytes: ok.length });
    expect(fits.errors).toEqual([]);
  });
});
