// Copied by qspec from runtime/client/platform-model.ts. Do not edit here: `qspec generate` replaces it.
/**
 * Platforms and base URLs: which host serves an endpoint. FO, QPS and PCI go to the API server
 * (`qualysapi.qg2.apps.qualys.com`), gateway APIs (CSAM, EASM, PC posture) to the gateway
 * (`gateway.qg2.apps.qualys.com`). A private cloud platform carries `{base}` placeholders that
 * the caller's `baseUrl` fills; a `baseUrl`/`gatewayUrl` option overrides a platform (mock server).
 *
 * @see specs/platforms.yaml; the Qualys platform identification page (platform URL table)
 */
import type { ApiFamily } from '../endpoint-model.js';

export interface PlatformModel {
  readonly id: string;
  readonly name: string;
  readonly apiUrl: string;
  readonly gatewayUrl: string;
}

export interface BaseUrlOptions {
  /** Overrides the API server URL (and fills `{base}` of a private platform). */
  readonly baseUrl?: string;
  /** Overrides the gateway URL; defaults to `baseUrl` when only that is given. */
  readonly gatewayUrl?: string;
}

/**
 * The API server and gateway URLs, without trailing slash. A private platform's `{base}` is
 * filled from `baseUrl` (the whole URL when the template starts with `{base}`, else its host);
 * for other platforms `baseUrl` replaces both hosts (one mock server), `gatewayUrl` the gateway.
 */
export function resolvePlatformUrls(
  platform: PlatformModel | undefined,
  options: BaseUrlOptions,
): { apiUrl: string; gatewayUrl: string } {
  const trim = (u: string): string => {
    let end = u.length;
    while (end > 0 && u.charCodeAt(end - 1) === 0x2f) end -= 1;
    return u.slice(0, end);
  };
  const base = options.baseUrl !== undefined ? trim(options.baseUrl) : undefined;
  const fill = (template: string): string => {
    if (!template.includes('{base}')) return trim(template);
    if (base === undefined) throw new Error(`platform ${platform?.id ?? ''} needs a baseUrl to fill {base}`);
    const value = template.startsWith('{base}') ? base : base.replace(/^[a-z]+:\/\//i, '');
    return trim(template.split('{base}').join(value));
  };
  if (platform?.apiUrl.includes('{base}')) {
    return { apiUrl: fill(platform.apiUrl), gatewayUrl: trim(options.gatewayUrl ?? fill(platform.gatewayUrl)) };
  }
  const apiUrl = base ?? (platform ? fill(platform.apiUrl) : undefined);
  const gatewayUrl =
    options.gatewayUrl !== undefined
      ? trim(options.gatewayUrl)
      : (base ?? (platform ? fill(platform.gatewayUrl) : undefined));
  if (apiUrl === undefined || gatewayUrl === undefined) throw new Error('give a platform or a baseUrl');
  return { apiUrl, gatewayUrl };
}

/** The base URL for an endpoint's API family. */
export function baseUrlFor(api: ApiFamily, urls: { apiUrl: string; gatewayUrl: string }): string {
  return api === 'gateway' ? urls.gatewayUrl : urls.apiUrl;
}
