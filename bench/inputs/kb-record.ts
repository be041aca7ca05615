/**
 * One synthetic `VULN` record of a KNOWLEDGE_BASE_VULN_LIST_OUTPUT (vm.knowledgebase.vuln.list),
 * valid against specs/vm/schemas/knowledge_base_vuln_list_output.dtd: the DTD's sequence order,
 * a random subset of the optional parts (bugtraq, software, vendor references, CVEs, long HTML
 * diagnosis/consequence/solution in CDATA, compliance, exploit/malware correlation, CVSS v2/v3
 * with the `source` attribute, PCI reasons, threat intel with its required `id`, change log),
 * shaped like specs/vm/examples/vm.knowledgebase.vuln.list/corpus-har-qid-316760.response.xml.
 * `BASE` always carries its `source` attribute so the naive peer (fast-xml-parser + ajv) sees the
 * `{ value, source }` shape the emitted JSON Schema wants and does all of its work.
 *
 * @see specs/vm/schemas/knowledge_base_vuln_list_output.dtd (VULN and below)
 */
import type { SeededPrng } from '../lib/seeded-prng.js';

const VENDORS = ['cisco', 'microsoft', 'oracle', 'apache', 'redhat', 'debian', 'vmware', 'adobe'];
const PRODUCTS = ['ios_xe', 'windows_server', 'java_se', 'http_server', 'enterprise_linux', 'esxi', 'reader'];
const CATEGORIES = ['Cisco', 'Windows', 'Local', 'Web server', 'CGI', 'Database', 'Security Policy'];
const TYPES = [
  'Vulnerability',
  'Potential Vulnerability',
  'Information Gathered',
  'Vulnerability or Potential Vulnerability',
];
const SENTENCES = [
  'A vulnerability in the CLI could allow an authenticated, local attacker to inject a command.',
  'The check matches the version retrieved via Unix Auth using &quot;show version&quot; command.',
  'Successful exploitation could allow the attacker to execute arbitrary code with root privileges.',
  '<P>Customers are advised to refer to <A HREF="https://vendor.example/advisory" TARGET="_blank">the advisory</A>.',
  'Affected versions &lt;= 16.12 are vulnerable; fixed releases are listed below.<BR>',
];

const cdata = (s: string) => `<![CDATA[${s}]]>`;
const pad = (n: number) => String(n).padStart(2, '0');
const dt = (r: SeededPrng) =>
  `${r.int(2000, 2024)}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}T${pad(r.int(0, 23))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))}Z`;
const para = (r: SeededPrng, n: number) => Array.from({ length: n }, () => r.pick(SENTENCES)).join('\n');
const idUrl = (id: string, url: string) => `<ID>${cdata(id)}</ID><URL>${cdata(url)}</URL>`;

function repeat(r: SeededPrng, min: number, max: number, make: (i: number) => string): string {
  return Array.from({ length: r.int(min, max) }, (_, i) => make(i)).join('');
}

