// @vitest-environment node
import { spawn, type ChildProcess } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHubClient, HubRequestError } from '../e2e/support/hub-client';
import { MAX_ATTEMPTS_PER_ADDRESS } from '../src/api/hub-route';
import { CLIENT_ADDRESS_HEADER } from './attempt-limits';
import { createSeedState } from './seed';

// The Hub takes a free port (HUB_PORT=0) and names it when it listens.
let BASE = '';
let running: ChildProcess | null = null;

/** Starts `npm run hub`'s server; resolves with its output once it listens or exits. */
function startHub(dataFile: string, ...args: string[]) {
  return new Promise<{ output: string; exitCode: number | null }>((resolve) => {
    // Node itself, not npx, so that stopping it stops the server.
    const child = spawn(process.execPath, ['--import', 'tsx', 'mocks/server.ts', ...args], {
      env: { ...process.env, HUB_PORT: '0', HUB_DATA_FILE: dataFile },
    });
    running = child;
    let output = '';
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      const listening = /Mock Hub on http:\/\/localhost:(\d+)/.exec(output);
      if (listening) {
        BASE = `http://127.0.0.1:${listening[1]}/api/v2.0`;
        resolve({ output, exitCode: null });
      }
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('exit', (code) => resolve({ output, exitCode: code }));
  });
}

function stopHub() {
  return new Promise<void>((resolve) => {
    if (!running || running.exitCode !== null) return resolve();
    running.on('exit', () => resolve());
    running.kill();
  });
}

afterEach(stopHub);

function signUp() {
  return fetch(`${BASE}/signup`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(signup),
  });
}

