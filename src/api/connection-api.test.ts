// @vitest-environment node
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTestHub } from '../../mocks/node';
import { recordSentRequests } from '../test/sent-requests';
import { DEMO_API_KEY, DEMO_PASSWORD, SEED_CHANNEL_IDS } from '../../mocks/seed';
import { checkDmsConnection } from './connection-api';
import { setRuntimeConfig } from './runtime-config';
import { saveSession } from './session-store';

const BASE = 'http://hub.test/api/v2.0';
const { hub, server } = await createTestHub();
const sent = recordSentRequests(server);

beforeAll(() => {
  setRuntimeConfig({ mode: 'live', hubBaseUrl: BASE });
  server.listen({ onUnhandledRequest: 'error' });
});
beforeEach(() => {
  sent.length = 0;
  // The person running the check is signed in to the console with a session of their own.
  saveSession(
    { token: 'console-token', expiresAt: '2030-01-01T00:00:00.000Z' },
    { account: 'Demo Corp', email: 'admin@demo-corp.example' },
  );
});
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const check = (input: { email?: string; password?: string; channelId?: string } = {}) =>
  checkDmsConnection({
    apiKey: DEMO_API_KEY,
    email: input.email ?? 'admin@demo-corp.example',
    password: input.password ?? DEMO_PASSWORD,
    channelId: input.channelId ?? SEED_CHANNEL_IDS.twitterService,
  });

const labels = [
  'Get a token with the API key, email and password',
  'The user is an Admin of the account',
  'Read the channel with that token',
];
const steps = (...results: [outcome: string, detail: string][]) =>
  labels.map((label, index) => {
    const [outcome, detail] = results[index] ?? ['not run', ''];
    return { label, outcome, detail };
  });
const channelName = () =>
  hub.state.channels.find(({ channel }) => channel.id === SEED_CHANNEL_IDS.twitterService)!.channel
    .name;

describe('checkDmsConnection', () => {
  it('signs in as DMS does, reads the channel with that token, and ends that session', async () => {
    const sessionsBefore = hub.state.sessions.length;
    expect(await check()).toEqual(
      steps(
        ['pass', 'The Hub issued a token.'],
        ['pass', 'admin@demo-corp.example is an Admin.'],
        ['pass', `Read “${channelName()}”.`],
      ),
    );
    const [tokenRequest, ...withToken] = sent;
    // The token request carries no token; the rest carry the check's, not the console's.
    expect(tokenRequest).toBe('POST /auth/token anonymous');
    const bearer = withToken[0]!.split(' ').slice(2).join(' ');
    expect(bearer).toMatch(/^Bearer /);
    expect(bearer).not.toBe('Bearer console-token');
    expect(withToken).toEqual([
      `GET /me ${bearer}`,
      `GET /channels/${SEED_CHANNEL_IDS.twitterService} ${bearer}`,
      `DELETE /auth/token ${bearer}`,
    ]);
    expect(hub.state.sessions).toHaveLength(sessionsBefore);
  });

  it.each([
    {
      case: 'a wrong password',
      input: { password: 'not the password' },
      expected: steps([
        'fail',
        'The Hub refused the password for this user (or the user has no password yet).',
      ]),
      requests: 1,
    },
    {
      case: 'a user who is not an Admin',
      input: { email: 'support@demo-corp.example' },
      expected: steps(
        ['pass', 'The Hub issued a token.'],
        ['fail', 'support@demo-corp.example is Support; DMS must sign in as an Admin user.'],
      ),
      requests: 3,
    },
    {
      case: 'a deleted channel',
      input: { channelId: 'ffffffffffffffffffffffff' },
      expected: steps(
        ['pass', 'The Hub issued a token.'],
        ['pass', 'admin@demo-corp.example is an Admin.'],
        ['fail', 'The channel no longer exists at the Hub: it was deleted.'],
      ),
      requests: 4,
    },
  ])('says which step fails for $case', async ({ input, expected, requests }) => {
    expect(await check(input)).toEqual(expected);
    expect(sent).toHaveLength(requests);
    if (requests > 1) expect(sent.at(-1)).toMatch(/^DELETE \/auth\/token Bearer /);
  });

  it('says the Hub could not be reached, and reports other failures as the Hub put them', async () => {
    server.use(http.post(`${BASE}/auth/token`, () => HttpResponse.error()));
    const [unreachable] = await check();
    expect(unreachable).toMatchObject({
      outcome: 'fail',
      detail:
        'The Hub could not be reached: The Hub could not be reached. Check your connection and try again.',
    });

    server.resetHandlers();
    server.use(
      http.get(`${BASE}/me`, () =>
        HttpResponse.json({ error: { code: 'boom', message: 'Hub trouble.' } }, { status: 500 }),
      ),
    );
    expect(await check()).toEqual(
      steps(['pass', 'The Hub issued a token.'], ['fail', 'Hub trouble.']),
    );

    server.resetHandlers();
    server.use(
      http.get(`${BASE}/channels/:id`, () =>
        HttpResponse.json({ error: { code: 'gone', message: 'Gone.' } }, { status: 410 }),
      ),
    );
    const [, , channel] = await check();
    expect(channel).toMatchObject({ outcome: 'fail', detail: 'Gone.' });
  });

  it('says the Hub could not be reached when it does not answer in time', async () => {
    vi.spyOn(AbortSignal, 'timeout').mockImplementation(() =>
      AbortSignal.abort(new DOMException('The operation timed out.', 'TimeoutError')),
    );
    const [token] = await check();
    expect(token).toMatchObject({
      outcome: 'fail',
      detail:
        'The Hub could not be reached: The Hub did not answer within 15 seconds. Check your connection and try again.',
    });
  });
});
