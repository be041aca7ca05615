/**
 * Table-driven tests of the runtime XML validator: each rule (content models, simple values,
 * attributes, nil, text, open content, roots) on a ServiceResponse model and a DTD-style model,
 * every case through the string, bytes and 7-unit chunked stream paths with the same verdict.
 */
import { describe, expect, it } from 'vitest';
import type { XmlValidateOptions } from '../../../../runtime/xml/xml-validate-options.js';
import { kbDtdModel } from '../../../fixtures/runtime-xml/kb-dtd-model.js';
import { serviceResponseModel } from '../../../fixtures/runtime-xml/service-response-model.js';
import { verdictOnAllPaths } from './verdict-helper.js';

const FINDING = `<Finding status="NEW">
      <id>9223372036854775807</id>
      <qid>150001</qid>
      <name>XSS</name>
      <severity>5</severity>
      <score units="cvss">7.5</score>
      <firstDetectedDate>2024-01-02T03:04:05Z</firstDetectedDate>
      <lastTestedDate>2024-02-01T00:00:00.5+02:00</lastTestedDate>
      <url>https://a.example/b</url>
    </Finding>`;

const doc = (finding = FINDING, head = '<responseCode>SUCCESS</responseCode>', tail = '') =>
  `<?xml version="1.0" encoding="UTF-8"?>
<ServiceResponse xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  ${head}
  <data>
    ${finding}
  </data>${tail}
</ServiceResponse>`;

const swap = (from: string, to: string) => doc(FINDING.replace(from, to));

interface Want {
  valid: boolean;
  codes?: string[];
  paths?: string[];
  warnings?: string[];
}
type Case = [string, { xml: string; options?: XmlValidateOptions; want: Want }];

