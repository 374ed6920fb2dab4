import type { ReadOptions } from '../../api/client';
import { userQueries, type UserListParams } from '../../api/user-api';
import { roleSchema } from '../../api/user-schema';
import { readPage } from '../../lib/page-param';

// What Users shows, apart from the page itself: the route's loader starts this request while
// the page's code is still loading.

export const USER_PAGE_SIZE = 25;

export function readUserListParams(search: URLSearchParams): UserListParams {
  const role = roleSchema.safeParse(search.get('role'));
  return {
    q: search.get('q')?.trim() || undefined,
    role: role.success ? role.data : undefined,
    page: readPage(search),
    pageSize: USER_PAGE_SIZE,
  };
}

/** The list a visit to these search parameters shows. */
export function userListQuery(search = new URLSearchParams(), read?: ReadOptions) {
  return userQueries.list(readUserListParams(search), read);
}
