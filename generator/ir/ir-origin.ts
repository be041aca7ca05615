/** Where an IR node came from: the spec or schema file and position, for located diagnostics. */
/** Where a node came from: a file relative to the specs root (or absolute outside it), 1-based line and column. */
export interface IrOrigin {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}
