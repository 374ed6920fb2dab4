import { describe, expect, it } from 'vitest';
import { RETENTION_DAYS } from '../src/api/account-schema';
import { HubEvents, type EventStore } from './hub-events';

const ACCOUNT = 'ac0000000000000000000001';

/** A store that keeps the lines as text, as the browser's storage and the events file do. */
function textStore() {
  let text = '';
  const store: EventStore = {
    load: () => text,
    append: (_lines, _count, all) => {
      text = all();
    },
    prune: (_kept, all) => {
      text = all();
    },
    replace: (all) => {
      text = all;
    },
  };
  return store;
}

describe('the Hub’s change history', () => {
  it('reads back what it stored, a creation’s change with no value before included', () => {
    const store = textStore();
    const now = () => new Date('2026-03-01T10:00:00.000Z');
    new HubEvents(store, now).record({
      accountId: ACCOUNT,
      actor: { id: 'ab0000000000000000000001', name: 'Ada Admin' },
      type: 'channel.created',
      resource: 'channel',
      resourceId: 'cd0000000000000000000001',
      resourceName: 'Acme',
      requestId: 'req-1',
      changes: [{ field: 'name', before: undefined, after: 'Acme' }],
    });
    const reread = new HubEvents(store, now).list(ACCOUNT, {}).items;
    expect(reread).toHaveLength(1);
    expect(reread[0]?.changes).toEqual([{ field: 'name', after: 'Acme' }]);
    expect(reread[0]?.actor.name).toBe('Ada Admin');
  });

  // The names hold characters of two, three and four bytes: the log keeps bytes, the API strings.
  const NAMES = ['Ünïcödé', 'متجر', '🚀 Launch', 'Plain'];
  const OTHER_ACCOUNT = 'ac0000000000000000000002';

  /** A log on a clock the test moves, and one event a minute from 10:00, `count` of them. */
  function loggedMinutes(count: number, store = textStore()) {
    let time = Date.parse('2026-03-01T10:00:00.000Z');
    const events = new HubEvents(store, () => new Date(time));
    for (let minute = 0; minute < count; minute += 1) {
      const name = NAMES[minute % NAMES.length] ?? '';
      events.record({
        accountId: minute % 5 === 4 ? OTHER_ACCOUNT : ACCOUNT,
        actor: { id: `ab00000000000000000000${minute % 2}1`, name },
        type: minute % 3 === 0 ? 'channel.created' : 'channel.updated',
        resource: 'channel',
        resourceId: `cd00000000000000000000${String(minute % 10).padStart(2, '0')}`,
        resourceName: `${name} #${minute}`,
        requestId: `req-${minute}`,
        changes: [{ field: 'description', before: name, after: `${name} ${minute}` }],
      });
      time += 60_000;
    }
    return { events, store, advance: (ms: number) => (time += ms) };
  }

  it('filters by every field and pages the newest first, whatever the characters of the names', () => {
    const { events } = loggedMinutes(40);
    const all = events.list(ACCOUNT, {});
    // Every fifth event is the other account's.
    expect(all.total).toBe(32);
    expect(all.items.map((event) => event.requestId).slice(0, 3)).toEqual([
      'req-38',
      'req-37',
      'req-36',
    ]);
    expect(all.items.find((event) => event.requestId === 'req-2')?.resourceName).toBe(
      '🚀 Launch #2',
    );
    const page = events.list(ACCOUNT, {}, { page: 2, pageSize: 5 });
    expect(page.total).toBe(32);
    expect(page.items.map((event) => event.requestId)).toEqual(
      all.items.slice(5, 10).map((event) => event.requestId),
    );
    type Filters = Parameters<HubEvents['list']>[1];
    const created: Filters = {
      type: 'channel.created',
      actor: 'ab0000000000000000000011',
      resourceId: 'cd0000000000000000000003',
    };
    const names = (filters: Filters) =>
      events.list(ACCOUNT, filters).items.map((event) => event.resourceName);
    // Minutes 3 and 33 are channel cd…03's creations by actor …11.
    expect(names(created)).toEqual(['متجر #33', 'Plain #3']);
    // `from` is inclusive and `to` exclusive.
    expect(
      names({ ...created, from: '2026-03-01T10:03:00.000Z', to: '2026-03-01T10:33:00.000Z' }),
    ).toEqual(['Plain #3']);
    expect(events.list(ACCOUNT, { actor: 'nobody' }).total).toBe(0);
    expect(events.list(OTHER_ACCOUNT, {}).total).toBe(8);
  });

  it(`prunes events past ${RETENTION_DAYS} days, and what it keeps reads back whole after the log is moved`, () => {
    const { events, store, advance } = loggedMinutes(12);
    // The six oldest expire: 10:00–10:05 are past the retention at 10:06 plus 28 days.
    advance(RETENTION_DAYS * 86_400_000 - 6 * 60_000);
    expect(events.count()).toBe(12);
    expect(events.list(ACCOUNT, {}).items.at(-1)?.requestId).toBe('req-6');
    expect(events.count()).toBe(6);
    // Pruned events are as many as kept ones: the log moved its bytes. One more expires and one
    // is recorded after the move.
    advance(60_000);
    events.record({
      accountId: ACCOUNT,
      actor: { id: 'hub', name: 'Hub' },
      type: 'channel.keyword-unblocked',
      resource: 'channel',
      resourceId: 'cd0000000000000000000001',
      resourceName: 'Plain',
      requestId: 'req-after',
      changes: [],
    });
    const kept = events.list(ACCOUNT, {}).items.map((event) => event.requestId);
    expect(kept).toEqual(['req-after', 'req-11', 'req-10', 'req-8', 'req-7']);
    // The store holds the same lines (req-9 is the other account's), and a Hub started from
    // them lists the same.
    expect(store.load()?.trim().split('\n')).toHaveLength(6);
    const reread = new HubEvents(store, () => new Date(Date.parse('2026-03-29T10:07:00.000Z')));
    expect(reread.list(ACCOUNT, {}).items.map((event) => event.requestId)).toEqual(kept);
    expect(reread.all()).toEqual(events.all());
  });

  it('reads every event back once the log has grown many times over', () => {
    const { events, advance } = loggedMinutes(2_000);
    const listed = events.list(ACCOUNT, {}).items;
    expect(listed).toHaveLength(1_600);
    expect(listed.at(-1)?.resourceName).toBe('Ünïcödé #0');
    expect(listed[0]?.changes).toEqual([
      { field: 'description', before: '🚀 Launch', after: '🚀 Launch 1998' },
    ]);
    expect(events.all()).toHaveLength(2_000);
    // The 1,500 oldest expire, and the blocks that held only them are freed.
    advance(RETENTION_DAYS * 86_400_000 - 500 * 60_000);
    const kept = events.list(ACCOUNT, {}).items;
    expect(kept).toHaveLength(400);
    expect(kept.at(-1)?.resourceName).toBe('Ünïcödé #1500');
    expect(kept[0]?.resourceName).toBe('🚀 Launch #1998');
    expect(events.all()).toHaveLength(500);
  });
});
