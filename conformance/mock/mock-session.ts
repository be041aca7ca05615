/**
 * The mock's FO sessions (Qualys API guide, "Session Login/Logout"): a 2xx `vm.session.login`
 * answer sets `Set-Cookie: QualysSession=<random>; path=/api; secure; HttpOnly`; a later FO call
 * carrying `Cookie: QualysSession=<id>` of a live session needs no Basic Authorization header; a
 * 2xx `vm.session.logout` ends the session named by its cookie.
 *
 * @see answer-request.ts; docs/client.md "Auth"
 */
import { randomBytes } from 'node:crypto';
import type { IrEndpoint } from '../../generator/ir/ir-endpoint.js';
import type { MockAnswer } from './error-body.js';

const COOKIE = 'QualysSession';
/** Live sessions kept at most (the oldest is dropped first). */
const MAX_SESSIONS = 1000;

/** The QualysSession id of a `cookie` request header, else undefined. */
export function sessionOf(cookieHeader: string | undefined): string | undefined {
  if (cookieHeader === undefined || cookieHeader.length > 8192) return undefined;
  for (const part of cookieHeader.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === COOKIE) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/** Whether an FO request carries the cookie of a live session. */
export function hasSession(sessions: ReadonlySet<string>, endpoint: IrEndpoint, cookie: string | undefined): boolean {
  const id = sessionOf(cookie);
  return endpoint.api === 'fo' && id !== undefined && sessions.has(id);
}

/** Starts (login) or ends (logout) a session on a 2xx answer; returns the answer to send. */
export function sessionAnswer(
  sessions: Set<string>,
  endpoint: IrEndpoint,
  cookie: string | undefined,
  answer: MockAnswer,
): MockAnswer {
  if (answer.status < 200 || answer.status > 299) return answer;
  if (endpoint.id === 'vm.session.login') {
    const id = randomBytes(16).toString('hex');
    if (sessions.size >= MAX_SESSIONS) sessions.delete(sessions.values().next().value as string);
    sessions.add(id);
    return { ...answer, headers: { ...answer.headers, 'Set-Cookie': `${COOKIE}=${id}; path=/api; secure; HttpOnly` } };
  }
  if (endpoint.id === 'vm.session.logout') {
    const id = sessionOf(cookie);
    if (id !== undefined) sessions.delete(id);
  }
  return answer;
}
