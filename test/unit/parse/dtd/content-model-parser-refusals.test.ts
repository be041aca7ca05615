/**
 * The content-model parser's refusals and keyword edges, each pinned as the whole diagnostic
 * (code, severity, exact message, file, line, column), XML 1.0 (Fifth Edition) §3.2 [46]
 * contentspec, §3.2.1 [47]–[50] element content, §3.2.2 [51] Mixed:
 *
 * - `EMPTY` and `ANY` are keywords, not quoted literals; `#PCDATA` opens a mixed model only as a
 *   `#` keyword right after '(' (an element named `PCDATA` is an ordinary child, `#IMPLIED` is no
 *   content particle);
 * - mixed content separates names with '|' only, lists names only, and ends in `)` or `)*`
 *   (never `)?` or `)+`);
 * - element content needs ',' or '|' between particles and a name or '(' after each;
 * - groups nest at most 100 deep (`MAX_NESTING_DEPTH`, docs/limits: `DtdTooDeep` at the first '('
 *   beyond the limit).
 *
 * Each refused snippet is also refused by libxml2's xmllint (the oracle), and each accepted one
 * accepted, when xmllint is installed.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDtd } from '../../../../generator/parse/dtd/parse-dtd.js';
import { describeWith, xmllint } from '../../../support/requirements.js';
import { diagnosticsOf, elementField, typeOf } from './dtd-test-helpers.js';

const FILE = 'cm/schemas/model.dtd';

/** The diagnostics `source` is refused with (fails the test if it is accepted). */
function refusal(source: string) {
  return diagnosticsOf(() => parseDtd({ source, file: FILE, schemaId: FILE }));
}

const syntax = (line: number, column: number, message: string) => [
  { code: 'DtdSyntax', severity: 'error', message, location: { file: FILE, line, column } },
];

const deep = (n: number) => `<!ELEMENT r ${'('.repeat(n)}a${')'.repeat(n)}>\n<!ELEMENT a EMPTY>`;

const refused: [string, string, ReturnType<typeof syntax>][] = [
  [
    'a quoted "EMPTY" is a literal, not the keyword',
    '<!ELEMENT a "EMPTY">',
    syntax(1, 13, `expected a content model: EMPTY, ANY or '(', found literal "EMPTY"`),
  ],
  [
    'a quoted "ANY" is a literal, not the keyword',
    '<!ELEMENT a "ANY">',
    syntax(1, 13, `expected a content model: EMPTY, ANY or '(', found literal "ANY"`),
  ],
  [
    '#IMPLIED right after ( opens no mixed model and is no particle',
    '<!ELEMENT r (#IMPLIED)>',
    syntax(1, 14, `expected an element name or '(', found '#IMPLIED'`),
  ],
  [
    'mixed content separates names with | only',
    '<!ELEMENT r (#PCDATA, a)*>\n<!ELEMENT a EMPTY>',
    syntax(1, 21, `expected '|' or ')' in a mixed content model, found ','`),
  ],
  [
    'mixed content lists names, not groups',
    '<!ELEMENT r (#PCDATA | (a))*>\n<!ELEMENT a EMPTY>',
    syntax(1, 24, `expected an element name after | in a mixed content model, found '('`),
  ],
  ['(#PCDATA) takes no +', '<!ELEMENT r (#PCDATA)+>', syntax(1, 22, `expected ')' or ')*' after (#PCDATA, found '+'`)],
  ['(#PCDATA) takes no ?', '<!ELEMENT r (#PCDATA)?>', syntax(1, 22, `expected ')' or ')*' after (#PCDATA, found '?'`)],
  [
    'two particles need a separator',
    '<!ELEMENT r (a b)>\n<!ELEMENT a EMPTY>\n<!ELEMENT b EMPTY>',
    syntax(1, 16, `expected ',', '|' or ')' in a content model, found 'b'`),
  ],
  [
    'a separator needs a particle after it',
    '<!ELEMENT r (a, )>\n<!ELEMENT a EMPTY>',
    syntax(1, 17, `expected an element name or '(', found ')'`),
  ],
  [
    'a quoted "PCDATA" particle gets no #PCDATA hint',
    '<!ELEMENT r (a, "PCDATA")>\n<!ELEMENT a EMPTY>',
    syntax(1, 17, `expected an element name or '(', found literal "PCDATA"`),
  ],
  [
    'another # keyword as a particle gets no #PCDATA hint',
    '<!ELEMENT r (a, #REQUIRED)>\n<!ELEMENT a EMPTY>',
    syntax(1, 17, `expected an element name or '(', found '#REQUIRED'`),
  ],
  [
    '#PCDATA after the first particle gets the hint',
    '<!ELEMENT r (a, #PCDATA)>\n<!ELEMENT a EMPTY>',
    syntax(1, 17, `expected an element name or '(' (#PCDATA must come first: (#PCDATA | a | b)*), found '#PCDATA'`),
  ],
];

