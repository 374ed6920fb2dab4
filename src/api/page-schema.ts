import { z } from 'zod/mini';

export function pageSchema<Item extends z.ZodMiniType>(item: Item) {
  return z.object({ items: z.array(item), total: z.int().check(z.minimum(0)) });
}
