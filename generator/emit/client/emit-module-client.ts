/**
 * Emits `generated/<module>/client.ts`: per endpoint a documented params type and result type,
 * and `create<Module>Client(core)` returning the nested method object (`finding.get(params)`).
 * Plain methods return `Promise<Result>`; paged methods return `PageIterable<Record>` (async
 * iterable of records with `pages()` and cursors). Params types are type aliases (not
 * interfaces) so they are assignable to the core's `Record<string, unknown>` input.
 *
 * @see issue 3; runtime/client/client-core.ts
 */
import type { IrDocument } from '../../ir/ir-document.js';
import type { IrEndpoint } from '../../ir/ir-endpoint.js';
import { type EmittedFile, GENERATED_HEADER } from '../emitted-file.js';
import { safeIdentifier } from '../naming.js';
import { docComment, literal, propertyKey } from '../types/ts-source.js';
import { type MethodTree, methodTree } from './method-tree.js';
import { paramsMembers, recordType, resultType } from './signature-types.js';
import { TypeImports } from './type-imports.js';

const pascal = (s: string): string => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

/** `was.finding.get` → `WasFindingGet`. */
export function endpointTypeBase(id: string): string {
  return safeIdentifier(id.split('.').map(pascal).join(''));
}

export function moduleClientName(module: string): string {
  return safeIdentifier(`${pascal(module)}Client`);
}

export function emitModuleClient(doc: IrDocument, module: string, endpoints: readonly IrEndpoint[]): EmittedFile {
  const imports = new TypeImports(
    module,
    doc.schemas.map((s) => s.id),
  );
  const decls: string[] = [];
  const methods = new Map<string, { doc: string; code: string }>();
  let usesServiceRequest = false;
  let usesPaging = false;
  let usesElementOf = false;
  const bases = new Set<string>();
  for (const e of endpoints) {
    const base = endpointTypeBase(e.id);
    if (bases.has(base)) throw new Error(`two endpoints map to the type name ${base}`);
    bases.add(base);
    const members = paramsMembers(doc, e, imports);
    const result = resultType(doc, e, imports);
    usesServiceRequest ||= e.request?.kind === 'service-request';
    decls.push(
      `${docComment(`Parameters of \`${e.id}\`: ${e.summary}`)}export type ${base}Params = {\n${members.text}${members.text ? '\n' : ''}};`,
    );
    decls.push(`${docComment(`Result of \`${e.id}\`.`)}export type ${base}Result = ${result};`);
    const arg = `params: ${base}Params${members.required ? '' : ' = {}'}`;
    const descriptor = `endpoints[${literal(e.id)}]`;
    const doc_ = docComment(
      [
        e.summary,
        `\`${e.method} ${e.path}\` (${e.api}${e.idempotent ? '' : ', not idempotent'}).`,
        ...(e.notes ?? []),
      ].join('\n'),
      '',
    );
    if (e.pagination.style !== 'none') {
      usesPaging = true;
      const record = recordType(doc, e, imports, `${base}Result`);
      usesElementOf ||= record.startsWith('ElementOf<');
      decls.push(
        `${docComment(`One record yielded by \`${e.id}\` (${e.pagination.style} paging).`)}export type ${base}Record = ${record};`,
      );
      methods.set(e.id, {
        doc: doc_,
        code: `(${arg}, options?: CallOptions): PageIterable<${base}Record> =>\n  core.paginate<${base}Record>(${descriptor}, params, options)`,
      });
    } else {
      methods.set(e.id, {
        doc: doc_,
        code: `(${arg}, options?: CallOptions): Promise<${base}Result> =>\n  core.call<${base}Result>(${descriptor}, params, options)`,
      });
    }
  }
  const printTree = (tree: MethodTree, indent: string): string => {
    const entries = [...tree.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    return entries
      .map(([key, node]) => {
        if (node instanceof Map)
          return `${indent}${propertyKey(key)}: {\n${printTree(node, `${indent}  `)}\n${indent}},`;
        const m = methods.get(node.id)!;
        const doc =
          m.doc === ''
            ? ''
            : `${m.doc
                .trimEnd()
                .split('\n')
                .map((l) => indent + l)
                .join('\n')}\n`;
        const code = m.code
          .split('\n')
          .map((l, i) => (i === 0 ? l : indent + l))
          .join('\n');
        return `${doc}${indent}${propertyKey(key)}: ${code},`;
      })
      .join('\n');
  };
  const name = moduleClientName(module);
  const head = [
    "import type { ClientCore } from '../runtime/client/client-core.js';",
    "import type { CallOptions } from '../runtime/client/client-options.js';",
    usesElementOf ? "import type { ElementOf, Prop } from '../runtime/client/element-of.js';" : '',
    usesPaging ? "import type { PageIterable } from '../runtime/client/paginate.js';" : '',
    usesServiceRequest
      ? "import type { Criteria, ServicePreferences, XmlData } from '../runtime/client/service-request-xml.js';"
      : '',
    "import { endpoints } from '../endpoints.js';",
    ...imports.lines(),
  ].filter(Boolean);
  const body = [
    `${GENERATED_HEADER}${docComment(`Typed client of the \`${module}\` module: ${endpoints.length} endpoint(s).`)}`.trimEnd(),
    head.join('\n'),
    decls.join('\n\n'),
    `${docComment(`The \`${module}\` methods, bound to a client core.`)}export function create${name}(core: ClientCore) {\n  return {\n${printTree(methodTree(endpoints), '    ')}\n  };\n}`,
    `export type ${name} = ReturnType<typeof create${name}>;`,
  ];
  return { path: `${module}/client.ts`, content: `${body.join('\n\n')}\n` };
}
