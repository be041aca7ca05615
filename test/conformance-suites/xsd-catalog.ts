/**
 * The W3C XML Schema test suite (parts msData, sunData, boeingData; the tarball in
 * `../shared/conformance-suites/`) as a list of XSD 1.0 test cases. The tarball is unpacked once
 * into `node_modules/.cache/qspec-xsdtests/` (never into the repository's tracked files), keyed by
 * its size and modification time.
 *
 * Each `*Meta` test set lists test groups; a group has a `schemaTest` (schema documents, expected
 * validity of the schema) and `instanceTest`s (an instance document, its expected validity
 * against the group's schema). Left out, with the count in `excluded`:
 * - expectations only for XSD 1.1, `indeterminate`, or depending on the Unicode version;
 * - tests whose status is `queried` or `disputed-*` (the suite's own doubts), and instance tests
 *   whose schema test is queried, disputed or expected invalid;
 * - instance tests of groups without a schemaTest (their schema comes from xsi:schemaLocation).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type XsdSuite = 'ms' | 'sun' | 'boeing';
export type Validity = 'valid' | 'invalid';

export interface XsdCase {
  /** `suite/testSet/group/name`, unique. */
  readonly id: string;
  readonly suite: XsdSuite;
  readonly kind: 'schema' | 'instance';
  /** Schema documents, absolute; the first is the one loaded (it includes/imports the others). */
  readonly schemas: readonly string[];
  /** Instance document (absolute), for instance tests. */
  readonly instance?: string;
  readonly expected: Validity;
}

export interface XsdCatalog {
  /** Folder the suite is unpacked in (parent of msData/, sunData/, boeingData/). */
  readonly root: string;
  readonly cases: readonly XsdCase[];
  /** Why tests were left out → how many. */
  readonly excluded: Readonly<Record<string, number>>;
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/**
 * The suite's tarball: under `QSPEC_SHARED_DIR` when set, else `../shared` beside the checkout
 * (the same rule as test/support/requirements.ts, which this file cannot import: it loads vitest,
 * and the report script runs without it).
 */
export const XSD_TARBALL_NAME = '../shared/conformance-suites/w3c-xsdtests-ms-sun-boeing.tar.gz';
export function xsdTarball(env: NodeJS.ProcessEnv = process.env): string {
  const shared = env.QSPEC_SHARED_DIR ? path.resolve(env.QSPEC_SHARED_DIR) : path.resolve(repoRoot, '..', 'shared');
  return path.join(shared, 'conformance-suites', 'w3c-xsdtests-ms-sun-boeing.tar.gz');
}
const META_DIRS: Record<string, XsdSuite> = { msMeta: 'ms', sunMeta: 'sun', boeingMeta: 'boeing' };

/** Unpacks the tarball into the cache folder (once per tarball version) and returns that folder. */
export function xsdSuiteRoot(tarball: string = xsdTarball()): string {
  const info = statSync(tarball);
  const stamp = `${info.size}-${Math.floor(info.mtimeMs)}`;
  const cache = path.join(repoRoot, 'node_modules', '.cache', 'qspec-xsdtests');
  const dir = path.join(cache, stamp);
  if (existsSync(path.join(dir, '.complete'))) return dir;
  mkdirSync(cache, { recursive: true });
  const tmp = path.join(cache, `tmp-${process.pid}-${Date.now()}`);
  mkdirSync(tmp);
  const r = spawnSync('tar', ['-xzf', tarball, '-C', tmp], { stdio: ['ignore', 'ignore', 'pipe'], timeout: 120_000 });
  if (r.status !== 0) {
    rmSync(tmp, { recursive: true, force: true });
    throw new Error(`tar -xzf ${tarball} failed: ${r.stderr?.toString() ?? r.error?.message}`);
  }
  writeFileSync(path.join(tmp, '.complete'), stamp);
  try {
    renameSync(tmp, dir);
  } catch {
    // Another process unpacked it first.
    rmSync(tmp, { recursive: true, force: true });
  }
  return dir;
}

function attrsOf(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = /([A-Za-z:_-]+)\s*=\s*"([^"]*)"/g;
  for (let m = re.exec(tag); m; m = re.exec(tag)) out.set(m[1]!, m[2]!);
  return out;
}

/** The XSD 1.0 verdict among a test's `expected` elements, or why there is none. */
function pickExpected(expected: readonly Map<string, string>[]): Validity | string {
  const v10 = expected.filter((e) => {
    const v = e.get('version');
    return v === undefined || v.split(/\s+/).includes('1.0');
  });
  if (v10.length === 0) return expected.length > 0 ? 'expectation for another version only' : 'no expectation';
  const validity = v10[0]!.get('validity');
  if (validity === 'valid' || validity === 'invalid') return validity;
  return `expected ${validity}`;
}