const cases: Case[] = [
  ['a valid finding', { xml: doc(), want: { valid: true, codes: [] } }],
  ['two findings', { xml: doc(`${FINDING}${FINDING}`), want: { valid: true } }],
  ['no findings (min 0)', { xml: doc(''), want: { valid: true } }],
  [
    'a missing required element',
    {
      xml: swap('<qid>150001</qid>', ''),
      want: { valid: false, codes: ['MissingElement'], paths: ['/ServiceResponse/data/Finding[1]/name'] },
    },
  ],
  [
    'a missing last required element (choice url|path)',
    {
      xml: swap('<url>https://a.example/b</url>', ''),
      want: { valid: false, codes: ['MissingElement'], paths: ['/ServiceResponse/data/Finding[1]'] },
    },
  ],
  [
    'the other choice branch',
    { xml: swap('<url>https://a.example/b</url>', '<path>/b</path>'), want: { valid: true } },
  ],
  [
    'both choice branches',
    {
      xml: swap('<url>https://a.example/b</url>', '<url>u</url><path>/b</path>'),
      want: { valid: false, codes: ['UnexpectedElement'], paths: ['/ServiceResponse/data/Finding[1]/path'] },
    },
  ],
  [
    'elements out of order',
    {
      xml: swap('<qid>150001</qid>\n      <name>XSS</name>', '<name>XSS</name><qid>150001</qid>'),
      want: { valid: false, codes: ['MissingElement', 'UnexpectedElement'] },
    },
  ],
  [
    'a repeated single element',
    {
      xml: swap('<name>XSS</name>', '<name>XSS</name><name>again</name>'),
      want: { valid: false, codes: ['UnexpectedElement'], paths: ['/ServiceResponse/data/Finding[1]/name[2]'] },
    },
  ],
  [
    'an undeclared element in a closed type',
    {
      xml: swap('<name>XSS</name>', '<name>XSS</name><bogus><x/></bogus>'),
      want: { valid: false, codes: ['UnexpectedElement'], paths: ['/ServiceResponse/data/Finding[1]/bogus'] },
    },
  ],
  [
    'bounded max 3: three ports',
    { xml: swap('</url>', '</url><ports><port>1</port><port>2</port><port>3</port></ports>'), want: { valid: true } },
  ],
  [
    'bounded max 3: four ports',
    {
      xml: swap('</url>', '</url><ports><port>1</port><port>2</port><port>3</port><port>4</port></ports>'),
      want: { valid: false, codes: ['UnexpectedElement'], paths: ['/ServiceResponse/data/Finding[1]/ports/port[4]'] },
    },
  ],
  ['min 1: empty tags', { xml: swap('</url>', '</url><tags/>'), want: { valid: false, codes: ['MissingElement'] } }],
  [
    'all: any order',
    {
      xml: doc(FINDING, '<responseCode>SUCCESS</responseCode><meta><c>1</c><a>x</a><b>y</b></meta>'),
      want: { valid: true },
    },
  ],
  [
    'all: a member twice',
    {
      xml: doc(FINDING, '<responseCode>SUCCESS</responseCode><meta><a>x</a><a>y</a></meta>'),
      want: { valid: false, codes: ['UnexpectedElement'], paths: ['/ServiceResponse/meta/a[2]'] },
    },
  ],
  [
    'all: a required member missing',
    {
      xml: doc(FINDING, '<responseCode>SUCCESS</responseCode><meta><b>y</b></meta>'),
      want: { valid: false, codes: ['MissingElement'], paths: ['/ServiceResponse/meta'] },
    },
  ],
  [
    'an enumeration value outside the list',
    {
      xml: doc(FINDING, '<responseCode>OOPS</responseCode>'),
      want: { valid: false, codes: ['InvalidValue'], paths: ['/ServiceResponse/responseCode'] },
    },
  ],
  [
    'whitespace around an int is collapsed',
    { xml: swap('<qid>150001</qid>', '<qid>\n 150001 \n</qid>'), want: { valid: true } },
  ],
  [
    'int out of range',
    { xml: swap('<qid>150001</qid>', '<qid>2147483648</qid>'), want: { valid: false, codes: ['InvalidValue'] } },
  ],
  [
    'long out of range (beyond 2^63-1)',
    { xml: swap('9223372036854775807', '9223372036854775808'), want: { valid: false, codes: ['InvalidValue'] } },
  ],
  [
    'not a number',
    { xml: swap('<qid>150001</qid>', '<qid>12a</qid>'), want: { valid: false, codes: ['InvalidValue'] } },
  ],
  [
    'maxInclusive facet',
    { xml: swap('<severity>5</severity>', '<severity>6</severity>'), want: { valid: false, codes: ['InvalidValue'] } },
  ],
  [
    'minInclusive facet',
    { xml: swap('<severity>5</severity>', '<severity>0</severity>'), want: { valid: false, codes: ['InvalidValue'] } },
  ],
  [
    'dateTime without seconds',
    { xml: swap('2024-01-02T03:04:05Z', '2024-01-02T03:04Z'), want: { valid: false, codes: ['InvalidValue'] } },
  ],
  [
    'dateTime on 30 February',
    { xml: swap('2024-01-02T03:04:05Z', '2024-02-30T03:04:05Z'), want: { valid: false, codes: ['InvalidValue'] } },
  ],
  [
    'dateTime with a bad zone',
    { xml: swap('2024-01-02T03:04:05Z', '2024-01-02T03:04:05+15:00'), want: { valid: false, codes: ['InvalidValue'] } },
  ],
  ['dateTime without zone', { xml: swap('2024-01-02T03:04:05Z', '2024-01-02T03:04:05'), want: { valid: true } }],
  ['simple content: totalDigits', { xml: swap('>7.5<', '>117.5<'), want: { valid: false, codes: ['InvalidValue'] } }],
  ['simple content: fractionDigits', { xml: swap('>7.5<', '>7.55<'), want: { valid: false, codes: ['InvalidValue'] } }],
  [
    'simple content: a required attribute missing',
    {
      xml: swap(' units="cvss"', ''),
      want: { valid: false, codes: ['MissingAttribute'], paths: ['/ServiceResponse/data/Finding[1]/score/@units'] },
    },
  ],
  [
    'a fixed attribute with another value',
    { xml: swap('units="cvss"', 'units="other"'), want: { valid: false, codes: ['InvalidValue'] } },
  ],
  [
    'an enum attribute value outside the list',
    {
      xml: swap('status="NEW"', 'status="OLD"'),
      want: { valid: false, codes: ['InvalidValue'], paths: ['/ServiceResponse/data/Finding[1]/@status'] },
    },
  ],
  [
    'an undeclared attribute',
    { xml: swap('status="NEW"', 'status="NEW" color="red"'), want: { valid: false, codes: ['UnexpectedAttribute'] } },
  ],
  [
    'xmlns and xsi attributes are ignored',
    { xml: swap('status="NEW"', 'xmlns:q="urn:q" xsi:type="Finding"'), want: { valid: true } },
  ],
  [
    'an attribute on a simple-typed element',
    { xml: swap('<qid>', '<qid unit="x">'), want: { valid: false, codes: ['UnexpectedAttribute'] } },
  ],
  [
    'xsi:nil on a nillable element',
    {
      xml: swap('<lastTestedDate>2024-02-01T00:00:00.5+02:00</lastTestedDate>', '<lastTestedDate xsi:nil="true"/>'),
      want: { valid: true },
    },
  ],
  [
    'xsi:nil on a nillable element with content',
    { xml: swap('<lastTestedDate>', '<lastTestedDate xsi:nil="true">'), want: { valid: false, codes: ['InvalidNil'] } },
  ],
  [
    'xsi:nil on a non-nillable element',
    { xml: swap('<name>XSS</name>', '<name xsi:nil="true"/>'), want: { valid: false, codes: ['InvalidNil'] } },
  ],
  [
    'text in element-only content',
    {
      xml: swap('<name>XSS</name>', '<name>XSS</name> stray '),
      want: { valid: false, codes: ['UnexpectedText'], paths: ['/ServiceResponse/data/Finding[1]'] },
    },
  ],
  [
    'an element inside simple content',
    {
      xml: swap('<name>XSS</name>', '<name>X<i>S</i>S</name>'),
      want: { valid: false, codes: ['UnexpectedElement'], paths: ['/ServiceResponse/data/Finding[1]/name/i'] },
    },
  ],
  ['CDATA is text', { xml: swap('<name>XSS</name>', '<name><![CDATA[<script>]]></name>'), want: { valid: true } }],
  ['CDATA in an int', { xml: swap('<qid>150001</qid>', '<qid><![CDATA[ 42 ]]></qid>'), want: { valid: true } }],
  [
    'comments and PIs anywhere',
    { xml: swap('<qid>150001</qid>', '<qid><!-- c -->150<?pi x?>001</qid>'), want: { valid: true } },
  ],
  ['mixed content', { xml: swap('</url>', '</url><comment>a <b>bold</b> word</comment>'), want: { valid: true } }],
  [
    'open type: an undeclared element is drift (warning)',
    {
      xml: swap('</url>', '</url><resultList><result>r</result><newField><deep/></newField></resultList>'),
      want: { valid: true, warnings: ['UndeclaredElement'] },
    },
  ],
  [
    'open type, strict: an undeclared element is an error',
    {
      xml: swap('</url>', '</url><resultList><newField/></resultList>'),
      options: { strict: true },
      want: {
        valid: false,
        codes: ['UndeclaredElement'],
        paths: ['/ServiceResponse/data/Finding[1]/resultList/newField'],
      },
    },
  ],
  [
    'open type: a declared element out of place is still an error',
    {
      xml: swap('</url>', '</url><resultList><result>r</result><qid>1</qid></resultList>'),
      want: { valid: true, warnings: ['UndeclaredElement'] },
    },
  ],
  [
    'elision wildcard: trailing elements are drift',
    { xml: doc(FINDING, undefined, '<later><x/></later>'), want: { valid: true, warnings: ['UndeclaredElement'] } },
  ],
  [
    'a wrong root',
    {
      xml: '<Other><responseCode>SUCCESS</responseCode></Other>',
      want: { valid: false, codes: ['WrongRoot'], paths: ['/Other'] },
    },
  ],
  [
    'the expected root option',
    { xml: doc(), options: { root: 'SIMPLE_RETURN' }, want: { valid: false, codes: ['WrongRoot'] } },
  ],
  [
    'maxErrors',
    {
      xml: doc(`${FINDING.replace('NEW', 'X')}${FINDING.replace('NEW', 'Y')}`),
      options: { maxErrors: 1 },
      want: { valid: false, codes: ['InvalidValue'], warnings: ['XmlLimit'] },
    },
  ],
];

