// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { toChannelConfig } from '../../src/api/channel-config';
import { toChannelUpdate, type Channel, type ChannelType } from '../../src/api/channel-schema';
import { acmeSignup, setUpTestHub } from '../hub-test-client';
import { simulateKeywordSpike } from '../keyword-traffic';
import { DEMO_ACCOUNT, SEED_CHANNEL_IDS } from '../seed';
import { facebookPagesOf } from '../facebook-pages';

// The channels part of the mock Hub over HTTP, as the console and any other client see it.
const { call, signIn, hub } = setUpTestHub();
const ADMIN = 'admin@demo-corp.example';
const VIEWER = 'viewer@demo-corp.example';
const START = Date.parse('2026-03-02T10:00:00.000Z');
const MINUTE = 60_000;

const seedNames = {
  twitterAccount: '@DemoCorp - Twitter Account',
  twitterService: '@DemoCorp - Twitter Service',
  facebookAccount: 'Demo Corp - Facebook Account',
  facebookService: 'Demo Corp - Facebook Service',
};

// The Hub's clock is the system time plus its offset: frozen, every timestamp it writes is exact.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: START });
});
afterEach(() => vi.useRealTimers());

function at(milliseconds: number) {
  return new Date(milliseconds).toISOString();
}

async function create(token: string, type: ChannelType, name: string, description?: string) {
  const created = await call('POST', '/channels', { token, body: { type, name, description } });
  expect(created.status).toBe(201);
  return created.body as Channel;
}

async function read(token: string, id: string) {
  const result = await call('GET', `/channels/${id}`, { token });
  expect(result.status).toBe(200);
  return result.body as Channel;
}

/** PUT of the channel as read, with some values changed, at the version read. */
function save(token: string, channel: Channel, changes: Record<string, unknown> = {}) {
  return call('PUT', `/channels/${channel.id}`, {
    token,
    headers: { 'If-Match': `"${channel.version}"` },
    body: { ...toChannelUpdate(channel), ...changes },
  });
}

async function listNames(token: string, query: string) {
  const result = await call('GET', `/channels${query}`, { token });
  expect(result.status).toBe(200);
  return (result.body.items as Channel[]).map((channel) => channel.name);
}

async function otherAccount() {
  const created = await call('POST', '/signup', {
    body: acmeSignup,
  });
  expect(created.status).toBe(201);
  return created.body.session.token as string;
}

