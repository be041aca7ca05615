/**
 * Emits `generated/index.ts`: the `QualysClient` class (one property per module, e.g.
 * `q.was.finding.get(...)`), wired to the platforms, the schema registry and the runtime XML
 * parser; re-exports the schema type namespaces, the module clients' types, the typed errors
 * and the runtime types a caller needs.
 *
 * @see issue 3 "What a user writes"
 */
import type { IrDocument } from '../../ir/ir-document.js';
import { type EmittedFile, GENERATED_HEADER } from '../emitted-file.js';
import { safeIdentifier } from '../naming.js';
import { docComment, literal } from '../types/ts-source.js';
import { moduleClientName } from './emit-module-client.js';
import { TypeImports } from './type-imports.js';

export function emitIndex(doc: IrDocument, modules: readonly string[]): EmittedFile {
  const imports = new TypeImports(
    '',
    doc.schemas.map((s) => s.id),
  );
  for (const s of doc.schemas) imports.alias(s.id);
  const props = modules.map((m) => ({ module: m, prop: safeIdentifier(m), type: moduleClientName(m) }));
  const lines = [
    GENERATED_HEADER + docComment('The qspec Qualys client: `new QualysClient({ platform, auth })`.').trimEnd(),
    [
      "import { ClientCore } from './runtime/client/client-core.js';",
      "import type { ClientOptions } from './runtime/client/client-options.js';",
      "import type { PlatformModel } from './runtime/client/platform-model.js';",
      "import type { RateLimitInfo } from './runtime/client/rate-limit.js';",
      "import { schemaDecoder } from './runtime/client/response-decoder.js';",
      "import { xmlRecordSink } from './runtime/client/xml-record-sink.js';",
      "import { parseXml } from './runtime/xml/parse-xml.js';",
      "import { type PlatformId, platforms } from './platforms.js';",
      "import { schemaRegistry } from './schema-registry.js';",
      ...props.map((p) => `import { create${p.type}, type ${p.type} } from ${literal(`./${p.module}/client.js`)};`),
    ].join('\n'),
    [
      "export type { AuthConfig } from './runtime/client/auth-provider.js';",
      "export type { CallOptions, ClientOptions, ValidationMode } from './runtime/client/client-options.js';",
      "export type { Page, PageIterable } from './runtime/client/paginate.js';",
      "export type { RateLimitInfo } from './runtime/client/rate-limit.js';",
      "export type { Criteria, ServicePreferences } from './runtime/client/service-request-xml.js';",
      "export type { Transport, TransportRequest, TransportResponse } from './runtime/client/transport.js';",
      "export { fetchTransport } from './runtime/client/fetch-transport.js';",
      "export * from './runtime/client/qualys-error.js';",
      "export { endpoints, type EndpointId } from './endpoints.js';",
      "export { platforms, type PlatformId } from './platforms.js';",
      ...props.map((p) => `export * from ${literal(`./${p.module}/client.js`)};`),
      ...imports
        .entries()
        .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
        .map(([alias, path]) => `export * as ${alias} from ${literal(path)};`),
    ].join('\n'),
    `${docComment('Options of a QualysClient: a platform id (or object), credentials, and the runtime knobs (docs/client.md).')}export type QualysClientOptions = Omit<ClientOptions, 'platform'> & { readonly platform?: PlatformId | PlatformModel };`,
    [
      docComment('The typed Qualys client. Methods follow endpoint ids: `q.was.finding.get({ id })`.').trimEnd(),
      'export class QualysClient {',
      '  readonly core: ClientCore;',
      ...props.map((p) => `  readonly ${p.prop}: ${p.type};`),
      '',
      '  constructor(options: QualysClientOptions) {',
      '    this.core = new ClientCore({ decoder: schemaDecoder(schemaRegistry, parseXml, xmlRecordSink), ...options }, platforms);',
      ...props.map((p) => `    this.${p.prop} = create${p.type}(this.core);`),
      '  }',
      '',
      '  /** The `X-RateLimit-*` / `X-Concurrency-Limit-*` values of the latest response that carried them. */',
      '  get lastRateLimit(): RateLimitInfo | undefined {',
      '    return this.core.lastRateLimit;',
      '  }',
      '}',
    ].join('\n'),
  ];
  return { path: 'index.ts', content: `${lines.join('\n\n')}\n` };
}
