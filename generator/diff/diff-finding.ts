/**
 * The diff engine's output vocabulary: one `DiffFinding` per change, and the `DiffReport` that
 * wraps them. Findings are plain, sorted, JSON-serialisable data; the JSON output format
 * (`docs/json-output.md`) is this shape plus a `version` field and is stable.
 *
 * @see docs/diff-rules.md, docs/json-output.md
 */
import type { IrOrigin } from '../ir/ir-origin.js';

/** breaking: existing callers fail; warning: they may fail (exhaustive switch, stricter data); info: additive. */
export type DiffSeverity = 'breaking' | 'warning' | 'info';

/** Which side of the API a change is on: a narrower request breaks callers, a wider response can break readers. */
export type DiffDirection = 'request' | 'response';

export const SEVERITY_RANK: Readonly<Record<DiffSeverity, number>> = { info: 0, warning: 1, breaking: 2 };

export interface DiffFinding {
  /** Stable kebab-case rule id (`element-added`); never renamed. */
  readonly rule: string;
  readonly severity: DiffSeverity;
  readonly direction: DiffDirection;
  /** One sentence naming what changed. */
  readonly message: string;
  /** The element/attribute/param/type the change is about (used by release-note matching). */
  readonly name: string;
  /** Slash path inside a schema (`AzureAssetSourceSimple/virtualNetwork`, `SCAN/@type`) or `endpoint/param`. */
  readonly path: string;
  /** Schema id, for schema changes. */
  readonly schema?: string;
  /** Schema format, for schema changes (decides "DTD or XSD changes"). */
  readonly format?: 'xsd' | 'dtd' | 'json-schema';
  /** Affected endpoint ids, sorted. */
  readonly endpoints: readonly string[];
  /** Location in the base and in the revision (absent on the side where the thing does not exist). */
  readonly base?: IrOrigin;
  readonly rev?: IrOrigin;
  /** Old and new value where the rule has one (type name, enum value, occurrence, default). */
  readonly from?: string;
  readonly to?: string;
  /** Set when an `ignore` entry of the config matched, with its reason. */
  readonly ignored?: string;
}

export interface DiffReport {
  /** Format version of this JSON shape; bumped only on incompatible changes. */
  readonly version: 1;
  readonly base: string;
  readonly rev: string;
  /** Sorted: schema, path, rule, direction; endpoint findings after schema findings. */
  readonly findings: readonly DiffFinding[];
  /** Counts of non-ignored findings per severity. */
  readonly summary: Readonly<Record<DiffSeverity, number>>;
}

/** Formats an origin as `file:line` (column omitted: lines are what reviewers look at). */
export function formatOrigin(origin: IrOrigin | undefined): string {
  return origin ? `${origin.file}:${origin.line}` : '-';
}
