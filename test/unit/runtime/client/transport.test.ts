/**
 * transport.ts (`transportResponse`), exactly: status, lower-cased header names, the body as one
 * UTF-8 chunk on a stream that then closes, and `text()`.
 */
import { expect, it } from 'vitest';
import { transportResponse } from '../../../../runtime/client/transport.js';

it('builds a response from a string', async () => {
  const res = transportResponse(404, { 'Content-Type': 'text/xml', 'X-RateLimit-Limit': '300', lower: 'x' }, 'é<R/>');
  expect(res.status).toBe(404);
  expect(res.headers).toEqual({ 'content-type': 'text/xml', 'x-ratelimit-limit': '300', lower: 'x' });
  expect(await res.text()).toBe('é<R/>');
  const reader = res.body!.getReader();
  const first = await reader.read();
  expect(first.done).toBe(false);
  expect([...(first.value ?? [])]).toEqual([0xc3, 0xa9, 0x3c, 0x52, 0x2f, 0x3e]);
  expect(await reader.read()).toEqual({ done: true, value: undefined });
});

it('an empty body is one empty chunk', async () => {
  const res = transportResponse(204, {}, '');
  expect(res.headers).toEqual({});
  const reader = res.body!.getReader();
  expect((await reader.read()).value?.length).toBe(0);
  expect((await reader.read()).done).toBe(true);
  expect(await res.text()).toBe('');
});