interface Pending {
  tag: 'schemaTest' | 'instanceTest';
  name: string;
  docs: string[];
  expected: Map<string, string>[];
  status: string;
  version?: string;
}

export function loadXsdCatalog(root: string = xsdSuiteRoot()): XsdCatalog {
  const cases: XsdCase[] = [];
  const excluded: Record<string, number> = {};
  const exclude = (why: string) => {
    excluded[why] = (excluded[why] ?? 0) + 1;
  };
  for (const [metaDir, suite] of Object.entries(META_DIRS)) {
    const files = readdirSync(path.join(root, metaDir))
      .filter((f) => f.endsWith('.testSet') || f.endsWith('_w3c.xml'))
      .sort();
    for (const f of files) {
      const file = path.join(root, metaDir, f);
      const setName = f.replace(/(_w3c\.xml|\.testSet)$/, '');
      const text = readFileSync(file, 'utf8');
      const re =
        /<(\/?)(testGroup|schemaTest|instanceTest|schemaDocument|instanceDocument|expected|current)\b([^>]*)>/g;
      let group = '';
      let groupSchemas: string[] | undefined;
      let groupSchemaVerdict: Validity | undefined;
      let cur: Pending | undefined;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const closing = m[1] === '/';
        const tag = m[2]!;
        const a = attrsOf(m[3]!);
        if (tag === 'testGroup') {
          if (!closing) {
            group = a.get('name') ?? '';
            groupSchemas = undefined;
            groupSchemaVerdict = undefined;
          }
          continue;
        }
        if (tag === 'schemaTest' || tag === 'instanceTest') {
          if (!closing) {
            const version = a.get('version');
            cur = {
              tag,
              name: a.get('name') ?? '',
              docs: [],
              expected: [],
              status: '',
              ...(version ? { version } : {}),
            };
            continue;
          }
          if (!cur) continue;
          const done = cur;
          cur = undefined;
          const id = `${suite}/${setName}/${group}/${done.name}`;
          const verdict = pickExpected(done.expected);
          if (done.tag === 'schemaTest') {
            if (done.version !== undefined && !done.version.split(/\s+/).includes('1.0')) {
              exclude('schema test for XSD 1.1 only');
              continue;
            }
            groupSchemas = done.docs;
            groupSchemaVerdict = verdict === 'valid' || verdict === 'invalid' ? verdict : undefined;
            if (/^(queried|disputed)/.test(done.status)) groupSchemaVerdict = undefined;
          }
          if (/^(queried|disputed)/.test(done.status)) {
            exclude(`status ${done.status.startsWith('queried') ? 'queried' : 'disputed'}`);
            continue;
          }
          if (verdict !== 'valid' && verdict !== 'invalid') {
            exclude(verdict.startsWith('expected') ? verdict : `${verdict} (XSD 1.1 or a Unicode version)`);
            continue;
          }
          if (done.tag === 'schemaTest') {
            cases.push({ id, suite, kind: 'schema', schemas: done.docs, expected: verdict });
          } else if (!groupSchemas || groupSchemas.length === 0) {
            exclude('instance test without a schemaTest (schema from xsi:schemaLocation)');
          } else if (groupSchemaVerdict !== 'valid') {
            exclude('instance test whose schema test is not valid XSD 1.0, or is queried or disputed');
          } else {
            cases.push({
              id,
              suite,
              kind: 'instance',
              schemas: groupSchemas,
              instance: done.docs[0]!,
              expected: verdict,
            });
          }
          continue;
        }
        if (!cur || closing) continue;
        if (tag === 'schemaDocument' || tag === 'instanceDocument') {
          const href = a.get('xlink:href');
          if (href) cur.docs.push(path.resolve(path.dirname(file), href));
        } else if (tag === 'expected') cur.expected.push(a);
        else if (tag === 'current') cur.status = a.get('status') ?? '';
      }
    }
  }
  return { root, cases, excluded };
}

/**
 * The deterministic subset `npm test` runs (docs/decisions/0009-xsd-suite-subset.md): the cases
 * whose id hashes (FNV-1a, 32 bits, fmix32-finished) to 0 modulo `NPM_TEST_MODULUS`. A case's membership depends
 * on its id alone, so adding or removing other cases never moves it in or out.
 */
export const NPM_TEST_MODULUS = 4;

export function inNpmTestSubset(id: string): boolean {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  // FNV's low bits mix poorly: finish with MurmurHash3's fmix32 before taking the remainder.
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  h = (h ^ (h >>> 16)) >>> 0;
  return h % NPM_TEST_MODULUS === 0;
}
