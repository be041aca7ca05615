/** Types of bin/dist-stamp.js (plain JavaScript: it runs before any TypeScript loader). */
export declare const STAMP_FILE: string;
export declare const DIST_ENTRY: string;
export type DistState = { fresh: true; entry: string } | { fresh: false; reason: string };
export declare function writeStamp(
  root: string,
  distDir: string,
  inputs: readonly string[],
  startedMs: number,
): string | undefined;
export declare function distState(root: string, distDir: string): DistState;
