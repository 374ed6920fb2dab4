// @vitest-environment node
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTestHub } from '../../mocks/node';
import { recordSentRequests } from '../test/sent-requests';
import { hashSessionToken } from '../../mocks/password-hash';
import { DEMO_PASSWORD } from '../../mocks/seed';
import { signIn, signOut } from './auth-api';
import { signUp } from './signup-api';
import { setRuntimeConfig } from './runtime-config';
import { getSession, saveSession } from './session-store';

const BASE = 'http://hub.test/api/v2.0';
const { hub, server } = await createTestHub();
const sent = recordSentRequests(server);

beforeAll(() => {
  setRuntimeConfig({ mode: 'live', hubBaseUrl: BASE });
  server.listen({ onUnhandledRequest: 'error' });
});
beforeEach(() => {
  sent.length = 0;
  // Someone else's session is still open in this tab.
  saveSession(
    { token: 'earlier-token', expiresAt: '2030-01-01T00:00:00.000Z' },
    { account: 'Other Corp', email: 'other@other.example' },
  );
});
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('auth', () => {
  it('signs in without sending the earlier token, and keeps who signed in where', async () => {
    const session = await signIn({
      account: 'Demo Corp',
      email: 'admin@demo-corp.example',
      password: DEMO_PASSWORD,
    });
    expect(sent).toEqual(['POST /auth/token anonymous']);
    expect(getSession()).toEqual({
      ...session,
      account: 'Demo Corp',
      email: 'admin@demo-corp.example',
    });
  });

  it('signs up without sending the earlier token, and is signed in to the new account', async () => {
    const result = await signUp({
      account: 'Sign-up Corp',
      firstName: 'Sig',
      lastName: 'Nup',
      email: 'sig@signup.example',
      password: 'sign up password 1',
      acceptLegalTerms: true,
    });
    expect(sent).toEqual(['POST /signup anonymous']);
    expect(getSession()).toEqual({
      ...result.session,
      account: 'Sign-up Corp',
      email: 'sig@signup.example',
    });
  });

  it('ends the session at the Hub, and here even when the Hub cannot be reached', async () => {
    const { token } = await signIn({
      account: 'Demo Corp',
      email: 'admin@demo-corp.example',
      password: DEMO_PASSWORD,
    });
    const timeout = vi.spyOn(AbortSignal, 'timeout');
    await signOut();
    expect(sent.at(-1)).toBe(`DELETE /auth/token Bearer ${token}`);
    // Signing out does not keep the person waiting on a slow Hub.
    expect(timeout).toHaveBeenCalledExactlyOnceWith(5_000);
    expect(
      hub.state.sessions.some((session) => session.tokenHash === hashSessionToken(token)),
    ).toBe(false);
    expect(getSession()).toBeNull();

    saveSession(
      { token: 'unreachable-token', expiresAt: '2030-01-01T00:00:00.000Z' },
      { account: 'Demo Corp', email: 'admin@demo-corp.example' },
    );
    server.use(http.delete(`${BASE}/auth/token`, () => HttpResponse.error()));
    await expect(signOut()).rejects.toMatchObject({ kind: 'network' });
    expect(getSession()).toBeNull();
  });
});
