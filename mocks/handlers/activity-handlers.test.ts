// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { toChannelUpdate, type Channel } from '../../src/api/channel-schema';
import { MAX_FAILED_ATTEMPTS } from '../../src/api/hub-route';
import { RETENTION_DAYS } from '../../src/api/account-schema';
import type { ActivityEvent } from '../../src/api/activity-schema';
import { setUpTestHub } from '../hub-test-client';
import { simulateKeywordSpike } from '../keyword-traffic';
import { DEMO_ACCOUNT, DEMO_API_KEY, DEMO_PASSWORD, SEED_CHANNEL_IDS } from '../seed';

const { call, signIn, hub } = setUpTestHub();

const ADMIN = 'admin@demo-corp.example';
const SUPPORT = 'support@demo-corp.example';
const VIEWER = 'viewer@demo-corp.example';
const ADMIN_ID = 'ab0000000000000000000001';
const VIEWER_ID = 'ab0000000000000000000003';
const DAY = 86_400_000;

async function readChannel(token: string, id: string): Promise<Channel> {
  return (await call('GET', `/channels/${id}`, { token })).body;
}

async function activity(token: string, query = '') {
  const result = await call('GET', `/activity${query ? `?${query}` : ''}`, { token });
  return result as { status: number; body: { items: ActivityEvent[]; total: number } };
}

async function addKeyword(token: string, keyword: string, headers?: Record<string, string>) {
  const channel = await readChannel(token, SEED_CHANNEL_IDS.twitterService);
  const update = toChannelUpdate(channel);
  if (update.type !== 'Twitter:Service') throw new Error('Not a Twitter:Service');
  return call('PUT', `/channels/${channel.id}`, {
    token,
    body: { ...update, keywords: [...update.keywords, keyword] },
    headers: { 'If-Match': `"${channel.version}"`, ...headers },
  });
}

