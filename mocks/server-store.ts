// The HTTP Hub's store: a snapshot of the whole state (the data file, hub.json) and an
// append-only log of changes beside it (hub.json.log), one JSON line per committed change; and
// the change history apart from both, one JSON line per event (hub.json.events).
// See docs/decisions/0013-hub-log-and-snapshot.md and 0016-change-history.md.
import {
  closeSync,
  existsSync,
  fsyncSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  mkdirSync,
} from 'node:fs';
import { open, rename, rm, writeFile, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import {
  applyChange,
  describeWritten,
  diffState,
  type ChangedEntities,
  type StateChange,
  type WrittenState,
} from './hub-changes';
import type { EventStore } from './hub-events';
import type { HubState } from './hub-state';
import { StoredDataProblem, type ChangeLog } from './mock-hub';

/** A log past this size is folded into a new snapshot, in the background. */
const DEFAULT_COMPACT_BYTES = 8 * 1024 * 1024;
/**
 * Pruned events stay in the file until it holds as many of them as live ones (and this many at
 * least): the file is rewritten once in a while, not on every event that expires.
 */
const MIN_PRUNED_EVENTS_TO_REWRITE = 1_000;

/**
 * Writes are grouped: whatever is committed while the previous group is being written and
 * synced goes out in the next group, with one fsync. `durable()` resolves once everything
 * committed before the call is on disk; the server answers only then.
 */
export class LogStore implements ChangeLog {
  readonly snapshotPath: string;
  readonly logPath: string;
  private readonly rotatedPath: string;
  private readonly compactBytes: number;
  private written: WrittenState | null = null;
  private pending: string[] = [];
  /** A whole state to write as the snapshot, before any line still pending. */
  private pendingSnapshot: string | null = null;
  private committed = 0;
  private synced = 0;
  private waiters: { upTo: number; resolve: () => void; reject: (error: unknown) => void }[] = [];
  private log: FileHandle | null = null;
  private logBytes = 0;
  private writing = false;
  private compaction: Promise<void> | null = null;
  private latest: HubState | null = null;
  readonly eventsPath: string;
  private pendingEvents: string[] = [];
  /** Every event kept, to write whole in place of the file, before any event still pending. */
  private pendingEventsFile: string | null = null;
  private eventsFile: FileHandle | null = null;
  /** Events in the file (or about to be): live ones, and pruned ones not yet rewritten away. */
  private eventsInFile = 0;

  constructor(snapshotPath: string, compactBytes = DEFAULT_COMPACT_BYTES) {
    this.snapshotPath = snapshotPath;
    this.logPath = `${snapshotPath}.log`;
    this.rotatedPath = `${snapshotPath}.log.old`;
    this.eventsPath = `${snapshotPath}.events`;
    this.compactBytes = compactBytes;
  }

  /**
   * The change history's file: appended to, and synced in the same groups as the state's log,
   * so `durable()` covers both. A line cut short by a crash is left out when it is read.
   */
  readonly events: EventStore = {
    load: () => {
      const text = readIfThere(this.eventsPath);
      this.eventsInFile = text === null ? 0 : text.split('\n').length - 1;
      return text;
    },
    append: (lines, count) => {
      this.pendingEvents.push(lines);
      this.eventsInFile += count;
      this.committed += 1;
      this.schedule();
    },
    prune: (kept, all) => {
      const pruned = this.eventsInFile - kept;
      if (pruned >= Math.max(kept, MIN_PRUNED_EVENTS_TO_REWRITE)) this.rewriteEvents(all(), kept);
    },
    replace: (all, count) => this.rewriteEvents(all, count),
  };

  private rewriteEvents(all: string, count: number) {
    // `all` holds the events still pending too.
    this.pendingEvents = [];
    this.pendingEventsFile = all;
    this.eventsInFile = count;
    this.committed += 1;
    this.schedule();
  }

  /**
   * The stored state as JSON text: the snapshot, then the log of an interrupted compaction,
   * then the log. A last line cut short by a crash was never acknowledged and is left out; a
   * damaged line before it throws StoredDataProblem. A snapshot that is not JSON comes back as
   * it is, for the Hub to report.
   */
  load(): string | null {
    const snapshot = readIfThere(this.snapshotPath);
    const logs = [readIfThere(this.rotatedPath), readIfThere(this.logPath)].filter(
      (text): text is string => text !== null && text !== '',
    );
    if (logs.length === 0) return snapshot === '' ? null : snapshot;
    let state: unknown = null;
    if (snapshot) {
      try {
        state = JSON.parse(snapshot);
      } catch {
        return snapshot;
      }
    }
    for (const [index, text] of logs.entries()) {
      const path = index === logs.length - 1 ? this.logPath : this.rotatedPath;
      state = replay(state, text, path);
    }
    return state === null ? null : JSON.stringify(state);
  }

  record(state: HubState, changed?: ChangedEntities | 'all') {
    this.latest = state;
    if (changed === 'all' || this.written === null) {
      this.written = describeWritten(state);
      this.pending = [];
      this.pendingSnapshot = JSON.stringify(state);
      this.committed += 1;
      this.schedule();
      return;
    }
    const change = diffState(state, this.written, changed);
    if (change === null) return;
    this.pending.push(`${JSON.stringify(change)}\n`);
    this.committed += 1;
    this.schedule();
  }

  /** Resolves when every change recorded so far is on disk (at once when nothing waits). */
  durable(): Promise<void> {
    if (this.synced >= this.committed) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.waiters.push({ upTo: this.committed, resolve, reject });
    });
  }

  /** Writes `state` as the snapshot and drops the log, and waits for it: at startup and exit. */
  async compact(state: HubState) {
    this.record(state, 'all');
    await this.durable();
  }

  /** Stops writing; whatever was recorded is on disk when this resolves. */
  async close() {
    await this.durable();
    await this.compaction;
    await this.log?.close();
    this.log = null;
    await this.eventsFile?.close();
    this.eventsFile = null;
  }

  /** Removes the data file, its log and the change history, for `--fresh`. */
  removeAll() {
    for (const path of [this.snapshotPath, this.rotatedPath, this.logPath, this.eventsPath])
      rmSync(path, { force: true });
  }

  private hasPending() {
    return (
      this.pendingSnapshot !== null ||
      this.pending.length > 0 ||
      this.pendingEventsFile !== null ||
      this.pendingEvents.length > 0
    );
  }

  private schedule() {
    if (this.writing) return;
    this.writing = true;
    // The group forms while the current request's handler finishes: writes start next turn.
    setImmediate(() => void this.writeGroups());
  }

  private async writeGroups() {
    try {
      while (this.hasPending()) {
        const upTo = this.committed;
        if (this.pendingSnapshot !== null) {
          const snapshot = this.pendingSnapshot;
          this.pendingSnapshot = null;
          await this.compaction;
          await this.log?.close();
          this.log = null;
          writeSnapshotSync(this.snapshotPath, snapshot);
          rmSync(this.rotatedPath, { force: true });
          rmSync(this.logPath, { force: true });
          this.logBytes = 0;
        }
        if (this.pendingEventsFile !== null) {
          const events = this.pendingEventsFile;
          this.pendingEventsFile = null;
          await this.eventsFile?.close();
          this.eventsFile = null;
          writeSnapshotSync(this.eventsPath, events);
        }
        const group = this.pending.join('');
        this.pending = [];
        const eventGroup = this.pendingEvents.join('');
        this.pendingEvents = [];
        const syncs: Promise<void>[] = [];
        if (group) {
          const log = await this.openLog();
          await log.write(group);
          syncs.push(log.datasync());
          this.logBytes += Buffer.byteLength(group);
        }
        if (eventGroup) {
          const eventsFile = await this.openEvents();
          await eventsFile.write(eventGroup);
          syncs.push(eventsFile.datasync());
        }
        await Promise.all(syncs);
        this.synced = upTo;
        this.settle();
        if (this.logBytes > this.compactBytes && this.compaction === null) this.startCompaction();
      }
    } catch (error) {
      console.error('[hub] Could not write the log:', error);
      const waiting = this.waiters;
      this.waiters = [];
      waiting.forEach((waiter) => waiter.reject(error));
    } finally {
      this.writing = false;
    }
    if (this.hasPending()) this.schedule();
  }

  private settle() {
    const done = this.waiters.filter((waiter) => waiter.upTo <= this.synced);
    this.waiters = this.waiters.filter((waiter) => waiter.upTo > this.synced);
    done.forEach((waiter) => waiter.resolve());
  }

  private async openLog() {
    if (this.log) return this.log;
    mkdirSync(dirname(this.logPath), { recursive: true });
    const created = !existsSync(this.logPath);
    this.log = await open(this.logPath, 'a');
    this.logBytes = statSync(this.logPath).size;
    // The new file's name must survive a crash too, not only its contents.
    if (created) syncDirectory(this.logPath);
    return this.log;
  }

  private async openEvents() {
    if (this.eventsFile) return this.eventsFile;
    mkdirSync(dirname(this.eventsPath), { recursive: true });
    const created = !existsSync(this.eventsPath);
    this.eventsFile = await open(this.eventsPath, 'a');
    if (created) syncDirectory(this.eventsPath);
    return this.eventsFile;
  }

  /**
   * Moves the log aside, starts a new one, and writes the state as it is now as the snapshot;
   * then the old log goes. A crash at any point leaves snapshot + old log + log, which replay
   * to the same state: each line writes entities whole, so replaying a line the snapshot
   * already holds changes nothing.
   */
  private startCompaction() {
    if (!this.latest) return;
    const state = JSON.stringify(this.latest);
    void this.log?.close();
    this.log = null;
    renameSync(this.logPath, this.rotatedPath);
    this.logBytes = 0;
    this.compaction = (async () => {
      try {
        const temporary = `${this.snapshotPath}.tmp`;
        await writeFile(temporary, state, { flush: true });
        await rename(temporary, this.snapshotPath);
        syncDirectory(this.snapshotPath);
        await rm(this.rotatedPath, { force: true });
      } catch (error) {
        console.error('[hub] Could not compact the log (it is kept):', error);
      } finally {
        this.compaction = null;
      }
    })();
  }
}

