// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { acmeSignup, setUpTestHub } from '../hub-test-client';
import { DEMO_ACCOUNT, DEMO_API_KEY } from '../seed';

// Sessions and the account as the mock Hub answers them, on a frozen clock so every time is exact.
const { call, signIn, hub } = setUpTestHub();
const ADMIN = 'admin@demo-corp.example';
const SUPPORT = 'support@demo-corp.example';
const START = Date.parse('2026-03-02T10:00:00.000Z');
const HOUR = 3_600_000;

const signup = acmeSignup;

describe('the mock Hub sessions', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'], now: START });
  });
  afterEach(() => vi.useRealTimers());

  it('signs up an Admin whose session ends 24 hours after it starts', async () => {
    hub().advanceClock(HOUR);
    const created = await call('POST', '/signup', { body: signup });
    expect(created.status).toBe(201);
    const { account, user, session } = created.body;
    expect(account).toMatchObject({ name: 'Acme', apiKeyMasked: false, retentionDays: 28 });
    expect(user).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{24}$/),
      firstName: 'Ada',
      lastName: 'Lovelace',
      email: 'ada@acme.example',
      roles: ['Admin'],
      lastSignInAt: new Date(START + HOUR).toISOString(),
      hasPassword: true,
      version: 1,
    });
    expect(session).toEqual({
      token: expect.stringMatching(/^[0-9a-f]{64}$/),
      expiresAt: new Date(START + 25 * HOUR).toISOString(),
    });
    const me = await call('GET', '/me', { token: session.token });
    expect(me.body).toEqual({ user, role: 'Admin', accountName: 'Acme' });
  });

  it('signs in with a session of 24 hours on the Hub’s clock, and records when', async () => {
    vi.setSystemTime(START + HOUR);
    const result = await call('POST', '/auth/token', {
      body: { apiKey: DEMO_API_KEY, email: SUPPORT.toUpperCase(), password: 'Demo-Console-2026' },
    });
    expect(result.status).toBe(201);
    expect(result.body).toEqual({
      token: expect.stringMatching(/^[0-9a-f]{64}$/),
      expiresAt: new Date(START + 25 * HOUR).toISOString(),
    });
    const me = await call('GET', '/me', { token: result.body.token });
    expect(me.body).toEqual({
      user: expect.objectContaining({
        email: SUPPORT,
        roles: ['Support'],
        lastSignInAt: new Date(START + HOUR).toISOString(),
      }),
      role: 'Support',
      accountName: DEMO_ACCOUNT.name,
    });
    vi.setSystemTime(START + 25 * HOUR - 1);
    expect((await call('GET', '/me', { token: result.body.token })).status).toBe(200);
    vi.setSystemTime(START + 25 * HOUR);
    expect((await call('GET', '/me', { token: result.body.token })).status).toBe(401);
  });

  it('answers a sign-out without a session with 204, and ends no other session', async () => {
    const token = await signIn(ADMIN);
    const withoutSession: Record<string, string>[] = [
      {},
      { Authorization: 'Basic abc' },
      { Authorization: 'Bearer ' },
    ];
    for (const headers of withoutSession) {
      const result = await call('DELETE', '/auth/token', { headers });
      expect(result.status).toBe(204);
    }
    expect((await call('GET', '/me', { token })).status).toBe(200);
  });

  it('answers 401 to an unknown account or API key, with the one message', async () => {
    for (const credentials of [
      { account: 'No Such Corp', email: ADMIN, password: 'Demo-Console-2026' },
      { apiKey: 'f'.repeat(32), email: ADMIN, password: 'Demo-Console-2026' },
    ]) {
      const result = await call('POST', '/auth/token', { body: credentials });
      expect(result.status).toBe(401);
      expect(result.body.error).toEqual({
        code: 'wrong-credentials',
        message: 'The account, email or password is not right.',
      });
    }
  });
});

describe('the mock Hub account', () => {
  it.each([
    ['', true],
    ['?reveal=apiKey', false],
    ['?reveal=yes', true],
  ])('answers an Admin’s GET /account%s with the key masked: %s', async (query, masked) => {
    const result = await call('GET', `/account${query}`, { token: await signIn(ADMIN) });
    expect(result.status).toBe(200);
    expect(result.body).toEqual({
      name: DEMO_ACCOUNT.name,
      apiKey: masked ? `${'•'.repeat(28)}${DEMO_API_KEY.slice(-4)}` : DEMO_API_KEY,
      apiKeyMasked: masked,
      retentionDays: 28,
      urlBase: 'hub.test/api/v2.0',
      apiKeyRotatedAt: null,
    });
  });
});

describe('the mock Hub scenarios', () => {
  afterEach(() => vi.useRealTimers());

  it('answers at once when no latency is set', async () => {
    const realSetTimeout = globalThis.setTimeout;
    const nextTurn = () => new Promise((resolve) => realSetTimeout(resolve, 0));
    // With the waits on fake time, any wait would hold the answer until the test moves time on.
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const state = { answered: false };
    const answer = call('GET', '/me').finally(() => (state.answered = true));
    // Turns of the event loop, on real time: a held answer stays held however many pass.
    for (let turn = 0; turn < 200 && !state.answered; turn += 1) {
      await nextTurn();
    }
    const answeredAtOnce = state.answered;
    await vi.runAllTimersAsync();
    expect((await answer).status).toBe(401);
    expect(answeredAtOnce).toBe(true);
  });

  it('answers a server error and a rate limit with the documented body', async () => {
    hub().failNextRequest('server-error');
    const failed = await call('GET', '/me');
    expect(failed.body.error).toEqual({
      code: 'internal',
      message: 'The Hub had an internal error (simulated).',
    });
    hub().failNextRequest('rate-limit');
    const limited = await call('GET', '/me');
    expect(limited.body.error).toEqual({
      code: 'rate-limited',
      message: 'The Hub is receiving too many requests.',
    });
  });
});
