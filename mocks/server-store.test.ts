// @vitest-environment node
import {
  appendFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { hubStateSchema, type HubState } from './hub-state';
import { StoredDataProblem } from './mock-hub';
import { createSeedState } from './seed';
import { LogStore } from './server-store';

let seed: HubState;
beforeAll(async () => {
  seed = await createSeedState();
});

function freshStore(compactBytes?: number) {
  return new LogStore(join(mkdtempSync(join(tmpdir(), 'hub-store-')), 'hub.json'), compactBytes);
}

/** What a restarted Hub reads: the same files through a new store. */
function reload(store: LogStore): HubState {
  const raw = new LogStore(store.snapshotPath).load();
  if (raw === null) throw new Error('Nothing stored.');
  return hubStateSchema.parse(JSON.parse(raw));
}

function renameChannel(state: HubState, index: number, name: string) {
  const stored = state.channels[index];
  if (!stored) throw new Error(`No channel ${index}.`);
  stored.channel = { ...stored.channel, name, version: stored.channel.version + 1 };
  return stored.channel.id;
}

describe('the HTTP Hub store', () => {
  it('logs only what a commit changed, and replays it after the snapshot', async () => {
    const store = freshStore();
    const state = structuredClone(seed);
    await store.compact(state);
    const id = renameChannel(state, 0, 'Renamed once');
    store.record(state, { channels: [id] });
    state.clockOffsetMs = 5_000;
    state.sessions = [];
    store.record(state);
    await store.durable();

    const lines = readFileSync(store.logPath, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[0]!)).toEqual({
      put: { channels: [state.channels[0]] },
    });
    expect(JSON.parse(lines[1]!)).toEqual({ fields: { clockOffsetMs: 5_000 } });
    expect(reload(store)).toEqual(state);
  });

  it('finds the changes a commit does not name by comparing each entity', async () => {
    const store = freshStore();
    const state = structuredClone(seed);
    await store.compact(state);
    const removed = state.users.pop()!;
    renameChannel(state, 1, 'Found by the diff');
    store.record(state);
    await store.durable();

    const line = JSON.parse(readFileSync(store.logPath, 'utf8'));
    expect(line.remove).toEqual({ users: [removed.id] });
    expect(line.put.channels).toEqual([state.channels[1]]);
    expect(reload(store)).toEqual(state);
  });

  it('ignores a last line cut short by a crash, and keeps every line before it', async () => {
    const store = freshStore();
    const state = structuredClone(seed);
    await store.compact(state);
    const id = renameChannel(state, 0, 'Acknowledged');
    store.record(state, { channels: [id] });
    await store.durable();
    // A crash in the middle of writing the next group: half a line, no newline.
    appendFileSync(store.logPath, '{"put":{"channels":[{"accountId":"aa00');

    const reloaded = reload(store);
    expect(reloaded.channels[0]?.channel.name).toBe('Acknowledged');
    expect(reloaded).toEqual(state);
  });

  it('refuses a log damaged before its last line, naming the line', async () => {
    const store = freshStore();
    const state = structuredClone(seed);
    await store.compact(state);
    appendFileSync(store.logPath, 'not a change\n{"fields":{"clockOffsetMs":1}}\n');
    expect(() => new LogStore(store.snapshotPath).load()).toThrow(StoredDataProblem);
    expect(() => new LogStore(store.snapshotPath).load()).toThrow(/Line 1 of .*hub\.json\.log/);
  });

  it('groups the writes that arrive together into one fsync', async () => {
    const store = freshStore();
    const state = structuredClone(seed);
    await store.compact(state);
    for (const index of [0, 1, 2]) {
      store.record(state, { channels: [renameChannel(state, index, `Together ${index}`)] });
    }
    await store.durable();
    // Three commits in one turn: one group, three lines, all on disk before durable() resolved.
    expect(readFileSync(store.logPath, 'utf8').trim().split('\n')).toHaveLength(3);
    expect(reload(store)).toEqual(state);
  });

  it('compacts in the background past its threshold and keeps every write', async () => {
    const store = freshStore(4_000);
    const state = structuredClone(seed);
    await store.compact(state);
    const saves: Promise<void>[] = [];
    for (let round = 0; round < 60; round += 1) {
      const index = round % state.channels.length;
      store.record(state, { channels: [renameChannel(state, index, `Round ${round}`)] });
      // Some rounds wait for their write, so groups and compactions interleave.
      if (round % 3 === 0) await store.durable();
      else saves.push(store.durable());
    }
    await Promise.all(saves);
    await store.close();

    // The log was folded into the snapshot at least once: it is far smaller than 60 lines (or
    // not there at all, when the last group was the one that started a compaction).
    const logSize = existsSync(store.logPath) ? statSync(store.logPath).size : 0;
    expect(logSize).toBeLessThan(8_000);
    expect(existsSync(`${store.logPath}.old`)).toBe(false);
    expect(JSON.parse(readFileSync(store.snapshotPath, 'utf8')).channels).not.toEqual(
      seed.channels,
    );
    expect(reload(store)).toEqual(state);
  });

  it('replays a compaction cut short: snapshot, then the moved log, then the new log', async () => {
    const store = freshStore();
    const state = structuredClone(seed);
    await store.compact(state);
    const first = renameChannel(state, 0, 'In the moved log');
    store.record(state, { channels: [first] });
    await store.durable();
    // As a crash would leave it: the log moved aside, the new snapshot not yet written.
    renameSync(store.logPath, `${store.logPath}.old`);
    const second = renameChannel(state, 1, 'In the new log');
    store.record(state, { channels: [second] });
    await store.durable();

    expect(existsSync(`${store.logPath}.old`)).toBe(true);
    expect(reload(store)).toEqual(state);
  });

  it('reads an older data file, a whole state and no log, as its snapshot', () => {
    const store = freshStore();
    writeFileSync(store.snapshotPath, JSON.stringify(seed));
    expect(existsSync(store.logPath)).toBe(false);
    expect(reload(store)).toEqual(seed);
  });
});

