/**
 * Typed records from `parseXml`: property names, arrays that stay arrays with one element, simple
 * content with attributes, mixed text, nil, defaults, empty complex elements, coercion (numbers,
 * booleans, exact big integers as strings); and no value for an invalid document.
 */
import { describe, expect, it } from 'vitest';
import { parseXml } from '../../../../runtime/xml/parse-xml.js';
import { kbDtdModel } from '../../../fixtures/runtime-xml/kb-dtd-model.js';
import { serviceResponseModel } from '../../../fixtures/runtime-xml/service-response-model.js';

const response = (
  finding: string,
  head = '',
) => `<ServiceResponse xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <responseCode>SUCCESS</responseCode>${head}
  <data>${finding}</data>
</ServiceResponse>`;

const finding = (extra = '', attrs = '') => `<Finding${attrs}>
  <id> 18446744073709551 </id><qid>42</qid><name> keep  spaces </name><severity>3</severity>
  <firstDetectedDate>2024-01-02T03:04:05Z</firstDetectedDate><url>https://a.example/</url>${extra}</Finding>`;

describe('parseXml', () => {
  it('builds the documented shapes', () => {
    const xml = response(
      finding(
        '<tags><Tag id="7">prod</Tag></tags><ports><port>443</port></ports><comment>a <b>b</b> c</comment><resultList/>',
        ' status="FIXED"',
      ),
      '<count> 1 </count><hasMoreRecords>1</hasMoreRecords><meta><a>x</a></meta>',
    );
    const { value, result } = parseXml(xml, serviceResponseModel);
    expect(result.errors).toEqual([]);
    expect(value).toEqual({
      responseCode: 'SUCCESS',
      count: 1,
      hasMoreRecords: true,
      meta: { a: 'x' },
      data: {
        Finding: [
          {
            status: 'FIXED',
            id: '18446744073709551',
            qid: 42,
            name: ' keep  spaces ',
            severity: 3,
            firstDetectedDate: '2024-01-02T03:04:05Z',
            url: 'https://a.example/',
            tags: { Tag: [{ id: 7, value: 'prod' }] },
            ports: { port: [443] },
            comment: { value: 'a  c', b: ['b'] },
            resultList: {},
          },
        ],
      },
    });
  });

  it.each([
    ['attribute default applied when absent', finding(), (f: Record<string, unknown>) => f.status, 'ACTIVE'],
    [
      'nil element is null',
      finding('').replace('<url>', '<lastTestedDate xsi:nil="true"/><url>'),
      (f: Record<string, unknown>) => f.lastTestedDate,
      null,
    ],
    [
      'simple content with attributes',
      finding('').replace('<firstDetectedDate>', '<score units="cvss"> 7.5 </score><firstDetectedDate>'),
      (f: Record<string, unknown>) => f.score,
      { units: 'cvss', value: '7.5' },
    ],
    ['optional absent element is absent', finding(), (f: Record<string, unknown>) => 'score' in f, false],
  ])('%s', (_name, f, pick, want) => {
    const { value, result } = parseXml<{ data: { Finding: Record<string, unknown>[] } }>(
      response(f),
      serviceResponseModel,
    );
    expect(result.errors).toEqual([]);
    expect(pick(value!.data.Finding[0]!)).toEqual(want);
  });

  it('coerces int, boolean 0, unsignedShort; keeps two findings in order', () => {
    const two = finding().replace('<qid>42</qid>', '<qid>-7</qid>') + finding();
    const { value } = parseXml<{ hasMoreRecords: boolean; data: { Finding: { qid: number }[] } }>(
      response(two, '<hasMoreRecords>0</hasMoreRecords>'),
      serviceResponseModel,
    );
    expect(value?.hasMoreRecords).toBe(false);
    expect(value?.data.Finding.map((f) => f.qid)).toEqual([-7, 42]);
  });

  it('DTD model: repeated VULN and CVE lists stay arrays; mixed text under value', () => {
    const xml = `<KNOWLEDGE_BASE_VULN_LIST_OUTPUT><RESPONSE><DATETIME>d</DATETIME><VULN_LIST>
      <VULN ref="a"><QID>6</QID><VULN_TYPE>t</VULN_TYPE><SEVERITY_LEVEL>1</SEVERITY_LEVEL><TITLE><![CDATA[A & B]]></TITLE>
      <DIAGNOSIS>x <B>y</B></DIAGNOSIS><CVE_LIST><CVE><ID>CVE-1</ID><URL>u</URL></CVE></CVE_LIST></VULN>
    </VULN_LIST></RESPONSE></KNOWLEDGE_BASE_VULN_LIST_OUTPUT>`;
    const { value, result } = parseXml(xml, kbDtdModel);
    expect(result.valid).toBe(true);
    expect(value).toEqual({
      RESPONSE: {
        DATETIME: 'd',
        VULN_LIST: {
          kind: 'full',
          VULN: [
            {
              ref: 'a',
              QID: '6',
              VULN_TYPE: 't',
              SEVERITY_LEVEL: '1',
              TITLE: 'A & B',
              DIAGNOSIS: { value: 'x ', B: ['y'] },
              CVE_LIST: { CVE: [{ ID: 'CVE-1', URL: 'u' }] },
            },
          ],
        },
      },
    });
  });

  it('returns no value for an invalid document, with the errors', () => {
    const { value, result } = parseXml(response(finding().replace('<qid>42', '<qid>x42')), serviceResponseModel);
    expect(value).toBeUndefined();
    expect(result.errors.map((e) => e.code)).toEqual(['InvalidValue']);
  });
});
