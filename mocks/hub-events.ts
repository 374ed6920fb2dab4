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

/**
 * Where the events are kept: every event is one JSON line, oldest first. Stores that write whole
 * call `all()`, which joins every line kept now; it costs a copy, so it is called only when asked.
 */
export type EventStore = {
  load(): string | null;
  /** `lines`, holding `count` events, were added at the end. */
  append(lines: string, count: number, all: () => string): void;
  /** Old events were pruned and `kept` remain: the store may write `all()` now or later. */
  prune(kept: number, all: () => string): void;
  /** Replaces the stored events with `all`, `count` events, now (a reset, a startup). */
  replace(all: string, count: number): void;
  /** Calls `onStored` with what another window stored (the browser's `storage` event). */
  watch?(onStored: (text: string) => void): void;
};

export function memoryEventStore(): EventStore {
  return { load: () => null, append() {}, prune() {}, replace() {} };
}

const toEventLine = (event: StoredEvent) => `${JSON.stringify(event)}\n`;

/** The events of stored lines. A line that does not fit (a write cut short by a crash) is left out. */
function readEventLines(text: string | null): StoredEvent[] {
  const events: StoredEvent[] = [];
  for (const line of (text ?? '').split('\n')) {
    const event = readEventLine(line);
    if (event) events.push(event);
  }
  return events;
}

function readEventLine(line: string): StoredEvent | null {
  if (line.trim() === '') return null;
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch {
    return null;
  }
  const parsed = storedEventSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}

/** What a handler says about one change; the log adds its ID and time. */
export type NewEvent = Omit<StoredEvent, 'id' | 'at'>;

type Filters = Omit<ActivityListParams, 'page' | 'pageSize'>;

/** What the log keeps of each event, in this order: where its line is, and what filters read. */
const BLOCK = 0; // the block its line is in, counted from the first block ever made
const START = 1;
const END = 2;
const AT = 3; // its time, in ms
const ACCOUNT = 4; // these five are codes of strings
const RESOURCE = 5;
const RESOURCE_ID = 6;
const ACTOR = 7;
const TYPE = 8;
const STRIDE = 9;

/** Lines are written into blocks of this size; a line that does not fit starts the next block. */
const BLOCK_BYTES = 256 * 1024;

/**
 * The events, oldest first, as UTF-8 JSON lines in blocks of bytes, with the fields the filters
 * read kept beside them as numbers. Both sit outside the JavaScript heap: an event costs its line
 * and nine numbers, where as objects it cost several times its line once the heap had grown around
 * them (docs/decisions/0016-change-history.md). Blocks are never moved or copied: pruning frees
 * whole blocks from the front. An event is decoded only when a page of the list shows it.
 */
class EventLog {
  private blocks: Uint8Array[] = [];
  /** Blocks freed from the front, so that an event's BLOCK stays what it was. */
  private freedBlocks = 0;
  /** Bytes written into the last block. */
  private used = 0;
  /** STRIDE numbers an event, the pruned ones first until they are as many as the kept ones. */
  private fields = new Float64Array(STRIDE * 1024);
  private stored = 0;
  private pruned = 0;
  private readonly codes = new Map<string, number>();
  private readonly encoder = new TextEncoder();
  private readonly decoder = new TextDecoder();

  /** How many events are kept. */
  get length() {
    return this.stored - this.pruned;
  }

  /** Adds the events; returns their lines. */
  push(events: readonly StoredEvent[]): string {
    const lines = events.map(toEventLine);
    for (const [index, event] of events.entries()) {
      const line = this.encoder.encode(lines[index]);
      let block = this.blocks.at(-1);
      if (!block || this.used + line.length > block.length) {
        block = new Uint8Array(Math.max(BLOCK_BYTES, line.length));
        this.blocks.push(block);
        this.used = 0;
      }
      block.set(line, this.used);
      if ((this.stored + 1) * STRIDE > this.fields.length) {
        const grown = new Float64Array(this.fields.length * 2);
        grown.set(this.fields);
        this.fields = grown;
      }
      this.fields.set(
        [
          this.freedBlocks + this.blocks.length - 1,
          this.used,
          this.used + line.length,
          Date.parse(event.at),
          this.code(event.accountId),
          this.code(event.resource),
          this.code(event.resourceId),
          this.code(event.actor.id),
          this.code(event.type),
        ],
        this.stored * STRIDE,
      );
      this.used += line.length;
      this.stored += 1;
    }
    return lines.join('');
  }

  /** The time of the `index`th oldest event kept, in ms. */
  time(index: number) {
    return this.field(this.pruned + index, AT);
  }

