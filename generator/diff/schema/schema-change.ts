/**
 * A change found inside one schema, before it is tied to endpoints and directions: the rule id,
 * the owner it belongs to (a named type or a root element, which decides the affected
 * endpoints), the name and path, both locations, and the old/new value.
 *
 * @see generator/diff/schema/schema-usage.ts (owner → endpoints), docs/diff-rules.md
 */
import type { IrOrigin } from '../../ir/ir-origin.js';

export interface SchemaChange {
  readonly rule: string;
  /** Owner key: `type:<schema>#<Name>` or `root:<schema>@<name>` (see `ownerKey`). */
  readonly owner: string;
  readonly name: string;
  readonly path: string;
  readonly message: string;
  readonly base?: IrOrigin;
  readonly rev?: IrOrigin;
  readonly from?: string;
  readonly to?: string;
}

/** The owner key of a named type or root element. */
export function ownerKey(kind: 'type' | 'root', schema: string, name: string): string {
  return kind === 'type' ? `type:${schema}#${name}` : `root:${schema}@${name}`;
}

/** The owner key for a `ref` target id (`<schema>#<Name>`). */
export function refOwnerKey(target: string): string {
  return `type:${target}`;
}
