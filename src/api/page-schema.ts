import { z } from 'zod/mini';

/** A list's page size unless the caller asks for another, and the most one page may hold. */
export const PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 100;

// Paging arrives as a URL query's text. `Number` reads it as zod's coerce would; coerce's own
// module would become one more chunk on every signed-in page.
function wholeNumberParam(max: number) {
  return z.pipe(
    z.pipe(z.union([z.string(), z.number()]), z.transform(Number)),
    z.int().check(z.minimum(1), z.maximum(max)),
  );
}

/** `page` and `pageSize` of every list. */
export const pageParams = {
  page: z._default(wholeNumberParam(Number.MAX_SAFE_INTEGER), 1),
  pageSize: z._default(wholeNumberParam(MAX_PAGE_SIZE), PAGE_SIZE),
};

export function pageSchema<Item extends z.ZodMiniType>(item: Item) {
  return z.object({ items: z.array(item), total: z.int().check(z.minimum(0)) });
}
