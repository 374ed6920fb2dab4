import type { ReadOptions } from '../../api/client';
import { channelQueries } from '../../api/channel-api';
import { channelListParamsSchema, type ChannelListParams } from '../../api/channel-schema';
import { PAGE_SIZE } from '../../api/page-schema';

// What My Channels shows, apart from the page itself: the route's loader starts this request
// while the page's code is still loading.

/** The list's view from the URL; anything unreadable falls back to the default. */
export function readChannelListParams(search: URLSearchParams): ChannelListParams {
  const raw = Object.fromEntries(search);
  const parsed = channelListParamsSchema.safeParse({ ...raw, pageSize: PAGE_SIZE });
  if (parsed.success) return parsed.data;
  return channelListParamsSchema.parse({ pageSize: PAGE_SIZE });
}

/** The list a visit to these search parameters shows. */
export function channelListQuery(search = new URLSearchParams(), read?: ReadOptions) {
  return channelQueries.list(readChannelListParams(search), read);
}
