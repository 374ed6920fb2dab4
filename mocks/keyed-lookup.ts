/**
 * Finds an entity of one of the state's lists by its key without scanning the list. Handlers
 * change the lists as they do (push, filter into a new list, replace an entity), so the lookup
 * rebuilds when the list is another one or has another length, and a hit counts only if the
 * entity at the remembered position still has that key. Keys never change in place.
 */
export class KeyedLookup<Entity> {
  private list: readonly Entity[] | null = null;
  private length = -1;
  private positions = new Map<string, number>();
  private readonly keyOf: (entity: Entity) => string;

  constructor(keyOf: (entity: Entity) => string) {
    this.keyOf = keyOf;
  }

  find(list: readonly Entity[], key: string): Entity | undefined {
    if (list !== this.list || list.length !== this.length) this.rebuild(list);
    const position = this.positions.get(key);
    const entity = position === undefined ? undefined : list[position];
    if (entity === undefined || this.keyOf(entity) === key) return entity;
    // Another entity now at that position: the list was rearranged.
    this.rebuild(list);
    const again = this.positions.get(key);
    return again === undefined ? undefined : list[again];
  }

  private rebuild(list: readonly Entity[]) {
    this.list = list;
    this.length = list.length;
    this.positions = new Map();
    list.forEach((entity, index) => {
      const key = this.keyOf(entity);
      if (!this.positions.has(key)) this.positions.set(key, index);
    });
  }
}
