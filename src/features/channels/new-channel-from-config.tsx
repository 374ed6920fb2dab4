import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { channelQueries, createChannel } from '../../api/channel-api';
import { diffSettings, hasChannelConfig, toChannelConfig } from '../../api/channel-config';
import {
  importWarnings,
  newChannelFromConfig,
  startingSettings,
  type ChannelConfig,
} from '../../api/channel-config-import';
import {
  newChannelInputSchema,
  type Channel,
  type NewChannelBody,
  type NewChannelInput,
} from '../../api/channel-schema';
import { oneOf } from '../../api/field-errors';
import { useFormMutation } from '../../api/use-form-mutation';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { Dialog } from '../../components/ui/dialog';
import { TextField } from '../../components/ui/field';
import { TextAreaField } from '../../components/ui/text-area-field';
import { ConfigDiff } from './config-diff';
import { useImportContext } from './use-import-context';
import styles from './channels.module.css';

/** Where a prefilled New Channel comes from: a configuration file, or a channel to duplicate. */
export type ChannelSource =
  | { kind: 'file'; fileName: string; config: ChannelConfig }
  | { kind: 'duplicate'; channel: Channel };

const fields = ['name', 'description'] as const;

/** A duplicate's name: the channel's, marked as a copy. */
const copyName = (name: string) => `${name} copy`;

type Props = { source: ChannelSource; onCancel: () => void };

/** New Channel, as a dialog of its own (Duplicate). */
export function NewChannelFromConfigDialog({
  source,
  onClose,
}: {
  source: ChannelSource;
  onClose: () => void;
}) {
  return (
    <Dialog open title="New Channel" onDismiss={onClose}>
      <NewChannelFromConfig source={source} onCancel={onClose} />
    </Dialog>
  );
}

/**
 * New Channel prefilled from a file or a channel: the type is the source's, the name and the
 * description are editable, and "Save and Proceed" creates the whole channel in one request.
 */
export function NewChannelFromConfig({ source, onCancel }: Props) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const outboundErrorId = useId();
  // Kept for the dialog's life: a retry after a timeout cannot create a second channel.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const config =
    source.kind === 'file'
      ? source.config
      : hasChannelConfig(source.channel)
        ? toChannelConfig(source.channel)
        : null;
  const type = source.kind === 'file' ? source.config.type : source.channel.type;
  const [outboundChannelId, setOutboundChannelId] = useState(
    source.kind === 'duplicate' && source.channel.type === 'Facebook:Service'
      ? (source.channel.outboundChannelId ?? '')
      : '',
  );
  const [outboundMissing, setOutboundMissing] = useState(false);
  const checks = useImportContext(config?.type ?? 'Twitter:Service', outboundChannelId || null);

  const {
    register,
    handleSubmit,
    setError,
    control,
    formState: { errors },
  } = useForm<NewChannelInput>({
    resolver: zodResolver(newChannelInputSchema),
    defaultValues: {
      type,
      name: source.kind === 'file' ? source.config.name : copyName(source.channel.name),
      description: source.kind === 'file' ? source.config.description : source.channel.description,
    },
  });
  const [name = '', description = ''] = useWatch({ control, name: ['name', 'description'] });

  const bodyOf = (values: { name: string; description: string }): NewChannelBody =>
    config
      ? newChannelFromConfig(config, values, {
          outboundChannelId: outboundChannelId || null,
          grantedPageIds: checks.context.grantedPageIds,
        })
      : { type, ...values };

  const create = useFormMutation({
    mutationFn: (body: NewChannelBody) => createChannel(body, idempotencyKey),
    isField: oneOf(fields),
    setError,
    onSuccess: async (channel) => {
      await queryClient.invalidateQueries({ queryKey: channelQueries.lists() });
      queryClient.setQueryData(channelQueries.detail(channel.id).queryKey, channel);
      await navigate(`/channels/${channel.id}`);
    },
  });

  const needsOutbound = config?.type === 'Facebook:Service' && checks.facebookAccounts.length > 0;
  const checking = config !== null && !checks.ready;
  const body = bodyOf({ name, description });
  const changes =
    config && 'settings' in body && body.settings
      ? diffSettings(startingSettings(config.type), body.settings)
      : [];

  return (
    <form
      className={styles.form}
      noValidate
      onSubmit={handleSubmit((values) => {
        if (needsOutbound && !outboundChannelId) {
          setOutboundMissing(true);
          return;
        }
        if (checking) return;
        return create.submit(bodyOf({ name: values.name, description: values.description ?? '' }));
      })}
    >
      <p>
        {source.kind === 'file' ? (
          <>
            From <strong>{source.fileName}</strong>: a {type} channel. It starts Suspended and not
            in production.
          </>
        ) : (
          <>
            A copy of ‘{source.channel.name}’. It starts Suspended and not in production
            {config ? '' : '; the provider login is not copied, so log in on the new channel'}.
          </>
        )}
      </p>
      {create.formMessage ? <Alert tone="error">{create.formMessage}</Alert> : null}
      <p>
        <strong>Channel Type</strong>: {type}
      </p>
      <TextField label="Channel Name" error={errors.name?.message} {...register('name')} />
      <TextAreaField
        label="Description"
        rows={3}
        error={errors.description?.message}
        {...register('description')}
      />
      {config?.type === 'Facebook:Service' &&
      checks.ready &&
      checks.facebookAccounts.length === 0 ? (
        <p className={styles.help}>
          <strong>Outbound Channel</strong>: this account has no Facebook:Account channel yet, so
          the new channel starts without one and without pages. Choose them on the channel later.
        </p>
      ) : config?.type === 'Facebook:Service' ? (
        <div className={styles.form}>
          <label className={styles.form}>
            <strong>Outbound Channel</strong>
            <select
              value={outboundChannelId}
              aria-invalid={outboundMissing ? true : undefined}
              aria-describedby={outboundMissing ? outboundErrorId : undefined}
              onChange={(event) => {
                setOutboundChannelId(event.target.value);
                setOutboundMissing(false);
              }}
            >
              <option value="">Choose a Facebook:Account channel</option>
              {checks.facebookAccounts.map((account) => (
                <option key={account.id} value={account.id}>
                  {account.name}
                </option>
              ))}
            </select>
          </label>
          {outboundMissing ? (
            <p id={outboundErrorId} className={styles.error}>
              Choose the Outbound Channel: the pages are checked against its Facebook login.
            </p>
          ) : null}
        </div>
      ) : null}
      {checks.failure ? (
        <Alert tone="error">
          {checks.failure}{' '}
          <Button variant="link" onClick={checks.retry}>
            Try again
          </Button>
        </Alert>
      ) : checking ? (
        <p role="status">Checking the settings against this account…</p>
      ) : config ? (
        <ConfigDiff
          title="Settings of the new channel"
          noChanges="The new channel starts with the defaults of its type."
          changes={changes}
          problems={[]}
          warnings={
            config.type === 'Facebook:Service' && !outboundChannelId && needsOutbound
              ? []
              : importWarnings(config, checks.context)
          }
          names={checks.names}
        />
      ) : null}
      <div className={styles.actions}>
        <Button type="submit" variant="primary" pending={create.pending}>
          Save and Proceed
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}
