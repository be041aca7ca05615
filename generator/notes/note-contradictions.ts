/**
 * A release note's contradictions with itself:
 * - an "API affected" path that no sample request in the note uses, while the sample of that
 *   section requests another path (one note: `/api/2.0/fo/report/?action=fetch` vs
 *   `/pcrs/1.0/posture/postureInfo`; another: `get/am/asset` vs `search/am/asset`; another:
 *   `/pci/compliance/summary` vs `/pci/reporting/complianceSummary`);
 * - a schema excerpt whose type has children the samples never show, while the samples show
 *   others instead (one note: `WebAppFindingHistory/scan` vs `scanData`).
 */
import type { NoteBlock } from './note-blocks.js';
import { findExcerptTypes, sampleChildren } from './note-excerpts.js';
import { pathSimilarity, samePath } from './note-paths.js';
import type { NoteRequest } from './note-requests.js';
import type { NoteText } from './note-text.js';

export interface NoteContradiction {
  readonly kind: 'path' | 'element';
  /** What the note says in one place, and what it shows in the other. */
  readonly says: string;
  readonly shows: string;
  readonly line: number;
  readonly otherLine: number;
  readonly message: string;
}

export function findContradictions(
  note: NoteText,
  blocks: readonly NoteBlock[],
  requests: readonly NoteRequest[],
): NoteContradiction[] {
  const out: NoteContradiction[] = [];
  for (const block of blocks) {
    for (const path of block.paths) {
      if (requests.some((r) => samePath(path, r.path))) continue;
      const onPage = requests.filter((r) => r.page === block.page);
      const pool = onPage.length > 0 ? onPage : requests;
      const best = [...pool].sort(
        (a, b) =>
          pathSimilarity(path, b.path) - pathSimilarity(path, a.path) ||
          Math.abs(a.line - block.line) - Math.abs(b.line - block.line),
      )[0];
      if (!best) continue;
      const shown = `/${best.path.segments.join('/')}`;
      out.push({
        kind: 'path',
        says: path.raw,
        shows: shown,
        line: block.line,
        otherLine: best.line,
        message: `"API affected ${path.raw}" (line ${block.line}) but the sample request requests ${best.method} ${shown} (line ${best.line})`,
      });
    }
  }
  const samples = sampleChildren(note);
  for (const excerpt of findExcerptTypes(note)) {
    const sample = samples.get(excerpt.name);
    if (!sample || excerpt.children.length === 0) continue;
    const declared = new Set(excerpt.children);
    const missing = excerpt.children.filter((c) => !sample.children.has(c));
    const extra = [...sample.children].filter((c) => !declared.has(c));
    if (missing.length === 0 || extra.length === 0) continue;
    out.push({
      kind: 'element',
      says: missing.map((c) => `${excerpt.name}/${c}`).join(', '),
      shows: extra.map((c) => `${excerpt.name}/${c}`).join(', '),
      line: excerpt.line,
      otherLine: sample.line,
      message: `the ${excerpt.source.toUpperCase()} excerpt (line ${excerpt.line}) declares ${missing.map((c) => `${excerpt.name}/${c}`).join(', ')} but the samples (line ${sample.line}) show ${extra.map((c) => `${excerpt.name}/${c}`).join(', ')}`,
    });
  }
  return out;
}
