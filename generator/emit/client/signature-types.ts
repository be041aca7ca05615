/**
 * The TypeScript types of one endpoint's generated method: the params type (camelCase props,
 * string-literal unions for enums, required vs optional, list params as one value or an array,
 * dates as `string | Date`, QPS `filters`/`preferences`/`data`, JSON `body`, paging `cursor`),
 * the result type (schema root types, `ReadableStream<Uint8Array>` for binary/CSV/text), and the
 * record type a paging iterator yields.
 */

import { paramProp } from '../../compile/endpoint-descriptor.js';
import { recordPath } from '../../compile/record-path.js';
import type { IrDocument } from '../../ir/ir-document.js';
import type { IrEndpoint, IrParam, IrResponse, IrSchemaRef } from '../../ir/ir-endpoint.js';
import { rootTypeName } from '../../naming.js';
import { docComment, literal, propertyKey } from '../types/ts-source.js';
import type { TypeImports } from './type-imports.js';

function paramType(p: IrParam): string {
  let t: string;
  if (p.enum !== undefined) t = p.enum.map(literal).join(' | ');
  else if (p.type === 'integer' || p.type === 'number') t = 'number';
  else if (p.type === 'boolean') t = 'boolean';
  else if (p.type === 'date' || p.type === 'date-time') t = 'string | Date';
  else t = 'string';
  return p.list ? `${p.enum !== undefined || t.includes('|') ? `(${t})` : t} | readonly (${t})[]` : t;
}

/** The TS type of a schema ref's root, or undefined when the schema is unknown. */
export function schemaRootType(doc: IrDocument, ref: IrSchemaRef, imports: TypeImports): string | undefined {
  const schema = doc.schemas.find((s) => s.id === ref.schema);
  const root = ref.root ?? schema?.roots[0]?.name;
  if (schema === undefined || root === undefined || !schema.roots.some((r) => r.name === root)) return undefined;
  return `${imports.alias(schema.id)}.${rootTypeName(schema, root)}`;
}

function responseType(doc: IrDocument, r: IrResponse, imports: TypeImports): string {
  switch (r.body) {
    case 'binary':
    case 'csv':
    case 'text':
      return 'ReadableStream<Uint8Array>';
    case 'none':
      return 'undefined';
    case 'xml':
    case 'json':
      return (r.schema && schemaRootType(doc, r.schema, imports)) ?? 'unknown';
  }
}

export function resultType(doc: IrDocument, e: IrEndpoint, imports: TypeImports): string {
  const ok = e.responses.filter((r) => r.status >= 200 && r.status < 300);
  const types = [...new Set(ok.map((r) => responseType(doc, r, imports)))];
  if (types.includes('unknown')) return 'unknown';
  return types.length > 0 ? types.join(' | ') : 'undefined';
}

/** `ElementOf<Prop<Prop<Root, 'data'>, 'Finding'>>`, or the result type when no record path is known. */
export function recordType(doc: IrDocument, e: IrEndpoint, imports: TypeImports, result: string): string {
  const rp = recordPath(doc, e);
  if (rp === undefined) return result;
  let t = `${imports.alias(rp.schema.id)}.${rootTypeName(rp.schema, rp.root)}`;
  for (const key of rp.path) t = `Prop<${t}, ${literal(key)}>`;
  return `ElementOf<${t}>`;
}

/** One member of a params type: a ready JSDoc block (indented two spaces), key, optionality, type. */
export interface ParamMemberView {
  readonly doc: string;
  readonly key: string;
  readonly optional: boolean;
  readonly type: string;
}

/** The members of the params type (documented), and whether a call must pass params. */
export function paramsMembers(
  doc: IrDocument,
  e: IrEndpoint,
  imports: TypeImports,
): { members: ParamMemberView[]; required: boolean } {
  const members: ParamMemberView[] = [];
  let required = false;
  const taken = new Set<string>();
  for (const p of e.params) {
    if (p.const !== undefined) continue;
    const prop = paramProp(p.name);
    taken.add(prop);
    required ||= p.required;
    const text = [
      p.doc,
      `Wire: \`${p.name}\` (${p.in})${p.default !== undefined ? `, default \`${p.default}\`` : ''}${p.since ? `, since ${p.since}` : ''}.`,
    ]
      .filter(Boolean)
      .join('\n');
    members.push({ doc: docComment(text, '  '), key: propertyKey(prop), optional: !p.required, type: paramType(p) });
  }
  const extra = (name: string, text: string, type: string, optional = true) => {
    if (!taken.has(name)) members.push({ doc: docComment(text, '  '), key: name, optional, type });
  };
  if (e.request?.kind === 'service-request') {
    extra('filters', 'Criteria (`<filters><Criteria field operator>`).', 'readonly Criteria[]');
    extra('preferences', '`<preferences>`: startFromId, limitResults, verbose.', 'ServicePreferences');
    extra('data', '`<data>`: the entity to create or update.', 'XmlData');
  }
  if (e.request?.kind === 'json') {
    const body = e.request.schema ? schemaRootType(doc, e.request.schema, imports) : undefined;
    if (body) required = true;
    extra('body', 'The JSON request body.', body ?? 'unknown', !body);
  }
  if (e.pagination.style !== 'none') extra('cursor', 'Resume from the `next` cursor of a page.', 'string');
  return { members, required };
}
