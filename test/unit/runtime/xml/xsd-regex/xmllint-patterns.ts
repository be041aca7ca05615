/**
 * libxml2 as an independent oracle for XSD 1.0 pattern facets on single characters: many
 * (pattern, code point) checks are batched into ONE `xmllint --schema` run (one element
 * declaration per distinct pattern, an `xs:string` restriction with that `xs:pattern`; one
 * instance child per check, on its own line, holding the character as a numeric character
 * reference), and libxml2's `[facet 'pattern']` errors are read back by line number.
 *
 * Only characters XML 1.0 §2.2 allows (`Char`) can be asked about: surrogates, U+FFFE/U+FFFF and
 * most C0 controls cannot appear in a document, so `xmlChar` says which code points are usable.
 * A block name libxml2 does not know is not refused when the schema is compiled but aborts the
 * validation with an internal error, so any error other than a pattern-facet one fails the run.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface PatternCheck {
  readonly pattern: string;
  readonly cp: number;
}

/** XML 1.0 §2.2 Char: the code points a document may hold. */
export function xmlChar(cp: number): boolean {
  return (
    cp === 0x9 ||
    cp === 0xa ||
    cp === 0xd ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff)
  );
}

const attr = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** libxml2's verdict (true: the value matches the pattern) for each check, in order. */
export function xmllintVerdicts(checks: readonly PatternCheck[]): boolean[] {
  const patterns = [...new Set(checks.map((c) => c.pattern))];
  const index = new Map(patterns.map((p, i) => [p, i]));
  for (const c of checks) if (!xmlChar(c.cp)) throw new Error(`U+${c.cp.toString(16)} cannot appear in XML`);
  // Line 1 is `<r>`, so check k is on line k + 2.
  if (checks.length > 60_000) throw new Error('too many checks for one run (libxml2 line numbers stop at 65535)');
  const schema = [
    '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">',
    '<xs:element name="r"><xs:complexType><xs:sequence>',
    '<xs:any processContents="strict" minOccurs="0" maxOccurs="unbounded"/>',
    '</xs:sequence></xs:complexType></xs:element>',
    ...patterns.map(
      (p, i) =>
        `<xs:element name="p${i}"><xs:simpleType><xs:restriction base="xs:string">` +
        `<xs:pattern value="${attr(p)}"/></xs:restriction></xs:simpleType></xs:element>`,
    ),
    '</xs:schema>',
  ].join('\n');
  const doc = [
    '<r>',
    ...checks.map((c) => `<p${index.get(c.pattern)}>&#x${c.cp.toString(16)};</p${index.get(c.pattern)}>`),
    '</r>',
  ];
  const dir = mkdtempSync(path.join(os.tmpdir(), 'xmllint-patterns-'));
  try {
    writeFileSync(path.join(dir, 's.xsd'), schema);
    writeFileSync(path.join(dir, 'i.xml'), doc.join('\n'));
    const r = spawnSync('xmllint', ['--noout', '--nonet', '--schema', 's.xsd', 'i.xml'], {
      cwd: dir,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const verdicts = checks.map(() => true);
    const stderr = r.stderr ?? '';
    for (const line of stderr.split('\n')) {
      if (line === '' || line === 'i.xml validates' || line === 'i.xml fails to validate') continue;
      if (line === 's.xsd validates') continue;
      const m = /^i\.xml:(\d+): element p\d+: Schemas validity error : Element 'p\d+': \[facet 'pattern'\]/.exec(line);
      // A value holding a line break continues the message on the next lines.
      if (!m) {
        if (/^i\.xml:\d+: /.test(line) || /^s\.xsd/.test(line) || /error/i.test(line))
          throw new Error(`xmllint: ${line}`);
        continue;
      }
      verdicts[Number(m[1]) - 2] = false;
    }
    if (!/^i\.xml (validates|fails to validate)$/m.test(stderr)) throw new Error(`xmllint did not finish: ${stderr}`);
    return verdicts;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The patterns libxml2 refuses as XSD regular expressions (one schema, one `xmllint` run). */
export function xmllintRefused(patterns: readonly string[]): Set<string> {
  // Line 1 is `<xs:schema>`, so pattern k is on line k + 2.
  const schema = [
    '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">',
    ...patterns.map(
      (p, i) =>
        `<xs:simpleType name="t${i}"><xs:restriction base="xs:string"><xs:pattern value="${attr(p)}"/></xs:restriction></xs:simpleType>`,
    ),
    '<xs:element name="r" type="xs:string"/>',
    '</xs:schema>',
  ].join('\n');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'xmllint-patterns-'));
  try {
    writeFileSync(path.join(dir, 's.xsd'), schema);
    writeFileSync(path.join(dir, 'i.xml'), '<r/>');
    const r = spawnSync('xmllint', ['--noout', '--nonet', '--schema', 's.xsd', 'i.xml'], {
      cwd: dir,
      encoding: 'utf8',
    });
    const refused = new Set<string>();
    for (const m of (r.stderr ?? '').matchAll(
      /^s\.xsd:(\d+): element pattern: Schemas parser error : .* is not a valid regular expression\.$/gm,
    ))
      refused.add(patterns[Number(m[1]) - 2]!);
    return refused;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
