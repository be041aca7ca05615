/**
 * The example files of one spec endpoint (`examples/<endpoint-id>/<case>.request|response.<ext>`)
 * → `IrExample`s, sorted by case name then kind, with status, content type, params and expected
 * verdict from the spec's `examples` metadata (or the endpoint's defaults). `SpecExampleMissing`
 * when metadata names a case that has no file.
 */
import { type Diagnostic, diagnostic } from '../diagnostics.js';
import type { IrExample } from '../ir/ir-endpoint.js';
import {
  type EndpointMappingInput,
  type LocateInEndpoint,
  REQUEST_CONTENT_TYPE,
  sortRecord,
} from './endpoint-mapping-input.js';

export function mapExamples(input: EndpointMappingInput, problems: Diagnostic[], at: LocateInEndpoint): IrExample[] {
  const { endpoint: e } = input;
  const files = input.examples.filter((x) => x.endpointId === e.id);
  const meta = e.examples ?? {};
  for (const name of Object.keys(meta)) {
    if (!files.some((f) => f.caseName === name)) {
      problems.push(
        diagnostic(
          'SpecExampleMissing',
          `example '${name}' has no file under ${input.module}/examples/${e.id}/ (${name}.response.xml|json)`,
          at(`/examples/${name}`),
        ),
      );
    }
  }
  const okStatus = e.responses[0]?.status ?? 200;
  return files
    .map((f): IrExample => {
      const m = meta[f.caseName] ?? {};
      const status = m.status ?? okStatus;
      const declared = e.responses.find((r) => r.status === status);
      const contentType =
        m.contentType ??
        (f.kind === 'request'
          ? e.request
            ? (e.request.contentType ?? REQUEST_CONTENT_TYPE[e.request.kind])
            : 'application/octet-stream'
          : (declared?.contentType ?? contentTypeOfExtension(f.extension)));
      return {
        name: f.caseName,
        file: f.file,
        kind: f.kind,
        status,
        contentType,
        ...(m.params ? { params: sortRecord({ ...m.params }) } : {}),
        expect: m.expect ?? 'valid',
        ...(m.doc ? { doc: m.doc } : {}),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name) || a.kind.localeCompare(b.kind));
}

function contentTypeOfExtension(ext: string): string {
  switch (ext) {
    case 'xml':
      return 'text/xml';
    case 'json':
      return 'application/json';
    case 'csv':
      return 'text/csv';
    case 'pdf':
      return 'application/pdf';
    default:
      return 'application/octet-stream';
  }
}
