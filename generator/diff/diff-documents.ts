/**
 * The diff engine: IR document (base) vs IR document (revision) → sorted findings. Schemas are
 * matched by id (their path under the specs root), endpoints by id. Each schema change is tied
 * to the endpoints that reach it and gets one finding per direction it is used in, with the
 * rule's severity for that direction.
 *
 * @see generator/ir/ir-document.ts (the diff runs on the IR, never on XSD/DTD/YAML), docs/diff-rules.md
 */
import type { IrDocument } from '../ir/ir-document.js';
import type { IrSchema } from '../ir/ir-types.js';
import type { DiffFinding } from './diff-finding.js';
import { diffEndpoints } from './endpoint/diff-endpoints.js';
import { diffRule } from './rules/diff-rules.js';
import { diffSchema } from './schema/diff-schema.js';
import { SchemaUsage } from './schema/schema-usage.js';

export function diffDocuments(base: IrDocument, rev: IrDocument): DiffFinding[] {
  const usage = new SchemaUsage([base, rev]);
  const out: DiffFinding[] = [];
  const before = new Map(base.schemas.map((s) => [s.id, s]));
  const after = new Map(rev.schemas.map((s) => [s.id, s]));
  const users = (schema: string, doc: IrDocument): string[] =>
    doc.endpoints
      .filter((e) => e.request?.schema?.schema === schema || e.responses.some((r) => r.schema?.schema === schema))
      .map((e) => e.id)
      .sort();

  for (const r of rev.schemas) {
    const b = before.get(r.id);
    if (!b) {
      out.push(schemaFileFinding('schema-added', r, users(r.id, rev)));
      continue;
    }
    for (const change of diffSchema(b, r)) {
      for (const { direction, endpoints } of usage.usage(change.owner)) {
        out.push({
          rule: change.rule,
          severity: diffRule(change.rule).severity[direction],
          direction,
          message: change.message,
          name: change.name,
          path: change.path,
          schema: r.id,
          format: r.format,
          endpoints,
          ...(change.base ? { base: change.base } : {}),
          ...(change.rev ? { rev: change.rev } : {}),
          ...(change.from !== undefined ? { from: change.from } : {}),
          ...(change.to !== undefined ? { to: change.to } : {}),
        });
      }
    }
  }
  for (const b of base.schemas) {
    if (!after.has(b.id)) out.push(schemaFileFinding('schema-removed', b, users(b.id, base)));
  }
  out.push(...diffEndpoints(base.endpoints, rev.endpoints));
  return sortFindings(out);
}

function schemaFileFinding(rule: 'schema-added' | 'schema-removed', s: IrSchema, endpoints: string[]): DiffFinding {
  const origin = { file: s.file, line: 1, column: 1 };
  const name = s.file.slice(s.file.lastIndexOf('/') + 1);
  return {
    rule,
    severity: diffRule(rule).severity.response,
    direction: 'response',
    message: `schema ${s.id} ${rule === 'schema-added' ? 'added' : 'removed'}`,
    name,
    path: s.id,
    schema: s.id,
    format: s.format,
    endpoints,
    ...(rule === 'schema-added' ? { rev: origin } : { base: origin }),
  };
}

/** Schema findings first (by schema, path, rule, direction, name), then endpoint findings. */
export function sortFindings(list: readonly DiffFinding[]): DiffFinding[] {
  const key = (f: DiffFinding): string =>
    [f.schema === undefined ? '1' : '0', f.schema ?? '', f.path, f.rule, f.direction, f.name].join('\u0000');
  return [...list].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
