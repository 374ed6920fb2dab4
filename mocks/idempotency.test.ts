// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { acmeSignup, setUpTestHub } from './hub-test-client';
import { IDEMPOTENCY_WINDOW_MS } from './hub-http';

// An Idempotency-Key makes a retried create safe. It must not become a way to read another
// caller's answer, nor a way to have one request stand for a different one.
const { call, signIn, hub } = setUpTestHub();
const ADMIN = 'admin@demo-corp.example';
const VIEWER = 'viewer@demo-corp.example';
const KEY = { 'Idempotency-Key': 'create-42' };
const channel = { type: 'Twitter:Account', name: 'Retry - Twitter Account' };

async function channelsNamed(token: string, name: string) {
  const list = await call('GET', `/channels?q=${encodeURIComponent(name)}`, { token });
  return list.body.total as number;
}

async function signUpOtherAccount() {
  const created = await call('POST', '/signup', { body: acmeSignup });
  expect(created.status).toBe(201);
  return created.body.session.token as string;
}

describe('Idempotency-Key on creates', () => {
  it('gives the same caller the first answer again, and stores one channel', async () => {
    const token = await signIn(ADMIN);
    const first = await call('POST', '/channels', { token, body: channel, headers: KEY });
    const again = await call('POST', '/channels', { token, body: channel, headers: KEY });
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body.id).toBe(first.body.id);
    expect(await channelsNamed(token, channel.name)).toBe(1);
  });

  it('refuses the same key with another body (422) and stores nothing for it', async () => {
    const token = await signIn(ADMIN);
    await call('POST', '/channels', { token, body: channel, headers: KEY });
    const other = { ...channel, name: 'Something else' };
    const reused = await call('POST', '/channels', { token, body: other, headers: KEY });
    expect(reused.status).toBe(422);
    expect(reused.body.error.code).toBe('idempotency-key-reused');
    expect(await channelsNamed(token, 'Something else')).toBe(0);
  });

  it('replays nothing to a caller without a session or without the right', async () => {
    const admin = await signIn(ADMIN);
    await call('POST', '/channels', { token: admin, body: channel, headers: KEY });
    const anonymous = await call('POST', '/channels', { body: channel, headers: KEY });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.id).toBeUndefined();
    const garbage = await call('POST', '/channels', { token: 'x', body: channel, headers: KEY });
    expect(garbage.status).toBe(401);
    const viewer = await call('POST', '/channels', {
      token: await signIn(VIEWER),
      body: channel,
      headers: KEY,
    });
    expect(viewer.status).toBe(403);
    expect(viewer.body.id).toBeUndefined();
  });

  it("another account's Admin with the same key creates in their own account", async () => {
    const admin = await signIn(ADMIN);
    const ours = await call('POST', '/channels', { token: admin, body: channel, headers: KEY });
    const other = await signUpOtherAccount();
    const theirs = await call('POST', '/channels', { token: other, body: channel, headers: KEY });
    expect(theirs.status).toBe(201);
    expect(theirs.body.id).not.toBe(ours.body.id);
    expect(await channelsNamed(other, channel.name)).toBe(1);
    expect(await channelsNamed(admin, channel.name)).toBe(1);
  });

  it('keeps an answer for 24 hours: past that, the key starts a new create', async () => {
    const token = await signIn(ADMIN);
    const user = {
      firstName: 'Ida',
      lastName: 'Empotent',
      email: 'ida@demo-corp.example',
      roles: ['Viewer'],
    };
    const first = await call('POST', '/users', { token, body: user, headers: KEY });
    hub().advanceClock(IDEMPOTENCY_WINDOW_MS - 60_000);
    const within = await call('POST', '/users', {
      token: await signIn(ADMIN),
      body: user,
      headers: KEY,
    });
    expect(within.status).toBe(201);
    expect(within.body.id).toBe(first.body.id);
    hub().advanceClock(120_000);
    const after = await call('POST', '/users', {
      token: await signIn(ADMIN),
      body: user,
      headers: KEY,
    });
    // A new create: this email is taken now.
    expect(after.status).toBe(409);
  });
});
