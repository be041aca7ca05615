/**
 * The parsed declarations of one DTD (the syntax tree between the parser and the IR mapping):
 * element declarations with their content specs, attribute definitions, the file's leading
 * comment and the `qspec:open` markers. Every node keeps its position.
 *
 * @see XML 1.0 (Fifth Edition) §3.2 (element type declarations), §3.3 (attribute-list declarations)
 */

import type { Diagnostic } from '../../diagnostics.js';
import type { IrOccurs } from '../../ir/ir-types.js';
import type { DtdPosition } from './dtd-diagnostics.js';

/** A content particle: a child element name or a group, with its `? * +` occurrence. */
export type DtdParticle =
  | { readonly kind: 'name'; readonly name: string; readonly occurs: IrOccurs; readonly at: DtdPosition }
  | {
      readonly kind: 'sequence' | 'choice';
      readonly items: readonly DtdParticle[];
      readonly occurs: IrOccurs;
      readonly at: DtdPosition;
    };

export type DtdContentSpec =
  | { readonly kind: 'empty' }
  | { readonly kind: 'any' }
  /** `(#PCDATA)` when `names` is empty, else `(#PCDATA | a | b)*`. */
  | {
      readonly kind: 'mixed';
      readonly names: readonly { readonly name: string; readonly at: DtdPosition }[];
      readonly at: DtdPosition;
    }
  | { readonly kind: 'children'; readonly particle: DtdParticle & { readonly kind: 'sequence' | 'choice' } };

export interface DtdElementDecl {
  readonly name: string;
  readonly content: DtdContentSpec;
  readonly at: DtdPosition;
  /** Comments immediately preceding the declaration. */
  readonly doc?: string;
}

export type DtdAttributeType =
  | {
      readonly kind: 'builtin';
      readonly name: 'CDATA' | 'ID' | 'IDREF' | 'IDREFS' | 'ENTITY' | 'ENTITIES' | 'NMTOKEN' | 'NMTOKENS';
    }
  | { readonly kind: 'enumeration' | 'notation'; readonly values: readonly string[] };

export type DtdDefaultDecl =
  | { readonly kind: 'required' | 'implied' }
  | { readonly kind: 'fixed' | 'default'; readonly value: string };

export interface DtdAttributeDef {
  readonly name: string;
  readonly type: DtdAttributeType;
  readonly defaultDecl: DtdDefaultDecl;
  readonly at: DtdPosition;
}

export interface DtdDeclarations {
  /** In document order. */
  readonly elements: readonly DtdElementDecl[];
  /** Element name → attribute definitions (first definition of each attribute wins), in document order. */
  readonly attributes: ReadonlyMap<string, readonly DtdAttributeDef[]>;
  /** Where each ATTLIST for an element was first seen (for warnings about undeclared elements). */
  readonly attlistAt: ReadonlyMap<string, DtdPosition>;
  /** Element names marked `<!-- qspec:open NAME ... -->`, with the marker's position. */
  readonly open: readonly { readonly name: string; readonly at: DtdPosition }[];
  /** The comments before the first declaration. */
  readonly doc?: string;
  readonly warnings: readonly Diagnostic[];
}
