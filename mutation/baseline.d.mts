// Types of baseline.mjs for the tests that import it.
type Counts = Record<'Killed' | 'Survived' | 'NoCoverage' | 'Timeout' | 'CompileError' | 'RuntimeError' | 'Ignored', number>;
export function subsetFromParent(root: string, parentName: string, files: string[]): { total: Counts; held: number } | undefined;
export function countStatuses(report: { files: Record<string, { mutants: Array<{ status: string }> }> }): Counts;
/** Drops the Timeout results of the files `only` (all when undefined) of an incremental file; returns how many. */
export function dropTimeouts(file: string, only?: readonly string[]): number;
