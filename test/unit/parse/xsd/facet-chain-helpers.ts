/**
 * Helpers of the check-facets tests: a schema body whose type T restricts a base with one facet
 * per line, so each refusal is located exactly, and the parse of it (refused or accepted).
 */
import type { Diagnostic } from '../../../../generator/diagnostics.js';
import type { IrType } from '../../../../generator/ir/ir-types.js';
import { diagnosticOf, parseSnippet, typeOf } from './xsd-test-helpers.js';

/**
 * A schema body: the base types `bases` all on line 3, then type T restricting `base` with
 * `facets` one per line: the restriction element on line 5, facet i on line 6 + i (column 1).
 */
export const chain = (bases: string, base: string, ...facets: string[]): string =>
  [
    bases,
    '<xs:simpleType name="T">',
    `<xs:restriction base="${base}">`,
    ...facets,
    '</xs:restriction>',
    '</xs:simpleType>',
  ].join('\n');

/** A one-line named simple type `name` restricting `base` with `facets`. */
export const st = (name: string, base: string, ...facets: string[]): string =>
  `<xs:simpleType name="${name}"><xs:restriction base="${base}">${facets.join('')}</xs:restriction></xs:simpleType>`;

/** One facet element, `fixed="true"` when `fixed`. */
export const f = (facet: string, value: string | number, fixed = false): string =>
  `<xs:${facet} value="${value}"${fixed ? ' fixed="true"' : ''}/>`;

/** XsdInvalid at line `line`, column 1. */
export const invalid = (message: string, line: number): Diagnostic => ({
  code: 'XsdInvalid',
  severity: 'error',
  message,
  location: { file: 'test/t.xsd', line, column: 1 },
});

/** The diagnostic the chain raises. */
export const refusal = (bases: string, base: string, ...facets: string[]): Diagnostic =>
  diagnosticOf(() => parseSnippet(chain(bases, base, ...facets)));

/** The type T of the chain, which must load. */
export const accepted = (bases: string, base: string, ...facets: string[]): IrType =>
  typeOf(parseSnippet(chain(bases, base, ...facets)), 'T');
