/**
 * The typed client the runner drives, built from the IR exactly as `qspec generate` builds the
 * generated one: endpoint descriptors from `endpointDescriptor` (the emitter's own function),
 * the schema registry from `buildXmlSchemaModel` / ajv, the runtime `ClientCore` and
 * `schemaDecoder` + `parseXml` (the code copied into generated/runtime). The transport is the
 * caller's: mock, live or record. Retries are off (faults must surface), validation is off (the
 * runner's own checks judge the payloads, with locations).
 *
 * @see runtime/client/client-core.ts; generator/compile/endpoint-descriptor.ts
 */
import { endpointDescriptor, paramProp } from '../../generator/compile/endpoint-descriptor.js';
import type { IrDocument } from '../../generator/ir/ir-document.js';
import type { IrEndpoint } from '../../generator/ir/ir-endpoint.js';
import type { AuthConfig } from '../../runtime/client/auth-provider.js';
import { ClientCore } from '../../runtime/client/client-core.js';
import { type ParseXmlFunction, schemaDecoder } from '../../runtime/client/response-decoder.js';
import type { Transport } from '../../runtime/client/transport.js';
import type { EndpointModel } from '../../runtime/endpoint-model.js';
import type { SchemaEntry } from '../../runtime/schema-entry.js';
import { parseXml } from '../../runtime/xml/parse-xml.js';
import { targetForSchema } from '../validate/validation-target.js';

export function endpointModelOf(doc: IrDocument, endpoint: IrEndpoint): EndpointModel {
  return endpointDescriptor(doc, endpoint);
}

export function registryOf(doc: IrDocument): Record<string, SchemaEntry> {
  const registry: Record<string, SchemaEntry> = {};
  for (const schema of doc.schemas) {
    const target = targetForSchema(schema, undefined, schema.id);
    if (target.kind === 'xml')
      registry[schema.id] = { id: schema.id, format: target.model.format, model: target.model };
    else if (target.kind === 'json') {
      const validate = target.validate;
      const fn = (data: unknown) => validate(data) as boolean;
      Object.defineProperty(fn, 'errors', { get: () => validate.errors ?? null });
      registry[schema.id] = { id: schema.id, format: 'json-schema', validate: fn, schema: {} };
    }
  }
  return registry;
}

export function clientFor(
  doc: IrDocument,
  transport: Transport,
  baseUrl: string | undefined,
  auth: AuthConfig,
  platform?: string,
): ClientCore {
  return new ClientCore(
    {
      ...(baseUrl !== undefined ? { baseUrl } : {}),
      ...(platform !== undefined ? { platform } : {}),
      auth,
      transport,
      retry: { maxRetries: 0 },
      validation: 'off',
      decoder: schemaDecoder(registryOf(doc), parseXml as unknown as ParseXmlFunction),
      onWarning: () => {},
      timeoutMs: 30_000,
    },
    Object.fromEntries(
      doc.platforms.map((p) => [p.id, { id: p.id, name: p.name, apiUrl: p.apiUrl, gatewayUrl: p.gatewayUrl }]),
    ),
  );
}

/** Example params (wire names, strings) → typed client input (camelCase props), filling required params the example omits. */
export function inputFromParams(
  endpoint: IrEndpoint,
  params: Readonly<Record<string, string>>,
): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const p of endpoint.params) {
    if (p.const !== undefined) continue;
    const raw = params[p.name] ?? (p.required ? (p.default ?? sampleParam(p)) : undefined);
    if (raw === undefined) continue;
    const prop = paramProp(p.name);
    if (p.type === 'boolean') input[prop] = raw === '1' || raw === 'true';
    else if (p.list) input[prop] = raw.split(',');
    else input[prop] = raw;
  }
  return input;
}

function sampleParam(p: IrEndpoint['params'][number]): string {
  if (p.enum?.length) return p.enum[0]!;
  switch (p.type) {
    case 'integer':
    case 'number':
      return String(p.minimum ?? 1);
    case 'boolean':
      return 'false';
    case 'date':
      return '2024-01-15';
    case 'date-time':
      return '2024-01-15T10:00:00Z';
    default:
      return 'sample';
  }
}
