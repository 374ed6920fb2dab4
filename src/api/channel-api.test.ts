// @vitest-environment node
import { QueryClient } from '@tanstack/react-query';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestHub } from '../../mocks/node';
import { signIn } from './auth-api';
import { channelQueries } from './channel-api';
import { setRuntimeConfig } from './runtime-config';

const { hub, server } = await createTestHub();

beforeAll(() => {
  setRuntimeConfig({ mode: 'live', hubBaseUrl: 'http://hub.test/api/v2.0' });
  server.listen({ onUnhandledRequest: 'error' });
});
afterAll(() => server.close());

it('lists every channel of a type for pickers, past the Hub’s 100 a page', async () => {
  await signIn({
    account: 'Demo Corp',
    email: 'admin@demo-corp.example',
    password: 'Demo-Console-2026',
  });
  hub.loadLargeDataSet();
  const expected = hub.state.channels
    .map((stored) => stored.channel)
    .filter((channel) => channel.type === 'Facebook:Account');
  expect(expected.length).toBeGreaterThan(400);

  const { items, total } = await new QueryClient().fetchQuery(
    channelQueries.ofType('Facebook:Account'),
  );
  expect(total).toBe(expected.length);
  expect(items).toHaveLength(expected.length);
  expect(new Set(items.map((channel) => channel.id))).toEqual(
    new Set(expected.map((channel) => channel.id)),
  );
});