const kbDoc = (vulns: string, listAttrs = '') => `<?xml version="1.0" encoding="UTF-8" ?>
<!DOCTYPE KNOWLEDGE_BASE_VULN_LIST_OUTPUT SYSTEM "https://qualysapi.qualys.com/api/2.0/fo/knowledge_base/vuln/knowledge_base_vuln_list_output.dtd">
<KNOWLEDGE_BASE_VULN_LIST_OUTPUT>
  <RESPONSE>
    <DATETIME>2015-09-01T15:28:54Z</DATETIME>
<!-- keep-alive for KNOWLEDGE_BASE_VULN_LIST_OUTPUT  -->
    <VULN_LIST${listAttrs}>${vulns}
    </VULN_LIST>
  </RESPONSE>
</KNOWLEDGE_BASE_VULN_LIST_OUTPUT>`;
const VULN = `
      <VULN ref="q6">
        <QID>6</QID>
        <VULN_TYPE>Information Gathered</VULN_TYPE>
        <SEVERITY_LEVEL>1</SEVERITY_LEVEL>
        <TITLE><![CDATA[DNS Host Name]]></TITLE>
        <DIAGNOSIS>The <B>fully</B> qualified name</DIAGNOSIS>
        <CVE_LIST><CVE><ID>CVE-1</ID><URL>u</URL></CVE></CVE_LIST>
      </VULN>`;

