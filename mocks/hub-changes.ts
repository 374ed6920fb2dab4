import type { HubState } from './hub-state';
import { KeyedLookup } from './keyed-lookup';

/** The state's lists of entities: accounts, users, sessions, channels… */
type CollectionName = {
  [K in keyof HubState]: HubState[K] extends readonly unknown[] ? K : never;
}[keyof HubState];

/**
 * Where each list's entities carry their key. A list added to the state must name it here (the
 * type requires it), so that the Hub's log can record its entities one by one.
 */
const keyPaths: Record<CollectionName, readonly string[]> = {
  accounts: ['id'],
  users: ['id'],
  sessions: ['tokenHash'],
  channels: ['channel', 'id'],
  pendingAuthorizations: ['state'],
};

const collectionNames = Object.keys(keyPaths).filter(
  (name): name is CollectionName => name in keyPaths,
);
const isCollection = (name: string) => name in keyPaths;

/** The key of an entity of the list `name`, as the state or a log line holds it. */
function entityKey(name: CollectionName, entity: unknown): string {
  let value = entity;
  for (const step of keyPaths[name]) {
    value = typeof value === 'object' && value !== null ? Reflect.get(value, step) : undefined;
  }
  if (typeof value !== 'string') throw new TypeError(`An entity of ${name} has no key.`);
  return value;
}

/**
 * The entities a handler changed, added or removed, by list and key. A handler that names them
 * lets the log write those alone; one that does not is diffed against what was last written.
 */
export type ChangedEntities = { [K in CollectionName]?: readonly string[] };

/** One line of the log: entities written whole, keys removed, and the other fields changed. */
export type StateChange = {
  put?: Partial<Record<CollectionName, unknown[]>>;
  remove?: Partial<Record<CollectionName, string[]>>;
  fields?: Record<string, unknown>;
};

/** The JSON text of each entity and field as last written: what a diff compares against. */
export type WrittenState = {
  collections: Map<CollectionName, Map<string, string>>;
  fields: Map<string, string>;
  /** Finds the entities a commit names without scanning their list. */
  lookups: Map<CollectionName, KeyedLookup<unknown>>;
};

export function describeWritten(state: HubState): WrittenState {
  const written: WrittenState = { collections: new Map(), fields: new Map(), lookups: new Map() };
  for (const [name, value] of Object.entries(state)) {
    if (!isCollection(name)) written.fields.set(name, JSON.stringify(value));
  }
  for (const name of collectionNames) {
    const texts = new Map<string, string>();
    for (const entity of state[name]) texts.set(entityKey(name, entity), JSON.stringify(entity));
    written.collections.set(name, texts);
  }
  return written;
}

/**
 * What changed since `written`, which it then brings up to date. With `changed` only the
 * entities named there are looked at; without it every entity is compared (one JSON text each).
 * Returns null when nothing changed.
 */
export function diffState(
  state: HubState,
  written: WrittenState,
  changed?: ChangedEntities,
): StateChange | null {
  const change: StateChange = {};
  let any = false;
  for (const name of collectionNames) {
    const keys = changed ? changed[name] : undefined;
    if (changed && !keys) continue;
    let texts = written.collections.get(name);
    if (!texts) written.collections.set(name, (texts = new Map()));
    let lookup = written.lookups.get(name);
    if (!lookup) {
      lookup = new KeyedLookup<unknown>((entity) => entityKey(name, entity));
      written.lookups.set(name, lookup);
    }
    const { put, remove } = keys
      ? diffNamed(state[name], texts, keys, lookup)
      : diffCollection(name, state[name], texts);
    if (put.length > 0) (change.put ??= {})[name] = put;
    if (remove.length > 0) (change.remove ??= {})[name] = remove;
    any ||= put.length > 0 || remove.length > 0;
  }
  for (const [name, value] of Object.entries(state)) {
    if (isCollection(name)) continue;
    const text = JSON.stringify(value);
    if (written.fields.get(name) === text) continue;
    written.fields.set(name, text);
    (change.fields ??= {})[name] = value;
    any = true;
  }
  return any ? change : null;
}

function diffCollection(
  name: CollectionName,
  entities: readonly unknown[],
  written: Map<string, string>,
) {
  const put: unknown[] = [];
  const remove: string[] = [];
  const seen = new Set<string>();
  for (const entity of entities) {
    const key = entityKey(name, entity);
    seen.add(key);
    const text = JSON.stringify(entity);
    if (written.get(key) === text) continue;
    written.set(key, text);
    put.push(entity);
  }
  for (const key of written.keys()) {
    if (seen.has(key)) continue;
    written.delete(key);
    remove.push(key);
  }
  return { put, remove };
}

/** The same, for the entities a commit named only. */
function diffNamed(
  entities: readonly unknown[],
  written: Map<string, string>,
  keys: readonly string[],
  lookup: KeyedLookup<unknown>,
) {
  const put: unknown[] = [];
  const remove: string[] = [];
  for (const key of new Set(keys)) {
    const entity = lookup.find(entities, key);
    if (entity === undefined) {
      if (written.delete(key)) remove.push(key);
      continue;
    }
    const text = JSON.stringify(entity);
    if (written.get(key) === text) continue;
    written.set(key, text);
    put.push(entity);
  }
  return { put, remove };
}

/**
 * Applies one log line to stored data, as replaying the log does: a put replaces the entity
 * with its key where it stands, or adds it at the end. The state's schema checks the result.
 */
export function applyChange(state: Record<string, unknown>, change: StateChange) {
  for (const name of collectionNames) {
    const put = change.put?.[name] ?? [];
    const remove = new Set(change.remove?.[name] ?? []);
    if (put.length === 0 && remove.size === 0) continue;
    const current = state[name];
    if (!Array.isArray(current)) throw new TypeError(`The stored ${name} is not a list.`);
    const list = current.filter((entity) => !remove.has(entityKey(name, entity)));
    const positions = new Map(list.map((entity, index) => [entityKey(name, entity), index]));
    for (const entity of put) {
      const key = entityKey(name, entity);
      const position = positions.get(key);
      if (position === undefined) {
        positions.set(key, list.length);
        list.push(entity);
      } else list[position] = entity;
    }
    state[name] = list;
  }
  Object.assign(state, change.fields);
}
