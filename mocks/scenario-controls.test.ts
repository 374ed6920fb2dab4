// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { memoryPersistence, MockHub } from './mock-hub';
import { SEED_CHANNEL_IDS } from './seed';
import { controlPaths, runControl } from './scenario-controls';

async function freshHub() {
  return MockHub.create(memoryPersistence());
}

describe('the scenario controls', () => {
  it('take POST only, but status, which takes GET; 405 names the method', async () => {
    const hub = await freshHub();
    for (const path of controlPaths) {
      const wrong = path === '/__hub/status' ? 'POST' : 'GET';
      const answer = await runControl(hub, wrong, path, '');
      expect(answer?.status, path).toBe(405);
      expect(answer?.headers?.Allow, path).toBe(path === '/__hub/status' ? 'GET' : 'POST');
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
});
