import { describe, expect, it } from 'vitest';
import { HubEvents, toEventLines, type EventStore } from './hub-events';

const ACCOUNT = 'ac0000000000000000000001';

/** A store that keeps the lines as text, as the browser's storage and the events file do. */
function textStore() {
  let text = '';
  const store: EventStore = {
    load: () => text,
    append: (_added, all) => {
      text = toEventLines(all);
    },
    prune: (all) => {
      text = toEventLines(all);
    },
    replace: (all) => {
      text = toEventLines(all);
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
    const reread = new HubEvents(store, now).list(ACCOUNT, {});
    expect(reread).toHaveLength(1);
    expect(reread[0]?.changes).toEqual([{ field: 'name', after: 'Acme' }]);
    expect(reread[0]?.actor.name).toBe('Ada Admin');
  });
});
