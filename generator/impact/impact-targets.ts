/**
 * From diff findings to the generated TypeScript they affect: for each finding that can break a
 * reader of a response type (a field or type removed, retyped, made optional, an enum value
 * removed), the emitted module (`schemaOutputPath`), the exported type name (`typeName` /
 * `rootTypeName`) and the chain of TypeScript property names down to the member — the same naming
 * the emitters use (generator/naming.ts), read off the base IR along the finding's path.
 *
 * @see generator/diff/schema/compare-types.ts (finding paths), generator/emit/types/emit-ts-types.ts
 */
import type { DiffFinding } from '../diff/diff-finding.js';
import type { IrDocument } from '../ir/ir-document.js';
import type { IrField, IrSchema, IrType } from '../ir/ir-types.js';
import { moduleClientName, rootTypeName, schemaOutputPath, typeName } from '../naming.js';

/** Rules whose change can break code that reads the member. */
export const IMPACT_RULES: ReadonlySet<string> = new Set([
  'element-removed',
  'attribute-removed',
  'type-removed',
  'enum-value-removed',
  'type-changed',
  'single-became-repeated',
  'repeated-became-single',
  'element-became-optional',
  'attribute-became-optional',
  'endpoint-removed',
]);

export interface ImpactTarget {
  readonly finding: DiffFinding;
  /** Emitted module, relative to the generated folder (`was/schemas/thing-xsd.ts`). */
  readonly module: string;
  /** Exported type in that module (or, with `factory`, the exported function whose result holds the member). */
  readonly type: string;
  /** `type` names the module client factory (`createWasClient`); members are the method path. */
  readonly factory?: boolean;
  /** TypeScript property names from the type down to the member ([] for the type itself). */
  readonly members: readonly string[];
  /** enum-value-removed: the literal no longer allowed. */
  readonly enumValue?: string;
}

export function impactTargets(base: IrDocument, findings: readonly DiffFinding[]): ImpactTarget[] {
  const out: ImpactTarget[] = [];
  // The diff may report one change once per owner (a type and the root using it): one target each.
  const seen = new Set<string>();
  for (const f of findings) {
    if (f.ignored || !IMPACT_RULES.has(f.rule)) continue;
    const schema = f.schema === undefined ? undefined : base.schemas.find((s) => s.id === f.schema);
    const t = f.rule === 'endpoint-removed' ? methodTarget(f) : schema && targetFor(base, schema, f);
    const key = t && [f.rule, t.module, t.type, ...t.members, t.enumValue ?? ''].join('\u0000');
    if (!t || !key || seen.has(key)) continue;
    seen.add(key);
    out.push(t);
  }
  return out;
}

/** A removed endpoint: its method on the module client (`was.finding.get` → `createWasClient().finding.get`). */
function methodTarget(f: DiffFinding): ImpactTarget | undefined {
  const [module, ...segments] = f.path.split('.');
  if (!module) return undefined;
  return {
    finding: f,
    module: `${module}/client.ts`,
    type: `create${moduleClientName(module)}`,
    factory: true,
    members: segments.length > 0 ? segments : ['call'],
  };
}

function targetFor(doc: IrDocument, schema: IrSchema, f: DiffFinding): ImpactTarget | undefined {
  const [head, ...rest] = f.path.split('/');
  if (!head) return undefined;
  const named = schema.types.find((t) => t.name === head);
  const root = named ? undefined : schema.roots.find((r) => r.name === head);
  if (!named && !root) return undefined;
  let type: IrType | undefined = named ? named.type : root!.type;
  const members: string[] = [];
  for (const seg of rest) {
    const field: IrField | undefined = type && fieldFor(doc, type, seg);
    if (!field) return undefined;
    members.push(field.name);
    type = field.type;
  }
  return {
    finding: f,
    module: schemaOutputPath(schema.id),
    type: named ? typeName(named.name) : rootTypeName(schema, root!.name),
    members,
    ...(f.rule === 'enum-value-removed' && f.from !== undefined ? { enumValue: f.from } : {}),
  };
}

/** The field a diff path segment names (`child`, `@attr`, a JSON property), through refs. */
function fieldFor(doc: IrDocument, type: IrType, seg: string): IrField | undefined {
  let t = type;
  for (let hops = 0; t.kind === 'ref' && hops < 64; hops++) {
    const target = t.target;
    const hit = doc.schemas.flatMap((s) => s.types).find((n) => n.id === target);
    if (!hit) return undefined;
    t = hit.type;
  }
  if (t.kind !== 'object') return undefined;
  if (seg.startsWith('@')) return t.fields.find((x) => x.xml.node === 'attribute' && x.xml.local === seg.slice(1));
  return t.fields.find(
    (x) => (x.xml.node === 'element' && x.xml.local === seg) || (x.xml.node === 'property' && x.name === seg),
  );
}
