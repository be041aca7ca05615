/**
 * What this machine offers the bench, probed once: native xmllint (and libxml2's version), GNU
 * time (for peak RSS), which `qspec` sub-commands exist yet (validate, conformance), and the
 * node children compiled to plain JS (see bundle-child.ts).
 */
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { qspecRuntimeEntry } from '../children/qspec-runtime-main.js';
import type { BenchInput } from '../inputs/bench-inputs.js';
import { bundleChild, type NodeCommand } from './bundle-child.js';
import { hasGnuTime } from './run-child.js';

export interface BenchEnv {
  readonly repoRoot: string;
  readonly dataDir: string;
  readonly xmllint: string | undefined;
  readonly gnuTime: boolean;
  readonly cli: { readonly validate: boolean; readonly conformance: boolean };
  readonly machine: { cpus: number; cpuModel: string; memGb: number; node: string; platform: string };
  readonly children: {
    readonly qspecRuntime: Readonly<Record<BenchInput['key'], NodeCommand>>;
    readonly naive: NodeCommand;
    readonly xmllintWasm: NodeCommand;
    readonly saxes: NodeCommand;
    readonly tokenizer: NodeCommand;
    /** Typed records through the generated QualysClient over local HTTP (qspec-client-child.ts). */
    readonly client: NodeCommand;
  };
}

function hasCommand(repoRoot: string, name: string): boolean {
  const r = spawnSync(process.execPath, ['bin/qspec.js', name, '--help'], { cwd: repoRoot, encoding: 'utf8' });
  return r.status === 0;
}

export async function probeBenchEnv(repoRoot: string, inputs: readonly BenchInput[]): Promise<BenchEnv> {
  const dataDir = path.join(repoRoot, 'bench', '.data');
  const v = spawnSync('xmllint', ['--version'], { encoding: 'utf8' });
  const xmllint = v.status === 0 ? (/libxml version (\d+)/.exec(v.stderr)?.[1] ?? 'unknown') : undefined;
  const bundleDir = path.join(dataDir, 'bundle');
  const child = (f: string) => path.join(repoRoot, 'bench', 'children', f);
  const qspecRuntime = {} as Record<BenchInput['key'], NodeCommand>;
  for (const input of inputs) {
    qspecRuntime[input.key] = await bundleChild(
      {
        name: `qspec-runtime-${input.key}`,
        source: qspecRuntimeEntry(path.join(repoRoot, input.modelModule), child('qspec-runtime-main.ts')),
      },
      bundleDir,
      repoRoot,
    );
  }
  const cpu = os.cpus();
  return {
    repoRoot,
    dataDir,
    xmllint,
    gnuTime: hasGnuTime,
    cli: { validate: hasCommand(repoRoot, 'validate'), conformance: hasCommand(repoRoot, 'conformance') },
    machine: {
      cpus: cpu.length,
      cpuModel: cpu[0]?.model ?? 'unknown',
      memGb: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      platform: `${os.type()} ${os.release()}`,
    },
    children: {
      qspecRuntime,
      naive: await bundleChild(child('naive-child.ts'), bundleDir, repoRoot),
      xmllintWasm: await bundleChild(child('xmllint-wasm-child.ts'), bundleDir, repoRoot),
      saxes: await bundleChild(child('saxes-tokenize-child.ts'), bundleDir, repoRoot),
      tokenizer: await bundleChild(child('qspec-tokenize-child.ts'), bundleDir, repoRoot),
      client: await bundleChild(child('qspec-client-child.ts'), bundleDir, repoRoot),
    },
  };
}
