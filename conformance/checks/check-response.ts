/**
 * The per-case checks on one response, in order: status, content type (or, when no media type
 * was recorded, the body sniffed as XML or JSON), well-formed,
 * schema-valid (or, for a damaged example kept as bad input, invalid as expected), DOCTYPE /
 * schemaLocation naming the spec's schema and root, and drift (undeclared elements in open
 * types: a passing check with a message, a failure with `strict`).
 *
 * @see docs/conformance.md
 */
import path from 'node:path';
import type { IrDocument } from '../../generator/ir/ir-document.js';
import type { IrEndpoint, IrResponse } from '../../generator/ir/ir-endpoint.js';
import { formatIssue } from '../../runtime/issue.js';
import type { XmlValidator } from '../../runtime/xml/xml-validator.js';
import type { CheckResult } from '../runner/case-result.js';
import type { PayloadVerdict } from '../validate/payload-issue.js';
import {
  DEFAULT_MAX_BYTES,
  engineOptions,
  type PayloadOptions,
  validatePayloadText,
} from '../validate/validate-payload.js';
import { pickResponse, targetForResponse, type ValidationTarget } from '../validate/validation-target.js';
import { xmlEngineValidator } from '../validate/xml-engine.js';
import { type SniffedBody, sniffBody } from './sniff-body.js';

export interface ObservedResponse {
  readonly status: number;
  /** Lower-case names. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  /**
   * False when the media type is unknown (a recording stored without any response header): the
   * body is sniffed (checks/sniff-body.ts) and the content-type check passes saying so.
   */
  readonly contentTypeKnown?: boolean;
}

export interface CheckExpectation {
  /** Expected status; undefined: any status the endpoint declares. */
  readonly status?: number;
  /** A damaged example must be rejected. */
  readonly expect?: 'valid' | 'invalid';
}

const SYNTAX = new Set(['XmlSyntax', 'XmlEntityDeclared', 'NotXml', 'JsonSyntax', 'TooLarge', 'XmlLimit']);

export function checkResponse(
  doc: IrDocument,
  endpoint: IrEndpoint,
  observed: ObservedResponse,
  expectation: CheckExpectation,
  options: PayloadOptions = {},
): CheckResult[] {
  const checks: CheckResult[] = [];
  const declared = endpoint.responses.map((r) => r.status);
  const statusOk =
    expectation.status !== undefined ? observed.status === expectation.status : declared.includes(observed.status);
  checks.push({
    check: 'status',
    ok: statusOk,
    message: statusOk
      ? `HTTP ${observed.status}`
      : `HTTP ${observed.status}, expected ${expectation.status ?? declared.join(' or ')}`,
  });
  const contentType = observed.headers['content-type'] ?? '';
  const unknown = observed.contentTypeKnown === false;
  const sniffed = unknown ? sniffBody(observed.body) : undefined;
  const hint = unknown
    ? sniffed
    : /json/i.test(contentType)
      ? 'json'
      : /xml/i.test(contentType)
        ? 'xml'
        : /csv/i.test(contentType)
          ? 'csv'
          : /pdf|octet-stream/i.test(contentType)
            ? 'binary'
            : /text\/plain/i.test(contentType)
              ? 'text'
              : undefined;
  const response = pickResponse(endpoint, observed.status, hint, contentType);
  if (!response) return checks;
  checks.push(unknown ? unknownContentType(sniffed) : checkContentType(response, contentType));
  if (response.body !== 'xml' && response.body !== 'json') return checks;
  const ready = prepared(doc, endpoint, response);
  const { target, schemaFile } = ready;
  const verdict = validatePayloadText(observed.body, target, options, reusedValidator(ready, observed.body, options));
  const syntax = verdict.errors.filter((e) => SYNTAX.has(e.code));
  checks.push({
    check: 'well-formed',
    ok: syntax.length === 0 || expectation.expect === 'invalid',
    message: syntax.length === 0 ? `well-formed ${response.body.toUpperCase()}` : syntax.map(formatIssue).join('; '),
    ...(syntax.length ? { issues: syntax } : {}),
  });
  checks.push(schemaCheck(verdict, expectation, target.label));
  const doctype = doctypeCheck(response, schemaFile, verdict);
  if (doctype) checks.push(doctype);
  if (verdict.warnings.length > 0) {
    checks.push({
      check: 'drift',
      ok: true,
      message: `${verdict.warnings.length} undeclared element(s) in open types: ${verdict.warnings
        .slice(0, 3)
        .map((w) => w.location.path)
        .join(', ')}`,
      issues: verdict.warnings,
    });
  }
  return checks;
}

/** What checking a body against one response needs, worked out once per response (replay checks thousands). */
interface PreparedResponse {
  readonly endpointId: string;
  readonly target: ValidationTarget;
  /** The base name of the response's schema file (for the DOCTYPE / schemaLocation check). */
  readonly schemaFile: string | undefined;
}

