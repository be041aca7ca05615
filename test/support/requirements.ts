/**
 * Test requirements from outside the repository: the shared corpus beside the checkout
 * (`../shared`) and the native `xmllint` (Debian package libxml2-utils). One skip policy for every
 * test that needs one of them:
 * - present: the tests run;
 * - missing in CI (`CI=true`): the tests FAIL, saying what is missing (CI must run everything);
 * - missing elsewhere (a user's fresh clone): the tests are SKIPPED with the reason as vitest's
 *   skip note, so it shows in the report next to the test (`↓ name [needs ../shared/...]`) and in
 *   the skipped count, not only as a console line.
 *
 * Use `describeWith(req)('title', () => { ... })` or `itWith(req)('title', fn)`; code that reads
 * the requirement at collection time (e.g. `readdirSync` for `it.each`) must check `req.present`.
 * @see docs/testing.md (skip policy)
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, it, type TestContext } from 'vitest';

export interface Requirement {
  /** What is needed, e.g. `../shared/corpus/responses`. */
  readonly name: string;
  readonly present: boolean;
  /** Why it is missing and how to get it; the skip note or the CI failure message. */
  readonly reason: string;
}

/** Repository root (this file is test/support/requirements.ts). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** True when the environment says this is CI, where a missing requirement is a failure. */
export function inCi(env: NodeJS.ProcessEnv = process.env): boolean {
  const v = env.CI;
  return v !== undefined && v !== '' && v !== '0' && v.toLowerCase() !== 'false';
}

/**
 * The shared folder: `QSPEC_SHARED_DIR` when set (mutation testing runs the tests in a copy of the
 * project, `.stryker-tmp/sandbox-*`, and points it at the real one), else `<repo>/../shared`.
 */
export function sharedRoot(env: NodeJS.ProcessEnv = process.env): string {
  return env.QSPEC_SHARED_DIR ? path.resolve(env.QSPEC_SHARED_DIR) : path.resolve(repoRoot, '..', 'shared');
}

/** A path under the shared folder beside the checkout (`<repo>/../shared/<rel>`) as a requirement. */
export function sharedPath(...rel: string[]): Requirement & { readonly path: string } {
  const p = path.resolve(sharedRoot(), ...rel);
  const name = `../shared/${rel.join('/')}`;
  return { name, path: p, present: existsSync(p), reason: `needs ${name} (not found at ${p})` };
}

let xmllintCache: Requirement | undefined;
/** The native xmllint on PATH. */
export function xmllint(): Requirement {
  xmllintCache ??= {
    name: 'xmllint',
    present: spawnSync('xmllint', ['--version']).status === 0,
    reason: 'needs xmllint on PATH (apt-get install libxml2-utils)',
  };
  return xmllintCache;
}

/**
 * `rel` is tracked by git in this checkout: false in a copy outside git, e.g. Stryker's sandbox
 * (.stryker-tmp/, git-ignored), where a test that reads a git ref cannot run.
 */
export function gitTracked(rel: string): Requirement {
  const r = spawnSync('git', ['ls-files', '--error-unmatch', rel], { cwd: repoRoot, stdio: 'ignore' });
  return {
    name: `git: ${rel}`,
    present: r.status === 0,
    reason: `needs a git checkout where ${rel} is tracked (this copy is not, e.g. a mutation-testing sandbox)`,
  };
}

/** All of several requirements, as one. */
export function allOf(...reqs: Requirement[]): Requirement {
  const missing = reqs.filter((r) => !r.present);
  return {
    name: reqs.map((r) => r.name).join(' + '),
    present: missing.length === 0,
    reason: missing.map((r) => r.reason).join('; '),
  };
}

/** In a test: skip it with the reason as note, or fail in CI, when `req` is missing. */
export function enforce(req: Requirement, ctx: TestContext, env: NodeJS.ProcessEnv = process.env): void {
  if (req.present) return;
  if (inCi(env)) throw new Error(`missing in CI: ${req.reason}`);
  ctx.skip(req.reason);
}

/** `describe` whose tests run only with `req`: skipped with a note locally, failing in CI. */
export function describeWith(req: Requirement) {
  return (title: string, body: () => void): void => {
    describe(title, () => {
      beforeEach((ctx) => enforce(req, ctx));
      body();
    });
  };
}

/** `it` that runs only with `req`: skipped with a note locally, failing in CI. */
export function itWith(req: Requirement) {
  return (title: string, fn: (ctx: TestContext) => unknown, timeout?: number): void => {
    it(
      title,
      async (ctx) => {
        enforce(req, ctx);
        await fn(ctx);
      },
      timeout,
    );
  };
}