describe('the change history of the mock Hub', () => {
  it('records a channel update with its actor, request ID and the keywords added', async () => {
    const token = await signIn(ADMIN);
    const saved = await addKeyword(token, 'new launch', { 'X-Request-Id': 'support-ticket-42' });
    expect(saved.status).toBe(200);
    const { body } = await activity(token, 'resource=channel');
    expect(body.items[0]).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{24}$/),
      at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      actor: { id: ADMIN_ID, name: 'Ada Admin' },
      type: 'channel.updated',
      resource: 'channel',
      resourceId: SEED_CHANNEL_IDS.twitterService,
      resourceName: '@DemoCorp - Twitter Service',
      requestId: 'support-ticket-42',
      changes: [{ field: 'keywords', added: ['new launch'], removed: [] }],
    });
  });

  it('records a switch of Production mode as an event of its own, and a rename under the old name', async () => {
    const token = await signIn(ADMIN);
    const channel = await readChannel(token, SEED_CHANNEL_IDS.twitterService);
    const update = toChannelUpdate(channel);
    await call('PUT', `/channels/${channel.id}`, {
      token,
      body: { ...update, production: false, name: 'Renamed' },
      headers: { 'If-Match': `"${channel.version}"` },
    });
    const { body } = await activity(token, `resourceId=${channel.id}`);
    const [switched, updated] = body.items;
    expect(switched).toMatchObject({
      type: 'channel.production-switched',
      resourceName: 'Renamed',
      changes: [{ field: 'production', before: true, after: false }],
    });
    expect(updated).toMatchObject({
      type: 'channel.updated',
      changes: [{ field: 'name', before: '@DemoCorp - Twitter Service', after: 'Renamed' }],
    });
    expect(switched?.requestId).toBe(updated?.requestId);
  });

  it('records channels created and deleted, with their names at the time', async () => {
    const token = await signIn(ADMIN);
    const created = await call('POST', '/channels', {
      token,
      body: { type: 'Twitter:Service', name: 'Lab' },
    });
    await call('DELETE', `/channels/${created.body.id}`, { token });
    const { body } = await activity(token, `resourceId=${created.body.id}`);
    expect(body.items.map((event) => [event.type, event.resourceName])).toEqual([
      ['channel.deleted', 'Lab'],
      ['channel.created', 'Lab'],
    ]);
  });

  it('records a keyword blocked after a spike, and unblocked, with the actor Hub', async () => {
    simulateKeywordSpike(hub(), SEED_CHANNEL_IDS.twitterService, 'DemoCorp', 450);
    hub().advanceClock(4 * DAY);
    const token = await signIn(ADMIN);
    await readChannel(token, SEED_CHANNEL_IDS.twitterService);
    const { body } = await activity(token, 'actor=hub');
    expect(body.items).toMatchObject([
      {
        type: 'channel.keyword-unblocked',
        actor: { id: 'hub', name: 'Hub' },
        changes: [{ field: 'blockedKeywords', added: [], removed: ['DemoCorp'] }],
      },
      {
        type: 'channel.keyword-blocked',
        actor: { id: 'hub', name: 'Hub' },
        resourceId: SEED_CHANNEL_IDS.twitterService,
        changes: [
          { field: 'keywords', added: [], removed: ['DemoCorp'] },
          { field: 'blockedKeywords', added: ['DemoCorp'], removed: [] },
        ],
      },
    ]);
  });

  it('records users created, renamed, given roles, reset and deleted, never the password', async () => {
    const token = await signIn(ADMIN);
    const created = await call('POST', '/users', {
      token,
      body: {
        firstName: 'Nia',
        lastName: 'New',
        email: 'nia@demo-corp.example',
        roles: ['Viewer'],
      },
    });
    const id: string = created.body.id;
    await call('PUT', `/users/${id}`, {
      token,
      body: { firstName: 'Nia', lastName: 'Renamed', roles: ['Viewer', 'Support'] },
      headers: { 'If-Match': '"1"' },
    });
    await call('POST', `/users/${id}/password`, {
      token,
      body: { password: 'a brand new password 9' },
    });
    await call('DELETE', `/users/${id}`, { token });
    const { body } = await activity(token, `resource=user&resourceId=${id}`);
    expect(body.items.map(({ type, changes }) => ({ type, changes }))).toEqual([
      { type: 'user.deleted', changes: [] },
      { type: 'user.password-reset', changes: [{ field: 'password', changed: true }] },
      {
        type: 'user.roles-changed',
        changes: [{ field: 'roles', added: ['Support'], removed: [] }],
      },
      {
        type: 'user.updated',
        changes: [{ field: 'lastName', before: 'New', after: 'Renamed' }],
      },
      {
        type: 'user.created',
        changes: [
          { field: 'firstName', before: null, after: 'Nia' },
          { field: 'lastName', before: null, after: 'New' },
          { field: 'email', before: null, after: 'nia@demo-corp.example' },
          { field: 'roles', added: ['Viewer'], removed: [] },
        ],
      },
    ]);
    expect(JSON.stringify(body)).not.toContain('a brand new password 9');
  });

  it('records sign-ins, failed sign-ins and the lockout they lead to', async () => {
    await signIn(VIEWER);
    for (let attempt = 0; attempt < MAX_FAILED_ATTEMPTS; attempt += 1) {
      await call('POST', '/auth/token', {
        body: { account: DEMO_ACCOUNT.name, email: VIEWER, password: 'not the password' },
      });
    }
    await call('POST', '/auth/token', {
      body: { account: DEMO_ACCOUNT.name, email: 'nobody@demo-corp.example', password: 'x' },
    });
    const token = await signIn(ADMIN);
    const viewer = await activity(token, `resourceId=${VIEWER_ID}`);
    expect(viewer.body.items.map((event) => event.type)).toEqual([
      'user.locked-out',
      ...Array<string>(MAX_FAILED_ATTEMPTS).fill('user.sign-in-failed'),
      'user.signed-in',
    ]);
    const unknown = await activity(token, 'type=user.sign-in-failed&resource=account');
    expect(unknown.body.items).toMatchObject([
      {
        actor: { id: 'unknown', name: 'Unknown user' },
        resource: 'account',
        resourceName: DEMO_ACCOUNT.name,
      },
    ]);
  });

  it('filters by type, actor and time, pages newest first, and counts the whole', async () => {
    const token = await signIn(ADMIN);
    const start = hub().now().toISOString();
    for (const keyword of ['one', 'two', 'three']) {
      hub().advanceClock(60_000);
      await addKeyword(token, keyword);
    }
    const firstPage = await activity(token, 'type=channel.updated&pageSize=2');
    expect(firstPage.body.total).toBe(3);
    expect(firstPage.body.items.map((event) => event.changes)).toEqual([
      [{ field: 'keywords', added: ['three'], removed: [] }],
      [{ field: 'keywords', added: ['two'], removed: [] }],
    ]);
    const secondPage = await activity(token, 'type=channel.updated&pageSize=2&page=2');
    expect(secondPage.body.items).toHaveLength(1);
    const from = new Date(Date.parse(start) + 90_000).toISOString();
    const to = new Date(Date.parse(start) + 150_000).toISOString();
    const window = await activity(token, `from=${from}&to=${to}`);
    expect(window.body.items.map((event) => event.changes)).toEqual([
      [{ field: 'keywords', added: ['two'], removed: [] }],
    ]);
    expect((await activity(token, `actor=${VIEWER_ID}`)).body.total).toBe(0);
    expect((await activity(token, 'pageSize=101')).status).toBe(400);
    expect((await activity(token, 'resource=everything')).status).toBe(400);
  });

  it('shows a Viewer channel events only: all of them without a filter, 403 for the rest', async () => {
    const admin = await signIn(ADMIN);
    await addKeyword(admin, 'for everyone');
    const viewer = await signIn(VIEWER);
    const all = await activity(viewer);
    expect(all.status).toBe(200);
    expect(all.body.items.length).toBeGreaterThan(0);
    expect(all.body.items.every((event) => event.resource === 'channel')).toBe(true);
    expect((await activity(viewer, 'resource=user')).status).toBe(403);
    expect((await activity(viewer, 'resource=account')).status).toBe(403);
    const support = await signIn(SUPPORT);
    const users = await activity(support, 'resource=user');
    expect(users.status).toBe(200);
    expect(users.body.total).toBeGreaterThan(0);
  });

  it('keeps each account’s events to itself', async () => {
    const signup = await call('POST', '/signup', {
      body: {
        account: 'Acme',
        firstName: 'Ada',
        lastName: 'Lovelace',
        email: 'ada@acme.example',
        password: 'analytical engine 1843',
        acceptLegalTerms: true,
      },
    });
    const acme = await activity(signup.body.session.token);
    expect(acme.body.items.map((event) => event.type)).toEqual(['account.created']);
    const demo = await activity(await signIn(ADMIN));
    expect(demo.body.items.some((event) => event.type === 'account.created')).toBe(false);
  });

  it(`prunes events older than ${RETENTION_DAYS} days on the Hub's clock`, async () => {
    await addKeyword(await signIn(ADMIN), 'old news');
    hub().advanceClock(RETENTION_DAYS * DAY - 60_000);
    const token = await signIn(ADMIN);
    expect((await activity(token, 'type=channel.updated')).body.total).toBe(1);
    hub().advanceClock(120_000);
    expect((await activity(token, 'type=channel.updated')).body.total).toBe(0);
    expect(
      hub()
        .events.all()
        .some((event) => event.type === 'channel.updated'),
    ).toBe(false);
  });

  it('keeps the events apart from the state, and forgets them on a reset', async () => {
    const token = await signIn(ADMIN);
    await addKeyword(token, 'apart');
    expect(JSON.stringify(hub().state)).not.toContain('channel.updated');
    expect(hub().events.all().length).toBeGreaterThan(0);
    await hub().reset();
    expect(hub().events.all()).toEqual([]);
  });
});

