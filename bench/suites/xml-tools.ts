/**
 * The tools compared on one XML input: for validation (measurement 1) qspec (the CLI when it
 * exists, as shipped and with `--jobs 1`, and the runtime engine on plain node) against native libxml2 (`xmllint --stream
 * --schema` / `xmllint --dtdvalid`), xmllint-wasm and fast-xml-parser + ajv, plus reference rows
 * (libxml2, qspec's own tokenizer and saxes tokenizing without validation); for typed records (measurement 2) qspec's
 * `streamRecords`, and the generated QualysClient paging over local HTTP (the file served as the
 * endpoint's response, streamed from disk), against fast-xml-parser + ajv.
 *
 * @see docs/performance.md
 */
import path from 'node:path';
import type { BenchInput } from '../inputs/bench-inputs.js';
import { xmllintArgs } from '../inputs/prepare-input.js';
import type { BenchEnv } from '../lib/bench-env.js';
import { type BenchTool, exitVerdict, jsonVerdict } from '../lib/measure-tools.js';

export const NATIVE = 'xmllint (native libxml2)';
export const NAIVE = 'fast-xml-parser + ajv';

export function validateTools(input: BenchInput, file: string, env: BenchEnv): BenchTool[] {
  const tools: BenchTool[] = [];
  const rt = env.children.qspecRuntime[input.key];
  if (env.cli.validate) {
    // As shipped (one large file is cut between records, a part per core: record-split.ts), and on
    // one thread, the low-memory setting.
    const args = ['bin/qspec.js', 'validate', file, '--endpoint', input.endpoint, '--max-bytes', '4G', '--quiet'];
    for (const [name, extra] of [
      ['qspec validate (CLI)', []],
      ['qspec validate --jobs 1 (CLI)', ['--jobs', '1']],
    ] as const) {
      tools.push({
        name,
        role: 'qspec',
        command: process.execPath,
        args: [...args, ...extra],
        verdict: exitVerdict([1]),
        expectValid: true,
      });
    }
  }
  tools.push({
    name: `qspec engine (${rt.how})`,
    role: 'qspec',
    command: rt.command,
    args: [...rt.args, file, input.root, 'validate'],
    verdict: jsonVerdict,
    expectValid: true,
  });
  if (env.xmllint) {
    tools.push({
      name: NATIVE,
      role: 'peer',
      command: 'xmllint',
      args: xmllintArgs(input, file, env.repoRoot),
      verdict: exitVerdict([3, 4]),
      expectValid: true,
    });
  }
  // xmllint-wasm is built without DTD validation ("Unknown option --dtdvalid"): XSD only.
  if (input.kind === 'xsd')
    tools.push({
      name: 'xmllint-wasm',
      role: 'peer',
      command: env.children.xmllintWasm.command,
      args: [...env.children.xmllintWasm.args, file, path.join(env.repoRoot, input.schemaFile), input.kind],
      verdict: jsonVerdict,
      expectValid: true,
    });
  tools.push(naiveTool(input, file, env));
  if (env.xmllint) {
    tools.push({
      name: 'ref: xmllint --stream, no validation',
      role: 'reference',
      command: 'xmllint',
      args: ['--noout', '--nonet', '--stream', file],
      verdict: exitVerdict([1]),
    });
  }
  tools.push({
    name: 'ref: qspec tokenizer alone',
    role: 'reference',
    command: env.children.tokenizer.command,
    args: [...env.children.tokenizer.args, file],
    verdict: jsonVerdict,
  });
  tools.push({
    name: 'ref: saxes tokenizer alone',
    role: 'reference',
    command: env.children.saxes.command,
    args: [...env.children.saxes.args, file],
    verdict: jsonVerdict,
  });
  return tools;
}

function naiveTool(input: BenchInput, file: string, env: BenchEnv): BenchTool {
  return {
    name: NAIVE,
    role: 'peer',
    command: env.children.naive.command,
    // Node flags first: the whole document and its object tree must fit in the heap.
    args: [
      '--max-old-space-size=8192',
      ...env.children.naive.args,
      file,
      path.join(env.repoRoot, input.jsonSchema),
      input.root,
      input.recordPath,
      ...(input.naiveRoot ? [JSON.stringify(input.naiveRoot)] : []),
    ],
    verdict: jsonVerdict,
    expectValid: true,
  };
}

export function recordTools(input: BenchInput, file: string, env: BenchEnv): BenchTool[] {
  const rt = env.children.qspecRuntime[input.key];
  return [
    {
      name: `qspec streamRecords (${rt.how})`,
      role: 'qspec',
      command: rt.command,
      args: [...rt.args, file, input.root, 'records', input.recordPath],
      verdict: jsonVerdict,
      expectValid: true,
    },
    {
      name: `qspec client, typed records over HTTP (${env.children.client.how})`,
      role: 'qspec',
      command: env.children.client.command,
      args: [...env.children.client.args, file, input.endpoint],
      verdict: jsonVerdict,
      expectValid: true,
    },
    naiveTool(input, file, env),
  ];
}
