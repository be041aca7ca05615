/**
 * YAML → plain data, validated by an ajv schema, with every problem located at file:line:column.
 *
 * YAML syntax errors come from the `yaml` package with their positions; schema errors carry an
 * ajv `instancePath` (JSON pointer) which is mapped back to the YAML node it names, so a wrong
 * enum value deep in an endpoint points at that value's line and column. One error line per
 * problem; the first (most specific) schema error is reported per failing node.
 *
 * @see issue 2 §2 (spec format validated with ajv, errors with file:line:column)
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import { isNode, LineCounter, parseDocument } from 'yaml';
import { type Diagnostic, DiagnosticError, diagnostic } from '../../diagnostics.js';

export interface LocatedYaml {
  readonly data: unknown;
  /** Position (1-based) of the node at a JSON pointer, or of the nearest existing ancestor. */
  locate(pointer: string): { line: number; column: number };
}

/** Parses YAML text; throws `SpecYamlSyntax` with location on malformed YAML. */
export function parseLocatedYaml(file: string, text: string): LocatedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const diags: Diagnostic[] = doc.errors.slice(0, 5).map((e) => {
      const pos = lineCounter.linePos(e.pos[0]);
      const msg = e.message.split('\n')[0] ?? e.message;
      return diagnostic('SpecYamlSyntax', msg.replace(/ at line \d+, column \d+:?$/, ''), {
        file,
        line: pos.line,
        column: pos.col,
      });
    });
    throw new DiagnosticError(diags);
  }
  const data = doc.toJS({ maxAliasCount: 50 }) as unknown;
  return {
    data,
    locate(pointer) {
      const segments = pointer
        .split('/')
        .slice(1)
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
      for (let n = segments.length; n >= 0; n--) {
        const keys = segments.slice(0, n).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
        const node = keys.length === 0 ? doc.contents : doc.getIn(keys, true);
        if (isNode(node) && node.range) {
          const pos = lineCounter.linePos(node.range[0]);
          return { line: pos.line, column: pos.col };
        }
      }
      return { line: 1, column: 1 };
    },
  };
}

/** Validates located YAML data; throws one located diagnostic per failing node (at most 10). */
export function validateLocatedYaml<T>(file: string, yaml: LocatedYaml, validate: ValidateFunction, code: string): T {
  if (validate(yaml.data)) return yaml.data as T;
  const errors = pickErrors(validate.errors ?? []);
  throw new DiagnosticError(
    errors.slice(0, 10).map((e) => {
      const pos = yaml.locate(e.instancePath);
      return diagnostic(code, describe(e), { file, line: pos.line, column: pos.column });
    }),
  );
}

/** One error per instance path: prefer the deepest, most specific one (enum/type over anyOf). */
function pickErrors(errors: readonly ErrorObject[]): ErrorObject[] {
  const byPath = new Map<string, ErrorObject>();
  for (const e of errors) {
    const prev = byPath.get(e.instancePath);
    if (!prev || rank(e) > rank(prev)) byPath.set(e.instancePath, e);
  }
  const paths = [...byPath.keys()];
  // Drop an error whose path is a prefix of a deeper error's path (the deeper one is the cause).
  return paths
    .filter(
      (p) => !paths.some((q) => q !== p && q.startsWith(`${p}/`) && byPath.get(p)!.keyword !== 'additionalProperties'),
    )
    .map((p) => byPath.get(p)!);
}

function rank(e: ErrorObject): number {
  return ['additionalProperties', 'required', 'enum', 'type', 'pattern'].includes(e.keyword) ? 2 : 1;
}

function describe(e: ErrorObject): string {
  const at = e.instancePath === '' ? 'document' : `'${e.instancePath.slice(1).replace(/\//g, '.')}'`;
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperties':
      return `${at}: unknown key '${String(p.additionalProperty)}' (check the spelling; see generator/parse/spec/spec-format.schema.json)`;
    case 'required':
      return `${at}: missing required key '${String(p.missingProperty)}'`;
    case 'enum':
      return `${at}: must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'pattern':
      return `${at}: does not match the pattern ${String(p.pattern)}`;
    default:
      return `${at}: ${e.message ?? e.keyword}`;
  }
}
