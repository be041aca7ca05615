/**
 * The `qspec learn` report as text (one block per proposal: change, diff rule, schema location,
 * evidence), JSON (stable shape, `version: 1`) or Markdown (a table for a pull request).
 *
 * @see generator/learn/learn-proposal.ts
 */
import { anchorOrigin, describeChange, type LearnProposal } from './learn-proposal.js';
import type { LearnRun } from './run-learn.js';

function where(p: LearnProposal): string {
  const o = anchorOrigin(p.anchor);
  return `${p.schema.file}:${o.line}:${o.column}`;
}

function status(run: LearnRun, p: LearnProposal): string | undefined {
  const w = run.written?.find((x) => x.proposal === p);
  if (!w) return undefined;
  return w.problem ? `not written: ${w.problem}` : 'written';
}

export function formatLearnText(run: LearnRun): string {
  const lines: string[] = [];
  for (const p of run.proposals) {
    const s = status(run, p);
    lines.push(`${where(p)} ${p.rule} ${describeChange(p)}${s ? ` [${s}]` : ''}`);
    lines.push(`  seen in ${p.responses} response(s): ${p.evidence.map((e) => `${e.entry} ${e.path}`).join('; ')}`);
  }
  for (const u of run.unexplained)
    lines.push(`${u.entry} not learnable${u.endpoint ? ` (${u.endpoint})` : ''}: ${u.message}`);
  lines.push(
    `${run.proposals.length} proposal(s) from ${run.failing} failing of ${run.cases} replayed response(s)${
      run.after ? `; after --write ${run.after.failing} of ${run.after.cases} still fail schema validation` : ''
    }`,
  );
  return `${lines.join('\n')}\n`;
}

export function formatLearnJson(run: LearnRun): string {
  const proposals = run.proposals.map((p) => {
    const o = anchorOrigin(p.anchor);
    const c = p.change;
    return {
      rule: p.rule,
      change: c.kind,
      message: describeChange(p),
      schema: p.schema.id,
      format: p.schema.format,
      path: p.path,
      location: { file: p.schema.file, line: o.line, column: o.column },
      ...(c.kind === 'add-element' || c.kind === 'add-attribute' ? { name: c.name } : {}),
      ...(c.kind === 'add-enum-value' ? { values: c.values } : {}),
      responses: p.responses,
      evidence: p.evidence,
      ...(status(run, p) ? { status: status(run, p) } : {}),
    };
  });
  return `${JSON.stringify(
    {
      version: 1,
      cases: run.cases,
      failing: run.failing,
      proposals,
      unexplained: run.unexplained,
      ...(run.after ? { after: run.after } : {}),
    },
    null,
    2,
  )}\n`;
}

export function formatLearnMarkdown(run: LearnRun): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|');
  const lines = [
    `### qspec learn: ${run.proposals.length} proposal(s) from ${run.failing} failing response(s)`,
    '',
    '| rule | change | schema | responses | evidence |',
    '|---|---|---|---|---|',
    ...run.proposals.map(
      (p) =>
        `| \`${p.rule}\` | ${cell(describeChange(p))} | \`${where(p)}\` | ${p.responses} | ${cell(p.evidence.map((e) => `${e.entry} \`${e.path}\``).join('<br>'))} |`,
    ),
  ];
  if (run.unexplained.length > 0) {
    lines.push('', 'Not learnable:', '', ...run.unexplained.map((u) => `- ${u.entry}: ${cell(u.message)}`));
  }
  return `${lines.join('\n')}\n`;
}
