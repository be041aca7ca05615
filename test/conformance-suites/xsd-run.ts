/**
 * One XSD suite case through qspec and through native libxml2 (`xmllint`).
 *
 * qspec: the schema goes through qspec's own XSD front end exactly as `qspec validate FILE
 * --schema X.xsd` loads it (`parseSchemaSource`, then `targetForSchema`), except that the
 * include/import root is the unpacked suite folder rather than the schema's own folder (suite
 * schemas import `../` siblings); the instance is validated by `validatePayloadFile`, the same
 * call the command makes, with the command's default options. The outcome is one of:
 * - `valid` / `invalid`: a verdict (for a schema test: the schema loaded, or was rejected with a
 *   schema error such as `XsdInvalid`);
 * - `schema-error`: an instance test whose schema qspec rejected as erroneous;
 * - `refused`: qspec declined clearly — a refusal code (`XsdUnsupported`, `XsdExternalRef`, ...)
 *   in one diagnostic with file:line:column (or the instance's entity-policy refusal);
 * - `crashed`: anything else thrown (a bug), or a refusal without a position.
 *
 * xmllint: `xmllint --noout --nonet --schema S I`; exit 5 means the schema failed to compile.
 * A schema test validates a probe document, only the compile step matters.
 *
 * @see test/conformance-suites/xsd-catalog.ts; docs/conformance.md "W3C XSD suite"
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { validatePayloadFile } from '../../conformance/validate/validate-payload.js';
import { targetForSchema, type ValidationTarget } from '../../conformance/validate/validation-target.js';
import { buildXmlSchemaModel } from '../../generator/compile/build-xml-model.js';
import { type Diagnostic, formatDiagnostic, isDiagnosticError } from '../../generator/diagnostics.js';
import { parseSchemaSource } from '../../generator/load/parse-schema-source.js';
import { readBoundedTextSync } from '../../generator/load/read-input-file.js';
import type { XsdCase } from './xsd-catalog.js';

export type Outcome = 'valid' | 'invalid' | 'schema-error' | 'refused' | 'crashed';

export interface CaseResult {
  readonly outcome: Outcome;
  /** The first message behind the outcome (error, refusal, crash), one line. */
  readonly detail?: string;
  /** Warning codes from loading the schema (e.g. `XsdPatternUnsupported`: a facet not enforced). */
  readonly warnings?: readonly string[];
}

/** Diagnostic codes that mean "qspec does not support this" rather than "this schema is wrong". */
export const REFUSAL_CODES: ReadonlySet<string> = new Set([
  'XsdUnsupported',
  'XsdExternalRef',
  'XsdTooDeep',
  'XsdDerivationTooLong',
  'XsdPatternUnsupported',
]);

/** Instance issue codes that are policy refusals, not verdicts (docs/decisions/0007-entity-policy.md). */
const INSTANCE_REFUSALS: ReadonlySet<string> = new Set(['XmlEntityDeclared']);

const oneLine = (s: string) => s.split('\n')[0]!.slice(0, 300);

type Compiled = { target: ValidationTarget; warnings: string[] } | { outcome: Outcome; detail: string };

function classifyThrown(e: unknown): { outcome: Outcome; detail: string } {
  if (!isDiagnosticError(e)) {
    const err = e instanceof Error ? e : new Error(String(e));
    return { outcome: 'crashed', detail: oneLine(`${err.name}: ${err.message}`) };
  }
  const d: Diagnostic = e.diagnostics[0]!;
  const text = oneLine(formatDiagnostic(d));
  if (!REFUSAL_CODES.has(d.code)) return { outcome: 'invalid', detail: text };
  const placed = d.location.file !== undefined && d.location.line !== undefined && d.location.column !== undefined;
  return placed
    ? { outcome: 'refused', detail: text }
    : { outcome: 'crashed', detail: `refusal without a position: ${text}` };
}

