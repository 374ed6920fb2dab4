import { z } from 'zod/mini';
import type { ChangedEntities } from './hub-changes';
import { hubStateSchema, type HubState } from './hub-state';
import { AttemptLimits } from './attempt-limits';
import { HubEvents, memoryEventStore, type EventStore } from './hub-events';
import { KeyedLookup } from './keyed-lookup';
import { addLargeDataSet } from './large-data-set';
import { hashSessionToken } from './password-hash';
import { createSeedState } from './seed';

/** Where the mock Hub keeps its data whole: localStorage in the browser, memory under Vitest. */
export type Persistence = {
  load(): string | null;
  save(serialized: string): void;
  /** Calls `onStored` with what another window stored (the browser's `storage` event). */
  watch?(onStored: (serialized: string) => void): void;
};

/**
 * A store that records changes rather than the whole state: the HTTP Hub's log. `changed` names
 * what the commit changed when the caller knows; 'all' when the whole state was replaced.
 */
export type ChangeLog = {
  load(): string | null;
  record(state: HubState, changed?: ChangedEntities | 'all'): void;
};

/** The stored data cannot be read; the message says where and why. */
export class StoredDataProblem extends Error {}

export function memoryPersistence(initial: string | null = null): Persistence {
  let stored = initial;
  return {
    load: () => stored,
    save: (serialized) => {
      stored = serialized;
    },
  };
}

export const faultKinds = ['network', 'server-error', 'rate-limit', 'timeout'] as const;
/** The most latency the scenario controls add to each request. */
export const MAX_LATENCY_MS = 60_000;
export type FaultKind = (typeof faultKinds)[number];

export type MockHubStatus = {
  latencyMs: number;
  nextFault: FaultKind | null;
  clockOffsetMs: number;
  storageProblem: string | null;
};

/**
 * The mock Hub's state and scenario controls. Handlers read and change `state`, then `commit()`.
 * Stored data that does not fit the schema is never overwritten silently: the hub runs on the
 * seed in memory and reports the problem until someone chooses to reset.
 */
export class MockHub {
  state: HubState;
  latencyMs = 0;
  nextFault: FaultKind | null = null;
  storageProblem: string | null;
  /** How long a 'timeout' fault holds the answer; longer than the console's client timeout. */
  timeoutFaultMs = 20_000;
  /** Sign-in and sign-up attempts, for the 429s; in memory only (see AttemptLimits). */
  readonly attemptLimits = new AttemptLimits();
  /** Counts the changes to the state: a result computed from the state holds while it stays. */
  revision = 0;
  /** The change history, kept apart from the state (SPEC §10). */
  readonly events: HubEvents;
  private readonly store: Persistence | ChangeLog;
  /** What this hub last stored or took up whole, so the same data is not taken up twice. */
  private lastStored: string | null = null;
  private readonly listeners = new Set<() => void>();
  private status: MockHubStatus;

  // Lookups by key over the state's lists, for the handlers' hot paths.
  private readonly sessionsByToken = new KeyedLookup<HubState['sessions'][number]>(
    (session) => session.tokenHash,
  );
  private readonly usersById = new KeyedLookup<HubState['users'][number]>((user) => user.id);
  private readonly accountsById = new KeyedLookup<HubState['accounts'][number]>(
    (account) => account.id,
  );
  private readonly channelsById = new KeyedLookup<HubState['channels'][number]>(
    (stored) => stored.channel.id,
  );

  private constructor(
    store: Persistence | ChangeLog,
    state: HubState,
    storageProblem: string | null,
    eventStore: EventStore,
  ) {
    this.store = store;
    this.state = state;
    this.storageProblem = storageProblem;
    this.events = new HubEvents(eventStore, () => this.now());
    this.status = this.readStatus();
  }

  static async create(
    store: Persistence | ChangeLog,
    eventStore: EventStore = memoryEventStore(),
  ): Promise<MockHub> {
    let raw: string | null;
    try {
      raw = store.load();
    } catch (error) {
      if (!(error instanceof StoredDataProblem)) throw error;
      return new MockHub(store, await createSeedState(), error.message, eventStore);
    }
    if (raw !== null) {
      const problem = describeStoredProblem(raw);
      if (problem === null) {
        const hub = new MockHub(store, hubStateSchema.parse(JSON.parse(raw)), null, eventStore);
        hub.watchStore();
        return hub;
      }
      return new MockHub(store, await createSeedState(), problem, eventStore);
    }
    const hub = new MockHub(store, await createSeedState(), null, eventStore);
    hub.commit();
    hub.watchStore();
    return hub;
  }

  /**
   * Takes up what another window of the console stores (a provider login popup runs its own mock
   * Hub on the same storage) as it is stored: requests never read the storage.
   */
  private watchStore() {
    if ('watch' in this.store) this.store.watch?.((serialized) => this.takeUp(serialized));
  }