describe('the change history beside the state', () => {
  const event = (id: number, at: string) => ({
    id: String(id).padStart(24, '0'),
    at,
    accountId: 'aa0000000000000000000001',
    actor: { id: 'hub', name: 'Hub' },
    type: 'channel.keyword-blocked' as const,
    resource: 'channel' as const,
    resourceId: '5af17ad89a7957002123dc2c',
    resourceName: 'Service',
    requestId: 'r',
    changes: [],
  });

  const linesOf = (events: readonly ReturnType<typeof event>[]) =>
    events.map((stored) => `${JSON.stringify(stored)}\n`).join('');

  it('appends each event as a line of its own file, on disk before durable() resolves', async () => {
    const store = freshStore();
    store.record(seed);
    const first = event(1, '2026-03-01T10:00:00.000Z');
    store.events.append(linesOf([first]), 1, () => linesOf([first]));
    await store.durable();
    expect(readFileSync(store.eventsPath, 'utf8')).toBe(`${JSON.stringify(first)}\n`);
    const second = event(2, '2026-03-01T10:01:00.000Z');
    store.events.append(linesOf([second]), 1, () => linesOf([first, second]));
    await store.durable();
    expect(new LogStore(store.snapshotPath).events.load()?.split('\n')).toHaveLength(3);
    // The state's own files hold no event.
    expect(readFileSync(store.snapshotPath, 'utf8')).not.toContain('keyword-blocked');
    await store.close();
  });

  it('rewrites the file without pruned events once they are as many as the live ones', async () => {
    const store = freshStore();
    const events = Array.from({ length: 2_400 }, (_, index) =>
      event(index, new Date(Date.UTC(2026, 2, 1) + index * 1000).toISOString()),
    );
    store.events.append(linesOf(events), events.length, () => linesOf(events));
    await store.durable();
    store.events.prune(1_900, () => linesOf(events.slice(500)));
    await store.durable();
    expect(readFileSync(store.eventsPath, 'utf8').split('\n')).toHaveLength(2_401);
    store.events.prune(1_200, () => linesOf(events.slice(1_200)));
    await store.durable();
    const lines = readFileSync(store.eventsPath, 'utf8').split('\n');
    expect(lines).toHaveLength(1_201);
    expect(lines[0]).toBe(JSON.stringify(events[1_200]));
    store.removeAll();
    expect(existsSync(store.eventsPath)).toBe(false);
    await store.close();
  });
});
