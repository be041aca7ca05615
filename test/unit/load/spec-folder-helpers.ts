/**
 * Test helpers: minimal spec folders written to a temp dir (one `was` endpoint whose 200 response
 * uses one schema), hostile schema generators, and a runner for `node bin/qspec.js generate`.
 */
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

export const REPO = path.resolve(__dirname, '../../..');
const BIN = path.join(REPO, 'bin', 'qspec.js');

/** The endpoint spec YAML that points at `schemas/<schema>` (root `A` for XML schemas). */
export function endpointYaml(schema: string): string {
  const json = schema.endsWith('.json');
  return [
    'module: was',
    'resource: r',
    'endpoints:',
    '  - id: was.r.get',
    '    summary: Get.',
    '    method: GET',
    '    api: qps',
    '    path: /qps/rest/3.0/get/was/r',
    '    responses:',
    '      - status: 200',
    `        body: ${json ? 'json' : 'xml'}`,
    `        schema: { file: schemas/${schema}${json ? '' : ', root: A'} }`,
    '',
  ].join('\n');
}

/** Writes `<dir>/was/r.yaml` and `<dir>/was/schemas/<schema>`; returns `dir`. */
export async function specFolder(dir: string, schema: string, text: string): Promise<string> {
  await mkdir(path.join(dir, 'was', 'schemas'), { recursive: true });
  await writeFile(path.join(dir, 'was', 'r.yaml'), endpointYaml(schema));
  await writeFile(path.join(dir, 'was', 'schemas', schema), text);
  return dir;
}

const XS = 'xmlns:xs="http://www.w3.org/2001/XMLSchema"';

/** Element A with `levels` nested anonymous complexType/sequence/element levels. */
export function nestedXsd(levels: number): string {
  return [
    `<xs:schema ${XS}>`,
    `<xs:element name="A">${'<xs:complexType><xs:sequence><xs:element name="B">'.repeat(levels)}`,
    `${'</xs:element></xs:sequence></xs:complexType>'.repeat(levels)}</xs:element>`,
    '</xs:schema>',
    '',
  ].join('\n');
}

/** Element A of type T<steps>, each T<i> a complexContent extension of T<i-1>. */
export function extensionChainXsd(steps: number): string {
  const lines = [`<xs:schema ${XS}>`, `<xs:element name="A" type="T${steps}"/>`];
  lines.push(
    '<xs:complexType name="T0"><xs:sequence><xs:element name="e0" type="xs:string"/></xs:sequence></xs:complexType>',
  );
  for (let i = 1; i <= steps; i++) {
    lines.push(
      `<xs:complexType name="T${i}"><xs:complexContent><xs:extension base="T${i - 1}"><xs:sequence><xs:element name="e${i}" type="xs:string"/></xs:sequence></xs:extension></xs:complexContent></xs:complexType>`,
    );
  }
  lines.push('</xs:schema>', '');
  return lines.join('\n');
}

export interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `node bin/qspec.js generate --specs SPECS --out OUT` as a real process. */
export function generateCli(specs: string, out: string): Promise<Run> {
  return new Promise((resolve) => {
    const { QSPEC_DEBUG: _ignored, ...env } = process.env;
    execFile(
      process.execPath,
      [BIN, 'generate', '--specs', specs, '--out', out],
      { cwd: REPO, env, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
      (err, stdout, stderr) =>
        resolve({ code: err ? (typeof err.code === 'number' ? err.code : null) : 0, stdout, stderr }),
    );
  });
}

/** The non-empty lines a run printed (stdout and stderr). */
export function lines(run: Run): string[] {
  return `${run.stdout}\n${run.stderr}`.split('\n').filter((l) => l.trim() !== '');
}