describe('API key rotation', () => {
  const dms = { email: ADMIN, password: DEMO_PASSWORD };

  it('refuses the old key at once, ends the sessions opened with it, and keeps the others', async () => {
    const console = await signIn(ADMIN);
    const dmsSession = await call('POST', '/auth/token', {
      body: { apiKey: DEMO_API_KEY, ...dms },
    });
    expect(dmsSession.status).toBe(201);
    const dmsToken: string = dmsSession.body.token;

    const rotated = await call('POST', '/account/api-key', { token: console });
    expect(rotated.status).toBe(200);
    const newKey: string = rotated.body.apiKey;
    expect(newKey).toMatch(/^[0-9a-f]{32}$/);
    expect(newKey).not.toBe(DEMO_API_KEY);
    expect(rotated.body.apiKeyMasked).toBe(false);
    expect(hub().state.accounts[0]?.apiKeyRotatedAt).toBe(rotated.body.apiKeyRotatedAt);

    const old = await call('POST', '/auth/token', { body: { apiKey: DEMO_API_KEY, ...dms } });
    expect(old.status).toBe(401);
    expect((await call('GET', '/me', { token: dmsToken })).status).toBe(401);
    expect((await call('GET', '/me', { token: console })).status).toBe(200);
    const fresh = await call('POST', '/auth/token', { body: { apiKey: newKey, ...dms } });
    expect(fresh.status).toBe(201);

    const masked = await call('GET', '/account', { token: console });
    expect(masked.body.apiKey.endsWith(newKey.slice(-4))).toBe(true);
    const { body } = await activity(console, 'type=account.api-key-rotated');
    expect(body.items).toMatchObject([
      {
        actor: { id: ADMIN_ID, name: 'Ada Admin' },
        resource: 'account',
        resourceName: DEMO_ACCOUNT.name,
        changes: [{ field: 'apiKey', changed: true }],
      },
    ]);
  });

  it('is an Admin’s alone', async () => {
    for (const email of [SUPPORT, VIEWER]) {
      const result = await call('POST', '/account/api-key', { token: await signIn(email) });
      expect(result.status).toBe(403);
    }
    expect(hub().state.accounts[0]?.apiKey).toBe(DEMO_API_KEY);
  });

  it('records each explicit reveal of the key, and no masked read', async () => {
    const token = await signIn(ADMIN);
    await call('GET', '/account', { token });
    await call('GET', '/account?reveal=apiKey', { token });
    const { body } = await activity(token, 'resource=account');
    expect(body.items.map((event) => event.type)).toEqual(['account.api-key-revealed']);
  });
});