  /** Forgets the `count` oldest events. */
  dropOldest(count: number) {
    this.pruned += Math.min(count, this.length);
    const firstKept =
      this.length > 0 ? this.field(this.pruned, BLOCK) - this.freedBlocks : this.blocks.length;
    this.blocks.splice(0, firstKept);
    this.freedBlocks += firstKept;
    // The fields move only once the pruned events are as many as the kept ones: a steady trickle
    // of expiring events costs no copy each.
    if (this.pruned < this.length) return;
    this.fields.copyWithin(0, this.pruned * STRIDE, this.stored * STRIDE);
    this.stored -= this.pruned;
    this.pruned = 0;
  }

  /** The account's events that pass the filters, newest first, as indexes for `line`. */
  find(accountId: string, filters: Filters): number[] {
    const wanted = (value: string | undefined) =>
      value === undefined ? undefined : (this.codes.get(value) ?? -1);
    const checks: [number, number | undefined][] = [
      [ACCOUNT, wanted(accountId)],
      [RESOURCE, wanted(filters.resource)],
      [RESOURCE_ID, wanted(filters.resourceId)],
      [ACTOR, wanted(filters.actor)],
      [TYPE, wanted(filters.type)],
    ];
    const from = filters.from ? Date.parse(filters.from) : -Infinity;
    const to = filters.to ? Date.parse(filters.to) : Infinity;
    const found: number[] = [];
    for (let event = this.stored - 1; event >= this.pruned; event -= 1) {
      const at = this.field(event, AT);
      if (at < from || at >= to) continue;
      if (checks.every(([field, code]) => code === undefined || this.field(event, field) === code))
        found.push(event);
    }
    return found;
  }

  line(event: number): string {
    const block = this.blocks[this.field(event, BLOCK) - this.freedBlocks];
    return this.decoder.decode(block?.subarray(this.field(event, START), this.field(event, END)));
  }

  /** Every line kept, oldest first. */
  text(): string {
    let text = '';
    for (let event = this.pruned; event < this.stored; event += 1) text += this.line(event);
    return text;
  }

  private field(event: number, field: number) {
    return this.fields[event * STRIDE + field] ?? NaN;
  }

  private code(value: string) {
    let code = this.codes.get(value);
    if (code === undefined) {
      code = this.codes.size;
      this.codes.set(value, code);
    }
    return code;
  }
}

/** Keeps the account's events; `now` is the Hub's (mock) clock. */
export class HubEvents {
  private log = new EventLog();
  private readonly store: EventStore;
  private readonly now: () => Date;

  constructor(store: EventStore, now: () => Date) {
    this.store = store;
    this.now = now;
    this.log.push(readEventLines(store.load()));
    this.prune();
    store.watch?.((text) => {
      this.log = new EventLog();
      this.log.push(readEventLines(text));
    });
  }

  record(...events: NewEvent[]) {
    if (events.length === 0) return;
    this.prune();
    const at = this.now().toISOString();
    const lines = this.log.push(events.map((event) => ({ id: randomHex(12), at, ...event })));
    this.store.append(lines, events.length, () => this.log.text());
  }

  /** A page of the account's events that pass the filters, newest first, and how many pass. */
  list(
    accountId: string,
    filters: Filters,
    { page, pageSize }: Pick<ActivityListParams, 'page' | 'pageSize'> = {
      page: 1,
      pageSize: Infinity,
    },
  ): { items: ActivityEvent[]; total: number } {
    this.prune();
    const found = this.log.find(accountId, filters);
    const items = found.slice((page - 1) * pageSize, page * pageSize).flatMap((index) => {
      const stored = readEventLine(this.log.line(index));
      if (!stored) return [];
      const { accountId: _owner, ...event } = stored;
      return [event];
    });
    return { items, total: found.length };
  }

  /** Every event kept, oldest first (tests). */
  all(): StoredEvent[] {
    return readEventLines(this.log.text());
  }

  /** Every event kept, oldest first, as the store keeps them. */
  text(): string {
    return this.log.text();
  }

  /** How many events are kept. */
  count(): number {
    return this.log.length;
  }

  clear() {
    this.log = new EventLog();
    this.store.replace('', 0);
  }

  /** Drops the events past the retention; they are the oldest, so at the front. */
  private prune() {
    const oldest = this.now().getTime() - EVENT_RETENTION_MS;
    let expired = 0;
    while (expired < this.log.length && this.log.time(expired) < oldest) expired += 1;
    if (expired === 0) return;
    this.log.dropOldest(expired);
    this.store.prune(this.log.length, () => this.log.text());
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