describe('the mock Hub channel list', () => {
  it.each([
    ['', Object.values(seedNames)],
    ['?type=Facebook%3AAccount', [seedNames.facebookAccount]],
    ['?type=Twitter%3AService', [seedNames.twitterService]],
    ['?status=Suspended', [seedNames.facebookService]],
    [
      '?status=Active',
      [seedNames.twitterAccount, seedNames.twitterService, seedNames.facebookAccount],
    ],
    ['?production=false', [seedNames.facebookService]],
    [
      '?production=true',
      [seedNames.twitterAccount, seedNames.twitterService, seedNames.facebookAccount],
    ],
    ['?q=%20FACEBOOK%20%20service', [seedNames.facebookService]],
    ['?q=twitter', [seedNames.twitterAccount, seedNames.twitterService]],
    ['?q=nothing%20like%20it', []],
  ])('answers %s with the channels that match', async (query, names) => {
    expect(await listNames(await signIn(VIEWER), query)).toEqual(names);
  });

  it('sorts by name as a reader would, and by type or time with ties by name', async () => {
    const admin = await signIn(ADMIN);
    // Case tells code point order from reading order: "Zulu" < "alpha" by code point only.
    await create(admin, 'Twitter:Account', 'Zulu');
    await create(admin, 'Twitter:Account', 'alpha');
    vi.setSystemTime(START + MINUTE);
    const facebook = await read(admin, SEED_CHANNEL_IDS.facebookService);
    expect((await save(admin, facebook, { description: 'newest' })).status).toBe(200);

    const byName = [
      seedNames.twitterAccount,
      seedNames.twitterService,
      'alpha',
      seedNames.facebookAccount,
      seedNames.facebookService,
      'Zulu',
    ];
    const twitterAccounts = [seedNames.twitterAccount, 'Zulu', 'alpha'];
    const table: [string, string[]][] = [
      ['name', byName],
      ['-name', [...byName].reverse()],
      [
        'type',
        [
          seedNames.facebookAccount,
          seedNames.facebookService,
          ...twitterAccounts,
          seedNames.twitterService,
        ],
      ],
      [
        '-type',
        [
          seedNames.twitterService,
          ...twitterAccounts,
          seedNames.facebookService,
          seedNames.facebookAccount,
        ],
      ],
      [
        'updatedAt',
        [
          seedNames.twitterAccount,
          seedNames.twitterService,
          seedNames.facebookAccount,
          ...twitterAccounts.slice(1),
          seedNames.facebookService,
        ],
      ],
      [
        '-updatedAt',
        [
          seedNames.facebookService,
          ...twitterAccounts.slice(1),
          seedNames.twitterAccount,
          seedNames.twitterService,
          seedNames.facebookAccount,
        ],
      ],
    ];
    for (const [sort, names] of table) {
      expect(await listNames(admin, `?sort=${sort}`), sort).toEqual(names);
    }
  });

  it.each([
    [
      1,
      4,
      [seedNames.twitterAccount, seedNames.twitterService, 'alpha', seedNames.facebookAccount],
    ],
    [2, 4, [seedNames.facebookService, 'Zulu']],
    [3, 4, []],
    [2, 1, [seedNames.twitterService]],
  ])('answers page %i of %i a page with its part of the list', async (page, pageSize, names) => {
    const admin = await signIn(ADMIN);
    await create(admin, 'Twitter:Account', 'Zulu');
    await create(admin, 'Twitter:Account', 'alpha');
    const result = await call('GET', `/channels?page=${page}&pageSize=${pageSize}`, {
      token: admin,
    });
    expect(result.body).toEqual({ items: expect.any(Array), total: 6 });
    expect(result.body.items.map((channel: Channel) => channel.name)).toEqual(names);
  });

  it('keeps each account’s channels to itself', async () => {
    const acme = await otherAccount();
    expect(await listNames(acme, '')).toEqual([]);
    const id = SEED_CHANNEL_IDS.facebookAccount;
    const demo = await read(await signIn(ADMIN), id);
    for (const [method, path] of [
      ['GET', `/channels/${id}`],
      ['DELETE', `/channels/${id}`],
      ['GET', `/channels/${id}/facebook-pages`],
      ['POST', `/channels/${id}/authorization`],
    ] as const) {
      const result = await call(method, path, { token: acme });
      expect(result.status, `${method} ${path}`).toBe(404);
      expect(result.body.error).toEqual({
        code: 'not-found',
        message: 'This channel no longer exists.',
      });
    }
    expect((await save(acme, demo, { description: 'theirs' })).status).toBe(404);
    // The same name is free in another account.
    await create(acme, 'Facebook:Account', seedNames.facebookAccount);
    expect(await read(await signIn(ADMIN), id)).toEqual(demo);
  });
});

describe('the mock Hub channel creation', () => {
  const created = {
    status: 'Suspended',
    production: false,
    version: 1,
    createdAt: at(START),
    updatedAt: at(START),
  };

  it.each([
    ['Twitter:Account', { authorization: null }],
    ['Facebook:Account', { authorization: null }],
    [
      'Twitter:Service',
      {
        allowAnyLanguage: false,
        languages: [],
        keywords: [],
        exclusions: [],
        skipRetweets: true,
        handles: [],
        defaultReplyHandle: null,
        useHandlesAsKeywords: true,
        rpcCacheTimeout: 90,
        messageTypes: { private: true, public: true, complianceEvents: true },
        doNotStorePersonalData: false,
        blockedKeywords: [],
      },
    ],
    [
      'Facebook:Service',
      {
        outboundChannelId: null,
        pageIds: [],
        rpcCacheTimeout: 90,
        queueHistoryWindow: 604_800,
        dataRecovery: true,
        doNotStorePersonalData: false,
        messageTypes: { private: true, public: true, adsInteractions: false },
      },
    ],
  ] as const)('stores a new %s with its type’s defaults', async (type, defaults) => {
    const admin = await signIn(ADMIN);
    const channel = await create(admin, type, 'New one', 'What it is for');
    expect(channel).toEqual({
      ...created,
      ...defaults,
      id: expect.stringMatching(/^[0-9a-f]{24}$/),
      type,
      name: 'New one',
      description: 'What it is for',
    });
    expect(await read(admin, channel.id)).toEqual(channel);
  });

  it('refuses a name another channel has, on the name field', async () => {
    const admin = await signIn(ADMIN);
    const taken = await call('POST', '/channels', {
      token: admin,
      body: { type: 'Twitter:Account', name: 'DEMO CORP - facebook ACCOUNT' },
    });
    expect(taken.status).toBe(409);
    expect(taken.body.error).toEqual({
      code: 'name-taken',
      message: 'A channel with this name already exists.',
      fieldErrors: {
        name: 'Another channel of this account has this name (names ignore case).',
      },
    });
    expect(await listNames(admin, '?type=Twitter%3AAccount')).toEqual([seedNames.twitterAccount]);
  });
});

