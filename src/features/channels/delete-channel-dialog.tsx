import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { channelQueries, deleteChannel } from '../../api/channel-api';
import type { Channel } from '../../api/channel-schema';
import { useFormMutation } from '../../api/use-form-mutation';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { Dialog } from '../../components/ui/dialog';
import { TextField } from '../../components/ui/field';
import { canonicalEntry, sameEntry } from '../../lib/entry';
import styles from './channels.module.css';

/** The Service channels that rely on an Account channel (outbound channel or reply handle). */
function useAffectedServices(channel: Channel) {
  const type =
    channel.type === 'Facebook:Account'
      ? 'Facebook:Service'
      : channel.type === 'Twitter:Account'
        ? 'Twitter:Service'
        : null;
  const services = useQuery({
    ...channelQueries.ofType(type ?? 'Twitter:Service'),
    enabled: type !== null,
  });
  if (!type) return [];
  return (services.data?.items ?? []).filter((service) => {
    if (service.type === 'Facebook:Service') return service.outboundChannelId === channel.id;
    if (service.type === 'Twitter:Service' && channel.type === 'Twitter:Account') {
      const handle = channel.authorization?.handle;
      return handle !== undefined && service.handles.some((entry) => sameEntry(entry, handle));
    }
    return false;
  });
}

/** Delete, confirmed by typing the channel's name. */
export function DeleteChannelDialog({
  channel,
  onCancel,
  onDeleted,
}: {
  channel: Channel;
  onCancel: () => void;
  onDeleted: () => void;
}) {
  const queryClient = useQueryClient();
  const [typed, setTyped] = useState('');
  const affected = useAffectedServices(channel);
  const remove = useFormMutation({
    mutationFn: () => deleteChannel(channel.id),
    onSuccess: async () => {
      queryClient.removeQueries({ queryKey: channelQueries.detail(channel.id).queryKey });
      await queryClient.invalidateQueries({ queryKey: channelQueries.lists() });
      onDeleted();
    },
  });
  const matches = canonicalEntry(typed) === canonicalEntry(channel.name);

  return (
    <Dialog open title={`Delete the “${channel.name}” channel?`} onDismiss={onCancel}>
      <form
        className={styles.form}
        onSubmit={(event) => {
          event.preventDefault();
          if (matches) void remove.submit(undefined);
        }}
      >
        <p>The channel stops sourcing and sending at once. This cannot be undone.</p>
        {affected.length > 0 ? (
          <Alert tone="warning" title="These Service channels use it and stop working">
            <ul>
              {affected.map((service) => (
                <li key={service.id}>{service.name}</li>
              ))}
            </ul>
          </Alert>
        ) : null}
        <TextField
          label="Type the channel name to confirm"
          value={typed}
          autoComplete="off"
          onChange={(event) => setTyped(event.target.value)}
          description={channel.name}
        />
        {remove.formMessage ? <Alert tone="error">{remove.formMessage}</Alert> : null}
        <div className={styles.actions}>
          <Button type="submit" variant="danger" disabled={!matches} pending={remove.pending}>
            Delete channel
          </Button>
          <Button onClick={onCancel}>Cancel</Button>
        </div>
      </form>
    </Dialog>
  );
}
