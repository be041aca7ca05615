/**
 * The parameters of one spec endpoint → `IrParam`s: path parameters are required, FO booleans
 * travel as 0/1 unless the spec says otherwise, defaults become strings; sorted with path
 * parameters first in path order, then the rest by name. `SpecPathParam` when the path template
 * and the `in: path` parameters disagree.
 */
import { type Diagnostic, diagnostic } from '../diagnostics.js';
import type { IrParam } from '../ir/ir-endpoint.js';
import type { EndpointMappingInput, LocateInEndpoint } from './endpoint-mapping-input.js';

/**
 * The `{name}` placeholders of a path template, as `/\{([^}]+)\}/g` finds them (a `{` opens,
 * the next `}` closes, an empty `{}` is skipped), by one left-to-right scan.
 */
export function placeholdersOf(template: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (;;) {
    const open = template.indexOf('{', from);
    if (open < 0) break;
    const close = template.indexOf('}', open + 1);
    if (close < 0) break;
    if (close > open + 1) {
      out.push(template.slice(open + 1, close));
      from = close + 1;
    } else from = open + 1;
  }
  return out;
}

/** Every path placeholder has an `in: path` parameter and every such parameter a placeholder. */
export function checkPathParams(
  input: EndpointMappingInput,
  pathParams: readonly string[],
  at: LocateInEndpoint,
  problems: Diagnostic[],
): void {
  const declaredPath = (input.endpoint.params ?? []).filter((p) => p.in === 'path').map((p) => p.name);
  for (const name of pathParams) {
    if (!declaredPath.includes(name)) {
      problems.push(diagnostic('SpecPathParam', `path placeholder {${name}} has no 'in: path' parameter`, at('/path')));
    }
  }
  for (const name of declaredPath) {
    if (!pathParams.includes(name)) {
      problems.push(
        diagnostic('SpecPathParam', `path parameter '${name}' does not appear in the path template`, at('/params')),
      );
    }
  }
}

export function mapParams(input: EndpointMappingInput, pathParams: readonly string[]): IrParam[] {
  const { endpoint: e, index, file, yaml } = input;
  const params: IrParam[] = (e.params ?? []).map((p, i) => ({
    name: p.name,
    in: p.in,
    type: p.type,
    required: p.in === 'path' ? true : (p.required ?? false),
    ...(p.enum ? { enum: [...p.enum] } : {}),
    ...(p.list ? { list: true } : {}),
    ...(p.minimum !== undefined ? { minimum: p.minimum } : {}),
    ...(p.maximum !== undefined ? { maximum: p.maximum } : {}),
    ...(p.default !== undefined ? { default: String(p.default) } : {}),
    ...(p.booleanFormat
      ? { booleanFormat: p.booleanFormat }
      : p.type === 'boolean' && e.api === 'fo'
        ? { booleanFormat: 'zero-one' as const }
        : {}),
    ...(p.const !== undefined ? { const: p.const } : {}),
    ...(p.requiredWith ? { requiredWith: [...p.requiredWith] } : {}),
    ...(p.since ? { since: p.since } : {}),
    ...(p.doc ? { doc: p.doc } : {}),
    origin: { file, ...yaml.locate(`/endpoints/${index}/params/${i}`) },
  }));
  return params.sort((a, b) => paramRank(a, pathParams) - paramRank(b, pathParams) || a.name.localeCompare(b.name));
}

function paramRank(p: IrParam, pathParams: readonly string[]): number {
  const i = pathParams.indexOf(p.name);
  return p.in === 'path' && i >= 0 ? i - 1000 : 0;
}