/** Loads and compiles the case's schema the way `qspec validate --schema` does. */
export function compileSchema(c: XsdCase, suiteRoot: string): Compiled {
  const main = c.schemas[0]!;
  try {
    const file = path.relative(suiteRoot, main).split(path.sep).join('/');
    const text = readBoundedTextSync(main, { file });
    const warnings: Diagnostic[] = [];
    const schema = parseSchemaSource({ file, text }, suiteRoot, warnings);
    // What `qspec validate --schema` compiles (and refuses) for this schema.
    const target = targetForSchema(schema, undefined, file);
    buildXmlSchemaModel(schema, warnings); // only for the warnings the command does not print
    return { target, warnings: warnings.map((w) => w.code) };
  } catch (e) {
    return classifyThrown(e);
  }
}

const cache = new Map<string, Compiled>();

/** qspec's outcome on one case (schemas compiled once per worker, a small cache). */
export async function runQspecCase(c: XsdCase, suiteRoot: string): Promise<CaseResult> {
  const key = c.schemas.join('\n');
  let compiled = cache.get(key);
  if (!compiled) {
    if (cache.size > 32) cache.clear();
    compiled = compileSchema(c, suiteRoot);
    cache.set(key, compiled);
  }
  if ('outcome' in compiled) {
    if (c.kind === 'instance' && compiled.outcome === 'invalid')
      return { outcome: 'schema-error', detail: compiled.detail };
    return { outcome: compiled.outcome, detail: compiled.detail };
  }
  const warnings = compiled.warnings.length > 0 ? { warnings: [...new Set(compiled.warnings)] } : {};
  if (c.kind === 'schema') return { outcome: 'valid', ...warnings };
  try {
    const v = await validatePayloadFile(c.instance!, compiled.target);
    if (v.valid) return { outcome: 'valid', ...warnings };
    const first = v.errors[0];
    const at = first?.location.line !== undefined ? `${first.location.line}:${first.location.column ?? 0}: ` : '';
    const detail = first ? oneLine(`${at}${first.code} ${first.message}`) : 'invalid';
    if (first && INSTANCE_REFUSALS.has(first.code)) return { outcome: 'refused', detail, ...warnings };
    return { outcome: 'invalid', detail, ...warnings };
  } catch (e) {
    return { ...classifyThrown(e), ...warnings };
  }
}

export const XMLLINT = '/usr/bin/xmllint';
/** The document xmllint validates (on stdin, no file) when only the schema is judged. */
const PROBE = '<qspec-xsd-probe/>\n';

/** libxml2's outcome on one case (one process; `timeoutMs` bounds it). */
export function runXmllintCase(c: XsdCase, timeoutMs: number): CaseResult {
  const instance = c.kind === 'instance';
  const r = spawnSync(XMLLINT, ['--noout', '--nonet', '--schema', c.schemas[0]!, instance ? c.instance! : '-'], {
    cwd: path.dirname(c.schemas[0]!),
    stdio: [instance ? 'ignore' : 'pipe', 'ignore', 'pipe'],
    ...(instance ? {} : { input: PROBE }),
    timeout: timeoutMs,
    maxBuffer: 1024 * 1024,
  });
  const detail = oneLine(r.stderr?.toString() ?? '');
  if (r.status === null) return { outcome: 'crashed', detail: r.error ? r.error.message : `signal ${r.signal}` };
  if (r.status === 5) return { outcome: c.kind === 'schema' ? 'invalid' : 'schema-error', detail };
  if (c.kind === 'schema')
    return r.status === 0 || r.status === 3 ? { outcome: 'valid' } : { outcome: 'crashed', detail };
  if (r.status === 0) return { outcome: 'valid' };
  // 1: not well-formed, 3/4: not valid.
  if (r.status === 1 || r.status === 3 || r.status === 4) return { outcome: 'invalid', detail };
  return { outcome: 'crashed', detail: `exit ${r.status}: ${detail}` };
}

export function xmllintPresent(): boolean {
  return existsSync(XMLLINT);
}