function readIfThere(path: string) {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/** The state after the lines of one log. Text after the last newline never finished writing. */
function replay(start: unknown, text: string, path: string): unknown {
  const complete = text.slice(0, text.lastIndexOf('\n') + 1);
  let state = start;
  for (const [index, line] of complete.split('\n').entries()) {
    if (line === '') continue;
    const damaged = new StoredDataProblem(`Line ${index + 1} of ${path} is damaged.`);
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      throw damaged;
    }
    if (isObject(parsed) && 'state' in parsed) {
      state = parsed.state;
      continue;
    }
    if (!isStateChange(parsed) || !isObject(state)) throw damaged;
    try {
      applyChange(state, parsed);
    } catch {
      throw damaged;
    }
  }
  return state;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A change's outline; what it leads to is checked whole by the state's schema after replay. */
function isStateChange(value: unknown): value is StateChange {
  return (
    isObject(value) &&
    Object.keys(value).every((key) => ['put', 'remove', 'fields'].includes(key)) &&
    Object.values(value).every(isObject)
  );
}

/** Written beside, synced, then renamed: a crash never leaves half a snapshot. */
function writeSnapshotSync(path: string, text: string) {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.tmp`;
  writeFileSync(temporary, text, { flush: true });
  renameSync(temporary, path);
  syncDirectory(path);
}

function syncDirectory(path: string) {
  const directory = openSync(dirname(path), 'r');
  try {
    fsyncSync(directory);
  } finally {
    closeSync(directory);
  }
}
