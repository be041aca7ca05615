/**
 * Host detection at scale: a HOST_LIST_VM_DETECTION_OUTPUT of `bytes` (1 GB in a full run),
 * generated on the fly into bench/.data like the 1 GB row, proven valid by libxml2, then read as
 * typed HOST records through the generated QualysClient over local HTTP (qspec-client-child.ts,
 * endpoint vm.host.detection.list) and validated by `qspec validate`, next to native
 * `xmllint --noout --dtdvalid` (the peer and baseline), one run each (interleaved when runs > 1),
 * then deleted. Peak RSS shows whether memory stays constant.
 *
 * @see docs/performance.md "Host detection"
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { detectionDocument } from '../inputs/detection-record.js';
import { InvalidInputError } from '../inputs/prepare-input.js';
import { writeRecordFile } from '../inputs/write-record-file.js';
import type { BenchEnv } from '../lib/bench-env.js';
import { type BenchTool, exitVerdict, jsonVerdict, measureTools, type ToolResult } from '../lib/measure-tools.js';

export const DETECTION_DTD = 'specs/vm/schemas/host_list_vm_detection_output.dtd';
export const DETECTION_NATIVE = 'xmllint --dtdvalid (native libxml2)';
export const DETECTION_CLIENT = 'qspec client, typed HOST records over HTTP';

export interface DetectionSuiteResult {
  readonly bytes: number;
  readonly records: number;
  readonly verified: boolean;
  readonly tools: ToolResult[];
}

export async function runDetectionSuite(
  env: BenchEnv,
  bytes: number,
  runs: number,
  progress: (m: string) => void,
): Promise<DetectionSuiteResult> {
  mkdirSync(env.dataDir, { recursive: true });
  const file = path.join(env.dataDir, 'host-detection.xml');
  progress(`detection: generating ${(bytes / 1e6).toFixed(0)} MB HOST_LIST_VM_DETECTION_OUTPUT`);
  try {
    const written = writeRecordFile(file, detectionDocument, bytes, 0x5eed_0003, (b) =>
      progress(`  ${(b / 1e6).toFixed(0)} MB written`),
    );
    const dtd = path.join(env.repoRoot, DETECTION_DTD);
    if (env.xmllint) {
      progress('detection: verifying with xmllint --dtdvalid');
      const r = spawnSync('xmllint', ['--noout', '--nonet', '--dtdvalid', dtd, file], { encoding: 'utf8' });
      if (r.status !== 0) throw new InvalidInputError(`host-detection.xml is not valid against ${DETECTION_DTD}`);
    }
    const tools: BenchTool[] = [
      {
        name: `${DETECTION_CLIENT} (${env.children.client.how})`,
        role: 'qspec',
        command: env.children.client.command,
        args: [...env.children.client.args, file, 'vm.host.detection.list'],
        verdict: jsonVerdict,
        expectValid: true,
      },
    ];
    if (env.cli.validate) {
      tools.push({
        name: 'qspec validate (CLI)',
        role: 'qspec',
        command: process.execPath,
        args: ['bin/qspec.js', 'validate', file, '--endpoint', 'vm.host.detection.list', '--max-bytes', '4G', '-q'],
        verdict: exitVerdict([1]),
        expectValid: true,
      });
    }
    if (env.xmllint) {
      tools.push({
        name: DETECTION_NATIVE,
        role: 'peer',
        command: 'xmllint',
        args: ['--noout', '--nonet', '--dtdvalid', dtd, file],
        verdict: exitVerdict([3, 4]),
        expectValid: true,
      });
    }
    return {
      bytes: written.bytes,
      records: written.records,
      verified: env.xmllint !== undefined,
      tools: await measureTools(tools, runs, DETECTION_NATIVE, env.repoRoot, progress),
    };
  } finally {
    rmSync(file, { force: true });
  }
}
