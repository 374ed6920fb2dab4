import type { ReadOptions } from '../../api/client';
import { userQueries } from '../../api/user-api';
import { PAGE_SIZE } from '../../api/page-schema';
import { userListParamsSchema, type UserListParams } from '../../api/user-schema';
import { readPage } from '../../lib/page-param';

// What Users shows, apart from the page itself: the route's loader starts this request while
// the page's code is still loading.

export function readUserListParams(search: URLSearchParams): UserListParams {
  const { shape } = userListParamsSchema;
  const role = shape.role.safeParse(search.get('role') ?? undefined);
  const sort = shape.sort.safeParse(search.get('sort') ?? undefined);
  return {
    q: search.get('q')?.trim() || undefined,
    role: role.success ? role.data : undefined,
    sort: sort.success ? sort.data : shape.sort.parse(undefined),
    page: readPage(search),
    pageSize: PAGE_SIZE,
  };
}

/** The list a visit to these search parameters shows. */
export function userListQuery(search = new URLSearchParams(), read?: ReadOptions) {
  return userQueries.list(readUserListParams(search), read);
}
