/**
 * `npm run conformance:xsd`: the W3C XSD test suite (msData, sunData, boeingData; XSD 1.0) through
 * qspec and native `xmllint --schema`, side by side: per suite and test kind, how often each
 * agrees with the expected verdict, disagrees, refuses clearly or crashes; where one is right and
 * the other wrong; then qspec's failures grouped by construct with the committed reason, and every
 * case whose outcome differs from xsd-expected.json.
 *
 * Options: `--subset` the `npm test` subset only; `--no-xmllint`; `--jobs N` (default 2);
 * `--markdown` tables for docs/conformance.md; `--update` rewrite the case list of
 * xsd-expected.json from this run (full runs only); `--only TEXT` (repeatable) only the cases whose
 * id contains TEXT or whose committed entry names the construct TEXT (`--only namespaces`);
 * `--behind` list every instance case where xmllint is right and qspec is not, with qspec's detail;
 * `--save FILE` write every case's two outcomes as JSON (for comparing two runs).
 *
 * @see docs/conformance.md "W3C XSD suite"; test/conformance-suites/xsd.test.ts
 */
import { existsSync, writeFileSync } from 'node:fs';
import { inNpmTestSubset, loadXsdCatalog, type XsdCase, xsdTarball } from './xsd-catalog.js';
import { agreement, constructOf } from './xsd-classify.js';
import { expectationEntry, loadXsdExpectations, parseEntry, saveXsdExpectations } from './xsd-expectations.js';
import { runCases } from './xsd-pool.js';
import { type CaseResult, xmllintPresent } from './xsd-run.js';

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(name);
const jobsAt = argv.indexOf('--jobs');
const jobs = jobsAt >= 0 ? Number(argv[jobsAt + 1]) : 2;
if (!existsSync(xsdTarball())) {
  console.error(`conformance:xsd: the suite is missing (${xsdTarball()}); nothing to run`);
  process.exit(2);
}
const only = argv.flatMap((a, i) => (argv[i - 1] === '--only' ? [a] : []));
if (flag('--update') && (flag('--subset') || only.length > 0)) {
  console.error('conformance:xsd: --update needs the full run (drop --subset and --only)');
  process.exit(2);
}
const catalog = loadXsdCatalog();
const committed = loadXsdExpectations().cases;
const picked = (c: XsdCase): boolean =>
  only.length === 0 ||
  only.some((t) => c.id.includes(t) || (committed[c.id] !== undefined && committed[c.id]!.endsWith(`: ${t}`)));
const cases = (flag('--subset') ? catalog.cases.filter((c) => inNpmTestSubset(c.id)) : catalog.cases).filter(picked);
const withLint = !flag('--no-xmllint') && xmllintPresent();
const started = Date.now();
let lastShown = 0;
const results = await runCases(cases, catalog.root, {
  jobs,
  xmllint: withLint,
  onProgress: (done, total) => {
    if (process.stderr.isTTY && Date.now() - lastShown > 1000) {
      lastShown = Date.now();
      process.stderr.write(`\r${done}/${total} cases`);
    }
  },
});
if (process.stderr.isTTY) process.stderr.write('\r');
const seconds = ((Date.now() - started) / 1000).toFixed(0);

const md = flag('--markdown');
const table = (rows: string[][]): void => {
  if (md) {
    console.log(`| ${rows[0]!.join(' | ')} |\n|${rows[0]!.map(() => '---').join('|')}|`);
    for (const r of rows.slice(1)) console.log(`| ${r.join(' | ')} |`);
    return;
  }
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  for (const r of rows) console.log(r.map((x, c) => x.padEnd(widths[c]!)).join('  '));
};

const right = (c: XsdCase, r: CaseResult | undefined) => r !== undefined && agreement(c, r) === 'agrees';
const excludedCount = Object.values(catalog.excluded).reduce((a, b) => a + b, 0);
console.log(
  `W3C XSD test suite (msData, sunData, boeingData), XSD 1.0: ${cases.length} cases` +
    `${flag('--subset') ? ' (the npm test subset)' : ''}, ${excludedCount} left out, ${seconds} s, ${jobs} jobs\n`,
);
const head = ['suite', 'kind', 'cases', 'qspec agrees', 'disagrees', 'refuses clearly', 'crashed'];
const lintHead = withLint
  ? ['xmllint agrees', 'disagrees', 'crashed', 'qspec right, xmllint wrong', 'xmllint right, qspec wrong']
  : [];
const rows: string[][] = [[...head, ...lintHead]];
const groups: [string, (c: XsdCase) => boolean][] = [];
for (const suite of ['ms', 'sun', 'boeing'] as const) {
  for (const kind of ['schema', 'instance'] as const)
    groups.push([`${suite}\t${kind}`, (c) => c.suite === suite && c.kind === kind]);
}
groups.push(['all\tall', () => true]);
for (const [label, pick] of groups) {
  const these = cases.filter(pick);
  const q = { agrees: 0, disagrees: 0, refused: 0, crashed: 0 };
  const x = { agrees: 0, disagrees: 0, refused: 0, crashed: 0 };
  let qOnly = 0;
  let xOnly = 0;
  for (const c of these) {
    const r = results.get(c.id)!;
    q[agreement(c, r.qspec)]++;
    if (r.xmllint) x[agreement(c, r.xmllint)]++;
    if (right(c, r.qspec) && !right(c, r.xmllint)) qOnly++;
    if (!right(c, r.qspec) && right(c, r.xmllint)) xOnly++;
  }
  const [suite, kind] = label.split('\t') as [string, string];
  rows.push([
    suite,
    kind,
    String(these.length),
    String(q.agrees),
    String(q.disagrees),
    String(q.refused),
    String(q.crashed),
    ...(withLint
      ? [String(x.agrees), String(x.disagrees), String(x.crashed + x.refused), String(qOnly), String(xOnly)]
      : []),
  ]);
}
table(rows);