const preparedResponses = new WeakMap<IrResponse, PreparedResponse>();
/** Validators kept per prepared response and options; only small bodies use them (see below). */
const validators = new WeakMap<PreparedResponse, Map<string, XmlValidator>>();
/** Larger bodies get a validator of their own, so none stays referenced by a kept one. */
const REUSE_MAX_CHARS = 1024 * 1024;

/** A reused validator for this response's XML target, or undefined (not XML, or a large body). */
function reusedValidator(ready: PreparedResponse, body: string, options: PayloadOptions): XmlValidator | undefined {
  const { target } = ready;
  if (target.kind !== 'xml' || body.length > REUSE_MAX_CHARS) return undefined;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const key = `${options.strict === true}/${options.maxDepth ?? ''}/${maxBytes}`;
  let byOptions = validators.get(ready);
  if (!byOptions) {
    byOptions = new Map();
    validators.set(ready, byOptions);
  }
  let validator = byOptions.get(key);
  if (!validator) {
    validator = xmlEngineValidator(target.model, engineOptions(target.root, options, maxBytes));
    byOptions.set(key, validator);
  }
  return validator;
}

function prepared(doc: IrDocument, endpoint: IrEndpoint, response: IrResponse): PreparedResponse {
  const known = preparedResponses.get(response);
  if (known && known.endpointId === endpoint.id) return known;
  const schema = response.schema ? doc.schemas.find((s) => s.id === response.schema!.schema) : undefined;
  const fresh = {
    endpointId: endpoint.id,
    target: targetForResponse(doc, endpoint, response),
    schemaFile: schema ? path.basename(schema.file) : undefined,
  };
  preparedResponses.set(response, fresh);
  return fresh;
}

function checkContentType(response: IrResponse, actual: string): CheckResult {
  const media = (s: string) => s.split(';')[0]!.trim().toLowerCase();
  const family = (s: string) => (/[/+]xml$/.test(media(s)) ? 'xml' : /[/+]json$/.test(media(s)) ? 'json' : media(s));
  const ok = media(actual) === media(response.contentType) || family(actual) === family(response.contentType);
  return {
    check: 'content-type',
    ok,
    message: ok ? media(actual) || '(none)' : `content type '${actual || '(none)'}', expected ${response.contentType}`,
  };
}

/** No media type recorded: not a failure of the answer; the body decides which response it is. */
function unknownContentType(sniffed: SniffedBody | undefined): CheckResult {
  return {
    check: 'content-type',
    ok: true,
    message: `content type unknown (no response headers recorded); body ${sniffed ? `sniffed as ${sniffed.toUpperCase()}` : 'neither XML nor JSON'}`,
  };
}

function schemaCheck(verdict: PayloadVerdict, expectation: CheckExpectation, label: string): CheckResult {
  if (expectation.expect === 'invalid') {
    return {
      check: 'schema-valid',
      ok: !verdict.valid,
      message: verdict.valid
        ? `expected this damaged example to be rejected by ${label}, but it validates`
        : `rejected as expected (${verdict.errors[0] ? formatIssue(verdict.errors[0]) : ''})`,
    };
  }
  return {
    check: 'schema-valid',
    ok: verdict.valid,
    message: verdict.valid
      ? `valid against ${label}`
      : `${verdict.errors.length} error(s) against ${label}: ${verdict.errors.slice(0, 3).map(formatIssue).join('; ')}`,
    ...(verdict.valid ? {} : { issues: verdict.errors }),
  };
}

function doctypeCheck(
  response: IrResponse,
  file: string | undefined,
  verdict: PayloadVerdict,
): CheckResult | undefined {
  if (!response.schema || file === undefined) return undefined;
  const problems: string[] = [];
  if (verdict.doctype) {
    if (response.schema.root && verdict.doctype.name !== response.schema.root)
      problems.push(`DOCTYPE names ${verdict.doctype.name}, the spec expects ${response.schema.root}`);
  }
  if (verdict.schemaLocation) {
    const loc = verdict.schemaLocation.trim().split(/\s+/).pop() ?? '';
    const name = baseName(verdict.schemaLocation.replace(/\s+/g, ''));
    if (loc && name !== file) problems.push(`schemaLocation names ${name}, the spec uses ${file}`);
  }
  if (!verdict.doctype && !verdict.schemaLocation) return undefined;
  return {
    check: 'doctype',
    ok: problems.length === 0,
    message:
      problems.length === 0
        ? `declares ${verdict.doctype ? `DOCTYPE ${verdict.doctype.name} (${baseName(verdict.doctype.systemId ?? '')})` : file}`
        : problems.join('; '),
  };
}

function baseName(url: string): string {
  const cuts = [url.indexOf('?'), url.indexOf('#')].filter((i) => i >= 0);
  const path = cuts.length > 0 ? url.slice(0, Math.min(...cuts)) : url;
  return path.slice(path.lastIndexOf('/') + 1);
}
