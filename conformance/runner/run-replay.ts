/**
 * `--mode replay`: reads HAR files (default: the corpus recordings in
 * ../shared/corpus/recordings), matches each entry to an endpoint (method + path template +
 * aliases + FO `action` from the query or form body) and checks the recorded response as a case.
 * An entry no endpoint matches is reported as `unspecified` (it does not fail the run: it says
 * which real traffic specs/ does not cover yet).
 *
 * @see issue 4 "The runner" (replay), "Done when" (replay of all corpus HAR recordings)
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { IrDocument } from '../../generator/ir/ir-types.js';
import { checkResponse } from '../checks/check-response.js';
import { EndpointRouter, requestParams } from '../routing/endpoint-router.js';
import { readHarFile } from '../transports/har-file.js';
import type { PayloadOptions } from '../validate/validate-payload.js';
import { type CaseResult, outcomeOf, type RunSummary } from './case-result.js';
import { findKnownFailure, type KnownFailure } from './known-failures.js';

export interface ReplayOptions extends PayloadOptions {
  /** HAR files or folders (searched recursively for *.har). */
  readonly inputs: readonly string[];
  readonly endpoints?: readonly string[];
  readonly knownFailures?: readonly KnownFailure[];
  readonly onCase?: (result: CaseResult, done: number, total: number) => void;
}

export async function harFilesIn(inputs: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const input of inputs) {
    const info = await stat(input);
    if (info.isDirectory()) {
      for (const entry of (await readdir(input, { recursive: true })).sort()) {
        if (entry.endsWith('.har')) out.push(path.join(input, entry));
      }
    } else out.push(input);
  }
  return out;
}

export async function runReplayConformance(doc: IrDocument, options: ReplayOptions): Promise<RunSummary> {
  const started = Date.now();
  const router = new EndpointRouter(doc.endpoints);
  const files = await harFilesIn(options.inputs);
  const planned: { file: string; entries: Awaited<ReturnType<typeof readHarFile>> }[] = [];
  for (const file of files) planned.push({ file, entries: await readHarFile(file) });
  const total = planned.reduce((n, p) => n + p.entries.length, 0);
  const results: CaseResult[] = [];
  const endpoints = new Set<string>();
  for (const { file, entries } of planned) {
    for (const e of entries) {
      const id = `${path.basename(file)}#${e.index + 1}`;
      const url = safeUrl(e.url);
      const request = `${e.method} ${url?.pathname ?? e.url}`;
      const params = url ? requestParams(url, e.requestContentType, e.requestBody) : new URLSearchParams();
      const match = url ? router.match(e.method, url.pathname, params) : undefined;
      let result: CaseResult;
      const t0 = Date.now();
      if (!match) {
        result = {
          id,
          name: id,
          outcome: 'unspecified',
          checks: [
            {
              check: 'matched',
              ok: true,
              message: `no endpoint in specs/ matches ${request}${params.get('action') ? ` action=${params.get('action')}` : ''}`,
            },
          ],
          durationMs: 0,
          request,
          status: e.status,
        };
      } else if (options.endpoints?.length && !options.endpoints.includes(match.endpoint.id)) {
        continue;
      } else {
        endpoints.add(match.endpoint.id);
        const known = findKnownFailure(options.knownFailures ?? [], id, 'replay');
        if (known) {
          result = {
            id,
            endpoint: match.endpoint.id,
            name: id,
            outcome: 'skip',
            checks: [],
            durationMs: 0,
            reason: known.reason,
            request,
            status: e.status,
          };
        } else {
          const checks = [
            {
              check: 'matched' as const,
              ok: true,
              message: `${match.endpoint.id}${match.alias ? ` (alias ${match.alias})` : ''}`,
            },
            ...checkResponse(
              doc,
              match.endpoint,
              { status: e.status, headers: e.responseHeaders, body: e.responseBody },
              {},
              options,
            ),
          ];
          result = {
            id,
            endpoint: match.endpoint.id,
            name: id,
            outcome: outcomeOf(checks),
            checks,
            durationMs: Date.now() - t0,
            request,
            status: e.status,
          };
        }
      }
      results.push(result);
      options.onCase?.(result, results.length, total);
    }
  }
  return { mode: 'replay', cases: results, endpoints: endpoints.size, durationMs: Date.now() - started };
}

function safeUrl(u: string): URL | undefined {
  try {
    return new URL(u);
  } catch {
    return undefined;
  }
}