export function kbRecord(r: SeededPrng, index: number): string {
  const qid = 100000 + index;
  const cve = () => `CVE-${r.int(2000, 2024)}-${r.int(1000, 49999)}`;
  const p: string[] = [
    `<QID>${qid}</QID>`,
    `<VULN_TYPE>${r.pick(TYPES)}</VULN_TYPE>`,
    `<SEVERITY_LEVEL>${r.int(1, 5)}</SEVERITY_LEVEL>`,
    `<TITLE>${cdata(`${r.pick(VENDORS)} ${r.pick(PRODUCTS)} Vulnerability (QID ${qid})`)}</TITLE>`,
  ];
  const maybe = (chance: number, make: () => string) => {
    if (r.chance(chance)) p.push(make());
  };
  maybe(0.9, () => `<CATEGORY>${r.pick(CATEGORIES)}</CATEGORY>`);
  maybe(
    0.1,
    () => `<LAST_CUSTOMIZATION><DATETIME>${dt(r)}</DATETIME><USER_LOGIN>qualys_ab</USER_LOGIN></LAST_CUSTOMIZATION>`,
  );
  maybe(0.9, () => `<LAST_SERVICE_MODIFICATION_DATETIME>${dt(r)}</LAST_SERVICE_MODIFICATION_DATETIME>`);
  p.push(`<PUBLISHED_DATETIME>${dt(r)}</PUBLISHED_DATETIME>`);
  maybe(
    0.2,
    () =>
      `<BUGTRAQ_LIST>${repeat(r, 1, 3, () => `<BUGTRAQ>${idUrl(String(r.int(1000, 99999)), 'http://www.securityfocus.com/bid/1')}</BUGTRAQ>`)}</BUGTRAQ_LIST>`,
  );
  p.push(`<PATCHABLE>${r.int(0, 1)}</PATCHABLE>`);
  maybe(
    0.7,
    () =>
      `<SOFTWARE_LIST>${repeat(r, 1, 3, () => `<SOFTWARE><PRODUCT>${cdata(r.pick(PRODUCTS))}</PRODUCT><VENDOR>${cdata(r.pick(VENDORS))}</VENDOR></SOFTWARE>`)}</SOFTWARE_LIST>`,
  );
  maybe(
    0.6,
    () =>
      `<VENDOR_REFERENCE_LIST>${repeat(r, 1, 2, () => `<VENDOR_REFERENCE>${idUrl(`sa-${qid}-${r.int(1, 9)}`, `https://vendor.example/sa/${qid}`)}</VENDOR_REFERENCE>`)}</VENDOR_REFERENCE_LIST>`,
  );
  maybe(
    0.8,
    () =>
      `<CVE_LIST>${repeat(r, 1, 4, () => {
        const c = cve();
        return `<CVE>${idUrl(c, `http://cve.mitre.org/cgi-bin/cvename.cgi?name=${c}`)}</CVE>`;
      })}</CVE_LIST>`,
  );
  maybe(0.95, () => `<DIAGNOSIS>${cdata(para(r, r.int(1, 5)))}</DIAGNOSIS>`);
  maybe(0.9, () => `<CONSEQUENCE>${cdata(para(r, r.int(1, 3)))}</CONSEQUENCE>`);
  maybe(0.9, () => `<SOLUTION>${cdata(para(r, r.int(1, 4)))}</SOLUTION>`);
  maybe(
    0.15,
    () =>
      `<COMPLIANCE_LIST><COMPLIANCE><TYPE>PCI</TYPE><SECTION>6.2</SECTION><DESCRIPTION>Install critical patches &amp; updates.</DESCRIPTION></COMPLIANCE></COMPLIANCE_LIST>`,
  );
  maybe(
    0.2,
    () =>
      `<CORRELATION><EXPLOITS><EXPLT_SRC><SRC_NAME>The Exploit-DB</SRC_NAME><EXPLT_LIST>${repeat(r, 1, 2, () => `<EXPLT><REF>${cve()}</REF><DESC>${cdata('Remote code execution exploit')}</DESC><LINK>${cdata('http://www.exploit-db.com/exploits/1')}</LINK></EXPLT>`)}</EXPLT_LIST></EXPLT_SRC></EXPLOITS></CORRELATION>`,
  );
  maybe(
    0.8,
    () =>
      `<CVSS><BASE source="${r.pick(['service', 'cve'])}">${r.int(1, 9)}.${r.int(0, 9)}</BASE><TEMPORAL>${r.int(1, 9)}.${r.int(0, 9)}</TEMPORAL><VECTOR_STRING>CVSS:2.0/AV:N/AC:L/Au:N/C:P/I:P/A:P</VECTOR_STRING><ACCESS><VECTOR>3</VECTOR><COMPLEXITY>1</COMPLEXITY></ACCESS><IMPACT><CONFIDENTIALITY>2</CONFIDENTIALITY><INTEGRITY>2</INTEGRITY><AVAILABILITY>2</AVAILABILITY></IMPACT><AUTHENTICATION>1</AUTHENTICATION></CVSS>`,
  );
  maybe(
    0.6,
    () =>
      `<CVSS_V3><BASE source="service">${r.int(1, 9)}.${r.int(0, 9)}</BASE><TEMPORAL>${r.int(1, 9)}.${r.int(0, 9)}</TEMPORAL><VECTOR_STRING>CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H</VECTOR_STRING><CVSS3_VERSION>3.1</CVSS3_VERSION><ATTACK><VECTOR>1</VECTOR><COMPLEXITY>1</COMPLEXITY></ATTACK></CVSS_V3>`,
  );
  maybe(0.9, () => `<PCI_FLAG>${r.int(0, 1)}</PCI_FLAG>`);
  maybe(
    0.2,
    () => `<PCI_REASONS>${repeat(r, 1, 2, () => '<PCI_REASON>CVSS score &gt;= 4.0</PCI_REASON>')}</PCI_REASONS>`,
  );
  maybe(
    0.4,
    () =>
      `<THREAT_INTELLIGENCE>${repeat(r, 1, 3, (i) => `<THREAT_INTEL id="${i + 1}">${cdata(r.pick(['Zero_Day', 'Public_Exploit', 'Easy_Exploit', 'High_Lateral_Movement']))}</THREAT_INTEL>`)}</THREAT_INTELLIGENCE>`,
  );
  maybe(0.1, () => '<SUPPORTED_MODULES>VM,CA</SUPPORTED_MODULES>');
  p.push(
    `<DISCOVERY><REMOTE>${r.int(0, 1)}</REMOTE>${r.chance(0.5) ? `<AUTH_TYPE_LIST>${repeat(r, 1, 3, () => `<AUTH_TYPE>${r.pick(['Unix', 'SNMP', 'Windows'])}</AUTH_TYPE>`)}</AUTH_TYPE_LIST>` : ''}${r.chance(0.3) ? '<ADDITIONAL_INFO>Patch Available</ADDITIONAL_INFO>' : ''}</DISCOVERY>`,
  );
  maybe(0.05, () => `<IS_DISABLED>${r.int(0, 1)}</IS_DISABLED>`);
  maybe(
    0.1,
    () =>
      `<CHANGE_LOG_LIST><CHANGE_LOG_INFO><CHANGE_DATE>${dt(r)}</CHANGE_DATE><COMMENTS>${cdata('Updated solution.')}</COMMENTS></CHANGE_LOG_INFO></CHANGE_LOG_LIST>`,
  );
  return `      <VULN>\n        ${p.join('\n        ')}\n      </VULN>\n`;
}

export const kbDocument = {
  head: () =>
    `<?xml version="1.0" encoding="UTF-8" ?>\n<!DOCTYPE KNOWLEDGE_BASE_VULN_LIST_OUTPUT SYSTEM "https://qualysapi.qualys.com/api/2.0/fo/knowledge_base/vuln/knowledge_base_vuln_list_output.dtd">\n<KNOWLEDGE_BASE_VULN_LIST_OUTPUT>\n  <RESPONSE>\n    <DATETIME>2024-01-01T00:00:00Z</DATETIME>\n    <VULN_LIST>\n`,
  tail: '    </VULN_LIST>\n  </RESPONSE>\n</KNOWLEDGE_BASE_VULN_LIST_OUTPUT>\n',
  record: kbRecord,
};
