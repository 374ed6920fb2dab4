// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ADDRESS_ATTEMPTS_WINDOW_MS,
  FAILED_ATTEMPTS_WINDOW_MS,
  MAX_ATTEMPTS_PER_ADDRESS,
  MAX_FAILED_ATTEMPTS,
} from '../src/api/hub-route';
import { CLIENT_ADDRESS_HEADER } from './attempt-limits';
import { acmeSignup, setUpTestHub } from './hub-test-client';
import { hashIterations } from './password-hash';
import { runControl } from './scenario-controls';
import { DEMO_ACCOUNT, DEMO_API_KEY, DEMO_PASSWORD } from './seed';

// The sign-in and sign-up limits of the mock Hub, over HTTP, on a frozen clock.
const { call, hub } = setUpTestHub();
const ADMIN = 'admin@demo-corp.example';
const START = Date.parse('2026-03-02T10:00:00.000Z');

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: START });
});
afterEach(() => vi.useRealTimers());

function signInAs(email: string, password: string, from?: string, account = DEMO_ACCOUNT.name) {
  return call('POST', '/auth/token', {
    body: { account, email, password },
    headers: from ? { [CLIENT_ADDRESS_HEADER]: from } : {},
  });
}

async function failTimes(count: number, email = ADMIN, account = DEMO_ACCOUNT.name) {
  for (let attempt = 0; attempt < count; attempt += 1) {
    expect((await signInAs(email, 'not the password', undefined, account)).status).toBe(401);
  }
}

function expectTooManyAttempts(
  answer: Awaited<ReturnType<typeof call>>,
  retryAfterSeconds: number,
) {
  expect(answer.status).toBe(429);
  expect(answer.headers.get('Retry-After')).toBe(String(retryAfterSeconds));
  expect(answer.body).toEqual({
    error: { code: 'too-many-attempts', message: expect.stringMatching(/^Too many/) },
  });
}

describe('failed sign-ins per account and email', () => {
  it(`refuses even the right password after ${MAX_FAILED_ATTEMPTS} failures, for 15 minutes`, async () => {
    await failTimes(MAX_FAILED_ATTEMPTS);
    expectTooManyAttempts(await signInAs(ADMIN, DEMO_PASSWORD), FAILED_ATTEMPTS_WINDOW_MS / 1000);
    // By API key it is the same account, and the same lock.
    const byApiKey = await call('POST', '/auth/token', {
      body: { apiKey: DEMO_API_KEY, email: ADMIN.toUpperCase(), password: DEMO_PASSWORD },
    });
    expect(byApiKey.status).toBe(429);
    // Another user of the account is not locked out.
    expect((await signInAs('support@demo-corp.example', DEMO_PASSWORD)).status).toBe(201);

    hub().advanceClock(FAILED_ATTEMPTS_WINDOW_MS - 60_000);
    expectTooManyAttempts(await signInAs(ADMIN, DEMO_PASSWORD), 60);
    hub().advanceClock(60_000);
    expect((await signInAs(ADMIN, DEMO_PASSWORD)).status).toBe(201);
  });

  it('counts failures within the window only, and starts over after a success', async () => {
    await failTimes(MAX_FAILED_ATTEMPTS - 1);
    expect((await signInAs(ADMIN, DEMO_PASSWORD)).status).toBe(201);
    await failTimes(MAX_FAILED_ATTEMPTS - 1);
    hub().advanceClock(FAILED_ATTEMPTS_WINDOW_MS);
    await failTimes(MAX_FAILED_ATTEMPTS - 1);
    expect((await signInAs(ADMIN, DEMO_PASSWORD)).status).toBe(201);
  });

  it('locks an account or email that does not exist the same way', async () => {
    await failTimes(MAX_FAILED_ATTEMPTS, 'nobody@demo-corp.example');
    expect((await signInAs('nobody@demo-corp.example', 'x')).status).toBe(429);
    await failTimes(MAX_FAILED_ATTEMPTS, ADMIN, 'No Such Corp');
    expect((await signInAs(ADMIN, DEMO_PASSWORD, undefined, ' no such corp ')).status).toBe(429);
  });

  it('refuses a sign-up after failed ones for its account name and email', async () => {
    const taken = { ...acmeSignup, account: DEMO_ACCOUNT.name };
    for (let attempt = 0; attempt < MAX_FAILED_ATTEMPTS; attempt += 1) {
      expect((await call('POST', '/signup', { body: taken })).status).toBe(409);
    }
    expectTooManyAttempts(
      await call('POST', '/signup', { body: taken }),
      FAILED_ATTEMPTS_WINDOW_MS / 1000,
    );
    expect((await call('POST', '/signup', { body: acmeSignup })).status).toBe(201);
  });
});

