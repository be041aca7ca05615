/**
 * Helpers for the DTD front-end tests: parse a snippet, pick one type, drop origins so
 * expectations stay readable, and capture a thrown DiagnosticError.
 */
import type { Diagnostic } from '../../../../generator/diagnostics.js';
import { isDiagnosticError } from '../../../../generator/diagnostics.js';
import type { IrType } from '../../../../generator/ir/ir-types.js';
import { parseDtd } from '../../../../generator/parse/dtd/parse-dtd.js';

export const SCHEMA_ID = 't/schemas/test.dtd';
export const ref = (name: string): IrType => ({ kind: 'ref', target: `${SCHEMA_ID}#${name}` });
export const STRING: IrType = { kind: 'primitive', builtin: 'string', facets: {} };

export function parse(source: string) {
  return parseDtd({ source, file: 't/schemas/test.dtd', schemaId: SCHEMA_ID });
}

/** Removes every `origin` key (deeply). */
export function withoutOrigins<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (k, v) => (k === 'origin' ? undefined : v))) as T;
}

/** The IR type of element `name` in the parsed `source`, without origins. */
export function typeOf(source: string, name: string): IrType {
  const t = parse(source).types.find((x) => x.name === name);
  if (t === undefined) throw new Error(`no type ${name}`);
  return withoutOrigins(t.type);
}

/** The diagnostics of the DiagnosticError thrown by `fn` (fails the test if it does not throw one). */
export function diagnosticsOf(fn: () => unknown): readonly Diagnostic[] {
  try {
    fn();
  } catch (e) {
    if (isDiagnosticError(e)) return e.diagnostics;
    throw e;
  }
  throw new Error('expected a DiagnosticError');
}

/** An element field as the mapper builds it (origin omitted). */
export function elementField(name: string, min: number, max: number | 'unbounded') {
  return {
    name,
    xml: { local: name, node: 'element' as const },
    type: ref(name),
    occurs: { min, max },
    nillable: false,
  };
}

export function textField(min: number, name = 'value') {
  return { name, xml: { local: '', node: 'text' as const }, type: STRING, occurs: { min, max: 1 }, nillable: false };
}
