/**
 * Emits `generated/endpoints.ts`: every endpoint descriptor, keyed by id, sorted, as
 * `as const satisfies Readonly<Record<string, EndpointModel>>` so both the client and the mock
 * server / conformance kit read the same data. Data is serialised with JSON.stringify (no spec
 * text is pasted into code).
 *
 * @see runtime/endpoint-model.ts
 */

import { endpointDescriptor } from '../../compile/endpoint-descriptor.js';
import type { IrDocument } from '../../ir/ir-document.js';
import { type EmittedFile, GENERATED_HEADER } from '../emitted-file.js';
import { docComment, literal } from '../types/ts-source.js';

export function emitEndpoints(doc: IrDocument): EmittedFile {
  const entries = [...doc.endpoints]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((e) => {
      const json = JSON.stringify(endpointDescriptor(doc, e), null, 2).replace(/\n/g, '\n  ');
      return `${docComment(e.summary, '  ')}  ${literal(e.id)}: ${json},`;
    });
  const content = [
    GENERATED_HEADER +
      docComment(`Endpoint descriptors of all ${doc.endpoints.length} endpoints, keyed by endpoint id.`).trimEnd(),
    "import type { EndpointModel } from './runtime/endpoint-model.js';",
    `export const endpoints = {\n${entries.join('\n')}\n} as const satisfies Readonly<Record<string, EndpointModel>>;`,
    'export type EndpointId = keyof typeof endpoints;',
  ].join('\n\n');
  return { path: 'endpoints.ts', content: `${content}\n` };
}
