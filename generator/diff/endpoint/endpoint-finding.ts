/**
 * One endpoint-level diff finding: the rule's severity for the direction, the endpoint it belongs
 * to, and the base/rev locations and before/after values when there are any.
 *
 * @see docs/diff-rules.md
 */
import type { IrOrigin } from '../../ir/ir-origin.js';
import type { DiffDirection, DiffFinding } from '../diff-finding.js';
import { diffRule } from '../rules/diff-rules.js';

export interface FindingExtra {
  readonly base?: IrOrigin;
  readonly rev?: IrOrigin;
  readonly from?: string;
  readonly to?: string;
}

export function endpointFinding(
  rule: string,
  direction: DiffDirection,
  ep: string,
  name: string,
  path: string,
  message: string,
  extra: FindingExtra,
): DiffFinding {
  return {
    rule,
    severity: diffRule(rule).severity[direction],
    direction,
    message,
    name,
    path,
    endpoints: [ep],
    ...(extra.base ? { base: extra.base } : {}),
    ...(extra.rev ? { rev: extra.rev } : {}),
    ...(extra.from !== undefined ? { from: extra.from } : {}),
    ...(extra.to !== undefined ? { to: extra.to } : {}),
  };
}