// qspec's failures by construct.
const expectations = loadXsdExpectations();
const byConstruct = new Map<string, Record<string, number>>();
const entries: Record<string, string> = {};
const failureKind = (c: XsdCase, r: CaseResult): string => {
  const a = agreement(c, r);
  if (a !== 'disagrees') return a;
  if (c.kind === 'schema') return r.outcome === 'valid' ? 'accepts invalid schema' : 'rejects valid schema';
  if (r.outcome === 'schema-error') return 'rejects valid schema';
  return r.outcome === 'valid' ? 'passes invalid instance' : 'rejects valid instance';
};
const kinds = [
  'accepts invalid schema',
  'rejects valid schema',
  'passes invalid instance',
  'rejects valid instance',
  'refused',
  'crashed',
];
for (const c of cases) {
  const r = results.get(c.id)!.qspec;
  if (agreement(c, r) === 'agrees') continue;
  const construct = constructOf(c, r);
  entries[c.id] = expectationEntry(r.outcome, construct);
  const counts = byConstruct.get(construct) ?? {};
  const k = failureKind(c, r);
  counts[k] = (counts[k] ?? 0) + 1;
  byConstruct.set(construct, counts);
}
console.log(`\nqspec not right, by construct (${Object.keys(entries).length} cases):\n`);
const cRows: string[][] = [['construct', ...kinds, 'why']];
for (const [construct, counts] of [...byConstruct].sort((a, b) => a[0].localeCompare(b[0]))) {
  cRows.push([construct, ...kinds.map((k) => String(counts[k] ?? 0)), expectations.constructs[construct] ?? 'TODO']);
}
table(cRows);

// Refusals by message (names and positions left out), for the list in docs/conformance.md.
const refusals = new Map<string, number>();
for (const c of cases) {
  const r = results.get(c.id)!.qspec;
  if (r.outcome !== 'refused') continue;
  const what = (r.detail ?? '')
    .replace(/^.*?(error|warning) /, '')
    .replace(/"[^"]*"|'[^']*'/g, 'NAME')
    .replace(/ \(.*$/, '');
  refusals.set(what, (refusals.get(what) ?? 0) + 1);
}
console.log(`\nqspec refusals by message (${[...refusals.values()].reduce((a, b) => a + b, 0)} cases):\n`);
table([
  ['refusal', 'cases'],
  ...[...refusals].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([m, n]) => [m, String(n)]),
]);

// Differences from the committed expectations.
const changed: string[] = [];
for (const c of cases) {
  const r = results.get(c.id)!.qspec;
  const want = expectations.cases[c.id];
  const got = entries[c.id];
  if (want === undefined && got !== undefined)
    changed.push(`${c.id}: now ${r.outcome} (expected ${c.expected}): ${r.detail ?? ''}`);
  else if (want !== undefined && got === undefined) changed.push(`${c.id}: now right (was ${want}): take it off`);
  else if (want !== undefined && parseEntry(want).outcome !== r.outcome)
    changed.push(`${c.id}: now ${r.outcome}, was ${want}: ${r.detail ?? ''}`);
}
console.log(`\ncases whose outcome differs from xsd-expected.json: ${changed.length}`);
for (const line of changed.slice(0, 200)) console.log(`  ${line}`);

if (flag('--behind') && withLint) {
  const behind = cases.filter(
    (c) => c.kind === 'instance' && !right(c, results.get(c.id)!.qspec) && right(c, results.get(c.id)!.xmllint),
  );
  console.log(`\ninstances where xmllint is right and qspec is not: ${behind.length}`);
  for (const c of behind) {
    const r = results.get(c.id)!.qspec;
    console.log(`  ${c.id} (expected ${c.expected}): ${r.outcome}: ${r.detail ?? ''}`);
  }
}
const saveAt = argv.indexOf('--save');
if (saveAt >= 0) {
  const out: Record<string, unknown> = {};
  for (const c of cases) out[c.id] = { expected: c.expected, kind: c.kind, ...results.get(c.id) };
  writeFileSync(argv[saveAt + 1]!, `${JSON.stringify(out, null, 1)}\n`);
}

if (flag('--update')) {
  const constructs: Record<string, string> = {};
  for (const name of byConstruct.keys()) constructs[name] = expectations.constructs[name] ?? 'TODO: say why';
  saveXsdExpectations({ constructs, cases: entries });
  console.log(`\nxsd-expected.json rewritten: ${Object.keys(entries).length} cases, ${byConstruct.size} constructs`);
}
