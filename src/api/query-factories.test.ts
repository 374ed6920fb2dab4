// @vitest-environment node
import { QueryClient } from '@tanstack/react-query';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestHub } from '../../mocks/node';
import { DEMO_API_KEY, DEMO_PASSWORD, SEED_CHANNEL_IDS } from '../../mocks/seed';
import { accountQueries, meQueries } from './account-api';
import { signIn } from './auth-api';
import { channelQueries } from './channel-api';
import { setRuntimeConfig } from './runtime-config';
import { userQueries } from './user-api';

const { server } = await createTestHub();
let sent: string[] = [];

beforeAll(async () => {
  setRuntimeConfig({ mode: 'live', hubBaseUrl: 'http://hub.test/api/v2.0' });
  server.listen({ onUnhandledRequest: 'error' });
  server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    sent.push(`${request.method} ${url.pathname.slice('/api/v2.0'.length)}${url.search}`);
  });
  await signIn({ account: 'Demo Corp', email: 'admin@demo-corp.example', password: DEMO_PASSWORD });
});
beforeEach(() => {
  sent = [];
});
afterAll(() => server.close());

describe('query keys', () => {
  const listParams = { page: 2, pageSize: 10 };
  const channelParams = { ...listParams, sort: 'name' as const };
  it.each([
    { query: () => meQueries.current(), key: ['me'] },
    { query: () => accountQueries.detail({ reveal: true }), key: ['account', { reveal: true }] },
    { query: () => accountQueries.detail({ reveal: false }), key: ['account', { reveal: false }] },
    { query: () => channelQueries.list(channelParams), key: ['channels', 'list', channelParams] },
    {
      query: () => channelQueries.ofType('Twitter:Service'),
      key: ['channels', 'list', { type: 'Twitter:Service', all: true }],
    },
    { query: () => channelQueries.detail('c1'), key: ['channels', 'detail', 'c1'] },
    { query: () => channelQueries.facebookPages('c2'), key: ['channels', 'facebook-pages', 'c2'] },
    { query: () => userQueries.list(listParams), key: ['users', 'list', listParams] },
    { query: () => userQueries.detail('u1'), key: ['users', 'detail', 'u1'] },
  ])('$key', ({ query, key }) => {
    // Built inside the test: keys are made when a page asks for its query.
    expect(query().queryKey).toEqual(key);
  });

  it('keeps a revealed API key no longer than the screen that asked for it', () => {
    expect(accountQueries.detail({ reveal: true }).gcTime).toBe(0);
    expect(accountQueries.detail({ reveal: false }).gcTime).toBe(5 * 60_000);
  });
});

describe('reads', () => {
  it('asks the Hub for what each query names', async () => {
    const me = await new QueryClient().fetchQuery(meQueries.current());
    expect(me.user.email).toBe('admin@demo-corp.example');
    const revealed = await new QueryClient().fetchQuery(accountQueries.detail({ reveal: true }));
    expect(revealed).toMatchObject({ apiKey: DEMO_API_KEY, apiKeyMasked: false });
    const masked = await new QueryClient().fetchQuery(accountQueries.detail({ reveal: false }));
    expect(masked.apiKeyMasked).toBe(true);
    const channels = await new QueryClient().fetchQuery(
      channelQueries.list({ page: 1, pageSize: 1, sort: 'name' }),
    );
    expect(channels.items).toHaveLength(1);
    const users = await new QueryClient().fetchQuery(userQueries.list({ page: 1, pageSize: 1 }));
    expect(users.items).toHaveLength(1);
    const ofType = await new QueryClient().fetchQuery(channelQueries.ofType('Facebook:Service'));
    expect(ofType.items.map((channel) => channel.id)).toEqual([SEED_CHANNEL_IDS.facebookService]);
    expect(sent).toEqual([
      'GET /me',
      'GET /account?reveal=apiKey',
      'GET /account',
      'GET /channels?page=1&pageSize=1&sort=name',
      'GET /users?page=1&pageSize=1',
      'GET /channels?type=Facebook%3AService&pageSize=100&sort=name&page=1',
    ]);
  });
});