const kbCases: Case[] = [
  ['DTD: a valid list', { xml: kbDoc(VULN + VULN), want: { valid: true } }],
  ['DTD: empty VULN_LIST', { xml: kbDoc(''), want: { valid: true } }],
  ['DTD: an enumerated attribute', { xml: kbDoc(VULN, ' kind="brief"'), want: { valid: true } }],
  [
    'DTD: an attribute outside the enumeration',
    { xml: kbDoc(VULN, ' kind="long"'), want: { valid: false, codes: ['InvalidValue'] } },
  ],
  [
    'DTD: a #REQUIRED attribute missing',
    { xml: kbDoc(VULN.replace(' ref="q6"', '')), want: { valid: false, codes: ['MissingAttribute'] } },
  ],
  [
    'DTD: an NMTOKEN with a space',
    { xml: kbDoc(VULN.replace('q6', 'q 6')), want: { valid: false, codes: ['InvalidValue'] } },
  ],
  [
    'DTD: an undeclared element (like <GUY> in the real tinykb.xml)',
    {
      xml: kbDoc(VULN.replace('<CVE_LIST>', '<GUY/><CVE_LIST>')),
      want: {
        valid: false,
        codes: ['UnexpectedElement'],
        paths: ['/KNOWLEDGE_BASE_VULN_LIST_OUTPUT/RESPONSE/VULN_LIST/VULN[1]/GUY'],
      },
    },
  ],
  [
    'DTD: CVE+ needs one',
    { xml: kbDoc(VULN.replace(/<CVE>.*<\/CVE>/, '')), want: { valid: false, codes: ['MissingElement'] } },
  ],
  [
    'DTD: ANY content (lax wildcard) skips its subtree',
    {
      xml: kbDoc(VULN).replace('<RESPONSE>', '<REQUEST>any <x><y/></x> text</REQUEST><RESPONSE>'),
      want: { valid: true },
    },
  ],
  ['DTD: a second root name', { xml: '<SIMPLE_RETURN><TEXT>ok</TEXT></SIMPLE_RETURN>', want: { valid: true } }],
];

describe('validateXml / validateXmlStream', () => {
  it.each([
    ...cases.map((c) => [...c, serviceResponseModel] as const),
    ...kbCases.map((c) => [...c, kbDtdModel] as const),
  ])('%s', async (_name, { xml, options, want }, model) => {
    const r = await verdictOnAllPaths(xml, model, options);
    expect(r.valid, JSON.stringify(r.errors, null, 1)).toBe(want.valid);
    if (want.codes) expect(r.errors.map((e) => e.code)).toEqual(want.codes);
    if (want.paths) expect(r.errors.map((e) => e.location.path)).toEqual(want.paths);
    if (want.warnings) expect(r.warnings.map((w) => w.code)).toEqual(want.warnings);
    if (want.valid && !want.warnings) expect(r.warnings).toEqual([]);
  });

  it('records the DOCTYPE (never fetched), the root and the schema location', async () => {
    const r = await verdictOnAllPaths(kbDoc(VULN), kbDtdModel);
    expect(r.doctype).toEqual({
      name: 'KNOWLEDGE_BASE_VULN_LIST_OUTPUT',
      systemId: 'https://qualysapi.qualys.com/api/2.0/fo/knowledge_base/vuln/knowledge_base_vuln_list_output.dtd',
    });
    expect(r.root).toBe('KNOWLEDGE_BASE_VULN_LIST_OUTPUT');
    const s = await verdictOnAllPaths(
      doc().replace(
        '<ServiceResponse ',
        '<ServiceResponse xsi:noNamespaceSchemaLocation="https://x.example/finding.xsd" ',
      ),
      serviceResponseModel,
    );
    expect(s.schemaLocation).toBe('https://x.example/finding.xsd');
    expect(s.bytes).toBe(
      new TextEncoder().encode(doc()).length + 'xsi:noNamespaceSchemaLocation="https://x.example/finding.xsd" '.length,
    );
  });

  it('counts elements, skipped subtrees included', async () => {
    const r = await verdictOnAllPaths(kbDoc(VULN), kbDtdModel);
    const tags = kbDoc(VULN).match(/<[A-Z_]+[\s>/]/g) ?? [];
    expect(r.elements).toBe(tags.length);
  });
});
