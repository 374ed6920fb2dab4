import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { MAX_PAGE_SIZE } from './page-schema';
import type { Channel, ChannelListParams, ChannelUpdate, NewChannelBody } from './channel-schema';
import { requestHub, type ReadOptions } from './client';
import { channelRoutes } from './channel-routes';

export const channelQueries = {
  all: () => ['channels'] as const,
  lists: () => [...channelQueries.all(), 'list'] as const,
  list: (params: ChannelListParams, read?: ReadOptions) =>
    queryOptions({
      queryKey: [...channelQueries.lists(), params],
      queryFn: ({ signal }) =>
        requestHub(channelRoutes.listChannels, { ...read, signal, query: params }),
      placeholderData: keepPreviousData,
    }),
  /**
   * Every channel of one type, for pickers and checks (Outbound Channel, handles, what a delete
   * breaks). The Hub pages by at most 100, so the other pages are asked for together after the
   * first: an account with 500 of a type takes two round trips, and nothing is left out.
   */
  ofType: (type: Channel['type']) =>
    queryOptions({
      queryKey: [...channelQueries.lists(), { type, all: true }],
      queryFn: async ({ signal }) => {
        const page = (number: number) =>
          requestHub(channelRoutes.listChannels, {
            signal,
            query: { type, pageSize: MAX_PAGE_SIZE, sort: 'name', page: number },
          });
        const first = await page(1);
        const pageCount = Math.ceil(first.total / MAX_PAGE_SIZE);
        const rest = await Promise.all(
          Array.from({ length: Math.max(0, pageCount - 1) }, (_, index) => page(index + 2)),
        );
        return { items: [first, ...rest].flatMap((result) => result.items), total: first.total };
      },
    }),
  detail: (id: string, read?: ReadOptions) =>
    queryOptions({
      queryKey: [...channelQueries.all(), 'detail', id],
      queryFn: ({ signal }) =>
        requestHub(channelRoutes.readChannel, { ...read, signal, params: { id } }),
    }),
  facebookPages: (accountChannelId: string) =>
    queryOptions({
      queryKey: [...channelQueries.all(), 'facebook-pages', accountChannelId],
      queryFn: ({ signal }) =>
        requestHub(channelRoutes.listFacebookPages, { signal, params: { id: accountChannelId } }),
    }),
};

export function createChannel(input: NewChannelBody, idempotencyKey?: string) {
  return requestHub(channelRoutes.createChannel, { body: input, idempotencyKey });
}

export function saveChannel(id: string, version: number, update: ChannelUpdate) {
  return requestHub(channelRoutes.updateChannel, {
    params: { id },
    body: update,
    ifMatch: version,
  });
}

export function deleteChannel(id: string) {
  return requestHub(channelRoutes.deleteChannel, { params: { id } });
}

export function startAuthorization(id: string) {
  return requestHub(channelRoutes.startAuthorization, { params: { id } });
}
