import { infiniteQueryOptions, keepPreviousData, queryOptions } from '@tanstack/react-query';
import { requestHub, type ReadOptions } from './client';
import { activityRoutes } from './activity-routes';
import type { ActivityListParams } from './activity-schema';
import { PAGE_SIZE } from './page-schema';

/** The filters of a history, without its paging. */
export type ActivityFilters = Omit<ActivityListParams, 'page' | 'pageSize'>;

export const activityQueries = {
  all: () => ['activity'] as const,
  /** One page of the history, as the Activity page pages it. */
  list: (params: ActivityListParams, read?: ReadOptions) =>
    queryOptions({
      queryKey: [...activityQueries.all(), 'list', params],
      queryFn: ({ signal }) =>
        requestHub(activityRoutes.listActivity, { ...read, signal, query: params }),
      placeholderData: keepPreviousData,
    }),
  /**
   * The history page after page, for "Show more" (a channel's, a user's). `asOf` is the version of
   * the resource shown beside it: a new version has new events, so it is read afresh.
   */
  feed: (filters: ActivityFilters, asOf?: number) =>
    infiniteQueryOptions({
      queryKey: [...activityQueries.all(), 'feed', filters, asOf],
      queryFn: ({ signal, pageParam }) =>
        requestHub(activityRoutes.listActivity, {
          signal,
          query: { ...filters, page: pageParam, pageSize: PAGE_SIZE },
        }),
      initialPageParam: 1,
      getNextPageParam: (last, pages) =>
        pages.length * PAGE_SIZE < last.total ? pages.length + 1 : undefined,
    }),
};
