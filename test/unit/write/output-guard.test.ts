import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../generator/context.js';
import { isInside, protectedReason, realpathLoose } from '../../../generator/write/output-guard.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'qspec-guard-'));
  await mkdir(path.join(dir, 'home', 'me', 'project', 'specs', 'was'), { recursive: true });
  await mkdir(path.join(dir, 'home', 'me', 'repo', '.git'), { recursive: true });
  await mkdir(path.join(dir, 'home', 'me', 'worktree'), { recursive: true });
  await writeFile(path.join(dir, 'home', 'me', 'worktree', '.git'), 'gitdir: ../repo/.git\n');
  await symlink(path.join(dir, 'home', 'me', 'project'), path.join(dir, 'link-to-project'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('protectedReason', () => {
  const ctx = () => ({
    cwd: path.join(dir, 'home', 'me', 'project'),
    specsDir: path.join(dir, 'home', 'me', 'project', 'specs'),
    home: path.join(dir, 'home', 'me'),
  });
  const reason = (p: string) => protectedReason(path.join(dir, p), ctx());

  it.each([
    ['home/me', 'your home folder'],
    ['home', 'a folder above your home folder'],
    ['home/me/project', 'the current folder'],
    ['link-to-project', 'the current folder'],
    ['home/me/repo', 'a git repository (it holds .git)'],
    ['home/me/worktree', 'a git repository (it holds .git)'],
    ['home/me/repo/.git/hooks', 'inside a .git folder'],
    ['home/me/project/specs', 'the spec folder'],
    ['home/me/project/specs/was/out', 'inside the spec folder'],
  ])('%s is %s', (p, why) => {
    expect(reason(p)).toBe(why);
  });

  it('the root, a folder holding the specs, and qspec itself', () => {
    expect(protectedReason('/', ctx())).toBe('the filesystem root');
    expect(
      protectedReason(path.join(dir, 'elsewhere'), { ...ctx(), specsDir: path.join(dir, 'elsewhere', 'specs') }),
    ).toBe('a folder holding the spec folder');
    expect(protectedReason(REPO_ROOT, { cwd: dir, home: path.join(dir, 'home') })).toMatch(
      /git repository|qspec's own folder/,
    );
  });

  it('allows an ordinary folder, existing or not', () => {
    expect(reason('home/me/project/generated')).toBeUndefined();
    expect(reason('home/me/project/out/deeper/still')).toBeUndefined();
    expect(protectedReason(path.join(dir, 'tmp-out'), ctx())).toBeUndefined();
  });
});

describe('path helpers', () => {
  it('isInside is strict and not fooled by a shared prefix', () => {
    expect(isInside('/a/b', '/a')).toBe(true);
    expect(isInside('/a', '/a')).toBe(false);
    expect(isInside('/ab', '/a')).toBe(false);
    expect(isInside('/a/..b', '/a')).toBe(true);
  });

  it('realpathLoose resolves links in the existing part of a missing path', () => {
    expect(realpathLoose(path.join(dir, 'link-to-project', 'no', 'such'))).toBe(
      path.join(realpathLoose(dir), 'home', 'me', 'project', 'no', 'such'),
    );
  });
});
