// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { memoryPersistence, MockHub } from './mock-hub';
import { SEED_CHANNEL_IDS } from './seed';
import { hubStateSchema } from './hub-state';
import { controlPaths, countRequest, emptyRequestCounts, runControl } from './scenario-controls';

async function freshHub() {
  return MockHub.create(memoryPersistence());
}

describe('the scenario controls', () => {
  it('take POST only, but the reads (GET) and the state import (PUT); 405 names the methods', async () => {
    const hub = await freshHub();
    const allowed: Record<string, string> = { '/__hub/status': 'GET', '/__hub/state': 'GET, PUT' };
    for (const path of controlPaths) {
      const wrong = path in allowed ? 'POST' : 'GET';
      const answer = await runControl(hub, wrong, path, '');
      expect(answer?.status, path).toBe(405);
      expect(answer?.headers?.Allow, path).toBe(allowed[path] ?? 'POST');
    }
    for (const path of ['/__hub/nothing', '/__hub/constructor', '/__hub/toString', '/__hub/']) {
      expect(await runControl(hub, 'GET', path, ''), path).toBeNull();
    }
  });

  it.each([
    ['/__hub/advance-clock', '{"milliseconds":"abc"}', /milliseconds must be a whole number/],
    ['/__hub/advance-clock', '{"milliseconds":-1}', /from 0/],
    ['/__hub/advance-clock', '{"milliseconds":1.5}', /whole number/],
    ['/__hub/advance-clock', '{}', /whole number/],
    ['/__hub/latency', '{"milliseconds":60001}', /from 0 to 60000/],
    ['/__hub/fail-next', '{"kind":"bogus"}', /one of network, server-error, rate-limit, timeout/],
    ['/__hub/reset', '{"everything":true}', /unknown field everything/],
    ['/__hub/keyword-spike', '{"channelId":"x","keyword":"y","tweetsPerMinute":-5}', /≥ 0/],
    ['/__hub/reset', '{not json', /not valid JSON/],
  ])('refuses %s %s with 400, and changes nothing', async (path, body, message) => {
    const hub = await freshHub();
    const before = JSON.stringify(hub.state);
    const answer = await runControl(hub, 'POST', path, body);
    expect(answer?.status).toBe(400);
    expect(JSON.stringify(answer?.body)).toMatch(message);
    expect(JSON.stringify(hub.state)).toBe(before);
    expect(hub.getStatus()).toMatchObject({ latencyMs: 0, nextFault: null, clockOffsetMs: 0 });
  });

  it('runs a valid control and answers the Hub status', async () => {
    const hub = await freshHub();
    const clock = await runControl(hub, 'POST', '/__hub/advance-clock', '{"milliseconds":1000}');
    expect(clock).toMatchObject({ status: 200, body: { clockOffsetMs: 1000 } });
    const fault = await runControl(hub, 'POST', '/__hub/fail-next', '{"kind":"timeout"}');
    expect(fault).toMatchObject({ status: 200, body: { nextFault: 'timeout' } });
    const cleared = await runControl(hub, 'POST', '/__hub/fail-next', '{"kind":null}');
    expect(cleared).toMatchObject({ status: 200, body: { nextFault: null } });
    const status = await runControl(hub, 'GET', '/__hub/status', '');
    expect(status).toMatchObject({ status: 200, body: { clockOffsetMs: 1000 } });
  });

  it('answers 404 for a spike on a channel or keyword that does not exist', async () => {
    const hub = await freshHub();
    const channelId = SEED_CHANNEL_IDS.twitterService;
    const unknownKeyword = await runControl(
      hub,
      'POST',
      '/__hub/keyword-spike',
      JSON.stringify({ channelId, keyword: 'no such keyword' }),
    );
    expect(unknownKeyword?.status).toBe(404);
    const unknownChannel = await runControl(
      hub,
      'POST',
      '/__hub/keyword-spike',
      JSON.stringify({ channelId: 'aa', keyword: 'DemoCorp' }),
    );
    expect(unknownChannel?.status).toBe(404);
  });

  it('the page’s controls refuse the same bad values', async () => {
    const hub = await freshHub();
    expect(() => hub.advanceClock(Number('abc'))).toThrow(RangeError);
    expect(() => hub.advanceClock(-1)).toThrow(RangeError);
    expect(() => hub.setLatency(Number.NaN)).toThrow(RangeError);
    expect(() => hub.failNextRequest(JSON.parse('"bogus"'))).toThrow(/one of network/);
    expect(hub.getStatus()).toMatchObject({ latencyMs: 0, nextFault: null, clockOffsetMs: 0 });
  });

  it('exports the whole state, and imports it back into another Hub', async () => {
    const source = await freshHub();
    source.advanceClock(5_000);
    const exported = await runControl(source, 'GET', '/__hub/state', '');
    expect(exported?.status).toBe(200);
    const fixture = JSON.stringify(exported?.body);

    const target = await freshHub();
    target.expireSessions();
    target.state.accounts[0]!.name = 'Renamed Corp';
    const imported = await runControl(target, 'PUT', '/__hub/state', fixture);
    expect(imported).toMatchObject({ status: 200, body: { accounts: 1, users: 3, channels: 4 } });
    expect(target.state).toEqual(JSON.parse(fixture));
    expect(target.getStatus().clockOffsetMs).toBe(5_000);
  });

  it.each([
    ['not JSON', '{"stateVersion"', /not valid JSON/],
    ['a wrong version', JSON.stringify({ stateVersion: 99 }), /stateVersion/],
    ['a wrong field type', 'users-as-number', /users: /],
    ['a user of no account', 'orphan-user', /a user belongs to no account with the ID f{24}/],
    ['two channels with one ID', 'twin-channels', /two channels have the ID/],
  ])(
    'refuses a fixture with %s with 400 naming it, and changes nothing',
    async (_, kind, message) => {
      const hub = await freshHub();
      const before = JSON.stringify(hub.state);
      const fixture: Record<string, unknown> = JSON.parse(before);
      const state = hubStateSchema.parse(JSON.parse(before));
      const body =
        kind === 'users-as-number'
          ? JSON.stringify({ ...fixture, users: 7 })
          : kind === 'orphan-user'
            ? JSON.stringify({
                ...state,
                users: [
                  ...state.users,
                  { ...state.users[0]!, id: 'ab00000000000000000000ff', accountId: 'f'.repeat(24) },
                ],
              })
            : kind === 'twin-channels'
              ? JSON.stringify({ ...state, channels: [...state.channels, state.channels[0]] })
              : kind;
      const answer = await runControl(hub, 'PUT', '/__hub/state', body);
      expect(answer?.status).toBe(400);
      expect(JSON.stringify(answer?.body)).toMatch(message);
      expect(JSON.stringify(hub.state)).toBe(before);
    },
  );

  it('reports open sessions, request counts and the data file in the status', async () => {
    const hub = await freshHub();
    const now = hub.now().getTime();
    hub.state.sessions.push(
      {
        tokenHash: 'open',
        userId: hub.state.users[0]!.id,
        accountId: hub.state.accounts[0]!.id,
        expiresAt: new Date(now + 60_000).toISOString(),
      },
      {
        tokenHash: 'over',
        userId: hub.state.users[0]!.id,
        accountId: hub.state.accounts[0]!.id,
        expiresAt: new Date(now - 60_000).toISOString(),
      },
    );
    const requests = emptyRequestCounts();
    countRequest(requests, 200);
    countRequest(requests, 201);
    countRequest(requests, 404);
    const answer = await runControl(hub, 'GET', '/__hub/status', '', {
      dataFile: '/data/hub.json',
      requests,
    });
    expect(answer?.body).toMatchObject({
      openSessions: 1,
      requests: { total: 3, byStatusClass: { '2xx': 2, '4xx': 1, '5xx': 0 } },
      dataFile: '/data/hub.json',
    });
  });
});
