import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import { createHubHandlers } from './hub-handlers';
import { memoryPersistence, MockHub } from './mock-hub';
import { DEMO_ACCOUNT, DEMO_PASSWORD } from './seed';

const TEST_HUB_BASE = 'http://hub.test/api/v2.0';

/** A second account's sign-up, for rules that must keep accounts apart. */
export const acmeSignup = {
  account: 'Acme',
  firstName: 'Ada',
  lastName: 'Lovelace',
  email: 'ada@acme.example',
  password: 'analytical engine 1843',
  acceptLegalTerms: true,
};

type CallOptions = {
  token?: string;
  body?: unknown;
  /** The body as sent, already JSON, in place of `body`. */
  json?: string;
  headers?: Record<string, string>;
};

/**
 * A fresh seeded mock Hub for each test of the file, served over HTTP through MSW, with a client
 * that calls it as the console or any other Hub client would.
 */
export function setUpTestHub() {
  const server = setupServer();
  const current: { hub: MockHub | null } = { hub: null };
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());
  beforeEach(async () => {
    current.hub = await MockHub.create(memoryPersistence());
    server.resetHandlers(...createHubHandlers(current.hub));
  });

  async function call(
    method: string,
    path: string,
    { token, body, json, headers }: CallOptions = {},
  ) {
    const response = await fetch(`${TEST_HUB_BASE}${path}`, {
      method,
      headers: {
        'Content-Type': 'application/json',
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      body: json ?? (body === undefined ? undefined : JSON.stringify(body)),
    });
    const text = await response.text();
    return {
      status: response.status,
      body: text ? JSON.parse(text) : undefined,
      headers: response.headers,
    };
  }

  async function signIn(email: string, password = DEMO_PASSWORD, account = DEMO_ACCOUNT.name) {
    const result = await call('POST', '/auth/token', { body: { account, email, password } });
    expect(result.status).toBe(201);
    return result.body.token as string;
  }

  function hub() {
    if (!current.hub) throw new Error('The test Hub starts before each test.');
    return current.hub;
  }

  return { call, signIn, hub };
}
