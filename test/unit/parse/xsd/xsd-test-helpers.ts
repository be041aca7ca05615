/**
 * Shared helpers for the XSD front-end tests: wrap a snippet in an xs:schema, parse it, pick a
 * named type or root, and capture the diagnostic a parse raises.
 */
import { expect } from 'vitest';
import { type Diagnostic, DiagnosticError } from '../../../../generator/diagnostics.js';
import type { IrNamedType, IrObjectType, IrRootElement, IrSchema, IrType } from '../../../../generator/ir/ir-types.js';
import { parseXsd, type XsdInput } from '../../../../generator/parse/xsd/parse-xsd.js';

export const SCHEMA_ID = 'test/schemas/t.xsd';
export const ID = (name: string) => `${SCHEMA_ID}#${name}`;

/** Wraps `body` in `<xs:schema>` (with the qspec namespace declared) and parses it. */
export function parseSnippet(body: string, extra: Partial<XsdInput> = {}): IrSchema {
  return parseXsd({ source: wrap(body), file: 'test/t.xsd', schemaId: SCHEMA_ID, ...extra });
}

/** Parses `main` (file main.xsd, schema id m) with the documents of `files` reachable by include/import/redefine. */
export function parseFiles(main: string, files: Record<string, string> = {}): IrSchema {
  return parseXsd({
    source: main,
    file: 'main.xsd',
    schemaId: 'm',
    readInclude: (href) => {
      const source = files[href];
      if (source === undefined) throw new Error(`no such file ${href}`);
      return { source, file: href };
    },
  });
}

export function wrap(body: string): string {
  return `<?xml version="1.0"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:qspec="urn:qspec">
${body}
</xs:schema>
`;
}

export function namedType(schema: IrSchema, name: string): IrNamedType {
  const t = schema.types.find((x) => x.name === name);
  expect(t, `type ${name}`).toBeDefined();
  return t!;
}

export function typeOf(schema: IrSchema, name: string): IrType {
  return namedType(schema, name).type;
}

export function root(schema: IrSchema, name: string): IrRootElement {
  const r = schema.roots.find((x) => x.name === name);
  expect(r, `root ${name}`).toBeDefined();
  return r!;
}

/** Runs `fn`, expects a DiagnosticError, returns its first diagnostic. */
export function diagnosticOf(fn: () => unknown): Diagnostic {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(DiagnosticError);
    const d = (e as DiagnosticError).diagnostics[0];
    expect(d).toBeDefined();
    return d!;
  }
  throw new Error('expected a DiagnosticError, but parsing succeeded');
}

/** The named object type `name` of an inline schema body (fails the test when it is not an object). */
export function obj(body: string, name = 'T'): IrObjectType {
  const t = typeOf(parseSnippet(body), name);
  expect(t.kind).toBe('object');
  return t as IrObjectType;
}

/** The fields without their origins (which only locate the declarations). */
export function fieldsOf(t: IrObjectType): unknown[] {
  return t.fields.map(({ origin: _origin, ...f }) => f);
}
