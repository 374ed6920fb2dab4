import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { meQueries } from '../../api/account-api';
import { channelQueries, createChannel } from '../../api/channel-api';
import { suggestChannelName } from '../../api/channel-rules';
import {
  channelTypes,
  newChannelInputSchema,
  type ChannelType,
  type NewChannelInput,
} from '../../api/channel-schema';
import { oneOf } from '../../api/field-errors';
import { useFormMutation } from '../../api/use-form-mutation';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { Dialog } from '../../components/ui/dialog';
import { TextField } from '../../components/ui/field';
import { TextAreaField } from '../../components/ui/text-area-field';
import styles from './channels.module.css';

const fields = ['type', 'name', 'description'] as const;

/** "New Channel": Channel Type, Channel Name (with the guide's convention), Description. */
export function NewChannelDialog({ onClose }: { onClose: () => void }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { data: me } = useQuery(meQueries.current());
  const [lastSuggestion, setLastSuggestion] = useState('');
  // Kept for the dialog's life: a retry after a timeout cannot create a second channel.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    getValues,
    control,
    formState: { errors },
  } = useForm<NewChannelInput>({
    resolver: zodResolver(newChannelInputSchema),
    defaultValues: { type: undefined, name: '', description: '' },
  });
  const type = useWatch({ control, name: 'type' });
  const suggestion = type ? suggestChannelName(type, me?.accountName ?? 'Company') : '';

  const create = useFormMutation({
    mutationFn: (values: NewChannelInput) => createChannel(values, idempotencyKey),
    isField: oneOf(fields),
    setError,
    onSuccess: async (channel) => {
      await queryClient.invalidateQueries({ queryKey: channelQueries.lists() });
      queryClient.setQueryData(channelQueries.detail(channel.id).queryKey, channel);
      await navigate(`/channels/${channel.id}`);
    },
  });

  const typeField = register('type', {
    onChange: (event: { target: { value: string } }) => {
      const chosen = event.target.value as ChannelType;
      const name = getValues('name');
      // Fill in the convention unless the admin has typed a name of their own.
      if (chosen && (name === '' || name === lastSuggestion)) {
        const next = suggestChannelName(chosen, me?.accountName ?? 'Company');
        // Validated at once, so an error from an earlier Save (e.g. "Enter channel name") goes.
        setValue('name', next, { shouldValidate: true });
        setLastSuggestion(next);
      }
    },
  });

  return (
    <Dialog open title="New Channel" onDismiss={onClose}>
      <form
        className={styles.form}
        noValidate
        onSubmit={handleSubmit((values) => create.submit(values))}
      >
        {create.formMessage ? <Alert tone="error">{create.formMessage}</Alert> : null}
        <label className={styles.form}>
          <span>
            <strong>Channel Type</strong>
          </span>
          <select
            {...typeField}
            aria-invalid={errors.type ? true : undefined}
            aria-describedby={errors.type ? 'channel-type-error' : undefined}
          >
            <option value="">Choose a type</option>
            {channelTypes.map((option) => (
              <option key={option}>{option}</option>
            ))}
          </select>
        </label>
        {errors.type ? (
          <p id="channel-type-error" className={styles.error}>
            Choose the Channel Type
          </p>
        ) : null}
        <TextField
          label="Channel Name"
          description={
            suggestion ? `The guide's convention for this type: ${suggestion}` : undefined
          }
          error={errors.name?.message}
          {...register('name')}
        />
        <TextAreaField
          label="Description"
          rows={3}
          error={errors.description?.message}
          {...register('description')}
        />
        <div className={styles.actions}>
          <Button type="submit" variant="primary" pending={create.pending}>
            Save and Proceed
          </Button>
          <Button onClick={onClose}>Cancel</Button>
        </div>
      </form>
    </Dialog>
  );
}
