import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { lazy, memo, Suspense, useState, useDeferredValue } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { describeError } from '../../api/api-error';
import { meQueries } from '../../api/account-api';
import { channelQueries } from '../../api/channel-api';
import { ON_INTENT, prefetchOnIntent } from '../../api/prefetch-on-intent';
import type { Channel } from '../../api/channel-schema';
import { channelTypes } from '../../api/channel-schema';
import { can } from '../../api/permissions';
import { Badge } from '../../components/ui/badge';
import { Button } from '../../components/ui/button';
import { ActionMenu, type MenuAction } from '../../components/ui/action-menu';
import { CopyIconButton } from '../../components/ui/copy-button';
import { IntentLink } from '../../components/ui/intent-link';
import { ListHeading, ListToolbar } from '../../components/ui/list-page';
import {
  PagedResults,
  SearchField,
  SortHeader,
  UrlSelect,
  useListSearch,
} from '../../components/ui/url-list-controls';
import { formatDateTime, formatNumber } from '../../lib/format';
import { shortId, sortOptions } from './channel-labels';
import { useDuplicateChannel } from './duplicate-channel';
import { readChannelListParams } from './channel-list';
import styles from './channels.module.css';
import tableStyles from '../../components/ui/data-table.module.css';

// The dialog and its form library load when "+Add Channel" is hovered, focused or pressed, not
// with the list.
const loadNewChannelDialog = () => import('./new-channel-dialog');
const NewChannelDialog = lazy(async () => ({
  default: (await loadNewChannelDialog()).NewChannelDialog,
}));
const loadDeleteDialog = () => import('./delete-channel-dialog');
const DeleteChannelDialog = lazy(async () => ({
  default: (await loadDeleteDialog()).DeleteChannelDialog,
}));

const channelNoun = { one: 'channel', other: 'channels' };

export function ChannelsPage() {
  const [search] = useSearchParams();
  const typed = useListSearch();
  const urlParams = readChannelListParams(search);
  const params = { ...urlParams, q: typed.q, page: typed.ahead ? 1 : urlParams.page };
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<Channel | null>(null);
  const duplicating = useDuplicateChannel();
  const { data: me } = useQuery(meQueries.current());
  const channels = useQuery(channelQueries.list(params));
  // The rows render in the background, in slices, so that typing and the first paint are never
  // held up by a whole table at once, nor by the first date and number formatters (ICU data),
  // even when the list is already loaded: the first render shows the loading line.
  const page = useDeferredValue(channels.data, null);
  const mayAdd = can(me?.user, 'channel:create');
  const filtered = Boolean(params.q || params.type || params.status || params.production);

  return (
    <>
      <ListHeading
        title="My Channels"
        action={
          mayAdd ? (
            <Button
              variant="primary"
              onClick={() => setCreating(true)}
              onPointerEnter={() => void loadNewChannelDialog()}
              onFocus={() => void loadNewChannelDialog()}
            >
              +Add Channel
            </Button>
          ) : null
        }
      />
      {!mayAdd && me ? (
        <p className={styles.note}>
          Your role, {me.role}, can read channels. An Admin adds and changes them.
        </p>
      ) : null}
      <ListToolbar>
        <SearchField
          label="Search by name"
          placeholder="Channel Name"
          value={typed.text}
          onChange={typed.setText}
        />
        <UrlSelect
          label="Type"
          name="type"
          emptyLabel="All types"
          options={channelTypes.map((type) => ({ value: type, label: type }))}
        />
        <UrlSelect
          label="Status"
          name="status"
          emptyLabel="Any status"
          options={[
            { value: 'Active', label: 'Active' },
            { value: 'Suspended', label: 'Suspended' },
          ]}
        />
        <UrlSelect
          label="Production"
          name="production"
          emptyLabel="Production or not"
          options={[
            { value: 'true', label: 'Production mode' },
            { value: 'false', label: 'Not in production' },
          ]}
        />
        <UrlSelect label="Sort" name="sort" options={sortOptions} />
      </ListToolbar>

      <PagedResults
        page={page}
        pageNumber={params.page}
        noun={channelNoun}
        failure={
          channels.isError
            ? { message: describeError(channels.error), onRetry: () => void channels.refetch() }
            : null
        }
        empty={
          filtered
            ? {
                title: 'No channels match',
                message: 'Change the search or the filters to see more channels.',
              }
            : {
                title: 'No channels yet',
                message: mayAdd
                  ? 'Start with “+Add Channel”: a Twitter:Account channel to log in to Twitter, then a Twitter:Service channel to listen.'
                  : 'An Admin of your account adds the channels.',
              }
        }
      >
        {({ items, total }) => (
          <ChannelTable
            channels={items}
            total={total}
            busy={channels.isFetching}
            sort={params.sort}
            mayDelete={can(me?.user, 'channel:delete')}
            onDelete={setDeleting}
            onDuplicate={
              mayAdd
                ? (channel) => {
                    duplicating.prepare();
                    duplicating.duplicate(channel);
                  }
                : null
            }
          />
        )}
      </PagedResults>
      {duplicating.dialog}
      <Suspense fallback={null}>
        {creating ? <NewChannelDialog onClose={() => setCreating(false)} /> : null}
        {deleting ? (
          <DeleteChannelDialog
            channel={deleting}
            onCancel={() => setDeleting(null)}
            onDeleted={() => setDeleting(null)}
          />
        ) : null}
      </Suspense>
    </>
  );
}

