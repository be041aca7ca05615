/**
 * The diff config file (`--config qspec-diff.yaml`): per-rule severity overrides and ignores.
 *
 * ```yaml
 * severity:
 *   enum-value-added: breaking
 * ignore:
 *   - rule: element-removed
 *     path: HostAsset/ipv6          # or endpoint: am.hostasset.get, or location: am/schemas/hostasset.xsd:120
 *     reason: never returned by any platform
 * ```
 * Every ignore needs a `reason`; an ignored finding stays in the report (marked `ignored`) but
 * does not count towards `--fail-on`. Config errors are `DiffConfigInvalid` diagnostics with
 * file:line:column.
 *
 * @see docs/diff-rules.md §Configuration
 */
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { fail } from '../diagnostics.js';
import { type DiffFinding, type DiffSeverity, formatOrigin } from './diff-finding.js';
import { isDiffRuleId } from './rules/diff-rules.js';

export interface DiffIgnore {
  readonly rule: string;
  readonly location?: string;
  readonly endpoint?: string;
  readonly path?: string;
  readonly reason: string;
}

export interface DiffConfig {
  readonly severity: Readonly<Record<string, DiffSeverity>>;
  readonly ignore: readonly DiffIgnore[];
}

export const EMPTY_DIFF_CONFIG: DiffConfig = { severity: {}, ignore: [] };

const SEVERITIES = ['breaking', 'warning', 'info'];

/** Parses a config file's text; `file` is used in diagnostics. */
export function parseDiffConfig(file: string, text: string): DiffConfig {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  const at = (node: unknown): { file: string; line?: number; column?: number } => {
    const range = (node as { range?: [number, number, number] } | null)?.range;
    if (!range) return { file };
    const pos = lines.linePos(range[0]);
    return { file, line: pos.line, column: pos.col };
  };
  // The key node naming `key` in the map at `parent` (an unknown key is reported at the key).
  const keyAt = (parent: readonly string[], key: string): unknown => {
    const map = parent.length === 0 ? doc.contents : doc.getIn(parent, true);
    if (!isMap(map)) return undefined;
    return map.items.find((p) => isScalar(p.key) && String(p.key.value) === key)?.key;
  };
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    fail('DiffConfigInvalid', `not valid YAML: ${e.message.split('\n')[0]}`, {
      file,
      line: e.linePos?.[0].line,
      column: e.linePos?.[0].col,
    });
  }
  const value = (doc.toJS() ?? {}) as Record<string, unknown>;
  if (typeof value !== 'object' || Array.isArray(value))
    fail('DiffConfigInvalid', 'the config must be a mapping with `severity` and/or `ignore`', { file });
  for (const key of Object.keys(value)) {
    if (key !== 'severity' && key !== 'ignore') {
      fail('DiffConfigInvalid', `unknown key '${key}' (allowed: severity, ignore)`, at(keyAt([], key)));
    }
  }
  const severity: Record<string, DiffSeverity> = {};
  const sev = (value.severity ?? {}) as Record<string, unknown>;
  for (const [rule, level] of Object.entries(sev)) {
    const where = at(doc.getIn(['severity', rule], true));
    if (!isDiffRuleId(rule))
      fail(
        'DiffConfigInvalid',
        `severity: unknown rule '${rule}' (see 'qspec diff --list-rules')`,
        at(keyAt(['severity'], rule)),
      );
    if (typeof level !== 'string' || !SEVERITIES.includes(level)) {
      fail('DiffConfigInvalid', `severity.${rule}: must be one of ${SEVERITIES.join(', ')}`, where);
    }
    severity[rule] = level as DiffSeverity;
  }
  const ignore: DiffIgnore[] = [];
  const list = value.ignore ?? [];
  if (!Array.isArray(list))
    fail(
      'DiffConfigInvalid',
      'ignore: must be a list of { rule, location|endpoint|path, reason }',
      at(doc.get('ignore', true)),
    );
  list.forEach((item: unknown, i: number) => {
    const where = at(doc.getIn(['ignore', i], true));
    const entry = (item ?? {}) as Record<string, unknown>;
    if (typeof entry.rule !== 'string' || !isDiffRuleId(entry.rule)) {
      fail('DiffConfigInvalid', `ignore[${i}]: 'rule' must name a diff rule (see 'qspec diff --list-rules')`, where);
    }
    if (typeof entry.reason !== 'string' || entry.reason.trim() === '') {
      fail('DiffConfigInvalid', `ignore[${i}]: a 'reason' is required to ignore a finding`, where);
    }
    const str = (k: string): string | undefined => (typeof entry[k] === 'string' ? (entry[k] as string) : undefined);
    if (!str('location') && !str('endpoint') && !str('path')) {
      fail('DiffConfigInvalid', `ignore[${i}]: give a 'location', 'endpoint' or 'path' to say which finding`, where);
    }
    ignore.push({
      rule: entry.rule,
      reason: entry.reason,
      ...(str('location') ? { location: str('location') } : {}),
      ...(str('endpoint') ? { endpoint: str('endpoint') } : {}),
      ...(str('path') ? { path: str('path') } : {}),
    });
  });
  return { severity, ignore };
}

function matches(rule: DiffIgnore, f: DiffFinding): boolean {
  if (rule.rule !== f.rule) return false;
  if (rule.path !== undefined && rule.path !== f.path) return false;
  if (rule.endpoint !== undefined && !f.endpoints.includes(rule.endpoint)) return false;
  if (rule.location !== undefined) {
    const locs = [formatOrigin(f.base), formatOrigin(f.rev), f.base?.file, f.rev?.file];
    if (!locs.includes(rule.location)) return false;
  }
  return true;
}

/** Applies severity overrides and marks ignored findings. */
export function applyDiffConfig(findings: readonly DiffFinding[], config: DiffConfig): DiffFinding[] {
  return findings.map((f) => {
    const severity = config.severity[f.rule] ?? f.severity;
    const ignore = config.ignore.find((i) => matches(i, f));
    return { ...f, severity, ...(ignore ? { ignored: ignore.reason } : {}) };
  });
}
