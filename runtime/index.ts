/**
 * The public surface of the hand-written runtime, importable as `qspec/runtime`: the XML engine
 * (parse, validate, stream records against a compiled schema model), the client core with its
 * transports, options, paging and typed errors, and the model types the generated code is built
 * on. The generated client (`qspec`) re-exports what a caller of `QualysClient` needs; this entry
 * is for code that works with the runtime directly (own transports, own schema models).
 */

export type { AuthConfig, BasicCredentials } from './client/auth-provider.js';
export { ClientCore } from './client/client-core.js';
export type {
  CallOptions,
  ClientOptions,
  ClientWarning,
  RequestEvent,
  ResponseEvent,
  ValidationMode,
} from './client/client-options.js';
export { type FetchTransportOptions, fetchTransport } from './client/fetch-transport.js';
export { type NodeHttpTransportOptions, nodeHttpTransport } from './client/node-http-transport.js';
export type { Page, PageIterable } from './client/paginate.js';
export type { BaseUrlOptions, PlatformModel } from './client/platform-model.js';
export * from './client/qualys-error.js';
export type { RateLimitInfo, RetryPolicy } from './client/rate-limit.js';
export type { ParseXmlFunction, ResponseDecoder, XmlRecordSinkFunction } from './client/response-decoder.js';
export { schemaDecoder } from './client/response-decoder.js';
export type { Criteria, CriteriaOperator, ServicePreferences, XmlData } from './client/service-request-xml.js';
export { escapeXml, serviceRequestXml } from './client/service-request-xml.js';
export type { HttpMethod, Transport, TransportRequest, TransportResponse } from './client/transport.js';
export { xmlRecordSink } from './client/xml-record-sink.js';
export type { ApiFamily, AuthKind, EndpointModel, PaginationModel, ParamModel, ParamType } from './endpoint-model.js';
export type { Issue, IssueLocation, IssueSeverity } from './issue.js';
export { formatIssue, formatLocation } from './issue.js';
export type { JsonSchemaError, JsonValidateFunction, SchemaEntry } from './schema-entry.js';
export type { XmlSchemaModel, XmlTypeModel } from './schema-model.js';
export type { XmlParseResult } from './xml/parse-xml.js';
export { parseXml } from './xml/parse-xml.js';
export type { StreamRecordsOptions, StreamRecordsResult } from './xml/stream-records.js';
export { streamRecords } from './xml/stream-records.js';
export { validateXml } from './xml/validate-xml.js';
export { validateXmlStream } from './xml/validate-xml-stream.js';
export type { XmlIssue, XmlIssueCode, XmlIssueLocation } from './xml/xml-issue.js';
export type { XmlDoctype, XmlValidateOptions, XmlValidationResult } from './xml/xml-validate-options.js';
