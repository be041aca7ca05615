/**
 * JSON payload validation: parse (a syntax error is located at line:column), then the ajv
 * validator compiled from the IR's JSON Schema; each schema error is located by JSON pointer
 * with what the schema expected and what the payload holds there (shortened).
 *
 * @see JSON Schema draft-07; RFC 6901 (JSON pointer)
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import { type PayloadIssue, type PayloadVerdict, verdictOf } from './payload-issue.js';

export function validateJsonText(text: string, validate: ValidateFunction, bytes: number): PayloadVerdict {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return verdictOf([jsonSyntaxIssue(text, (e as Error).message)], [], bytes);
  }
  if (validate(data)) return verdictOf([], [], bytes);
  const errors = (validate.errors ?? []).map((e) => jsonSchemaIssue(e, data));
  return verdictOf(errors, [], bytes);
}

function jsonSyntaxIssue(text: string, message: string): PayloadIssue {
  const m = /position (\d+)/.exec(message);
  const offset = m ? Number(m[1]) : text.length;
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  const clean = message.replace(/^Unexpected/, 'unexpected').replace(/ in JSON at position \d+.*$/s, '');
  return { severity: 'error', code: 'JsonSyntax', message: `malformed JSON: ${clean}`, location: { line, column } };
}

function jsonSchemaIssue(e: ErrorObject, data: unknown): PayloadIssue {
  const params = e.params as Record<string, unknown>;
  let path = e.instancePath;
  let expected: string | undefined;
  switch (e.keyword) {
    case 'required':
      path = `${path}/${String(params.missingProperty)}`;
      expected = `property '${String(params.missingProperty)}'`;
      break;
    case 'additionalProperties':
      path = `${path}/${String(params.additionalProperty)}`;
      expected = 'no undeclared property';
      break;
    case 'enum':
      expected = `one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
      break;
    case 'type':
      expected = String(params.type);
      break;
    default:
      expected = e.message;
  }
  const value = e.keyword === 'required' ? undefined : at(data, e.instancePath);
  const found =
    e.keyword === 'required' ? 'nothing' : e.keyword === 'additionalProperties' ? 'a property' : preview(value);
  return {
    severity: 'error',
    code: 'JsonSchema',
    message: `${e.keyword}: ${e.message ?? 'invalid'}`,
    location: { path },
    ...(expected !== undefined ? { expected } : {}),
    found,
  };
}

function at(data: unknown, pointer: string): unknown {
  if (pointer === '') return data;
  let cur = data;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

function preview(v: unknown): string {
  const s = JSON.stringify(v) ?? 'undefined';
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
