import { describe, expect, it, vi } from 'vitest';
import { clearSession, getSession, saveSession, subscribeToSession } from './session-store';

const session = { token: 'a'.repeat(64), expiresAt: '2030-01-01T00:00:00.000Z' };
const identity = { account: 'Demo Corp', email: 'admin@demo-corp.example' };

describe('the session store', () => {
  it('keeps the session in this tab’s sessionStorage only, and tells subscribers', () => {
    const listener = vi.fn();
    const unsubscribe = subscribeToSession(listener);
    saveSession(session, identity);
    expect(getSession()).toEqual({ ...session, ...identity });
    expect(JSON.parse(sessionStorage.getItem('hub-console.session') ?? 'null')).toEqual({
      ...session,
      ...identity,
    });
    expect(localStorage.length).toBe(0);
    expect(listener).toHaveBeenCalledTimes(1);

    clearSession();
    expect(getSession()).toBeNull();
    expect(sessionStorage.getItem('hub-console.session')).toBeNull();
    expect(listener).toHaveBeenCalledTimes(2);

    unsubscribe();
    saveSession(session, identity);
    expect(listener).toHaveBeenCalledTimes(2);
    clearSession();
  });

  it.each([
    ['a stored session', JSON.stringify({ ...session, ...identity }), { ...session, ...identity }],
    ['nothing', null, null],
    ['a session that does not fit the schema', JSON.stringify({ token: 1 }), null],
    ['text that is not JSON', '{"token', null],
  ])('reads %s after a reload', async (_case, stored, expected) => {
    vi.resetModules();
    if (stored !== null) sessionStorage.setItem('hub-console.session', stored);
    const reloaded = await import('./session-store');
    expect(reloaded.getSession()).toEqual(expected);
  });
});
