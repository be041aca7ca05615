import { describe, expect, it } from 'vitest';
import { EndpointRouter, requestParams } from '../../../../conformance/routing/endpoint-router.js';
import { fixtureDoc } from '../helpers.js';

describe('EndpointRouter', () => {
  const cases: [
    string,
    {
      method: string;
      url: string;
      body?: string;
      type?: string;
      want: string | undefined;
      params?: Record<string, string>;
    },
  ][] = [
    [
      'FO POST with action in the form body',
      {
        method: 'POST',
        url: '/api/2.0/fo/thing/',
        body: 'action=list&ids=1',
        type: 'application/x-www-form-urlencoded',
        want: 'vm.thing.list',
      },
    ],
    [
      'FO GET with action in the query, no trailing slash',
      { method: 'GET', url: '/api/2.0/fo/thing?action=list', want: 'vm.thing.list' },
    ],
    [
      'FO with another action is unspecified',
      { method: 'GET', url: '/api/2.0/fo/thing/?action=delete', want: undefined },
    ],
    ['FO without action is unspecified', { method: 'GET', url: '/api/2.0/fo/thing/', want: undefined }],
    [
      'alias spelling with its method',
      { method: 'GET', url: '/api/2.0/fo/thing/legacy/?action=list', want: 'vm.thing.list' },
    ],
    [
      'path template parameter',
      { method: 'GET', url: '/pci/widgets/42?offset=0', want: 'pci.widget.list', params: { merchantId: '42' } },
    ],
    ['wrong method for a non-FO endpoint', { method: 'DELETE', url: '/pci/widgets/42', want: undefined }],
    ['unknown path', { method: 'GET', url: '/qps/rest/portal/version', want: undefined }],
  ];
  it.each(cases)('%s', async (_name, c) => {
    const router = new EndpointRouter((await fixtureDoc()).endpoints);
    const url = new URL(c.url, 'https://qualysapi.qualys.com');
    const m = router.match(c.method, url.pathname, requestParams(url, c.type, c.body));
    expect(m?.endpoint.id).toBe(c.want);
    if (c.params) expect(m?.pathParams).toEqual(c.params);
  });

  it('reads a form body without a content type when it looks like one (HAR entries)', () => {
    const p = requestParams(new URL('https://x/a?x=1'), undefined, 'action=list&ids=316760');
    expect([p.get('x'), p.get('action'), p.get('ids')]).toEqual(['1', 'list', '316760']);
  });
});