describe('the mock Hub channel update', () => {
  it('stores the edit with the next version and the time of the save', async () => {
    const admin = await signIn(ADMIN);
    const before = await read(admin, SEED_CHANNEL_IDS.twitterAccount);
    vi.setSystemTime(START + MINUTE);
    const saved = await save(admin, before, { name: 'Renamed', production: false });
    expect(saved.status).toBe(200);
    const expected = {
      ...before,
      name: 'Renamed',
      production: false,
      version: 2,
      updatedAt: at(START + MINUTE),
    };
    expect(saved.body).toEqual(expected);
    expect(await read(admin, before.id)).toEqual(expected);
  });

  it('lets a channel keep its own name but not take another’s', async () => {
    const admin = await signIn(ADMIN);
    const channel = await read(admin, SEED_CHANNEL_IDS.twitterAccount);
    const same = await save(admin, channel, { name: seedNames.twitterAccount.toUpperCase() });
    expect(same.status).toBe(200);
    const taken = await save(admin, same.body, { name: seedNames.twitterService });
    expect(taken.status).toBe(409);
    expect(taken.body.error.fieldErrors).toEqual({
      name: 'Another channel of this account has this name (names ignore case).',
    });
    expect((await read(admin, channel.id)).name).toBe(seedNames.twitterAccount.toUpperCase());
  });

  it.each([
    ['twitterAccount', 'Facebook:Account'],
    ['twitterAccount', 'Twitter:Service'],
    ['twitterService', 'Twitter:Account'],
    ['facebookService', 'Twitter:Service'],
  ] as const)('keeps the type of the seed %s, refusing %s', async (seed, type) => {
    const admin = await signIn(ADMIN);
    // A blocked keyword the Twitter:Service must not be checked for against another type.
    simulateKeywordSpike(hub(), SEED_CHANNEL_IDS.twitterService, 'DemoCorp', 301);
    const channel = await read(admin, SEED_CHANNEL_IDS[seed]);
    const ofType = hub().state.channels.find((stored) => stored.channel.type === type);
    if (!ofType) throw new Error(`The seed has no ${type}`);
    const result = await call('PUT', `/channels/${channel.id}`, {
      token: admin,
      headers: { 'If-Match': `"${channel.version}"` },
      body: { ...toChannelUpdate(ofType.channel), name: channel.name },
    });
    expect(result.status).toBe(422);
    expect(result.body.error).toEqual({
      code: 'type-change',
      message: 'A channel keeps the type it was created with.',
      fieldErrors: { type: 'The Channel Type cannot change.' },
    });
    expect(await read(admin, channel.id)).toEqual(channel);
  });

  it('saves an incomplete channel as Suspended, and lists what it lacks for Active', async () => {
    const admin = await signIn(ADMIN);
    const channel = await create(admin, 'Facebook:Service', 'Incomplete');
    const suspended = await save(admin, channel, { description: 'not ready' });
    expect(suspended.status).toBe(200);
    const active = await save(admin, suspended.body, { status: 'Active' });
    expect(active.status).toBe(422);
    const missing = [
      'An Outbound Channel (a Facebook:Account channel)',
      'At least one of the Facebook Pages',
    ];
    expect(active.body.error).toEqual({
      code: 'incomplete',
      message: `The channel cannot be Active yet. Missing: ${missing.join('; ')}.`,
      fieldErrors: { status: missing.join('; ') },
      details: missing,
    });
    expect(await read(admin, channel.id)).toEqual(suspended.body);
    const complete = await save(admin, suspended.body, {
      status: 'Active',
      outboundChannelId: SEED_CHANNEL_IDS.facebookAccount,
      pageIds: [facebookPagesOf(DEMO_ACCOUNT)[0]?.id],
    });
    expect(complete.status).toBe(200);
    expect((await read(admin, channel.id)).status).toBe('Active');
  });

  it('links a Facebook:Service only to a Facebook:Account of the same account', async () => {
    const admin = await signIn(ADMIN);
    const acme = await otherAccount();
    const elsewhere = await create(acme, 'Facebook:Account', 'Acme - Facebook Account');
    const service = await read(admin, SEED_CHANNEL_IDS.facebookService);
    for (const outboundChannelId of [
      SEED_CHANNEL_IDS.twitterAccount,
      SEED_CHANNEL_IDS.twitterService,
      'ffffffffffffffffffffffff',
      elsewhere.id,
    ]) {
      const refused = await save(admin, service, { outboundChannelId });
      expect(refused.status, outboundChannelId).toBe(422);
      expect(refused.body.error).toEqual({
        code: 'invalid',
        message: 'The Outbound Channel must be a Facebook:Account.',
        fieldErrors: { outboundChannelId: 'Choose a Facebook:Account channel of this account.' },
      });
    }
    expect(await read(admin, service.id)).toEqual(service);
    const other = await create(admin, 'Facebook:Account', 'Second page owner');
    const linked = await save(admin, service, { outboundChannelId: other.id, pageIds: [] });
    expect(linked.status).toBe(200);
    expect(await read(admin, service.id)).toMatchObject({
      outboundChannelId: other.id,
      pageIds: [],
      version: 2,
    });
    const unlinked = await save(admin, linked.body, { outboundChannelId: null });
    expect(unlinked.status).toBe(200);
    expect(unlinked.body.outboundChannelId).toBeNull();
  });

  /** The seeded Twitter:Service's settings, as its configuration file carries them. */
  async function twitterServiceSettings(token: string) {
    const twitter = await read(token, SEED_CHANNEL_IDS.twitterService);
    if (twitter.type !== 'Twitter:Service') throw new Error('The seed changed.');
    return toChannelConfig(twitter).settings;
  }

  it('creates a Service channel with the settings it brings, in one request', async () => {
    const admin = await signIn(ADMIN);
    const settings = await twitterServiceSettings(admin);
    const created = await call('POST', '/channels', {
      token: admin,
      body: { type: 'Twitter:Service', name: 'Production copy', settings },
    });
    expect(created.status).toBe(201);
    expect(await read(admin, created.body.id)).toMatchObject({
      ...settings,
      name: 'Production copy',
      status: 'Suspended',
      production: false,
      blockedKeywords: [],
      version: 1,
    });

    const facebook = await call('POST', '/channels', {
      token: admin,
      body: {
        type: 'Facebook:Service',
        name: 'Facebook copy',
        settings: {
          outboundChannelId: SEED_CHANNEL_IDS.facebookAccount,
          pageIds: [facebookPagesOf(DEMO_ACCOUNT)[1]?.id],
          rpcCacheTimeout: 120,
          queueHistoryWindow: 3600,
          dataRecovery: false,
          doNotStorePersonalData: true,
          messageTypes: { private: true, public: false, adsInteractions: true },
        },
      },
    });
    expect(facebook.status).toBe(201);
    expect(facebook.body).toMatchObject({
      pageIds: [facebookPagesOf(DEMO_ACCOUNT)[1]?.id],
      rpcCacheTimeout: 120,
    });
  });

  it('refuses a new channel whose settings break a rule, and makes nothing', async () => {
    const admin = await signIn(ADMIN);
    const before = hub().state.channels.length;
    const settings = await twitterServiceSettings(admin);
    for (const [body, status] of [
      [
        { type: 'Twitter:Service', name: 'A', settings: { ...settings, keywords: ['a\u202Eb'] } },
        400,
      ],
      [
        {
          type: 'Twitter:Service',
          name: 'B',
          settings: { ...settings, keywords: Array.from({ length: 401 }, (_, i) => `k${i}`) },
        },
        400,
      ],
      [{ type: 'Twitter:Service', name: 'C', settings: { ...settings, surprise: true } }, 400],
      [{ type: 'Twitter:Service', name: 'D', settings: { ...settings, languages: ['xx'] } }, 400],
      [{ type: 'Twitter:Account', name: 'E', settings }, 400],
      [
        {
          type: 'Facebook:Service',
          name: 'F',
          settings: {
            outboundChannelId: SEED_CHANNEL_IDS.facebookAccount,
            pageIds: ['999'],
            rpcCacheTimeout: 90,
            queueHistoryWindow: 604800,
            dataRecovery: true,
            doNotStorePersonalData: false,
            messageTypes: { private: true, public: true, adsInteractions: false },
          },
        },
        422,
      ],
    ] as const) {
      const refused = await call('POST', '/channels', { token: admin, body });
      expect(refused.status, body.name).toBe(status);
    }
    expect(hub().state.channels).toHaveLength(before);
  });

  it('refuses a keyword the Hub blocked until its block ends', async () => {
    const admin = await signIn(ADMIN);
    const id = SEED_CHANNEL_IDS.twitterService;
    simulateKeywordSpike(hub(), id, 'DemoCorp', 301);
    simulateKeywordSpike(hub(), id, '#DemoCorpHelp', 301);
    const blockedUntil = at(START + 3 * 24 * 60 * MINUTE);
    const channel = await read(admin, id);
    expect(channel).toMatchObject({ keywords: ['Demo Corp support'] });
    const keywords = ['democorp', '#DEMOCORPHELP', 'Demo Corp support'];
    const refused = await save(admin, channel, { keywords });
    expect(refused.status).toBe(422);
    const list = `“DemoCorp” is blocked until ${blockedUntil}; “#DemoCorpHelp” is blocked until ${blockedUntil}.`;
    expect(refused.body.error).toEqual({
      code: 'keyword-blocked',
      message: list,
      fieldErrors: { keywords: list },
    });
    // Other keywords may change meanwhile.
    const other = await save(admin, channel, { keywords: ['Demo Corp news'] });
    expect(other.status).toBe(200);

    vi.setSystemTime(START + 3 * 24 * 60 * MINUTE);
    const later = await signIn(ADMIN);
    const released = await save(later, other.body, { keywords });
    expect(released.status).toBe(200);
    expect(await read(later, id)).toMatchObject({ keywords, blockedKeywords: [] });
  });
});

