// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { memoryPersistence, MockHub } from './mock-hub';
import { DEMO_API_KEY, DEMO_PASSWORD } from './seed';
import { hubStateSchema } from './hub-state';
import { acmeSignup, setUpTestHub } from './hub-test-client';

const testHub = setUpTestHub();

function call(method: string, path: string, body?: unknown, token?: string) {
  return testHub.call(method, path, { body, token });
}

// The account name as a user might type it: the Hub compares names by their key.
function signIn(email: string, password = DEMO_PASSWORD) {
  return testHub.signIn(email, password, 'demo CORP');
}

const signup = acmeSignup;

describe('the mock Hub store', () => {
  it('persists every change and reloads it', async () => {
    const persistence = memoryPersistence();
    const first = await MockHub.create(persistence);
    first.advanceClock(3_600_000);
    const second = await MockHub.create(persistence);
    expect(second.state.clockOffsetMs).toBe(3_600_000);
    expect(second.storageProblem).toBeNull();
  });

  it('keeps salted hashes, never passwords', async () => {
    const serialized = JSON.stringify(testHub.hub().state);
    expect(serialized).not.toContain(DEMO_PASSWORD);
    const [first, second] = testHub.hub().state.users;
    expect(first?.passwordHash?.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(first?.passwordHash?.salt).toMatch(/^[0-9a-f]{32}$/);
    expect(hubStateSchema.safeParse(testHub.hub().state).success).toBe(true);
    expect(second?.passwordHash?.salt).toBeDefined();
  });

  it('reports corrupt stored data and overwrites nothing until reset', async () => {
    for (const raw of ['{not json', JSON.stringify({ stateVersion: 99 })]) {
      const persistence = memoryPersistence();
      persistence.save(raw);
      const damaged = await MockHub.create(persistence);
      expect(damaged.storageProblem).toMatch(/stored mock Hub data/);
      damaged.advanceClock(1000);
      expect(persistence.load()).toBe(raw);
      await damaged.reset();
      expect(damaged.storageProblem).toBeNull();
      expect(hubStateSchema.safeParse(JSON.parse(persistence.load()!)).success).toBe(true);
    }
  });
});

describe('the mock Hub API', () => {
  it('signs up an account whose first user is an Admin with a working session', async () => {
    const created = await call('POST', '/signup', signup);
    expect(created.status).toBe(201);
    expect(created.body.account).toMatchObject({
      name: 'Acme',
      apiKeyMasked: false,
      retentionDays: 28,
    });
    expect(created.body.account.apiKey).toMatch(/^[0-9a-f]{32}$/);
    const me = await call('GET', '/me', undefined, created.body.session.token);
    expect(me.body).toMatchObject({ role: 'Admin', accountName: 'Acme' });
    expect(me.body.user.email).toBe('ada@acme.example');
  });

  it('refuses a taken account name in any case, and invalid input, with field errors', async () => {
    const taken = await call('POST', '/signup', { ...signup, account: ' demo corp ' });
    expect(taken.status).toBe(409);
    expect(taken.body.error.fieldErrors.account).toMatch(/already taken/);
    const invalid = await call('POST', '/signup', {
      ...signup,
      account: 'x'.repeat(10_000),
      email: 'not-an-email',
      acceptLegalTerms: false,
    });
    expect(invalid.status).toBe(400);
    expect(Object.keys(invalid.body.error.fieldErrors).sort()).toEqual([
      'acceptLegalTerms',
      'account',
      'email',
    ]);
    const weak = await call('POST', '/signup', { ...signup, password: 'short' });
    expect(weak.body.error.fieldErrors.password).toMatch(/at least 12/);
  });

  it('reads one user with its version for any signed-in user of the account only', async () => {
    const viewer = await signIn('viewer@demo-corp.example');
    const list = await call('GET', '/users?q=support', undefined, viewer);
    const support = list.body.items[0];
    const read = await call('GET', `/users/${support.id}`, undefined, viewer);
    expect(read.status).toBe(200);
    expect(read.body).toEqual(support);
    expect(read.body.version).toEqual(expect.any(Number));
    const other = await call('POST', '/signup', signup);
    const elsewhere = await call(
      'GET',
      `/users/${support.id}`,
      undefined,
      other.body.session.token,
    );
    expect(elsewhere.status).toBe(404);
    expect((await call('GET', `/users/${support.id}`)).status).toBe(401);
  });

  it('answers a wrong password with 401 and the same message as an unknown user', async () => {
    const wrong = await call('POST', '/auth/token', {
      account: 'Demo Corp',
      email: 'admin@demo-corp.example',
      password: 'wrong password!',
    });
    const unknown = await call('POST', '/auth/token', {
      account: 'Demo Corp',
      email: 'nobody@demo-corp.example',
      password: DEMO_PASSWORD,
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.error.message).toBe(unknown.body.error.message);
  });

  it('issues tokens that end after 24 hours on the mock clock, and on sign-out', async () => {
    const token = await signIn('viewer@demo-corp.example');
    testHub.hub().advanceClock(23 * 3_600_000);
    expect((await call('GET', '/me', undefined, token)).status).toBe(200);
    testHub.hub().advanceClock(3_600_000 + 1000);
    expect((await call('GET', '/me', undefined, token)).status).toBe(401);
    const second = await signIn('viewer@demo-corp.example');
    expect((await call('DELETE', '/auth/token', undefined, second)).status).toBe(204);
    expect((await call('GET', '/me', undefined, second)).status).toBe(401);
  });

  it('accepts the API key form of auth/token, as the DMS driver uses it', async () => {
    const result = await call('POST', '/auth/token', {
      apiKey: DEMO_API_KEY,
      email: 'admin@demo-corp.example',
      password: DEMO_PASSWORD,
    });
    expect(result.status).toBe(201);
  });

  it('reveals the API key to an Admin only', async () => {
    const admin = await signIn('admin@demo-corp.example');
    const support = await signIn('support@demo-corp.example');
    const masked = await call('GET', '/account', undefined, support);
    expect(masked.body.apiKey).not.toContain(DEMO_API_KEY.slice(0, 8));
    expect(masked.body.apiKeyMasked).toBe(true);
    expect((await call('GET', '/account?reveal=apiKey', undefined, support)).status).toBe(403);
    const revealed = await call('GET', '/account?reveal=apiKey', undefined, admin);
    expect(revealed.body.apiKey).toBe(DEMO_API_KEY);
  });

  it('applies one armed fault to the next request only', async () => {
    testHub.hub().failNextRequest('rate-limit');
    const limited = await call('GET', '/me');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('Retry-After')).toBe('2');
    expect((await call('GET', '/me')).status).toBe(401);
    testHub.hub().failNextRequest('server-error');
    expect((await call('GET', '/me')).status).toBe(500);
  });
});

describe('the mock Hub channels', () => {
  it('lists with search, filters, sort and pages, as the URL asks', async () => {
    const token = await signIn('viewer@demo-corp.example');
    const all = await call('GET', '/channels?sort=-name', undefined, token);
    expect(all.body.total).toBe(4);
    expect(all.body.items[0].name).toBe('Demo Corp - Facebook Service');
    const filtered = await call(
      'GET',
      '/channels?q=TWITTER&status=Active&production=true&type=Twitter%3AService',
      undefined,
      token,
    );
    expect(filtered.body.items.map((channel: { name: string }) => channel.name)).toEqual([
      '@DemoCorp - Twitter Service',
    ]);
    const paged = await call('GET', '/channels?page=2&pageSize=3', undefined, token);
    expect(paged.body).toMatchObject({ total: 4 });
    expect(paged.body.items).toHaveLength(1);
    expect((await call('GET', '/channels?pageSize=1000', undefined, token)).status).toBe(400);
  });

  it('creates Suspended, non-production channels with the defaults and a 24-hex ID', async () => {
    const token = await signIn('admin@demo-corp.example');
    const created = await call(
      'POST',
      '/channels',
      { type: 'Twitter:Service', name: ' Acme ' },
      token,
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: 'Acme',
      status: 'Suspended',
      production: false,
      rpcCacheTimeout: 90,
      skipRetweets: true,
      messageTypes: { private: true, public: true, complianceEvents: true },
    });
    expect(created.body.id).toMatch(/^[0-9a-f]{24}$/);
    const taken = await call(
      'POST',
      '/channels',
      { type: 'Facebook:Account', name: 'ACME' },
      token,
    );
    expect(taken.status).toBe(409);
  });

  it('applies a create once per Idempotency-Key', async () => {
    const token = await signIn('admin@demo-corp.example');
    const send = (key: string) =>
      testHub.call('POST', '/channels', {
        token,
        headers: { 'Idempotency-Key': key },
        body: { type: 'Twitter:Account', name: 'Once' },
      });
    const first = await send('key-1');
    const repeat = await send('key-1');
    expect(first.status).toBe(201);
    expect(repeat.status).toBe(201);
    expect(repeat.body.id).toBe(first.body.id);
    expect((await send('key-2')).status).toBe(409);
    const list = await call('GET', '/channels?q=once', undefined, token);
    expect(list.body.total).toBe(1);
  });

  it('needs If-Match, refuses a stale version, and lists what Active lacks', async () => {
    const token = await signIn('admin@demo-corp.example');
    const created = await call(
      'POST',
      '/channels',
      { type: 'Facebook:Service', name: 'Fb' },
      token,
    );
    const { id, version, createdAt: _c, updatedAt: _u, ...body } = created.body;
    const put = (update: unknown, ifMatch?: number) =>
      testHub.call('PUT', `/channels/${id}`, {
        token,
        headers: ifMatch ? { 'If-Match': `"${ifMatch}"` } : {},
        body: update,
      });
    expect((await put(body)).status).toBe(428);
    const incomplete = await put({ ...body, status: 'Active' }, version);
    expect(incomplete.status).toBe(422);
    // The list comes one item each in details, and joined in fieldErrors.status for older clients.
    const { error } = incomplete.body;
    expect(error.details).toContainEqual(expect.stringMatching(/Outbound Channel/));
    expect(error.fieldErrors.status).toBe(error.details.join('; '));
    expect((await put({ ...body, description: 'one' }, version)).status).toBe(200);
    expect((await put({ ...body, description: 'two' }, version)).status).toBe(412);
  });
});