describe('the secrets of a whole scenario', () => {
  it('never appear in any event: API keys, passwords, session tokens', async () => {
    const secrets: string[] = [DEMO_API_KEY, DEMO_PASSWORD];
    const admin = await signIn(ADMIN);
    secrets.push(admin);
    const dms = await call('POST', '/auth/token', {
      body: { apiKey: DEMO_API_KEY, email: ADMIN, password: DEMO_PASSWORD },
    });
    secrets.push(dms.body.token);
    await call('GET', '/account?reveal=apiKey', { token: admin });
    await addKeyword(admin, 'scenario');
    const created = await call('POST', '/users', {
      token: admin,
      body: { firstName: 'Sec', lastName: 'Ret', email: 'sec@demo-corp.example', roles: ['Admin'] },
    });
    const password = 'secret scenario password 5';
    secrets.push(password);
    await call('POST', `/users/${created.body.id}/password`, { token: admin, body: { password } });
    const wrong = 'a wrong password typed 3';
    secrets.push(wrong);
    for (let attempt = 0; attempt <= MAX_FAILED_ATTEMPTS; attempt += 1) {
      await call('POST', '/auth/token', {
        body: { account: DEMO_ACCOUNT.name, email: VIEWER, password: wrong },
      });
    }
    const rotated = await call('POST', '/account/api-key', { token: admin });
    secrets.push(rotated.body.apiKey);
    const signup = await call('POST', '/signup', {
      body: {
        account: 'Secret Corp',
        firstName: 'Sue',
        lastName: 'Secret',
        email: 'sue@secret.example',
        password: 'signup secret password 8',
        acceptLegalTerms: true,
      },
    });
    secrets.push('signup secret password 8', signup.body.account.apiKey, signup.body.session.token);
    simulateKeywordSpike(hub(), SEED_CHANNEL_IDS.twitterService, 'DemoCorp', 450);
    await call('DELETE', '/auth/token', { token: admin });

    const events = hub().events.all();
    expect(new Set(events.map((event) => event.type)).size).toBeGreaterThanOrEqual(10);
    const stored = JSON.stringify(events);
    for (const secret of secrets) expect(stored).not.toContain(secret);
  });
});
