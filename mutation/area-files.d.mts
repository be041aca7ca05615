// Types of area-files.mjs for the tests that import it.
export function areaFiles(root: string, area: { mutate: string[] }): string[];
export function filesWithCode(root: string, files: string[]): string[];
export function splitIntoParts(files: string[], n: number): string[][];
export function parsePart(text: string | undefined): { k: number; n: number } | undefined;
export function namedFiles(areaFileList: string[], text: string | undefined): { files?: string[]; error?: string };