/** POST /auth/token as the demo Admin. */
function signInDemoAdmin() {
  return fetch(`${BASE}/auth/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      account: 'Demo Corp',
      email: 'admin@demo-corp.example',
      password: 'Demo-Console-2026',
    }),
  });
}

const signup = {
  account: 'Durable Corp',
  firstName: 'Dee',
  lastName: 'Durable',
  email: 'dee@durable.example',
  password: 'durable password 1',
  acceptLegalTerms: true,
};

describe('npm run hub', () => {
  it('keeps accounts across restarts in its JSON file', { timeout: 60_000 }, async () => {
    const dataFile = join(mkdtempSync(join(tmpdir(), 'hub-')), 'hub.json');
    await startHub(dataFile);
    const created = await fetch(`${BASE}/signup`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(signup),
    });
    expect(created.status).toBe(201);
    await stopHub();
    expect(readFileSync(dataFile, 'utf8')).toContain('Durable Corp');

    await startHub(dataFile);
    const token = await fetch(`${BASE}/auth/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        account: 'durable corp',
        email: signup.email,
        password: signup.password,
      }),
    });
    expect(token.status).toBe(201);
  });

  it(
    'refuses a corrupted file, names it, and replaces it only when told',
    { timeout: 60_000 },
    async () => {
      const dataFile = join(mkdtempSync(join(tmpdir(), 'hub-')), 'hub.json');
      writeFileSync(dataFile, '{"stateVersion": 1, "accounts": "oops"');
      const refused = await startHub(dataFile);
      expect(refused.exitCode).toBe(1);
      expect(refused.output).toContain(dataFile);
      expect(readFileSync(dataFile, 'utf8')).toBe('{"stateVersion": 1, "accounts": "oops"');

      const replaced = await startHub(dataFile, '--reset-corrupt');
      expect(replaced.exitCode).toBeNull();
      expect(JSON.parse(readFileSync(dataFile, 'utf8')).accounts[0].name).toBe('Demo Corp');
    },
  );

  it(
    'refuses a bad scenario control with 400 or 405 and keeps working',
    { timeout: 60_000 },
    async () => {
      const dataFile = join(mkdtempSync(join(tmpdir(), 'hub-')), 'hub.json');
      await startHub(dataFile);
      const controls = BASE.replace('/api/v2.0', '/__hub');
      const post = (path: string, body: unknown) =>
        fetch(`${controls}/${path}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(body),
        });
      const reset = await fetch(`${controls}/reset`);
      expect(reset.status).toBe(405);
      expect(reset.headers.get('Allow')).toBe('POST');
      const clock = await post('advance-clock', { milliseconds: 'abc' });
      expect(clock.status).toBe(400);
      expect((await clock.json()).error.message).toMatch(/whole number/);
      expect((await post('advance-clock', { milliseconds: -1 })).status).toBe(400);
      const fault = await post('fail-next', { kind: 'bogus' });
      expect(fault.status).toBe(400);
      expect((await fault.json()).error.message).toContain('network, server-error');
      const status = await (await fetch(`${controls}/status`)).json();
      expect(status).toMatchObject({ clockOffsetMs: 0, nextFault: null });
      // The Hub still answers, with its data and clock untouched.
      const signedIn = await signInDemoAdmin();
      expect(signedIn.status).toBe(201);
    },
  );

  it('answers 413 to a body over 1 MB, and keeps answering', { timeout: 60_000 }, async () => {
    const dataFile = join(mkdtempSync(join(tmpdir(), 'hub-')), 'hub.json');
    await startHub(dataFile);
    const huge = await fetch(`${BASE}/auth/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ account: 'x'.repeat(5_000_000), email: 'a', password: 'b' }),
    });
    expect(huge.status).toBe(413);
    expect((await huge.json()).error.code).toBe('too-large');
    const normal = await signInDemoAdmin();
    expect(normal.status).toBe(201);
  });

  it(
    'answers odd methods and targets with 4xx, and never names the Host it was sent',
    { timeout: 60_000 },
    async () => {
      const dataFile = join(mkdtempSync(join(tmpdir(), 'hub-')), 'hub.json');
      await startHub(dataFile);
      const { port } = new URL(BASE);
      /** A raw request, with headers and a target no fetch would send. */
      const raw = (method: string, path: string, headers: Record<string, string> = {}) =>
        new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
          (resolve, reject) => {
            const sent = httpRequest(
              { host: '127.0.0.1', port, method, path, headers },
              (answer) => {
                let body = '';
                answer.on('data', (chunk: Buffer) => (body += chunk.toString()));
                answer.on('end', () =>
                  resolve({ status: answer.statusCode ?? 0, headers: answer.headers, body }),
                );
              },
            );
            sent.on('error', reject);
            sent.end();
          },
        );
      const trace = await raw('TRACE', '/api/v2.0/channels');
      expect(trace.status).toBe(405);
      expect(trace.headers.allow).toBe('GET, POST');
      expect((await raw('GET', 'http://evil.example/api/v2.0/channels')).status).toBe(400);
      const signedIn = await signInDemoAdmin();
      const { token } = (await signedIn.json()) as { token: string };
      for (const host of ['evil.example', 'bad host']) {
        const account = await raw('GET', '/api/v2.0/account', {
          Host: host,
          Authorization: `Bearer ${token}`,
        });
        expect(account.status, host).toBe(200);
        expect(JSON.parse(account.body).urlBase).toBe(`localhost:${port}/api/v2.0`);
      }
    },
  );

  it(
    'starts from a fixture with --seed, and refuses a bad one without touching the data file',
    { timeout: 60_000 },
    async () => {
      const folder = mkdtempSync(join(tmpdir(), 'hub-'));
      const dataFile = join(folder, 'hub.json');
      await startHub(dataFile);
      const controls = BASE.replace('/api/v2.0', '/__hub');
      expect((await signUp()).status).toBe(201);
      const exported = await fetch(`${controls}/state`);
      expect(exported.status).toBe(200);
      const fixture = join(folder, 'fixture.json');
      writeFileSync(fixture, await exported.text());
      await stopHub();

      const badFixture = join(folder, 'bad.json');
      writeFileSync(badFixture, JSON.stringify({ stateVersion: 1, accounts: 'oops' }));
      const before = readFileSync(dataFile, 'utf8');
      const refused = await startHub(dataFile, '--seed', badFixture);
      expect(refused.exitCode).toBe(1);
      expect(refused.output).toContain(`${badFixture}: The fixture is not valid`);
      expect(refused.output).toContain('accounts');
      expect(readFileSync(dataFile, 'utf8')).toBe(before);

      const otherData = join(folder, 'other.json');
      await startHub(otherData, '--seed', fixture);
      const token = await fetch(`${BASE}/auth/token`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          account: signup.account,
          email: signup.email,
          password: signup.password,
        }),
      });
      expect(token.status).toBe(201);
      expect(readFileSync(otherData, 'utf8')).toContain(signup.account);
      const status = await (await fetch(`${BASE.replace('/api/v2.0', '/__hub')}/status`)).json();
      expect(status).toMatchObject({
        // The sign-up's session came with the fixture; the sign-in opened the second.
        openSessions: 2,
        requests: { total: 1, byStatusClass: { '2xx': 1 } },
        dataFile: otherData,
      });
    },
  );

  it(
    'takes a fixture of up to 50 MB on PUT /__hub/state, while the API keeps its 1 MB limit',
    { timeout: 60_000 },
    async () => {
      const dataFile = join(mkdtempSync(join(tmpdir(), 'hub-')), 'hub.json');
      await startHub(dataFile);
      const controls = BASE.replace('/api/v2.0', '/__hub');
      const state = await (await fetch(`${controls}/state`)).json();
      // About 2 MB: over the API's limit, well within the fixture's.
      state.channels[0].channel.description = '';
      for (let index = 0; index < 2_000; index += 1) {
        state.accounts.push({
          id: (0xdd0000 + index).toString(16).padStart(24, '0'),
          name: `Bulk ${index} ${'x'.repeat(900)}`,
          apiKey: 'k',
          createdAt: '2026-01-05T09:00:00.000Z',
        });
      }
      const body = JSON.stringify(state);
      expect(body.length).toBeGreaterThan(1_048_576);
      const put = (text: string) =>
        fetch(`${controls}/state`, {
          method: 'PUT',
          headers: { 'Content-Type': 'application/json' },
          body: text,
        });
      const imported = await put(body);
      expect(imported.status, await imported.clone().text()).toBe(200);
      expect(await imported.json()).toMatchObject({ accounts: 2_001 });
      const tooLarge = await put(' '.repeat(50 * 1_048_576 + 1));
      expect(tooLarge.status).toBe(413);
      expect((await tooLarge.json()).error.message).toContain('52,428,800 bytes');
      const invalid = await put(JSON.stringify({ ...state, clockOffsetMs: 'soon' }));
      expect(invalid.status).toBe(400);
      expect((await invalid.json()).error.message).toContain('clockOffsetMs');
      expect((await (await fetch(`${controls}/state`)).json()).accounts).toHaveLength(2_001);
    },
  );

  it('can be scripted with the QA client, over HTTP only', { timeout: 60_000 }, async () => {
    const dataFile = join(mkdtempSync(join(tmpdir(), 'hub-')), 'hub.json');
    await startHub(dataFile);
    const hub = createHubClient(BASE.replace('/api/v2.0', ''));
    const { session } = await hub.signUp(signup);
    const channel = await hub.createChannel(session.token, {
      type: 'Twitter:Service',
      name: '@Durable - Twitter Service',
    });
    const user = await hub.createUser(session.token, {
      firstName: 'Genesys',
      lastName: 'DMS',
      email: 'dms@durable.example',
      roles: ['Admin'],
    });
    await hub.setUserPassword(session.token, user.id, 'durable dms password 1');
    const { token } = await hub.signIn({
      account: signup.account,
      email: 'dms@durable.example',
      password: 'durable dms password 1',
    });
    expect(await hub.readChannel(token, channel.id)).toEqual(channel);
    const wrong = hub.signIn({ account: signup.account, email: signup.email, password: 'wrong' });
    await expect(wrong).rejects.toBeInstanceOf(HubRequestError);
    await expect(wrong).rejects.toMatchObject({ status: 401 });

    const state = await hub.exportState();
    expect(state.channels.map((stored) => stored.channel.name)).toContain(channel.name);
    expect((await hub.status()).openSessions).toBe(2);
    await hub.resetHub();
    expect((await hub.exportState()).accounts.map((account) => account.name)).toEqual([
      'Demo Corp',
    ]);
    expect(await hub.importState(state)).toMatchObject({ accounts: 2, users: 5 });
    expect(await hub.readChannel(token, channel.id)).toEqual(channel);
    const invalid = hub.importState({ ...state, accounts: [] });
    await expect(invalid).rejects.toMatchObject({ status: 400, code: 'invalid' });
  });

  it(
    'counts sign-in attempts by the socket, whatever address a client claims, until the limits are cleared',
    { timeout: 60_000 },
    async () => {
      const dataFile = join(mkdtempSync(join(tmpdir(), 'hub-')), 'hub.json');
      await startHub(dataFile);
      for (let attempt = 0; attempt < MAX_ATTEMPTS_PER_ADDRESS; attempt += 1) {
        const answer = await fetch(`${BASE}/auth/token`, {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            [CLIENT_ADDRESS_HEADER]: `198.51.100.${attempt}`,
          },
          body: '{}',
        });
        expect(answer.status).toBe(400);
      }
      const refused = await signInDemoAdmin();
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(0);
      const controls = BASE.replace('/api/v2.0', '/__hub');
      expect((await fetch(`${controls}/limits`, { method: 'POST' })).status).toBe(200);
      expect((await signInDemoAdmin()).status).toBe(201);
    },
  );
});

