/** Visits every IrType of a schema (named types, roots, fields, nested types) with the nearest origin. */
import { assertNever } from '../ir/assert-never.js';
import type { IrOrigin } from '../ir/ir-origin.js';
import type { IrSchema, IrType } from '../ir/ir-types.js';

export function forEachType(schema: IrSchema, visit: (t: IrType, origin: IrOrigin) => void): void {
  const walk = (t: IrType, origin: IrOrigin): void => {
    visit(t, origin);
    switch (t.kind) {
      case 'object':
        for (const f of t.fields) walk(f.type, f.origin);
        if (typeof t.additional === 'object') walk(t.additional, origin);
        return;
      case 'list':
        walk(t.item, origin);
        return;
      case 'union':
        for (const m of t.members) walk(m, origin);
        return;
      case 'primitive':
      case 'enum':
      case 'ref':
      case 'any':
        return;
      default:
        assertNever(t, 'IR type');
    }
  };
  for (const t of schema.types) walk(t.type, t.origin);
  for (const r of schema.roots) walk(r.type, r.origin);
}
