/**
 * Folders `qspec generate` never writes into, not even with `--force`: the filesystem root, the
 * user's home folder and anything above it, a git repository's root (a folder holding `.git`) or
 * anything inside `.git`, the current folder and anything above it, the spec folder, anything
 * above or inside it, and qspec's own installation folder and anything above it. Paths are
 * compared after resolving symbolic links, so a link cannot smuggle one of them in.
 *
 * @see README "Generate" (what qspec writes and deletes)
 */
import { existsSync, realpathSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../context.js';

export interface GuardContext {
  /** The working directory the command runs in. */
  readonly cwd: string;
  /** The spec folder being read. */
  readonly specsDir?: string;
  /** The user's home folder (default: os.homedir()). */
  readonly home?: string;
}

/** Why `outDir` must never be written into, or undefined when it may be. */
export function protectedReason(outDir: string, ctx: GuardContext): string | undefined {
  const out = realpathLoose(path.resolve(outDir));
  if (path.parse(out).root === out) return 'the filesystem root';
  const home = ctx.home ?? safeHomedir();
  if (home) {
    const h = realpathLoose(path.resolve(home));
    if (out === h) return 'your home folder';
    if (isInside(h, out)) return 'a folder above your home folder';
  }
  const cwd = realpathLoose(path.resolve(ctx.cwd));
  if (out === cwd) return 'the current folder';
  if (isInside(cwd, out)) return 'a folder above the current folder';
  if (out.split(path.sep).includes('.git')) return 'inside a .git folder';
  if (existsSync(path.join(out, '.git'))) return 'a git repository (it holds .git)';
  if (ctx.specsDir !== undefined) {
    const specs = realpathLoose(path.resolve(ctx.specsDir));
    if (out === specs) return 'the spec folder';
    if (isInside(specs, out)) return 'a folder holding the spec folder';
    if (isInside(out, specs)) return 'inside the spec folder';
  }
  const own = realpathLoose(REPO_ROOT);
  if (out === own || isInside(own, out)) return "qspec's own folder";
  return undefined;
}

/** True when `child` is strictly inside `parent` (both absolute and normalized). */
export function isInside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel !== '' && !rel.startsWith(`..${path.sep}`) && rel !== '..' && !path.isAbsolute(rel);
}

/** realpath of `p`, or of its nearest existing ancestor joined with the rest when `p` is missing. */
export function realpathLoose(p: string): string {
  const rest: string[] = [];
  for (let dir = p; ; dir = path.dirname(dir)) {
    try {
      return path.join(realpathSync(dir), ...rest.reverse());
    } catch {
      if (path.dirname(dir) === dir) return p;
      rest.push(path.basename(dir));
    }
  }
}

function safeHomedir(): string | undefined {
  try {
    return os.homedir();
  } catch {
    return undefined;
  }
}
