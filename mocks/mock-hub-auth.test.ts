// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { acmeSignup, setUpTestHub } from './hub-test-client';
import { hashSessionToken } from './password-hash';
import { MockHub } from './mock-hub';
import { DEMO_ACCOUNT, DEMO_API_KEY, DEMO_PASSWORD } from './seed';

// Sign-up, sign-in and the panel's scenarios of the mock Hub, over HTTP.
const { call, signIn, hub } = setUpTestHub();
const ADMIN = 'admin@demo-corp.example';

const signup = acmeSignup;

describe('the mock Hub sign-up and sign-in', () => {
  it('keeps a new account: its Admin signs in again and sees only their own account', async () => {
    const before = hub().now().getTime();
    const created = await call('POST', '/signup', { body: signup });
    const after = hub().now().getTime();
    expect(created.status).toBe(201);
    expect(created.body.user).toMatchObject({ roles: ['Admin'], hasPassword: true, version: 1 });
    const expiresAt = Date.parse(created.body.session.expiresAt);
    expect(expiresAt).toBeGreaterThanOrEqual(before + 24 * 3_600_000);
    expect(expiresAt).toBeLessThanOrEqual(after + 24 * 3_600_000);
    const token = await signIn(' ADA@acme.example ', signup.password, ' acme ');
    const users = await call('GET', '/users', { token });
    expect(users.body.items.map((user: { email: string }) => user.email)).toEqual([
      'ada@acme.example',
    ]);
    const account = await call('GET', '/account?reveal=apiKey', { token });
    expect(account.body.apiKey).toBe(created.body.account.apiKey);
    expect(account.body.apiKey).not.toBe(DEMO_API_KEY);
  });

  it('refuses the email as the password, on the password field', async () => {
    const result = await call('POST', '/signup', {
      body: {
        ...signup,
        email: 'ada.lovelace@acme.example',
        password: 'Ada.Lovelace@acme.example',
      },
    });
    expect(result.status).toBe(400);
    expect(Object.keys(result.body.error.fieldErrors)).toEqual(['password']);
    expect(result.body.error.fieldErrors.password).toBe('The password cannot be the email address');
    expect((await call('POST', '/auth/token', { body: { ...signup } })).status).toBe(401);
  });

  it('records when a user last signed in, on the mock clock', async () => {
    hub().advanceClock(3_600_000);
    const before = hub().now().getTime();
    const token = await signIn(ADMIN);
    const after = hub().now().getTime();
    const me = await call('GET', '/me', { token });
    const signedInAt = Date.parse(me.body.user.lastSignInAt);
    expect(signedInAt).toBeGreaterThanOrEqual(before);
    expect(signedInAt).toBeLessThanOrEqual(after);
  });

  it('refuses an API key of no account, and a user of another account', async () => {
    const wrongKey = await call('POST', '/auth/token', {
      body: { apiKey: 'f'.repeat(32), email: ADMIN, password: DEMO_PASSWORD },
    });
    expect(wrongKey.status).toBe(401);
    await call('POST', '/signup', { body: signup });
    const elsewhere = await call('POST', '/auth/token', {
      body: { account: 'Acme', email: ADMIN, password: DEMO_PASSWORD },
    });
    expect(elsewhere.status).toBe(401);
  });

  it('lets no one sign in to a user who has no password yet', async () => {
    const admin = await signIn(ADMIN);
    await call('POST', '/users', {
      token: admin,
      body: {
        firstName: 'New',
        lastName: 'Person',
        email: 'new@demo-corp.example',
        roles: ['Viewer'],
      },
    });
    const result = await call('POST', '/auth/token', {
      body: {
        account: 'Demo Corp',
        email: 'new@demo-corp.example',
        password: 'any password at all',
      },
    });
    expect(result.status).toBe(401);
  });

  it('ends only the session that signs out', async () => {
    const first = await signIn(ADMIN);
    const second = await signIn(ADMIN);
    expect((await call('DELETE', '/auth/token', { token: first })).status).toBe(204);
    expect((await call('GET', '/me', { token: first })).status).toBe(401);
    expect((await call('GET', '/me', { token: second })).status).toBe(200);
  });
});

describe('the mock Hub scenarios', () => {
  afterEach(() => vi.useRealTimers());

  /** Starts a call while the Hub's waits run on fake time, and returns once the Hub waits. */
  async function callThatWaits() {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const state = { answered: false };
    const answer = call('GET', '/me').finally(() => (state.answered = true));
    while (vi.getTimerCount() === 0)
      await new Promise((resolve) => queueMicrotask(() => resolve(null)));
    return { answer, state };
  }

  it('fails the next request with a network error, then answers again', async () => {
    hub().failNextRequest('network');
    await expect(call('GET', '/me')).rejects.toThrow();
    expect((await call('GET', '/me')).status).toBe(401);
  });

  it('holds the next request for the timeout fault, then answers it', async () => {
    hub().failNextRequest('timeout');
    const { answer, state } = await callThatWaits();
    await vi.advanceTimersByTimeAsync(hub().timeoutFaultMs - 1);
    expect(state.answered).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect((await answer).status).toBe(401);
    expect(hub().takeFault()).toBeNull();
  });

  it('answers after the panel’s latency', async () => {
    hub().setLatency(1_500);
    const { answer, state } = await callThatWaits();
    await vi.advanceTimersByTimeAsync(1_499);
    expect(state.answered).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect((await answer).status).toBe(401);
  });
});

describe('sessions', () => {
  it('are dropped from the store once past their 24 hours, when another opens', async () => {
    await signIn(ADMIN);
    await signIn(ADMIN);
    expect(hub().state.sessions).toHaveLength(2);
    hub().advanceClock(24 * 3_600_000 + 1);
    const fresh = await signIn(ADMIN);
    expect(hub().state.sessions.map((session) => session.tokenHash)).toEqual([
      hashSessionToken(fresh),
    ]);
  });
});

describe('session tokens at rest', () => {
  it('are kept as their hash: the stored data opens no session', async () => {
    const token = await signIn(ADMIN);
    const stored = JSON.stringify(hub().state);
    expect(stored).not.toContain(token);
    expect(hub().state.sessions).toEqual([
      expect.objectContaining({ tokenHash: hashSessionToken(token) }),
    ]);
    expect((await call('GET', '/me', { token })).status).toBe(200);
    expect((await call('GET', '/me', { token: hashSessionToken(token) })).status).toBe(401);
    expect(hub().accountOfToken(token)).toBe(DEMO_ACCOUNT.id);
    expect((await call('DELETE', '/auth/token', { token })).status).toBe(204);
    expect(hub().state.sessions).toEqual([]);
  });

  it('drops sessions stored in the clear by an older Hub, and keeps everything else', async () => {
    const older = structuredClone(hub().state);
    const session = { userId: older.users[0]!.id, accountId: DEMO_ACCOUNT.id };
    const expiresAt = new Date(hub().now().getTime() + 3_600_000).toISOString();
    const raw = JSON.stringify({
      ...older,
      sessions: [{ token: 'a'.repeat(64), ...session, expiresAt }],
    });
    const reopened = await MockHub.create({ load: () => raw, save: () => undefined });
    expect(reopened.storageProblem).toBeNull();
    expect(reopened.state.sessions).toEqual([]);
    expect(reopened.state.users).toEqual(older.users);
  });
});
