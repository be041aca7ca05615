/**
 * API paths as release notes write them, normalised for comparison: host and `<platform API
 * server>`/`<qualys_base_url>` prefixes dropped, a leading slash added, a trailing slash dropped,
 * placeholders (`<id>`, `{reportId}`, `<asset_id>`) turned into `{}`, and the FO `action=` kept
 * apart. A concrete path matches a template when every segment is equal (ignoring case) or one
 * side is a placeholder; numbers in a sample match a placeholder.
 *
 * @see generator/ir/ir-endpoint.ts (path templates, aliases, const `action` params)
 */
import type { IrEndpoint } from '../ir/ir-endpoint.js';
import { replaceSpans, trimEndChars, trimStartChars } from './note-scan.js';

export interface NotePath {
  readonly segments: readonly string[];
  readonly action?: string;
  /** The path as written. */
  readonly raw: string;
}

/** `s` without a leading `<…url…>`/`<…server…>`/`<…platform…>` tag (as `/^<[^>]*(?:url|server|platform)[^>]*>/i`). */
function dropPlatformPrefix(s: string): string {
  if (!s.startsWith('<')) return s;
  const close = s.indexOf('>');
  if (close < 0 || !/url|server|platform/i.test(s.slice(1, close))) return s;
  return s.slice(close + 1);
}

export function parseNotePath(raw: string): NotePath {
  let s = trimEndChars(trimStartChars(raw.trim(), `"'(`), `"'),.;`);
  s = dropPlatformPrefix(s.replace(/^https?:\/\/[^/]+/i, ''));
  const q = s.indexOf('?');
  const query = q >= 0 ? s.slice(q + 1) : '';
  const p = q >= 0 ? s.slice(0, q) : s;
  const action = /(?:^|&)action=([A-Za-z_]+)/.exec(query)?.[1];
  const segments = p
    .split('/')
    .filter((x) => x !== '')
    .map((x) => (/^[<{].*[>}]$/.test(x) ? '{}' : x));
  return { segments, ...(action ? { action } : {}), raw };
}

function segmentMatch(a: string, b: string): boolean {
  if (a === '{}' || b === '{}') return true;
  return a.toLowerCase() === b.toLowerCase();
}

/** Whether two note paths name the same API (actions compared only when both have one). */
export function samePath(a: NotePath, b: NotePath): boolean {
  if (a.segments.length !== b.segments.length) return false;
  if (a.action && b.action && a.action.toLowerCase() !== b.action.toLowerCase()) return false;
  return a.segments.every((s, i) => segmentMatch(s, b.segments[i]!));
}

/** The note-path forms of an endpoint: its path (with its const `action`) and its aliases. */
export function endpointPaths(ep: IrEndpoint): NotePath[] {
  const action = ep.params.find((p) => p.name === 'action' && p.const !== undefined)?.const;
  const main = parseNotePath(replaceSpans(ep.path, '{', '}', '{x}'));
  return [
    { ...main, ...(action ? { action } : {}) },
    ...ep.aliases.map((a) => parseNotePath(replaceSpans(a, '{', '}', '{x}'))),
  ];
}

/** Endpoints (by id) that a note path names. */
export function resolveNotePath(path: NotePath, endpoints: readonly IrEndpoint[]): IrEndpoint[] {
  return endpoints.filter((ep) => endpointPaths(ep).some((p) => samePath(path, p)));
}

/** Shared-word similarity of two paths, for picking the sample a wrong "API affected" meant. */
export function pathSimilarity(a: NotePath, b: NotePath): number {
  const words = (p: NotePath): Set<string> =>
    new Set(
      p.segments
        .flatMap((s) => s.split(/(?=[A-Z])|[^A-Za-z0-9]/))
        .map((w) => w.toLowerCase())
        .filter((w) => w.length > 1),
    );
  const x = words(a);
  const y = words(b);
  let n = 0;
  for (const w of x) if (y.has(w)) n += 1;
  return n;
}