  /** Takes up data stored by another window; data this version cannot read is left alone. */
  takeUp(serialized: string) {
    if (serialized === this.lastStored) return;
    if (this.storageProblem !== null || describeStoredProblem(serialized) !== null) return;
    this.lastStored = serialized;
    this.state = hubStateSchema.parse(JSON.parse(serialized));
    this.revision += 1;
    this.notify();
  }

  /** The open or expired session whose token has this hash (sessions keep hashes only). */
  findSession(tokenHash: string | undefined) {
    return tokenHash ? this.sessionsByToken.find(this.state.sessions, tokenHash) : undefined;
  }

  findUser(id: string) {
    return this.usersById.find(this.state.users, id);
  }

  findAccount(id: string) {
    return this.accountsById.find(this.state.accounts, id);
  }

  /** A channel of any account, by ID; handlers check the account. */
  findChannel(id: string) {
    return this.channelsById.find(this.state.channels, id);
  }

  /** The account a session token belongs to, if the session is still open. */
  accountOfToken(token: string | undefined): string | undefined {
    return token === undefined ? undefined : this.findSession(hashSessionToken(token))?.accountId;
  }

  now(): Date {
    return new Date(Date.now() + this.state.clockOffsetMs);
  }

  /**
   * Stores the state as it is now. A handler on a hot path may name the entities it changed, so
   * the HTTP Hub's log writes those alone; it must then name every one. Without `changed` the
   * log compares the whole state with what it last wrote.
   */
  commit(changed?: ChangedEntities) {
    this.save(changed);
    this.notify();
  }

  /**
   * Replaces the whole state (a reset, a checked fixture from hub-fixture.ts) and stores it; the
   * scenario settings (latency, armed fault) stay as they are.
   */
  replaceState(state: HubState) {
    this.state = state;
    this.storageProblem = null;
    this.save('all');
    this.notify();
  }

  private save(changed?: ChangedEntities | 'all') {
    this.revision += 1;
    if (this.storageProblem !== null) return;
    if ('record' in this.store) this.store.record(this.state, changed);
    else this.store.save((this.lastStored = JSON.stringify(this.state)));
  }

  async reset() {
    const seed = await createSeedState();
    this.latencyMs = 0;
    this.nextFault = null;
    this.attemptLimits.clear();
    this.events.clear();
    this.replaceState(seed);
  }

  /** Grows an account (the demo account by default) to 2,000 channels and 5,000 users. */
  loadLargeDataSet(accountId?: string) {
    addLargeDataSet(this.state, this.now(), accountId);
    this.commit();
  }

  setLatency(milliseconds: number) {
    if (!Number.isSafeInteger(milliseconds) || milliseconds < 0 || milliseconds > MAX_LATENCY_MS) {
      throw new RangeError(
        `Latency must be a whole number of milliseconds from 0 to ${MAX_LATENCY_MS}.`,
      );
    }
    this.latencyMs = milliseconds;
    this.notify();
  }

  failNextRequest(kind: FaultKind | null) {
    if (kind !== null && !faultKinds.includes(kind)) {
      throw new TypeError(`A fault is one of ${faultKinds.join(', ')}, or null.`);
    }
    this.nextFault = kind;
    this.notify();
  }

  /** Takes the pending fault, if any: each fault applies to one request only. */
  takeFault(): FaultKind | null {
    const fault = this.nextFault;
    if (fault) {
      this.nextFault = null;
      this.notify();
    }
    return fault;
  }

  advanceClock(milliseconds: number) {
    // The clock only moves forward, by whole milliseconds: a NaN stored here would fail every
    // request after it.
    if (!Number.isSafeInteger(milliseconds) || milliseconds < 0) {
      throw new RangeError('The clock moves forward by a whole number of milliseconds ≥ 0.');
    }
    this.state.clockOffsetMs += milliseconds;
    this.commit();
  }

  /** Ends every session, as if their 24 hours had passed. */
  expireSessions() {
    this.state.sessions = [];
    this.commit();
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  getStatus = (): MockHubStatus => this.status;

  private readStatus(): MockHubStatus {
    return {
      latencyMs: this.latencyMs,
      nextFault: this.nextFault,
      clockOffsetMs: this.state.clockOffsetMs,
      storageProblem: this.storageProblem,
    };
  }

  private notify() {
    this.status = this.readStatus();
    this.listeners.forEach((listener) => listener());
  }
}

function describeStoredProblem(raw: string): string | null {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return 'The stored mock Hub data is not valid JSON.';
  }
  const parsed = hubStateSchema.safeParse(data);
  if (parsed.success) return null;
  return `The stored mock Hub data does not fit this version of the console: ${z.prettifyError(parsed.error).split('\n').slice(0, 4).join(' ')}`;
}
