/**
 * The vocabulary of `qspec learn`: one `LearnProposal` per smallest schema change that makes the
 * observed responses valid, with its evidence (which recording entries show it, where in the
 * document) and the `qspec diff` rule it will trigger once written.
 *
 * A proposal names its place in the schema by an `Anchor`: the IR component whose source the edit
 * touches (a named type, the field whose anonymous type it is, or a root element), each carrying
 * its IR origin (file:line:column), which the editors map to a text offset.
 *
 * @see docs/decisions/0008-learn-and-impact.md (inference rules), docs/diff-rules.md
 */
import type { IrOrigin } from '../../generator/ir/ir-origin.js';
import type { IrField, IrNamedType, IrRootElement, IrSchema } from '../../generator/ir/ir-types.js';

/** Where a type is declared in the source: what the editors look up. */
export type Anchor =
  | { readonly kind: 'named'; readonly type: IrNamedType }
  | { readonly kind: 'field'; readonly field: IrField }
  | { readonly kind: 'root'; readonly root: IrRootElement };

export function anchorOrigin(a: Anchor): IrOrigin {
  return a.kind === 'named' ? a.type.origin : a.kind === 'field' ? a.field.origin : a.root.origin;
}

/** What an element looked like in the responses, merged over every instance (for new elements). */
export interface InferredContent {
  /** Child elements in first-seen order, each with its own inferred content. */
  readonly children: readonly InferredChild[];
  /** Attribute names seen. */
  readonly attributes: readonly string[];
  /** Some instance had non-whitespace text. */
  readonly text: boolean;
}

export interface InferredChild {
  readonly name: string;
  /** Some parent instance lacked it. */
  readonly optional: boolean;
  /** Some parent instance had it more than once. */
  readonly repeated: boolean;
  readonly content: InferredContent;
}

export type ProposalChange =
  | {
      readonly kind: 'add-element';
      readonly name: string;
      /** Declared siblings seen just before / after it (document order), to place it in the content model. */
      readonly after?: IrField;
      readonly before?: IrField;
      readonly repeated: boolean;
      readonly content: InferredContent;
      /** JSON Schema of a new JSON property, from the values seen (`{"type":"string"}`, `{}`). */
      readonly json?: string;
    }
  | { readonly kind: 'add-attribute'; readonly name: string }
  | { readonly kind: 'add-enum-value'; readonly values: readonly string[]; readonly attribute?: string }
  | { readonly kind: 'relax-max'; readonly field: IrField }
  | { readonly kind: 'relax-min'; readonly field: IrField }
  | { readonly kind: 'widen-type'; readonly field: IrField; readonly from: string };

export interface Evidence {
  /** `recording.har#3`. */
  readonly entry: string;
  /** XPath of the observation in the response (`/A/B[2]/C`, `/A/@x`). */
  readonly path: string;
}

export interface LearnProposal {
  readonly schema: IrSchema;
  /** The type whose source is edited (for enum values: the enum's declaration). */
  readonly anchor: Anchor;
  /** Diff-style path (`Type/child`, `Type/@attr`), as `qspec diff` will print it. */
  readonly path: string;
  readonly change: ProposalChange;
  /** The `qspec diff` rule the change triggers. */
  readonly rule: string;
  /** First few observations (at most 5 kept). */
  readonly evidence: Evidence[];
  /** How many responses show it. */
  responses: number;
}

/** A proposal's identity: same schema, same anchor, same change target. */
export function proposalKey(p: Omit<LearnProposal, 'evidence' | 'responses'>): string {
  const o = anchorOrigin(p.anchor);
  const c = p.change;
  const what =
    c.kind === 'add-element' || c.kind === 'add-attribute'
      ? c.name
      : c.kind === 'add-enum-value'
        ? (c.attribute ?? '')
        : `${c.field.xml.node}:${c.field.xml.local}`;
  return `${p.schema.id}|${o.line}:${o.column}|${c.kind}|${what}`;
}

/** One line: what the change is. */
export function describeChange(p: LearnProposal): string {
  const c = p.change;
  switch (c.kind) {
    case 'add-element':
      return `add optional element ${c.name}${c.repeated ? ' (repeated)' : ''} to ${p.path.replace(/\/[^/]*$/, '')}${c.after ? ` after ${c.after.xml.local}` : c.before ? ` before ${c.before.xml.local}` : ''}`;
    case 'add-attribute':
      return `add optional attribute ${c.name} to ${p.path.replace(/\/[^/]*$/, '')}`;
    case 'add-enum-value':
      return `add enum value${c.values.length > 1 ? 's' : ''} ${c.values.map((v) => `'${v}'`).join(', ')} to ${p.path}`;
    case 'relax-max':
      return `let ${p.path} repeat (maxOccurs unbounded)`;
    case 'relax-min':
      return `make ${p.path} optional`;
    case 'widen-type':
      return `widen ${p.path} from ${c.from} to string`;
  }
}