describe('the mock Hub channel deletion', () => {
  it('deletes a channel and unlinks the services that sent through it, only those', async () => {
    const admin = await signIn(ADMIN);
    const otherOwner = await create(admin, 'Facebook:Account', 'Other page owner');
    const otherService = await create(admin, 'Facebook:Service', 'Other service');
    const linked = await save(admin, otherService, { outboundChannelId: otherOwner.id });
    expect(linked.status).toBe(200);
    const twitter = await read(admin, SEED_CHANNEL_IDS.twitterService);
    const service = await read(admin, SEED_CHANNEL_IDS.facebookService);

    const deleted = await call('DELETE', `/channels/${SEED_CHANNEL_IDS.facebookAccount}`, {
      token: admin,
    });
    expect(deleted.status).toBe(204);
    expect(deleted.body).toBeUndefined();
    const gone = await call('GET', `/channels/${SEED_CHANNEL_IDS.facebookAccount}`, {
      token: admin,
    });
    expect(gone.status).toBe(404);
    expect(await read(admin, service.id)).toEqual({
      ...service,
      outboundChannelId: null,
      pageIds: [],
    });
    expect(await read(admin, otherService.id)).toEqual(linked.body);
    expect(await read(admin, twitter.id)).toEqual(twitter);
    expect(await listNames(admin, '?q=facebook')).toEqual([seedNames.facebookService]);
  });
});