describe('content-model refusals (XML 1.0 §3.2)', () => {
  it.each(refused)('%s', (_name, source, want) => {
    expect(refusal(source)).toEqual(want);
  });

  it('refuses groups nested 101 deep at the 101st (, and accepts 100', () => {
    expect(refusal(deep(101))).toEqual([
      {
        code: 'DtdTooDeep',
        severity: 'error',
        message: 'content model groups nest more than 100 levels deep; qspec refuses deeper content models',
        location: { file: FILE, line: 1, column: 113 },
      },
    ]);
    expect(parseDtd({ source: deep(100), file: FILE, schemaId: FILE }).types.map((t) => t.name)).toEqual(['a', 'r']);
  });
});

const accepted: [string, string][] = [
  ['an element named PCDATA (no #) is an ordinary child', '<!ELEMENT PCDATA EMPTY>\n<!ELEMENT r (PCDATA)>'],
  ['(#PCDATA)* may repeat', '<!ELEMENT r (#PCDATA)*>'],
  ['(#PCDATA) alone', '<!ELEMENT r (#PCDATA)>'],
];

describe('content-model keyword edges that are accepted', () => {
  it.each(accepted)('%s', (_name, source) => {
    expect(parseDtd({ source, file: FILE, schemaId: FILE }).types.map((t) => t.name)).toContain('r');
  });

  it('an element named PCDATA is element content, one required child', () => {
    expect(typeOf(accepted[0]![1], 'r')).toEqual({
      kind: 'object',
      content: 'sequence',
      fields: [elementField('PCDATA', 1, 1)],
      particle: {
        kind: 'sequence',
        items: [{ kind: 'element', name: 'PCDATA', occurs: { min: 1, max: 1 } }],
        occurs: { min: 1, max: 1 },
      },
    });
  });
});

/** xmllint's "parser error" lines for a DTD (validating an empty `<r/>` against it). */
function xmllintParserErrors(dtd: string): string[] {
  const file = path.join(dir(), `m${++seq}.dtd`);
  writeFileSync(file, dtd);
  const r = spawnSync('xmllint', ['--nonet', '--noout', '--dtdvalid', file, '-'], { input: '<r/>', encoding: 'utf8' });
  return r.stderr.split('\n').filter((l) => l.includes('parser error'));
}
let tmp: string | undefined;
let seq = 0;
const dir = () => {
  tmp ??= mkdtempSync(path.join(tmpdir(), 'qspec-cm-'));
  return tmp;
};
afterAll(() => {
  if (tmp !== undefined) rmSync(tmp, { recursive: true, force: true });
});

describeWith(xmllint())('content-model verdicts: xmllint agrees', () => {
  it.each(refused)('xmllint refuses: %s', (_name, source) => {
    expect(xmllintParserErrors(source).length).toBeGreaterThan(0);
  });
  it.each(accepted)('xmllint accepts: %s', (_name, source) => {
    expect(xmllintParserErrors(source)).toEqual([]);
  });
});
