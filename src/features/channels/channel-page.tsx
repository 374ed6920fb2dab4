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
import { LoadFailed } from '../../components/ui/list-page';
import { ChannelFormFrame } from './channel-form-frame';
import { ChannelHistory } from './channel-history';
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
      <p>
        <Link to="/channels">My Channels</Link>
      </p>
      <h1>Update ‘{channel.data.name}’ Channel</h1>
      {channel.data.type === 'Twitter:Service' || channel.data.type === 'Facebook:Service' ? (
        <p>
          <Link to={`/channels/${channel.data.id}/connect`}>Connect DMS</Link>: the option values
          DMS needs for this channel.
        </p>
      ) : null}
      <ChannelEditor key={channel.data.id} channel={channel.data} readOnly={readOnly} />
      <ChannelHistory channel={channel.data} />
    </>
  );
}

function ChannelEditor({ channel, readOnly }: { channel: Channel; readOnly: boolean }) {
  const defaults = toChannelUpdate(channel);
  if (channel.type === 'Twitter:Service' && defaults.type === 'Twitter:Service') {
    return <TwitterServiceForm channel={channel} defaults={defaults} readOnly={readOnly} />;
  }
  if (defaults.type === 'Facebook:Service') {
    return <FacebookServiceForm channel={channel} defaults={defaults} readOnly={readOnly} />;
  }
  if (defaults.type === 'Twitter:Account' || defaults.type === 'Facebook:Account') {
    return <AccountChannelForm channel={channel} defaults={defaults} readOnly={readOnly} />;
  }
  return null;
}

type FormProps<Values> = {
  channel: Channel;
  defaults: Values;
  readOnly: boolean;
};

function TwitterServiceForm({
  channel,
  defaults,
  readOnly,
}: FormProps<TwitterServiceUpdate> & { channel: TwitterServiceChannel }) {
  const form = useForm<TwitterServiceUpdate>({
    resolver: zodResolver(twitterServiceUpdateSchema),
    defaultValues: defaults,
  });
  return (
    <ChannelFormFrame
      channel={channel}
      form={form}
      readOnly={readOnly}
      submitLabel="Update and Proceed"
      proceedTo={`/channels/${channel.id}/connect`}
    >
      <TwitterServiceFields channel={channel} readOnly={readOnly} />
    </ChannelFormFrame>
  );
}

function FacebookServiceForm({ channel, defaults, readOnly }: FormProps<FacebookServiceUpdate>) {
  const form = useForm<FacebookServiceUpdate>({
    resolver: zodResolver(facebookServiceUpdateSchema),
    defaultValues: defaults,
  });
  return (
    <ChannelFormFrame channel={channel} form={form} readOnly={readOnly} submitLabel="Update">
      <FacebookServiceFields readOnly={readOnly} />
    </ChannelFormFrame>
  );
}

type AccountUpdate = Extract<ChannelUpdate, { type: 'Twitter:Account' | 'Facebook:Account' }>;

function AccountChannelForm({ channel, defaults, readOnly }: FormProps<AccountUpdate>) {
  const form = useForm<AccountUpdate>({
    resolver: zodResolver(accountChannelUpdateSchema),
    defaultValues: defaults,
  });
  return (
    <div className={styles.form}>
      {channel.type === 'Twitter:Account' || channel.type === 'Facebook:Account' ? (
        <ProviderLogin channel={channel} readOnly={readOnly} />
      ) : null}
      <ChannelFormFrame channel={channel} form={form} readOnly={readOnly} submitLabel="Update" />
    </div>
  );
}
