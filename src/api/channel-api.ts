import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import {
  authorizationStartSchema,
  channelPageSchema,
  channelSchema,
  facebookPagesSchema,
  type Channel,
  type ChannelListParams,
  type ChannelUpdate,
  type NewChannelInput,
} from './channel-schema';
import { noContent, requestHub } from './client';

export const channelQueries = {
  all: () => ['channels'] as const,
  lists: () => [...channelQueries.all(), 'list'] as const,
  list: (params: ChannelListParams) =>
    queryOptions({
      queryKey: [...channelQueries.lists(), params],
      queryFn: ({ signal }) =>
        requestHub('/channels', channelPageSchema, { signal, query: params }),
      placeholderData: keepPreviousData,
    }),
  /** Every channel of one type, for pickers (Outbound Channel, handle checks). */
  ofType: (type: Channel['type']) =>
    queryOptions({
      queryKey: [...channelQueries.lists(), { type, pageSize: 100 }],
      queryFn: ({ signal }) =>
        requestHub('/channels', channelPageSchema, {
          signal,
          query: { type, pageSize: 100, sort: 'name' },
        }),
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...channelQueries.all(), 'detail', id],
      queryFn: ({ signal }) => requestHub(`/channels/${id}`, channelSchema, { signal }),
    }),
  facebookPages: (accountChannelId: string) =>
    queryOptions({
      queryKey: [...channelQueries.all(), 'facebook-pages', accountChannelId],
      queryFn: ({ signal }) =>
        requestHub(`/channels/${accountChannelId}/facebook-pages`, facebookPagesSchema, { signal }),
    }),
};

export function createChannel(input: NewChannelInput, idempotencyKey?: string) {
  return requestHub('/channels', channelSchema, { method: 'POST', body: input, idempotencyKey });
}

export function saveChannel(id: string, version: number, update: ChannelUpdate) {
  return requestHub(`/channels/${id}`, channelSchema, {
    method: 'PUT',
    body: update,
    ifMatch: version,
  });
}

export function deleteChannel(id: string) {
  return requestHub(`/channels/${id}`, noContent, { method: 'DELETE' });
}

export function startAuthorization(id: string) {
  return requestHub(`/channels/${id}/authorization`, authorizationStartSchema, { method: 'POST' });
}
