// Types of merge-report.mjs for the tests that import it.
export interface IncrementalReport {
  files: Record<string, { mutants: Array<Record<string, unknown> & { id: string; status: string; coveredBy?: string[]; killedBy?: string[] }> } & Record<string, unknown>>;
  testFiles?: Record<string, { tests: Array<{ id: string; name: string }> } & Record<string, unknown>>;
  [key: string]: unknown;
}
export function mergeIncremental(base: IncrementalReport | undefined, part: IncrementalReport): IncrementalReport;
export const CARRIED_OVER: string;
