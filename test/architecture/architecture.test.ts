/**
 * The layout's rules, checked on the repository's own source: every import points down
 * (cli/ → conformance/ → generator/, runtime/ apart), no import cycles, no file over the size
 * limit. Each failure lists the offending files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findCycles, layerViolations, MAX_SOURCE_LINES, oversizedFiles, readImportGraph } from './import-graph.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const graph = readImportGraph(root);

describe('architecture of the source tree', () => {
  it('reads the source folders', () => {
    // A broken reader would pass every rule below on an empty graph.
    expect(graph.length).toBeGreaterThan(100);
    for (const top of ['cli/', 'conformance/', 'generator/', 'runtime/']) {
      expect(graph.some((f) => f.path.startsWith(top))).toBe(true);
    }
    expect(graph.reduce((n, f) => n + f.imports.length, 0)).toBeGreaterThan(graph.length);
  });

  it('generator/ imports neither conformance/ nor cli/', () => {
    const bad = layerViolations(graph).filter((v) => v.startsWith('generator/'));
    expect(bad, bad.join('\n')).toEqual([]);
  });

  it('conformance/ never imports cli/', () => {
    const bad = layerViolations(graph).filter((v) => v.startsWith('conformance/'));
    expect(bad, bad.join('\n')).toEqual([]);
  });

  it('runtime/ and generated/ hold only Latin-1 characters (escape others in strings)', () => {
    // V8 keeps a module's source one byte a character only if every character fits: one arrow in
    // a comment doubles the memory of a bundled client's whole source.
    const sources = (dir: string): string[] =>
      readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? sources(join(dir, e.name)) : /\.(ts|js)$/.test(e.name) ? [join(dir, e.name)] : [],
      );
    const files = [...sources('runtime'), ...sources('generated')];
    expect(files.length).toBeGreaterThan(100);
    const bad = files.filter((f) => /[^\x00-\xff]/.test(readFileSync(join(root, f), 'utf8')));
    expect(bad, bad.join('\n')).toEqual([]);
  });

  it('runtime/ imports nothing outside runtime/ (Node built-ins aside)', () => {
    const bad = layerViolations(graph).filter((v) => v.startsWith('runtime/'));
    expect(bad, bad.join('\n')).toEqual([]);
  });

  it('has no import cycle among source files, type-only imports included', () => {
    const cycles = findCycles(graph).map((c) => c.join(' '));
    expect(cycles, cycles.join('\n')).toEqual([]);
  });

  it(`has no source file over ${MAX_SOURCE_LINES} lines`, () => {
    const big = oversizedFiles(graph);
    expect(big, big.join('\n')).toEqual([]);
  });
  it('source comments cite the repository and the specs, never issue numbers or files outside it', () => {
    // A reader of the repository cannot follow "issue 4", ../shared/… or the seed files.
    const outside = /\bissues? #?\d+\b|\.\.\/shared\/|\bDESIGN(?:\.md)? ?§|\bSOURCES\.md\b|\bseeds? \d{3}\b/;
    const bad: string[] = [];
    for (const file of graph) {
      const lines = readFileSync(resolve(root, file.path), 'utf8').split('\n');
      lines.forEach((line, i) => {
        if (outside.test(line)) bad.push(`${file.path}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(bad, bad.join('\n')).toEqual([]);
  });
});
