/**
 * The checked-in skip list (`conformance/known-failures.yaml`): the only way to skip a case.
 * Each entry names a case id (exact, or with `*` wildcards), optionally the modes it applies to,
 * and a non-empty `reason`; an entry without a reason (or with an unknown key) is refused with a
 * located one-line error, so nobody silences a failure without saying why.
 *
 * ```yaml
 * - case: "steps.har#7"
 *   modes: [replay]
 *   reason: Qualys answers text/xml;charset=UTF-8 where the spec says application/xml.
 * ```
 *
 * @see docs/conformance.md
 */
import { readFile } from 'node:fs/promises';
import { parseDocument } from 'yaml';
import { UsageError } from '../../generator/errors.js';

export interface KnownFailure {
  readonly case: string;
  readonly modes?: readonly string[];
  readonly reason: string;
  readonly line: number;
}

export async function loadKnownFailures(file: string): Promise<KnownFailure[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return [];
  }
  return parseKnownFailures(text, file);
}

export function parseKnownFailures(text: string, file: string): KnownFailure[] {
  const doc = parseDocument(text, { keepSourceTokens: false });
  const lineOf = (offset: number | undefined) => (offset === undefined ? 1 : text.slice(0, offset).split('\n').length);
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    throw new UsageError(`${file}:${lineOf(e.pos[0])}: ${e.message.split('\n')[0]}`);
  }
  const value = doc.toJS() as unknown;
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) throw new UsageError(`${file}:1: expected a list of { case, reason, modes? } entries`);
  const items = (doc.contents as { items?: { range?: [number, number, number] }[] }).items ?? [];
  return value.map((entry, i) => {
    const line = lineOf(items[i]?.range?.[0]);
    if (entry === null || typeof entry !== 'object')
      throw new UsageError(`${file}:${line}: entry ${i + 1} is not a mapping`);
    const e = entry as Record<string, unknown>;
    for (const key of Object.keys(e)) {
      if (!['case', 'modes', 'reason'].includes(key))
        throw new UsageError(`${file}:${line}: unknown key '${key}' (case, modes, reason)`);
    }
    if (typeof e.case !== 'string' || e.case.trim() === '')
      throw new UsageError(`${file}:${line}: entry ${i + 1} has no 'case'`);
    if (typeof e.reason !== 'string' || e.reason.trim().length < 10) {
      throw new UsageError(
        `${file}:${line}: known failure '${e.case}' needs a 'reason' (a sentence saying why it is skipped)`,
      );
    }
    const modes = e.modes === undefined ? undefined : Array.isArray(e.modes) ? e.modes.map(String) : [String(e.modes)];
    return { case: e.case, reason: e.reason.trim(), line, ...(modes ? { modes } : {}) };
  });
}

/** The entry that skips `caseId` in `mode`, if any. */
export function findKnownFailure(
  list: readonly KnownFailure[],
  caseId: string,
  mode: string,
): KnownFailure | undefined {
  return list.find((k) => (k.modes === undefined || k.modes.includes(mode)) && wildcard(k.case).test(caseId));
}

/** Compiled once per pattern: replay asks for every entry of every recording. */
const compiled = new Map<string, RegExp>();

function wildcard(pattern: string): RegExp {
  let re = compiled.get(pattern);
  if (!re) {
    re = toRegExp(pattern);
    compiled.set(pattern, re);
  }
  return re;
}

function toRegExp(pattern: string): RegExp {
  return new RegExp(
    `^${pattern
      .split('*')
      .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
}
