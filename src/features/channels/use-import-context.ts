import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { describeError } from '../../api/api-error';
import { channelQueries } from '../../api/channel-api';
import type { ChannelConfig, ImportContext } from '../../api/channel-config-import';
import { authorizedHandleKeys } from '../../api/channel-rules';
import type { ValueNames } from './setting-labels';

/**
 * What this account has that an import is checked against and shown with: its authorized
 * handles (Twitter), its Facebook:Account channels and the pages the chosen one granted.
 */
export function useImportContext(type: ChannelConfig['type'], outboundChannelId: string | null) {
  const twitterAccounts = useQuery({
    ...channelQueries.ofType('Twitter:Account'),
    enabled: type === 'Twitter:Service',
  });
  const facebookAccounts = useQuery({
    ...channelQueries.ofType('Facebook:Account'),
    enabled: type === 'Facebook:Service',
  });
  const pages = useQuery({
    ...channelQueries.facebookPages(outboundChannelId ?? ''),
    enabled: type === 'Facebook:Service' && Boolean(outboundChannelId),
  });
  const reads =
    type === 'Twitter:Service'
      ? [twitterAccounts]
      : outboundChannelId
        ? [facebookAccounts, pages]
        : [facebookAccounts];
  const failed = reads.find((read) => read.isError);

  const twitterItems = twitterAccounts.data?.items;
  const facebookItems = facebookAccounts.data?.items;
  const pageItems = pages.data?.items;
  const context = useMemo<ImportContext>(
    () => ({
      authorizedHandles: authorizedHandleKeys(twitterItems ?? []),
      grantedPageIds: new Set((outboundChannelId ? pageItems : undefined)?.map((page) => page.id)),
    }),
    [twitterItems, pageItems, outboundChannelId],
  );
  const names = useMemo<ValueNames>(
    () => ({
      channels: new Map(facebookItems?.map((channel) => [channel.id, channel.name])),
      pages: new Map(pageItems?.map((page) => [page.id, page.name])),
    }),
    [facebookItems, pageItems],
  );

  return {
    /** True once everything the checks need has been read. */
    ready: reads.every((read) => read.isSuccess),
    failure: failed ? describeError(failed.error) : null,
    retry: () => reads.forEach((read) => void read.refetch()),
    context,
    names,
    facebookAccounts: facebookItems ?? [],
  };
}
