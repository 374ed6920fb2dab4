import { z } from 'zod/mini';
import { RETENTION_DAYS } from '../src/api/account-schema';
import {
  activityEventSchema,
  type ActivityEvent,
  type ActivityListParams,
  type Actor,
} from '../src/api/activity-schema';
import { idSchema } from '../src/api/user-schema';
import { randomHex } from './password-hash';

// The change history (SPEC §10), kept apart from the entity state: its own storage key in the
// browser, its own append-only file beside the state in the HTTP Hub. A reset of the state to
// the seed forgets it; a fixture loaded into the state leaves it as it is.

/** An event as the Hub keeps it: the API's event and the account it belongs to. */
const storedEventSchema = z.extend(activityEventSchema, { accountId: idSchema });
export type StoredEvent = z.infer<typeof storedEventSchema>;

/** Events older than the Hub's retention are pruned (SPEC §10). */
const EVENT_RETENTION_MS = RETENTION_DAYS * 86_400_000;

/** Where the events are kept. Every event is one JSON line, oldest first. */
export type EventStore = {
  load(): string | null;
  /** Adds `added` at the end; `all` is every event kept now, for stores that write whole. */
  append(added: readonly StoredEvent[], all: readonly StoredEvent[]): void;
  /** Old events were pruned: the store may write `all` now or later, as its costs say. */
  prune(all: readonly StoredEvent[]): void;
  /** Replaces the stored events with `all`, now (a reset). */
  replace(all: readonly StoredEvent[]): void;
  /** Calls `onStored` with what another window stored (the browser's `storage` event). */
  watch?(onStored: (text: string) => void): void;
};

export function memoryEventStore(): EventStore {
  return { load: () => null, append() {}, prune() {}, replace() {} };
}

export const toEventLines = (events: readonly StoredEvent[]) =>
  events.map((event) => `${JSON.stringify(event)}\n`).join('');

/** The events of stored lines. A line that does not fit (a write cut short by a crash) is left out. */
function readEventLines(text: string | null): StoredEvent[] {
  const events: StoredEvent[] = [];
  for (const line of (text ?? '').split('\n')) {
    if (line.trim() === '') continue;
    let data: unknown;
    try {
      data = JSON.parse(line);
    } catch {
      continue;
    }
    const parsed = storedEventSchema.safeParse(data);
    if (parsed.success) events.push(parsed.data);
  }
  return events;
}

/** What a handler says about one change; the log adds its ID and time. */
export type NewEvent = Omit<StoredEvent, 'id' | 'at'>;

/** Keeps the account's events; `now` is the Hub's (mock) clock. */
export class HubEvents {
  private events: StoredEvent[];
  private readonly store: EventStore;
  private readonly now: () => Date;

  constructor(store: EventStore, now: () => Date) {
    this.store = store;
    this.now = now;
    this.events = readEventLines(store.load());
    this.prune();
    store.watch?.((text) => {
      this.events = readEventLines(text);
    });
  }

  record(...events: NewEvent[]) {
    if (events.length === 0) return;
    this.prune();
    const at = this.now().toISOString();
    const added = events.map((event) => ({ id: randomHex(12), at, ...event }));
    this.events.push(...added);
    this.store.append(added, this.events);
  }

  /** The account's events that pass the filters, newest first. */
  list(accountId: string, filters: Omit<ActivityListParams, 'page' | 'pageSize'>) {
    this.prune();
    const { resource, resourceId, actor, type, from, to } = filters;
    const fromTime = from ? Date.parse(from) : -Infinity;
    const toTime = to ? Date.parse(to) : Infinity;
    const found: ActivityEvent[] = [];
    for (let index = this.events.length - 1; index >= 0; index -= 1) {
      const stored = this.events[index];
      if (!stored) continue;
      const { accountId: owner, ...event } = stored;
      if (owner !== accountId) continue;
      if (resource && event.resource !== resource) continue;
      if (resourceId && event.resourceId !== resourceId) continue;
      if (actor && event.actor.id !== actor) continue;
      if (type && event.type !== type) continue;
      const at = Date.parse(event.at);
      if (at < fromTime || at >= toTime) continue;
      found.push(event);
    }
    return found;
  }

  /** Every event kept, oldest first (tests, and the HTTP Hub's startup). */
  all(): readonly StoredEvent[] {
    return this.events;
  }

  clear() {
    this.events = [];
    this.store.replace(this.events);
  }

  /** Drops the events past the retention; they are the oldest, so at the front. */
  private prune() {
    const oldest = this.now().getTime() - EVENT_RETENTION_MS;
    let expired = 0;
    for (const event of this.events) {
      if (Date.parse(event.at) >= oldest) break;
      expired += 1;
    }
    if (expired === 0) return;
    this.events = this.events.slice(expired);
    this.store.prune(this.events);
  }
}

/** A user as an event's actor: their ID and their name at the time. */
export function actorOf(user: { id: string; firstName: string; lastName: string }): Actor {
  return { id: user.id, name: `${user.firstName} ${user.lastName}` };
}

// One request ID per request: the events a request records share it. A client's X-Request-Id is
// taken when it is a plain token, so support can find a request they were told about.
const requestIds = new WeakMap<Request, string>();
const REQUEST_ID_PATTERN = /^[\w.-]{8,64}$/;

export function requestIdOf(request?: Request): string {
  if (!request) return randomHex(8);
  let id = requestIds.get(request);
  if (id === undefined) {
    const sent = request.headers.get('X-Request-Id') ?? '';
    id = REQUEST_ID_PATTERN.test(sent) ? sent : randomHex(8);
    requestIds.set(request, id);
  }
  return id;
}