describe('attempts per client address', () => {
  it(`admits ${MAX_ATTEMPTS_PER_ADDRESS} sign-ins and sign-ups a minute from one address`, async () => {
    const from = '203.0.113.7';
    for (let attempt = 0; attempt < MAX_ATTEMPTS_PER_ADDRESS; attempt += 1) {
      // Invalid bodies: every attempt counts, whatever it sends.
      const path = attempt % 2 ? '/auth/token' : '/signup';
      const answer = await call('POST', path, {
        body: {},
        headers: { [CLIENT_ADDRESS_HEADER]: from },
      });
      expect(answer.status).toBe(400);
    }
    hub().advanceClock(20_000);
    expectTooManyAttempts(await signInAs(ADMIN, DEMO_PASSWORD, from), 40);
    const signUp = await call('POST', '/signup', {
      body: acmeSignup,
      headers: { [CLIENT_ADDRESS_HEADER]: from },
    });
    expectTooManyAttempts(signUp, 40);
    // Another address is let in, and this one once the minute is over.
    expect((await signInAs(ADMIN, DEMO_PASSWORD, '203.0.113.8')).status).toBe(201);
    hub().advanceClock(ADDRESS_ATTEMPTS_WINDOW_MS - 20_000);
    expect((await signInAs(ADMIN, DEMO_PASSWORD, from)).status).toBe(201);
  });

  it('counts every request in the page as one address', async () => {
    for (let attempt = 0; attempt < MAX_ATTEMPTS_PER_ADDRESS; attempt += 1) {
      await call('POST', '/auth/token', { body: {} });
    }
    expect((await signInAs(ADMIN, DEMO_PASSWORD)).status).toBe(429);
  });
});

describe('clearing the limits', () => {
  it.each([
    ['/__hub/limits', 'the limits control'],
    ['/__hub/reset', 'the reset control'],
  ])('%s lets everyone in again (%s)', async (path) => {
    await failTimes(MAX_FAILED_ATTEMPTS);
    for (let attempt = 0; attempt < MAX_ATTEMPTS_PER_ADDRESS; attempt += 1) {
      await call('POST', '/auth/token', { body: {} });
    }
    expect((await signInAs(ADMIN, DEMO_PASSWORD)).status).toBe(429);
    expect((await runControl(hub(), 'POST', path, ''))?.status).toBe(200);
    expect((await signInAs(ADMIN, DEMO_PASSWORD)).status).toBe(201);
  });

  it('takes no fields in the limits control', async () => {
    const answer = await runControl(hub(), 'POST', '/__hub/limits', '{"address":"x"}');
    expect(answer?.status).toBe(400);
    expect(JSON.stringify(answer?.body)).toMatch(/unknown field address/);
  });
});

describe('an unknown account or user', () => {
  it('costs one password-hash run, as a wrong password does', async () => {
    const derive = vi.spyOn(crypto.subtle, 'deriveBits');
    const runsFor = async (body: Record<string, string>) => {
      derive.mockClear();
      expect((await call('POST', '/auth/token', { body })).status).toBe(401);
      return derive.mock.calls.map(([algorithm]) => algorithm);
    };
    const oneRun = [expect.objectContaining({ name: 'PBKDF2', iterations: hashIterations() })];
    const wrong = { account: DEMO_ACCOUNT.name, email: ADMIN, password: 'not it' };
    expect(await runsFor(wrong)).toEqual(oneRun);
    expect(await runsFor({ ...wrong, account: 'No Such Corp' })).toEqual(oneRun);
    expect(await runsFor({ ...wrong, email: 'nobody@demo-corp.example' })).toEqual(oneRun);
    expect(
      await runsFor({ apiKey: 'f'.repeat(32), email: ADMIN, password: DEMO_PASSWORD }),
    ).toEqual(oneRun);
  });
});
