// @vitest-environment node
import { QueryClient } from '@tanstack/react-query';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTestHub } from '../../mocks/node';
import { DEMO_PASSWORD } from '../../mocks/seed';

// The loaders send a page's first reads before its code has loaded (router.tsx). Each read the
// manifest names must be the one the page's query then makes: taken, never sent twice.

const BASE = 'http://hub.test/api/v2.0';
const { hub, server } = await createTestHub();
const sent: string[] = [];
server.events.on('request:start', ({ request }) => {
  const url = new URL(request.url);
  sent.push(`${request.method} ${url.pathname.slice('/api/v2.0'.length)}${url.search}`);
});

let token = '';
beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  const response = await fetch(`${BASE}/auth/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      account: 'Demo Corp',
      email: 'admin@demo-corp.example',
      password: DEMO_PASSWORD,
    }),
  });
  ({ token } = (await response.json()) as { token: string });
});
afterAll(() => server.close());

/** The console as it starts: fresh modules, a session in the tab, no call made yet. */
async function startConsole(sessionToken = token) {
  vi.resetModules();
  const { setRuntimeConfig } = await import('../api/runtime-config');
  const { saveSession } = await import('../api/session-store');
  setRuntimeConfig({ mode: 'live', hubBaseUrl: BASE });
  saveSession(
    { token: sessionToken, expiresAt: '2030-01-01T00:00:00.000Z' },
    { account: 'Demo Corp', email: 'admin@demo-corp.example' },
  );
  sent.length = 0;
  return {
    ...(await import('./route-manifest')),
    ...(await import('../api/client')),
    queryClient: new QueryClient(),
  };
}

function routeNamed(routes: Awaited<ReturnType<typeof startConsole>>['appRoutes'], name: string) {
  const route = routes.find((candidate) => candidate.name === name);
  if (!route?.data) throw new Error(`${name} has no first read`);
  return route.data;
}

const channelId = () => hub.state.channels[0]?.channel.id ?? '';

describe('early reads', () => {
  beforeEach(() => {
    sent.length = 0;
  });

  it.each([
    ['My Channels', {}, ''],
    ['My Channels', {}, '?q=acme&type=Twitter:Service&sort=-updatedAt'],
    ['Update Channel', { channelId: 'first' }, ''],
    ['Users', {}, '?q=demo&page=1'],
    ['Account', {}, ''],
  ])('%s (%j %s): the page’s query takes the early read', async (name, rawParams, search) => {
    const console = await startConsole();
    const data = routeNamed(console.appRoutes, name);
    const params = 'channelId' in rawParams ? { channelId: channelId() } : {};
    const url = { params, search: new URLSearchParams(search) };
    const read = data.read(url);
    console.sendEarlyRead(read.path, read.query);
    await data.prefetch(url, (options) => console.queryClient.fetchQuery(options).then(() => {}));

    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatch(new RegExp(`^GET ${read.path.replace(/[/.]/g, '\\$&')}(\\?|$)`));
    const [query] = console.queryClient.getQueryCache().getAll();
    expect(query?.state.status).toBe('success');
  });

  it('the session check takes the early read of who is signed in', async () => {
    const console = await startConsole();
    console.sendEarlyRead(console.sessionRead.path, console.sessionRead.query);
    const { meQueries } = await import('../api/account-api');
    const me = await console.queryClient.fetchQuery(meQueries.current());
    expect(me.user.email).toBe('admin@demo-corp.example');
    expect(sent).toEqual(['GET /me']);
  });

  it('a read the query does not want is left alone, and the query sends its own', async () => {
    const console = await startConsole();
    const data = routeNamed(console.appRoutes, 'My Channels');
    // The list always asks for its own page size, whatever the address says.
    const url = { params: {}, search: new URLSearchParams('pageSize=2') };
    const read = data.read(url);
    console.sendEarlyRead(read.path, read.query);
    await data.prefetch(url, (options) => console.queryClient.fetchQuery(options).then(() => {}));
    expect(sent).toHaveLength(2);
    expect(sent).toContain('GET /channels?pageSize=2');
    const [query] = console.queryClient.getQueryCache().getAll();
    expect(query?.state.data).toMatchObject({ items: expect.any(Array) });
    expect((query?.state.data as { items: unknown[] }).items.length).toBeGreaterThan(2);
  });

  it('a read sent with another session is not given to this one', async () => {
    const console = await startConsole('someone-else');
    console.sendEarlyRead('/account');
    const { saveSession } = await import('../api/session-store');
    saveSession(
      { token, expiresAt: '2030-01-01T00:00:00.000Z' },
      { account: 'Demo Corp', email: 'admin@demo-corp.example' },
    );
    const { accountQueries } = await import('../api/account-api');
    await console.queryClient.fetchQuery(accountQueries.detail({ reveal: false }));
    expect(sent).toEqual(['GET /account', 'GET /account']);
  });

  it('sends nothing early once the console has made a call', async () => {
    const console = await startConsole();
    const { accountQueries } = await import('../api/account-api');
    await console.queryClient.fetchQuery(accountQueries.detail({ reveal: false }));
    console.sendEarlyRead('/account');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(sent).toEqual(['GET /account']);
  });
});
