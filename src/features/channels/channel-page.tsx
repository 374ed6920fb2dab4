import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { Link, useParams } from 'react-router';
import { describeError, isApiError } from '../../api/api-error';
import { meQueries } from '../../api/account-api';
import { channelQueries } from '../../api/channel-api';
import { can } from '../../api/permissions';
import {
  accountChannelUpdateSchema,
  facebookServiceUpdateSchema,
  toChannelUpdate,
  twitterServiceUpdateSchema,
  type Channel,
  type ChannelUpdate,
  type FacebookServiceUpdate,
  type TwitterServiceChannel,
  type TwitterServiceUpdate,
} from '../../api/channel-schema';
import { Breadcrumbs } from '../../components/ui/breadcrumbs';
import { LoadFailed } from '../../components/ui/list-page';
import { ChannelFormFrame } from './channel-form-frame';
import { FacebookServiceFields } from './facebook-service-fields';
import { ProviderLogin } from './provider-login';
import { TwitterServiceFields } from './twitter-service-fields';
import styles from './channels.module.css';

/** "Update '<name>' Channel": the common part and the fields of the channel's type. */
export function ChannelPage() {
  const { channelId = '' } = useParams();
  const channel = useQuery(channelQueries.detail(channelId));
  const { data: me } = useQuery(meQueries.current());
  const readOnly = !can(me?.user, 'channel:update');
  const mayDelete = can(me?.user, 'channel:delete');

  if (channel.isPending) return <p role="status">Loading the channel…</p>;
  if (channel.isError) {
    return (
      <>
        <h1>Channel</h1>
        <LoadFailed
          title="The channel could not be loaded"
          message={describeError(channel.error)}
          onRetry={isApiError(channel.error, 404) ? undefined : () => void channel.refetch()}
        />
        <p>
          <Link to="/channels">Back to My Channels</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <Breadcrumbs
        trail={[{ to: '/channels', label: 'My Channels' }]}
        current={channel.data.name}
      />
      <h1 className={styles.title}>Update ‘{channel.data.name}’ Channel</h1>
      {channel.data.type === 'Twitter:Service' || channel.data.type === 'Facebook:Service' ? (
        <p>
          <Link to={`/channels/${channel.data.id}/connect`}>Connect DMS</Link>: the option values
          DMS needs for this channel.
        </p>
      ) : null}
      <ChannelEditor
        key={channel.data.id}
        channel={channel.data}
        readOnly={readOnly}
        mayDelete={mayDelete}
      />
    </>
  );
}

type Access = { readOnly: boolean; mayDelete: boolean };

function ChannelEditor({ channel, ...access }: { channel: Channel } & Access) {
  const defaults = toChannelUpdate(channel);
  if (channel.type === 'Twitter:Service' && defaults.type === 'Twitter:Service') {
    return <TwitterServiceForm channel={channel} defaults={defaults} {...access} />;
  }
  if (defaults.type === 'Facebook:Service') {
    return <FacebookServiceForm channel={channel} defaults={defaults} {...access} />;
  }
  if (defaults.type === 'Twitter:Account' || defaults.type === 'Facebook:Account') {
    return <AccountChannelForm channel={channel} defaults={defaults} {...access} />;
  }
  return null;
}

type FormProps<Values> = Access & {
  channel: Channel;
  defaults: Values;
};

// The first field in error is shown by the page in the order of the page (ChannelFormFrame),
// not by the form in the order its fields registered.
const shouldFocusError = false;

function TwitterServiceForm({
  channel,
  defaults,
  readOnly,
  mayDelete,
}: FormProps<TwitterServiceUpdate> & { channel: TwitterServiceChannel }) {
  const form = useForm<TwitterServiceUpdate>({
    resolver: zodResolver(twitterServiceUpdateSchema),
    defaultValues: defaults,
    shouldFocusError,
  });
  return (
    <ChannelFormFrame
      channel={channel}
      form={form}
      readOnly={readOnly}
      mayDelete={mayDelete}
      submitLabel="Update and Proceed"
      proceedTo={`/channels/${channel.id}/connect`}
    >
      <TwitterServiceFields channel={channel} readOnly={readOnly} />
    </ChannelFormFrame>
  );
}

function FacebookServiceForm({
  channel,
  defaults,
  readOnly,
  mayDelete,
}: FormProps<FacebookServiceUpdate>) {
  const form = useForm<FacebookServiceUpdate>({
    resolver: zodResolver(facebookServiceUpdateSchema),
    defaultValues: defaults,
    shouldFocusError,
  });
  return (
    <ChannelFormFrame
      channel={channel}
      form={form}
      readOnly={readOnly}
      mayDelete={mayDelete}
      submitLabel="Update"
    >
      <FacebookServiceFields readOnly={readOnly} />
    </ChannelFormFrame>
  );
}

type AccountUpdate = Extract<ChannelUpdate, { type: 'Twitter:Account' | 'Facebook:Account' }>;

function AccountChannelForm({ channel, defaults, readOnly, mayDelete }: FormProps<AccountUpdate>) {
  const form = useForm<AccountUpdate>({
    resolver: zodResolver(accountChannelUpdateSchema),
    defaultValues: defaults,
    shouldFocusError,
  });
  return (
    <ChannelFormFrame
      channel={channel}
      form={form}
      readOnly={readOnly}
      mayDelete={mayDelete}
      submitLabel="Update"
      after={
        channel.type === 'Twitter:Account' || channel.type === 'Facebook:Account' ? (
          <ProviderLogin channel={channel} readOnly={readOnly} />
        ) : null
      }
    />
  );
}