describe('the large data set', () => {
  it('grows the demo account to 2,000 channels and 5,000 users that fit the schema', async () => {
    const admin = await signIn('admin@demo-corp.example');
    testHub.hub().loadLargeDataSet();
    expect(() => hubStateSchema.parse(testHub.hub().state)).not.toThrow();
    const channels = await call('GET', '/channels?pageSize=1', undefined, admin);
    const users = await call('GET', '/users?pageSize=1', undefined, admin);
    expect(channels.body.total).toBe(2_000);
    expect(users.body.total).toBe(5_000);
    const ids = new Set(testHub.hub().state.channels.map((stored) => stored.channel.id));
    expect(ids.size).toBe(testHub.hub().state.channels.length);
    const emails = new Set(testHub.hub().state.users.map((user) => user.email.toLowerCase()));
    expect(emails.size).toBe(testHub.hub().state.users.length);
    // The Hub pages, filters and sorts it: the second page by name follows the first.
    const first = await call('GET', '/channels?sort=name&page=1&pageSize=25', undefined, admin);
    const second = await call('GET', '/channels?sort=name&page=2&pageSize=25', undefined, admin);
    const names = [...first.body.items, ...second.body.items].map(
      (channel: { name: string }) => channel.name,
    );
    expect(names).toEqual(
      [...names].sort(new Intl.Collator('en', { sensitivity: 'base' }).compare),
    );
    const acme = await call('GET', '/channels?q=acme&pageSize=100', undefined, admin);
    expect(acme.body.total).toBeGreaterThan(0);
    expect(acme.body.items.every((channel: { name: string }) => /acme/i.test(channel.name))).toBe(
      true,
    );
  });

  it('loads again without duplicates and keeps what people added by hand', async () => {
    const admin = await signIn('admin@demo-corp.example');
    testHub.hub().loadLargeDataSet();
    const created = await call(
      'POST',
      '/channels',
      { type: 'Twitter:Account', name: 'Made by hand' },
      admin,
    );
    expect(created.status).toBe(201);
    testHub.hub().loadLargeDataSet();
    expect(testHub.hub().state.channels).toHaveLength(2_000);
    expect(testHub.hub().state.users).toHaveLength(5_000);
    const found = await call('GET', '/channels?q=Made%20by%20hand', undefined, admin);
    expect(found.body.items.map((channel: { id: string }) => channel.id)).toEqual([
      created.body.id,
    ]);
    // The demo sign-ins still work.
    expect(await signIn('viewer@demo-corp.example')).toMatch(/\w+/);
  });

  it('grows the account it is asked to, and only that one', async () => {
    const created = await call('POST', '/signup', signup);
    const token = created.body.session.token as string;
    const accountId = testHub.hub().accountOfToken(token);
    expect(accountId).toBeDefined();
    testHub.hub().loadLargeDataSet();
    testHub.hub().loadLargeDataSet(accountId);
    const acme = await call('GET', '/users?q=acme.example&pageSize=1', undefined, token);
    expect(acme.body.total).toBe(5_000);
    const channels = await call('GET', '/channels?pageSize=1', undefined, token);
    expect(channels.body.total).toBe(2_000);
    const admin = await signIn('admin@demo-corp.example');
    expect((await call('GET', '/users?pageSize=1', undefined, admin)).body.total).toBe(5_000);
    const ids = testHub.hub().state.channels.map((stored) => stored.channel.id);
    expect(new Set(ids).size).toBe(4_000);
    expect(() => hubStateSchema.parse(testHub.hub().state)).not.toThrow();
  });
});