/** Loads the Update Channel page's code and the channel ahead of a click. */
function prefetchChannel(queryClient: QueryClient, id: string) {
  void import('./channel-page');
  void prefetchOnIntent(queryClient, channelQueries.detail(id, ON_INTENT));
}

/**
 * One page of channels. Memoized: typing in the search re-renders the field, not the rows; the
 * rows change when the new page arrives.
 */
const ChannelTable = memo(function ChannelTable({
  channels,
  total,
  busy,
  sort,
  mayDelete,
  onDelete,
  onDuplicate,
}: {
  channels: Channel[];
  total: number;
  busy: boolean;
  sort: string;
  mayDelete: boolean;
  onDelete: (channel: Channel) => void;
  /** Opens New Channel prefilled from the channel; null for who may not add channels. */
  onDuplicate: ((channel: Channel) => void) | null;
}) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const actionsOf = (channel: Channel): MenuAction[] => [
    ...(channel.type === 'Twitter:Service' || channel.type === 'Facebook:Service'
      ? [{ label: 'Connect DMS', onSelect: () => void navigate(`/channels/${channel.id}/connect`) }]
      : []),
    ...(onDuplicate ? [{ label: 'Duplicate', onSelect: () => onDuplicate(channel) }] : []),
    ...(mayDelete
      ? [
          {
            label: 'Delete',
            danger: true,
            onSelect: () => {
              void loadDeleteDialog();
              onDelete(channel);
            },
          },
        ]
      : []),
  ];
  return (
    <div className={tableStyles.wrap}>
      <table className={tableStyles.table} aria-busy={busy}>
        <caption className="visually-hidden">
          Channels of the account, {formatNumber(total)} in all
        </caption>
        <thead>
          <tr>
            <SortHeader label="Channel Name" current={sort} ascending="name" descending="-name" />
            <SortHeader label="Channel Type" current={sort} ascending="type" descending="-type" />
            <th scope="col">Channel status</th>
            <th scope="col">Production mode</th>
            <th scope="col">Channel ID</th>
            <SortHeader
              label="Last updated"
              current={sort}
              ascending="updatedAt"
              descending="-updatedAt"
              firstDescending
            />
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {channels.map((channel) => (
            <tr key={channel.id}>
              <th scope="row">
                <IntentLink
                  to={`/channels/${channel.id}`}
                  onIntent={() => prefetchChannel(queryClient, channel.id)}
                >
                  {channel.name}
                </IntentLink>
              </th>
              <td className={tableStyles.label}>{channel.type}</td>
              <td>
                <Badge tone={channel.status === 'Active' ? 'success' : 'warning'}>
                  {channel.status}
                </Badge>
              </td>
              <td>
                {channel.production ? (
                  <Badge tone="info">Production</Badge>
                ) : (
                  <Badge tone="neutral">No</Badge>
                )}
              </td>
              <td>
                <span className={styles.idCell}>
                  <code title={channel.id}>{shortId(channel.id)}</code>
                  <CopyIconButton value={channel.id} what={`Channel ID of ${channel.name}`} />
                </span>
              </td>
              <td>{formatDateTime(channel.updatedAt)}</td>
              <td>
                <ActionMenu name={channel.name} actions={actionsOf(channel)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
});
