/**
 * The two large XML inputs of the bench, and everything each tool needs to check them: how to
 * generate the document, the schema file (for libxml2), the compiled model (for qspec), the
 * emitted JSON Schema and the response-root wrapper (for the naive fast-xml-parser + ajv
 * pipeline), the record path (for typed records) and the endpoint id (for `qspec validate`).
 *
 * @see docs/performance.md
 */
import { kbDocument } from './kb-record.js';
import { webappDocument } from './webapp-record.js';
import type { RecordDocument } from './write-record-file.js';

export interface BenchInput {
  readonly key: 'xsd' | 'dtd';
  readonly label: string;
  readonly fileName: string;
  readonly seed: number;
  readonly doc: RecordDocument;
  readonly kind: 'xsd' | 'dtd';
  /** Repo-relative. */
  readonly schemaFile: string;
  readonly modelModule: string;
  readonly jsonSchema: string;
  readonly root: string;
  /** The emitted JSON Schema describes another root; the naive pipeline checks the response root with this. */
  readonly naiveRoot?: Record<string, unknown>;
  readonly recordPath: string;
  readonly endpoint: string;
}

const ref = (name: string) => ({ $ref: `#/definitions/${name}` });

export const benchInputs: readonly BenchInput[] = [
  {
    key: 'xsd',
    label: 'WAS search/webapp ServiceResponse (XSD)',
    fileName: 'webapp-search.xml',
    seed: 0x5eed_0001,
    doc: webappDocument,
    kind: 'xsd',
    schemaFile: 'specs/was/schemas/webapp.xsd',
    modelModule: 'generated/was/schemas/webapp-xsd.ts',
    jsonSchema: 'generated/was/json-schema/webapp-xsd.json',
    root: 'ServiceResponse',
    // webapp-xsd.json's root is ServiceRequest and ServiceResponse (an anonymous type) has no
    // definition, so its content is restated from webapp.xsd here (attributes allowed: xmlns:xsi).
    naiveRoot: {
      type: 'object',
      properties: {
        responseCode: ref('ResponseCode'),
        responseErrorDetails: ref('ResponseErrorObject'),
        count: { type: 'integer' },
        hasMoreRecords: { type: 'boolean' },
        lastId: { type: 'string', pattern: '^[-+]?[0-9]+$' },
        data: ref('ServiceResponseData'),
      },
      required: ['responseCode'],
    },
    recordPath: 'ServiceResponse/data/WebApp',
    endpoint: 'was.webapp.search',
  },
  {
    key: 'dtd',
    label: 'VM KNOWLEDGE_BASE_VULN_LIST_OUTPUT (DTD)',
    fileName: 'kb-vuln-list.xml',
    seed: 0x5eed_0002,
    doc: kbDocument,
    kind: 'dtd',
    schemaFile: 'specs/vm/schemas/knowledge_base_vuln_list_output.dtd',
    modelModule: 'generated/vm/schemas/knowledge-base-vuln-list-output-dtd.ts',
    jsonSchema: 'generated/vm/json-schema/knowledge-base-vuln-list-output-dtd.json',
    root: 'KNOWLEDGE_BASE_VULN_LIST_OUTPUT',
    recordPath: 'KNOWLEDGE_BASE_VULN_LIST_OUTPUT/RESPONSE/VULN_LIST/VULN',
    endpoint: 'vm.knowledgebase.vuln.list',
  },
];
