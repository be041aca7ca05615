/**
 * Child process of the XSD suite pool (xsd-pool.ts): receives cases over IPC, answers each with
 * qspec's outcome and, when asked, xmllint's. Runs in its own process so a case that hangs or
 * exhausts memory can be killed without losing the run.
 */
import type { XsdCase } from './xsd-catalog.js';
import { type CaseResult, runQspecCase, runXmllintCase } from './xsd-run.js';

export interface WorkRequest {
  readonly n: number;
  readonly c: XsdCase;
  readonly root: string;
  readonly xmllint: boolean;
  readonly timeoutMs: number;
}

export interface WorkReply {
  readonly n: number;
  readonly qspec: CaseResult;
  readonly xmllint?: CaseResult;
}

process.on('message', (msg: WorkRequest) => {
  void (async () => {
    const qspec = await runQspecCase(msg.c, msg.root);
    const reply: WorkReply = {
      n: msg.n,
      qspec,
      ...(msg.xmllint ? { xmllint: runXmllintCase(msg.c, msg.timeoutMs) } : {}),
    };
    process.send?.(reply);
  })();
});
process.on('disconnect', () => process.exit(0));
