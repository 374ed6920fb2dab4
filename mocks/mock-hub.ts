import { z } from 'zod/mini';
import { hubStateSchema, type HubState } from './hub-state';
import { addLargeDataSet } from './large-data-set';
import { createSeedState } from './seed';

/** Where the mock Hub keeps its data: localStorage in the browser, memory under Vitest. */
export type Persistence = {
  load(): string | null;
  save(serialized: string): void;
};

export function memoryPersistence(): Persistence {
  let stored: string | null = null;
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
  private readonly persistence: Persistence;
  private lastSaved: string | null = null;
  private readonly listeners = new Set<() => void>();
  private status: MockHubStatus;

  private constructor(persistence: Persistence, state: HubState, storageProblem: string | null) {
    this.persistence = persistence;
    this.state = state;
    this.storageProblem = storageProblem;
    this.status = this.readStatus();
  }

  static async create(persistence: Persistence): Promise<MockHub> {
    const raw = persistence.load();
    if (raw !== null) {
      const problem = describeStoredProblem(raw);
      if (problem === null) {
        const hub = new MockHub(persistence, hubStateSchema.parse(JSON.parse(raw)), null);
        hub.lastSaved = raw;
        return hub;
      }
      return new MockHub(persistence, await createSeedState(), problem);
    }
    const hub = new MockHub(persistence, await createSeedState(), null);
    hub.commit();
    return hub;
  }

  /**
   * Takes up what another window of the console stored (a provider login popup runs its own mock
   * Hub on the same storage). Called before each request, so an answer never predates it.
   */
  refresh() {
    if (this.storageProblem !== null) return;
    const raw = this.persistence.load();
    if (raw === null || raw === this.lastSaved || describeStoredProblem(raw) !== null) return;
    this.lastSaved = raw;
    this.state = hubStateSchema.parse(JSON.parse(raw));
    this.notify();
  }

  /** The account a session token belongs to, if the session is still open. */
  accountOfToken(token: string | undefined): string | undefined {
    return this.state.sessions.find((session) => session.token === token)?.accountId;
  }

  now(): Date {
    return new Date(Date.now() + this.state.clockOffsetMs);
  }

  commit() {
    if (this.storageProblem === null) {
      this.lastSaved = JSON.stringify(this.state);
      this.persistence.save(this.lastSaved);
    }
    this.notify();
  }

  async reset() {
    this.state = await createSeedState();
    this.storageProblem = null;
    this.latencyMs = 0;
    this.nextFault = null;
    this.commit();
  }

  /**
   * Replaces the whole state with a checked fixture (see hub-fixture.ts) and persists it; the
   * scenario settings (latency, armed fault) stay as they are.
   */
  importState(state: HubState) {
    this.state = state;
    this.storageProblem = null;
    this.commit();
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