describe('npm run hub under load and crashes', () => {
  const channelsNamed = async (token: string, prefix: string) => {
    const names: string[] = [];
    for (let page = 1; ; page += 1) {
      const answer = await fetch(`${BASE}/channels?q=${prefix}&pageSize=100&page=${page}`, {
        headers: { Authorization: `Bearer ${token}` },
      });
      const { items, total } = (await answer.json()) as {
        items: { name: string }[];
        total: number;
      };
      names.push(...items.map((item) => item.name));
      if (names.length >= total || items.length === 0) return names;
    }
  };

  it(
    'keeps every acknowledged write when killed with SIGKILL in the middle of a burst',
    { timeout: 120_000 },
    async () => {
      const dataFile = join(mkdtempSync(join(tmpdir(), 'hub-')), 'hub.json');
      await startHub(dataFile);
      const { token } = (await (await signInDemoAdmin()).json()) as { token: string };
      const acknowledged: string[] = [];
      let sent = 0;
      let killed = false;
      // 20 writers at once; the Hub is killed once 150 creates were acknowledged.
      const writer = async () => {
        while (!killed) {
          const name = `Burst ${(sent += 1)}`;
          try {
            const created = await fetch(`${BASE}/channels`, {
              method: 'POST',
              headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
              body: JSON.stringify({ name, description: '', type: 'Twitter:Account' }),
            });
            if (created.status === 201) acknowledged.push(name);
          } catch {
            return; // The connection died with the Hub.
          }
          if (acknowledged.length >= 150 && !killed) {
            killed = true;
            running?.kill('SIGKILL');
          }
        }
      };
      await Promise.all(Array.from({ length: 20 }, writer));
      await new Promise<void>((resolve) =>
        running?.exitCode !== null || running?.signalCode
          ? resolve()
          : running.on('exit', () => resolve()),
      );

      await startHub(dataFile);
      const again = (await (await signInDemoAdmin()).json()) as { token: string };
      const kept = new Set(await channelsNamed(again.token, 'Burst'));
      expect(acknowledged.length).toBeGreaterThanOrEqual(150);
      expect(acknowledged.filter((name) => !kept.has(name))).toEqual([]);
    },
  );

  it('never reads its files per request: a change behind its back is not taken up', async () => {
    const dataFile = join(mkdtempSync(join(tmpdir(), 'hub-')), 'hub.json');
    await startHub(dataFile);
    const { token } = (await (await signInDemoAdmin()).json()) as { token: string };
    // Another valid state written over the data file: the demo account renamed.
    const stored = readFileSync(dataFile, 'utf8');
    writeFileSync(dataFile, stored.replaceAll('"Demo Corp"', '"Renamed Corp"'));
    const me = await fetch(`${BASE}/me`, { headers: { Authorization: `Bearer ${token}` } });
    expect(me.status).toBe(200);
    expect((await me.json()).accountName).toBe('Demo Corp');
  });

  it('starts from a data file of the older single-file layout', { timeout: 60_000 }, async () => {
    const dataFile = join(mkdtempSync(join(tmpdir(), 'hub-')), 'hub.json');
    // The older Hub kept the whole state in hub.json and nothing beside it.
    const state = await createSeedState();
    state.accounts[0]!.name = 'Legacy Corp';
    writeFileSync(dataFile, JSON.stringify(state));
    await startHub(dataFile);
    const token = await fetch(`${BASE}/auth/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        account: 'Legacy Corp',
        email: 'admin@demo-corp.example',
        password: 'Demo-Console-2026',
      }),
    });
    expect(token.status).toBe(201);
  });
});
