// Copied by qspec from runtime/client/auth-provider.ts. Do not edit here: `qspec generate` replaces it.
/**
 * Authentication: turns the caller's credentials into the header an endpoint needs.
 *
 * - `basic` endpoints (FO, QPS): HTTP basic.
 * - `pci-basic` endpoints: HTTP basic with the PCI merchant credentials (`pciAuth`, else `auth`)
 *   and the header `apiVersion: V1`.
 * - `jwt` endpoints (gateway): a bearer token from `POST <gateway>/auth` (jwt-token-source.ts).
 * - Credentials come from the options (`basic`), from `.netrc` (`netrc`, as `curl -n`), or a
 *   ready token (`token`, gateway only).
 *
 * Every secret is registered with the Redactor before it is used.
 *
 * @see docs/client.md (auth); the Qualys gateway (JWT) and PCI (merchant auth, apiVersion V1) API guides
 */
import type { AuthKind } from '../endpoint-model.js';
import { findNetrcEntry, type NetrcEntry, readNetrc } from './netrc.js';
import { QualysError } from './qualys-error.js';
import type { Redactor } from './redact.js';

export type AuthConfig =
  | { readonly kind: 'basic'; readonly username: string; readonly password: string }
  /** Credentials from a .netrc file (`$NETRC` or `~/.netrc` unless `file` is given), looked up by host. */
  | { readonly kind: 'netrc'; readonly file?: string; readonly entries?: readonly NetrcEntry[] }
  /** A gateway JWT obtained elsewhere; basic endpoints cannot be called with it. */
  | { readonly kind: 'token'; readonly token: string }
  | { readonly kind: 'none' };

export interface BasicCredentials {
  readonly username: string;
  readonly password: string;
}

export class AuthProvider {
  private netrcEntries: readonly NetrcEntry[] | undefined;

  constructor(
    private readonly auth: AuthConfig,
    private readonly pciAuth: AuthConfig | undefined,
    private readonly redactor: Redactor,
  ) {
    for (const a of [auth, pciAuth]) {
      if (a?.kind === 'basic') this.register(a);
      if (a?.kind === 'token') redactor.add(a.token);
    }
  }

  /** Username/password for `host` under the given config, or undefined. */
  credentials(host: string, which: 'main' | 'pci' = 'main'): BasicCredentials | undefined {
    const auth = which === 'pci' ? (this.pciAuth ?? this.auth) : this.auth;
    if (auth.kind === 'basic') return auth;
    if (auth.kind !== 'netrc') return undefined;
    if (this.netrcEntries === undefined) this.netrcEntries = auth.entries ?? readNetrc(auth.file);
    const entry = findNetrcEntry(this.netrcEntries, host);
    if (entry?.login === undefined || entry.password === undefined) return undefined;
    const creds = { username: entry.login, password: entry.password };
    this.register(creds);
    return creds;
  }

  /** A ready token, when the caller gave one. */
  get presetToken(): string | undefined {
    return this.auth.kind === 'token' ? this.auth.token : undefined;
  }

  /** Headers for a basic or pci-basic endpoint on `host`. */
  basicHeaders(kind: AuthKind, host: string, endpoint: string): Record<string, string> {
    if (kind === 'none') return {};
    const creds = this.credentials(host, kind === 'pci-basic' ? 'pci' : 'main');
    if (creds === undefined) {
      throw new QualysError(`no credentials for ${host} (give auth.kind basic, or a .netrc entry for the host)`, {
        endpoint,
      });
    }
    const headers: Record<string, string> = {
      authorization: `Basic ${Buffer.from(`${creds.username}:${creds.password}`, 'utf8').toString('base64')}`,
    };
    if (kind === 'pci-basic') headers['apiVersion'] = 'V1';
    return headers;
  }

  private register(c: BasicCredentials): void {
    this.redactor.add(c.password);
    this.redactor.add(`${c.username}:${c.password}`);
  }
}
