/**
 * The `qspec impact` report: text (`file:line:column rule-id message`, one use a line), JSON
 * (`version: 1`) or GitHub annotations (`::error file=…,line=…,col=…::…`, shown on the pull
 * request's diff). Files are relative to the project folder.
 */
import { type ImpactUse, relativeTo } from './find-references.js';
import type { ImpactRun } from './run-impact.js';

function message(u: ImpactUse): string {
  const t = u.target;
  const member = [t.type, ...t.members].join('.');
  return `${member}: ${t.finding.message}`;
}

export function formatImpactText(run: ImpactRun): string {
  const lines = run.uses.map(
    (u) => `${relativeTo(run.projectDir, u.file)}:${u.line}:${u.column} ${u.target.finding.rule} ${message(u)}`,
  );
  lines.push(
    `${run.uses.length} use(s) of ${run.targets.length} changed member(s) between ${run.base} and ${run.rev} in ${run.files} file(s)`,
  );
  return `${lines.join('\n')}\n`;
}

export function formatImpactJson(run: ImpactRun): string {
  return `${JSON.stringify(
    {
      version: 1,
      base: run.base,
      rev: run.rev,
      uses: run.uses.map((u) => ({
        file: relativeTo(run.projectDir, u.file),
        line: u.line,
        column: u.column,
        rule: u.target.finding.rule,
        severity: u.target.finding.severity,
        member: [u.target.type, ...u.target.members].join('.'),
        module: u.target.module,
        path: u.target.finding.path,
        message: u.target.finding.message,
        text: u.text,
      })),
      targets: run.targets.map((t) => ({
        rule: t.finding.rule,
        module: t.module,
        member: [t.type, ...t.members].join('.'),
      })),
    },
    null,
    2,
  )}\n`;
}

/** GitHub workflow commands: property values escape %, CR, LF, `:` and `,`; the message %, CR, LF. */
export function formatImpactGithub(run: ImpactRun): string {
  const prop = (s: string) =>
    s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A').replace(/:/g, '%3A').replace(/,/g, '%2C');
  const msg = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  return run.uses
    .map(
      (u) =>
        `::error file=${prop(relativeTo(run.projectDir, u.file))},line=${u.line},col=${u.column},title=${prop(u.target.finding.rule)}::${msg(message(u))}\n`,
    )
    .join('');
}