describe('the mock Hub Facebook pages', () => {
  it('lists the pages a Facebook:Account was granted, none before its login', async () => {
    const admin = await signIn(ADMIN);
    const granted = await call(
      'GET',
      `/channels/${SEED_CHANNEL_IDS.facebookAccount}/facebook-pages`,
      {
        token: admin,
      },
    );
    expect(granted.body).toEqual({ items: facebookPagesOf(DEMO_ACCOUNT).slice(0, 2) });
    const fresh = await create(admin, 'Facebook:Account', 'Fresh');
    const none = await call('GET', `/channels/${fresh.id}/facebook-pages`, { token: admin });
    expect(none).toMatchObject({ status: 200, body: { items: [] } });
  });

  it.each([SEED_CHANNEL_IDS.twitterAccount, SEED_CHANNEL_IDS.facebookService])(
    'refuses pages of %s, which is no Facebook:Account',
    async (id) => {
      const result = await call('GET', `/channels/${id}/facebook-pages`, {
        token: await signIn(ADMIN),
      });
      expect(result.status).toBe(422);
      expect(result.body.error).toEqual({
        code: 'invalid',
        message: 'Only a Facebook:Account channel has pages.',
      });
    },
  );
});

describe('the mock Hub provider login', () => {
  async function start(token: string, id: string) {
    const result = await call('POST', `/channels/${id}/authorization`, { token });
    expect(result.status).toBe(200);
    const url = new URL(result.body.authorizeUrl);
    return { url, state: url.searchParams.get('state') ?? '' };
  }

  function complete(body: Record<string, unknown>) {
    return call('POST', '/mock-provider/complete', { body });
  }

  it.each([
    [SEED_CHANNEL_IDS.twitterAccount, 'twitter'],
    [SEED_CHANNEL_IDS.facebookAccount, 'facebook'],
  ])('sends the login of %s to the %s login page', async (id, provider) => {
    const { url, state } = await start(await signIn(ADMIN), id);
    expect(`${url.origin}${url.pathname}`).toBe(`http://hub.test/mock-provider/${provider}`);
    expect(state).toMatch(/^[0-9a-f]{32}$/);
    expect(hub().state.pendingAuthorizations).toEqual([
      {
        state,
        channelId: id,
        expiresAt: at(START + 15 * MINUTE),
        userId: hub().state.users.find((user) => user.email === ADMIN)?.id,
      },
    ]);
  });

  it.each([SEED_CHANNEL_IDS.twitterService, SEED_CHANNEL_IDS.facebookService])(
    'refuses a login for %s, which is no Account channel',
    async (id) => {
      const result = await call('POST', `/channels/${id}/authorization`, {
        token: await signIn(ADMIN),
      });
      expect(result.status).toBe(422);
      expect(result.body.error).toEqual({
        code: 'invalid',
        message: 'Only Account channels log in to a provider.',
      });
      expect(hub().state.pendingAuthorizations).toEqual([]);
    },
  );

  it('stores the Twitter handle of a completed login, once', async () => {
    const admin = await signIn(ADMIN);
    const channel = await create(admin, 'Twitter:Account', 'To log in');
    const { state } = await start(admin, channel.id);
    vi.setSystemTime(START + MINUTE);
    const completion = { state, provider: 'twitter', handle: '@Acme' };
    const done = await complete(completion);
    expect(done).toMatchObject({ status: 200, body: { channelId: channel.id } });
    expect(await read(admin, channel.id)).toEqual({
      ...channel,
      authorization: { handle: '@Acme', savedAt: at(START + MINUTE) },
      version: 2,
      updatedAt: at(START + MINUTE),
    });
    expect(hub().state.pendingAuthorizations).toEqual([]);
    const again = await complete(completion);
    expect(again.status).toBe(400);
    expect(again.body.error).toEqual({
      code: 'invalid-state',
      message: 'This login has expired. Start it again.',
    });
  });

  it('stores the Facebook user, the granted pages it knows and the permissions', async () => {
    const admin = await signIn(ADMIN);
    const channel = await create(admin, 'Facebook:Account', 'To log in');
    const { state } = await start(admin, channel.id);
    const [first, , third] = facebookPagesOf(DEMO_ACCOUNT);
    const done = await complete({
      state,
      provider: 'facebook',
      userName: 'Grace Hopper',
      pageIds: [third?.id, 'unknown page', first?.id],
      permissions: ['pages_messaging'],
    });
    expect(done.status).toBe(200);
    expect(await read(admin, channel.id)).toEqual({
      ...channel,
      authorization: {
        userName: 'Grace Hopper',
        pages: [first, third],
        permissions: ['pages_messaging'],
        savedAt: at(START),
      },
      version: 2,
    });
  });

  it("offers and grants only the pages of the channel's own account, never Demo Corp's", async () => {
    const acme = await otherAccount();
    const channel = await create(acme, 'Facebook:Account', 'Acme - Facebook Account');
    const { state } = await start(acme, channel.id);
    const offered = await call('GET', `/mock-provider/facebook-pages?state=${state}`);
    expect(offered.status).toBe(200);
    const pages: { id: string; name: string }[] = offered.body.items;
    expect(pages.map((page) => page.name)).toEqual(['Acme', 'Acme Help', 'Acme Careers']);
    const demoPageIds = ['104729185532017', '104729185532018', '104729185532019'];
    expect(pages.filter((page) => demoPageIds.includes(page.id))).toEqual([]);

    const done = await complete({
      state,
      provider: 'facebook',
      userName: 'Ada',
      pageIds: [...demoPageIds, pages[1]?.id],
      permissions: ['pages_messaging'],
    });
    expect(done.status).toBe(200);
    expect(await read(acme, channel.id)).toMatchObject({ authorization: { pages: [pages[1]] } });
    const unknown = await call('GET', '/mock-provider/facebook-pages?state=over');
    expect(unknown.status).toBe(400);
  });

  it.each([
    [
      'a Twitter login for a Facebook:Account',
      'facebookAccount',
      { provider: 'twitter', handle: '@Acme' },
    ],
    [
      'a Facebook login for a Twitter:Account',
      'twitterAccount',
      { provider: 'facebook', userName: 'Ada', pageIds: [], permissions: [] },
    ],
  ] as const)('refuses %s and changes nothing', async (_, channel, completion) => {
    const admin = await signIn(ADMIN);
    const id = SEED_CHANNEL_IDS[channel];
    const before = await read(admin, id);
    const { state } = await start(admin, id);
    const result = await complete({ state, ...completion });
    expect(result.status).toBe(400);
    expect(result.body.error).toEqual({
      code: 'invalid-state',
      message: 'This login does not fit the channel.',
    });
    expect(await read(admin, id)).toEqual(before);
    expect(hub().state.pendingAuthorizations).toHaveLength(1);
  });

  it.each([
    [15 * MINUTE - 1, 200],
    [15 * MINUTE, 400],
  ])('after %i ms, answers a login with %i', async (elapsed, status) => {
    const admin = await signIn(ADMIN);
    const { state } = await start(admin, SEED_CHANNEL_IDS.twitterAccount);
    vi.setSystemTime(START + elapsed);
    const result = await complete({ state, provider: 'twitter', handle: '@Later' });
    expect(result.status).toBe(status);
    expect(await read(admin, SEED_CHANNEL_IDS.twitterAccount)).toMatchObject({
      authorization: { handle: status === 200 ? '@Later' : '@DemoCorp' },
    });
  });

  it('completes the login its state names, and leaves the others pending', async () => {
    const admin = await signIn(ADMIN);
    const first = await create(admin, 'Twitter:Account', 'First');
    const second = await create(admin, 'Twitter:Account', 'Second');
    await start(admin, first.id);
    const { state } = await start(admin, second.id);
    const [pendingFirst] = hub().state.pendingAuthorizations;
    const done = await complete({ state, provider: 'twitter', handle: '@Second' });
    expect(done.body).toEqual({ channelId: second.id });
    expect(await read(admin, second.id)).toMatchObject({ authorization: { handle: '@Second' } });
    expect(await read(admin, first.id)).toEqual(first);
    expect(hub().state.pendingAuthorizations).toEqual([pendingFirst]);
  });

  it('refuses a login of no pending state, or of a channel deleted meanwhile', async () => {
    const admin = await signIn(ADMIN);
    const unknown = await complete({ state: 'f'.repeat(32), provider: 'twitter', handle: '@A' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.code).toBe('invalid-state');
    const channel = await create(admin, 'Twitter:Account', 'Short-lived');
    const { state } = await start(admin, channel.id);
    for (const invalid of [
      { state, provider: 'twitter' },
      { state, provider: 'facebook', userName: 'Ada', pageIds: [] },
      { provider: 'twitter', handle: '@A' },
    ]) {
      const refused = await complete(invalid);
      expect(refused.status).toBe(400);
      expect(refused.body.error.code, JSON.stringify(invalid)).toBe('invalid');
    }
    expect((await call('DELETE', `/channels/${channel.id}`, { token: admin })).status).toBe(204);
    const deleted = await complete({ state, provider: 'twitter', handle: '@A' });
    expect(deleted.status).toBe(400);
    expect(deleted.body.error.code).toBe('invalid-state');
  });
});
