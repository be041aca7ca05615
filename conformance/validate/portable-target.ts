/**
 * Validation targets sent to worker threads: XML models and "none" targets are plain data and
 * cross as they are (structured clone); a JSON target crosses as its JSON Schema and is compiled
 * again in the worker with the same ajv set-up (compile-json-validator.ts). A JSON target without
 * its schema cannot cross (the batch then stays in one thread).
 *
 * @see validate-batch.ts
 */
import type { TargetTable } from './validate-range.js';
import type { ValidationTarget } from './validation-target.js';

export type PortableTarget =
  | Exclude<ValidationTarget, { kind: 'json' }>
  | { readonly kind: 'json'; readonly label: string; readonly schemaId: string; readonly jsonSchema: object };

export type PortableTable = Record<string, PortableTarget>;

/** The table as data a worker can receive, or undefined when a target cannot cross. */
export function toPortable(table: TargetTable): PortableTable | undefined {
  const out: PortableTable = {};
  for (const [key, t] of Object.entries(table)) {
    if (t === undefined) continue;
    if (t.kind !== 'json') out[key] = t;
    else if (t.jsonSchema === undefined) return undefined;
    else out[key] = { kind: 'json', label: t.label, schemaId: t.schemaId, jsonSchema: t.jsonSchema };
  }
  return out;
}

/** The table back from its portable form (JSON validators compiled once per schema). */
export async function fromPortable(table: PortableTable): Promise<TargetTable> {
  const out: Record<string, ValidationTarget> = {};
  const compiled = new Map<object, ValidationTarget>();
  for (const [key, t] of Object.entries(table)) {
    if (t.kind !== 'json') {
      out[key] = t;
      continue;
    }
    let target = compiled.get(t.jsonSchema);
    if (!target) {
      const { compileJsonValidator } = await import('./compile-json-validator.js');
      target = { ...t, validate: compileJsonValidator(t.jsonSchema) };
      compiled.set(t.jsonSchema, target);
    }
    out[key] = { ...target, label: t.label };
  }
  return out;
}
