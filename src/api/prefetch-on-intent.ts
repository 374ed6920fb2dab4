import type { FetchQueryOptions, QueryClient, QueryKey } from '@tanstack/react-query';
import { isApiError } from './api-error';
import type { ReadOptions } from './client';

/** How reads made on intent go out: an ended session makes them fail without the dialog. */
export const ON_INTENT: ReadOptions = { reauthenticate: false };

/**
 * Loads what a link leads to while the pointer rests on it (or it has focus). The read must be
 * made with `ON_INTENT`: with an ended session it fails quietly, instead of opening the sign-in
 * dialog under the pointer (where it would also swallow the click). The query is then reset, so
 * whoever shows it next (the visit, or the page if it is already there) asks again, and that
 * request opens the dialog.
 */
export async function prefetchOnIntent<Data, Failure, Key extends QueryKey>(
  queryClient: QueryClient,
  options: FetchQueryOptions<Data, Failure, Data, Key>,
) {
  await queryClient.prefetchQuery(options);
  if (isApiError(queryClient.getQueryState(options.queryKey)?.error, 401)) {
    await queryClient.resetQueries({ queryKey: options.queryKey, exact: true });
  }
}
