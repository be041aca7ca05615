/**
 * The files `qspec init` writes into a new project: a config, and a starter spec folder holding
 * the Qualys platform table (`platforms.yaml`) and one endpoint (the platform portal version,
 * `GET /qps/rest/portal/version`, Qualys API guide "Portal Version") with its XSD and one example
 * response, so `qspec generate`, `qspec mock` and `qspec conformance` work at once.
 */
import { QUALYS_PLATFORMS } from '../generator/load/default-platforms.js';

export function platformsYaml(): string {
  const rows = QUALYS_PLATFORMS.map(
    (p) => `  - id: ${p.id}\n    name: ${p.name}\n    apiUrl: ${p.apiUrl}\n    gatewayUrl: ${p.gatewayUrl}\n`,
  );
  return [
    '# Qualys platforms: API server (FO API 2.0, QPS REST) and API gateway of each. The client',
    '# picks one by id (US1, EU2, ...); PRIVATE takes your base URL for {base}.',
    'platforms:',
    rows.join('').trimEnd(),
    '',
  ].join('\n');
}

const ENDPOINT_YAML = `module: am
resource: portal
doc: >
  Platform portal version (QPS REST): the versions of the platform's applications. A starter
  endpoint written by 'qspec init'; add your own files beside it (one YAML file per resource).
endpoints:
  - id: platform.portal.version
    summary: Versions of the platform's applications (portal, WAS, VM, scanner, signatures)
    method: GET
    api: qps
    path: /qps/rest/portal/version
    auth: basic
    responses:
      - status: 200
        contentType: application/xml
        body: xml
        schema: { file: schemas/version.xsd, root: ServiceResponse }
    errors: qps-response-code
    pagination: { style: none }
    idempotent: true
    examples:
      sample:
        doc: A response of a US platform.
`;

const VERSION_XSD = `<?xml version="1.0" encoding="UTF-8"?>
<!-- The portal version answer (/qps/rest/portal/version). Both version types are open
     (qspec:open="true"): an application not listed here is reported as drift, not rejected. -->
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:qspec="urn:qspec"
    elementFormDefault="qualified">
  <xs:element name="ServiceResponse">
    <xs:complexType>
      <xs:sequence>
        <xs:element name="responseCode" type="xs:string"/>
        <xs:element name="count" type="xs:int" minOccurs="0"/>
        <xs:element name="data" type="VersionData" minOccurs="0"/>
      </xs:sequence>
    </xs:complexType>
  </xs:element>
  <xs:complexType name="VersionData">
    <xs:all>
      <xs:element name="Portal-Version" type="PortalVersion" minOccurs="0"/>
      <xs:element name="QWeb-Version" type="QWebVersion" minOccurs="0"/>
    </xs:all>
  </xs:complexType>
  <xs:complexType name="PortalVersion" qspec:open="true">
    <xs:all>
      <xs:element name="PortalApplication-VERSION" type="xs:string" minOccurs="0"/>
      <xs:element name="VM-VERSION" type="xs:string" minOccurs="0"/>
      <xs:element name="WAS-VERSION" type="xs:string" minOccurs="0"/>
    </xs:all>
  </xs:complexType>
  <xs:complexType name="QWebVersion" qspec:open="true">
    <xs:all>
      <xs:element name="WEB-VERSION" type="xs:string" minOccurs="0"/>
      <xs:element name="SCANNER-VERSION" type="xs:string" minOccurs="0"/>
      <xs:element name="VULNSIGS-VERSION" type="xs:string" minOccurs="0"/>
    </xs:all>
  </xs:complexType>
</xs:schema>
`;

const EXAMPLE_XML = `<?xml version="1.0" encoding="UTF-8"?>
<ServiceResponse>
  <responseCode>SUCCESS</responseCode>
  <count>1</count>
  <data>
    <Portal-Version>
      <PortalApplication-VERSION>3.1.2.0-2</PortalApplication-VERSION>
      <VM-VERSION>1.0.3</VM-VERSION>
      <WAS-VERSION>6.13.1.0</WAS-VERSION>
    </Portal-Version>
    <QWeb-Version>
      <WEB-VERSION>10.3.0.2-2</WEB-VERSION>
      <SCANNER-VERSION>12.4.28-1</SCANNER-VERSION>
      <VULNSIGS-VERSION>2.5.8-3</VULNSIGS-VERSION>
    </QWeb-Version>
  </data>
</ServiceResponse>
`;

/** The starter spec folder: path inside it → content. */
export function starterSpecFiles(): Record<string, string> {
  return {
    'platforms.yaml': platformsYaml(),
    'am/portal.yaml': ENDPOINT_YAML,
    'am/schemas/version.xsd': VERSION_XSD,
    'am/examples/platform.portal.version/sample.response.xml': EXAMPLE_XML,
  };
}

/** The config `qspec init` writes, as JSON or YAML text. */
export function starterConfig(format: 'json' | 'yaml', specs: string, out: string): string {
  if (format === 'yaml') {
    return [
      '# qspec settings (qspec config --help lists them all); flags override them.',
      `specs: ${JSON.stringify(specs)}`,
      `out: ${JSON.stringify(out)}`,
      'emit: ts',
      'conformance:',
      '  reporter: text',
      'mock:',
      '  port: 8080',
      '',
    ].join('\n');
  }
  const config = { specs, out, emit: 'ts', conformance: { reporter: 'text' }, mock: { port: 8080 } };
  return `${JSON.stringify(config, null, 2)}\n`;
}

/** The npm scripts `qspec init` adds to package.json (a script of that name already there is kept). */
export const STARTER_SCRIPTS: Readonly<Record<string, string>> = {
  'qspec:generate': 'qspec generate',
  'qspec:check': 'qspec generate --check',
  'qspec:conformance': 'qspec conformance',
};
