/**
 * `npm run conformance:xml`: the W3C/OASIS XML conformance suite (xmlconf) through qspec's
 * well-formedness check, side by side with native `xmllint --noout --nonet`, as a table per test
 * kind (XML 1.0 fifth edition, without the tests that need external entities), with chunked
 * input (1, 7, 4096 bytes) compared to whole input. Then every test where qspec differs from the
 * expected outcome, with its reason. `--markdown` prints the refusal list for docs/conformance.md.
 *
 * @see docs/conformance.md "W3C XML suite"; test/conformance-suites/xmlconf.test.ts
 */
import { loadXmlconf, type XmlconfKind } from './xmlconf-catalog.js';
import { loadExpectations } from './xmlconf-expectations.js';
import { runQspec, xmllintRejects } from './xmlconf-run.js';

const all = loadXmlconf();
const tests = all.filter((t) => !t.external);
const expectations = loadExpectations();
const lint = await xmllintRejects(tests.map((t) => t.file));
const kinds: XmlconfKind[] = ['not-wf', 'valid', 'invalid', 'error'];
const rows: string[][] = [
  [
    'kind',
    'tests',
    'expected',
    'qspec agrees',
    'qspec refuses (policy)',
    'qspec wrong',
    'xmllint agrees',
    'chunked = whole',
  ],
];
const wrong: string[] = [];
const refusals: string[] = [];
for (const kind of kinds) {
  const these = tests.filter((t) => t.kind === kind);
  let agree = 0;
  let refused = 0;
  let bad = 0;
  let lintAgree = 0;
  let chunked = 0;
  for (const t of these) {
    const v = runQspec(t);
    if (v.chunkDiffs.length === 0) chunked++;
    const wantReject = kind === 'not-wf';
    const lintRejects = lint?.has(t.file);
    if (kind === 'error' || lintRejects === wantReject) lintAgree++;
    if (kind === 'error' || v.accepted !== wantReject) agree++;
    else if (!v.accepted && v.code === 'XmlEntityDeclared') {
      refused++;
      refusals.push(`| ${t.id} | ${kind} | ${v.message} |`);
    } else {
      bad++;
      wrong.push(`${t.id} (${kind}): qspec ${v.accepted ? 'accepts' : `rejects: ${v.code} ${v.message}`}`);
    }
    if (kind === 'error' && !v.accepted) refusals.push(`| ${t.id} | ${kind} | ${v.message} |`);
  }
  rows.push([
    kind,
    String(these.length),
    kind === 'not-wf' ? 'reject' : kind === 'error' ? 'either' : 'accept (well-formed)',
    String(agree),
    String(refused),
    String(bad),
    lint ? String(lintAgree) : 'n/a',
    `${chunked}/${these.length}`,
  ]);
}
const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
console.log(
  `W3C/OASIS XML conformance suite, XML 1.0 fifth edition: ${tests.length} tests ` +
    `(${all.length - tests.length} that need external entities left out)\n`,
);
for (const r of rows) console.log(r.map((x, c) => x.padEnd(widths[c]!)).join('  '));
console.log(`\nqspec differs from the expected outcome (not a policy refusal): ${wrong.length}`);
for (const w of wrong) console.log(`  ${w}`);
console.log(
  `expectations list: ${Object.keys(expectations.refused).length} policy refusals, ${Object.keys(expectations.failing).length} known failures`,
);
if (process.argv.includes('--markdown')) {
  console.log('\n| test | kind | why qspec refuses it |\n|---|---|---|');
  for (const r of refusals) console.log(r);
}
