// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestHub } from '../../mocks/node';
import { SEED_CHANNEL_IDS } from '../../mocks/seed';
import { accountQueries, meQueries, rotateApiKey } from './account-api';
import { activityQueries } from './activity-api';
import { signIn, signOut } from './auth-api';
import { signUp } from './signup-api';
import {
  channelQueries,
  createChannel,
  deleteChannel,
  saveChannel,
  startAuthorization,
} from './channel-api';
import { toChannelUpdate } from './channel-schema';
import { checkDmsConnection } from './connection-api';
import { allHubRoutes, errorBodySchema, findRoute } from './routes';
import { setRuntimeConfig } from './runtime-config';
import { createUser, deleteUser, setUserPassword, updateUser, userQueries } from './user-api';

const BASE = 'http://hub.test/api/v2.0';
const { server } = await createTestHub();
const seen = new Set<string>();
const problems: string[] = [];

beforeAll(() => {
  setRuntimeConfig({ mode: 'live', hubBaseUrl: BASE });
  server.listen({ onUnhandledRequest: 'error' });
  // Every call the client makes passes through here on its way to the mock Hub.
  const fetchThroughHub = globalThis.fetch;
  globalThis.fetch = async (input, init) => {
    const request = new Request(input, init);
    const requestText = await request.clone().text();
    const response = await fetchThroughHub(request);
    await check(request, requestText, response.clone());
    return response;
  };
});

async function check(request: Request, requestText: string, response: Response) {
  const path = new URL(request.url).pathname.slice('/api/v2.0'.length);
  const route = findRoute(request.method, path);
  if (!route) {
    problems.push(`${request.method} ${path} is not in the contract`);
    return;
  }
  seen.add(`${route.method} ${route.path}`);
  if (route.body && !route.body.safeParse(JSON.parse(requestText)).success) {
    problems.push(`${request.method} ${path}: request body`);
  }
  if (route.ifMatch && !request.headers.get('If-Match')) {
    problems.push(`${request.method} ${path}: no If-Match`);
  }
  const text = await response.text();
  const body: unknown = text ? JSON.parse(text) : undefined;
  const ok =
    response.status === route.success.status
      ? route.success.schema
        ? route.success.schema.safeParse(body).success
        : text === ''
      : route.errors.includes(response.status) && errorBodySchema.safeParse(body).success;
  if (!ok)
    problems.push(`${request.method} ${path} → ${response.status} does not fit the contract`);
}
afterAll(() => server.close());

describe('the console and the mock Hub keep to the contract', () => {
  it('on every route of the route table, through the client the console uses', async () => {
    await signIn({
      account: 'Demo Corp',
      email: 'admin@demo-corp.example',
      password: 'Demo-Console-2026',
    });
    const get = <T>(options: { queryFn?: unknown }) =>
      (options.queryFn as (context: { signal: AbortSignal }) => Promise<T>)({
        signal: new AbortController().signal,
      });
    await get(meQueries.current());
    await get(accountQueries.detail({ reveal: true }));
    await get(channelQueries.list({ sort: 'name', page: 1, pageSize: 25 }));
    const twitter = await get<Awaited<ReturnType<typeof createChannel>>>(
      channelQueries.detail(SEED_CHANNEL_IDS.twitterService),
    );
    await saveChannel(twitter.id, twitter.version, toChannelUpdate(twitter));
    await get(channelQueries.facebookPages(SEED_CHANNEL_IDS.facebookAccount));
    await startAuthorization(SEED_CHANNEL_IDS.twitterAccount);
    const created = await createChannel({ type: 'Facebook:Service', name: 'Contract' });
    await deleteChannel(created.id);
    await get(userQueries.list({ page: 1, pageSize: 25 }));
    const user = await createUser({
      firstName: 'C',
      lastName: 'T',
      email: 'ct@demo-corp.example',
      roles: ['Admin'],
    });
    await get(userQueries.detail(user.id));
    await updateUser(user, { firstName: 'C', lastName: 'T', roles: ['Admin'] });
    await setUserPassword(user.id, 'contract password 1');
    await deleteUser(user.id);
    await get(activityQueries.list({ resource: 'user', page: 1, pageSize: 25 }));
    await checkDmsConnection({
      apiKey: '7c3e9a1f5b2d4e6a8c0f1b3d5e7a9c2e',
      email: 'admin@demo-corp.example',
      password: 'Demo-Console-2026',
      channelId: SEED_CHANNEL_IDS.twitterService,
    });
    await rotateApiKey();
    await signOut();
    await signUp({
      account: 'Contract Corp',
      firstName: 'Con',
      lastName: 'Tract',
      email: 'con@contract.example',
      password: 'contract password 2',
      acceptLegalTerms: true,
    });
    expect(problems).toEqual([]);
    expect([...seen].sort()).toEqual(
      allHubRoutes.map((route) => `${route.method} ${route.path}`).sort(),
    );
  });

  it.each([413, 415])('documents %i on every route that takes a body', (status) => {
    const without = allHubRoutes.filter((route) => route.body && !route.errors.includes(status));
    expect(without.map((route) => `${route.method} ${route.path}`)).toEqual([]);
  });

  it('answers errors with the documented body', async () => {
    problems.length = 0;
    await expect(createChannel({ type: 'Twitter:Service', name: '   ' })).rejects.toMatchObject({
      status: 400,
    });
    await expect(
      createChannel({ type: 'Twitter:Service', name: 'Contract Corp - Twitter Service' }),
    ).resolves.toBeDefined();
    await expect(
      createChannel({ type: 'Twitter:Service', name: 'contract corp - twitter service' }),
    ).rejects.toMatchObject({ status: 409 });
    // The blank name is refused by the request check too: the checker itself can fail.
    expect(problems).toEqual(['POST /channels: request body']);
  });
});

describe('the published contract', () => {
  it('bounds every array a request may carry, so no body can grow a list without limit', async () => {
    const { readFileSync } = await import('node:fs');
    const document: unknown = JSON.parse(readFileSync('openapi.json', 'utf8'));
    const unbounded: string[] = [];
    // Every array below a request body, wherever the paths put it.
    const walk = (node: unknown, path: string, inBody: boolean) => {
      if (typeof node !== 'object' || node === null) return;
      const array = 'type' in node && node.type === 'array';
      if (inBody && array && !('maxItems' in node)) unbounded.push(path);
      for (const [key, value] of Object.entries(node)) {
        walk(value, `${path}/${key}`, inBody || key === 'requestBody');
      }
    };
    walk(document, '', false);
    expect(unbounded).toEqual([]);
  });
});
