import { useState } from 'react';
import { Controller, useFormContext } from 'react-hook-form';
import type { Channel } from '../../api/channel-schema';
import { Button } from '../../components/ui/button';
import { CopyButton } from '../../components/ui/copy-button';
import { Dialog } from '../../components/ui/dialog';
import { TextField } from '../../components/ui/field';
import { Switch } from '../../components/ui/switch';
import { TextAreaField } from '../../components/ui/text-area-field';
import { ChannelSection } from './channel-section';
import styles from './channels.module.css';

type CommonValues = {
  name: string;
  description: string;
  status: 'Active' | 'Suspended';
  production: boolean;
};

/** The part every channel type shares: type, name, description, status, ID, production. */
export function CommonFields({ channel, readOnly }: { channel: Channel; readOnly: boolean }) {
  const {
    register,
    control,
    setValue,
    formState: { errors },
  } = useFormContext<CommonValues>();
  const [productionAsk, setProductionAsk] = useState<boolean | null>(null);

  return (
    <ChannelSection id="general" title="General">
      <p>
        <strong>Channel Type</strong>: {channel.type}
      </p>
      <TextField
        label="Channel Name"
        readOnly={readOnly}
        error={errors.name?.message}
        {...register('name')}
      />
      <TextAreaField
        label="Description"
        rows={3}
        readOnly={readOnly}
        error={errors.description?.message}
        {...register('description')}
      />
      <Controller
        control={control}
        name="status"
        render={({ field }) => (
          <Switch
            label="Channel status"
            stateText={field.value}
            checked={field.value === 'Active'}
            disabled={readOnly}
            onChange={(event) => field.onChange(event.target.checked ? 'Active' : 'Suspended')}
            description="Active channels source and send messages. A channel becomes Active only when its configuration is complete."
          />
        )}
      />
      <div>
        <strong>Channel ID</strong>
        <div className={styles.value}>
          <code>{channel.id}</code>
          <CopyButton value={channel.id} what="Channel ID" />
        </div>
      </div>
      <Controller
        control={control}
        name="production"
        render={({ field }) => (
          <Switch
            label="Production mode"
            stateText={field.value ? 'On' : 'Off'}
            checked={field.value}
            disabled={readOnly}
            onChange={(event) => setProductionAsk(event.target.checked)}
            // How a change is saved means nothing to a reader who cannot change it.
            description={
              readOnly ? undefined : 'Asks for confirmation; saved with the rest of the page.'
            }
          />
        )}
      />
      <Dialog
        open={productionAsk !== null}
        title={productionAsk ? 'Switch to Production mode?' : 'Leave Production mode?'}
        onDismiss={() => setProductionAsk(null)}
      >
        {productionAsk ? (
          <ul>
            <li>SLAs and data recovery apply to production channels only.</li>
            <li>The channel shows as production in reports.</li>
            <li>All the licenses it needs must be in place.</li>
            <li>A status distribution list is created for this channel.</li>
          </ul>
        ) : (
          <p>
            SLAs and data recovery stop applying to this channel, and reports no longer count it as
            production.
          </p>
        )}
        <div className={styles.actions}>
          <Button
            variant="primary"
            onClick={() => {
              setValue('production', productionAsk ?? false, { shouldDirty: true });
              setProductionAsk(null);
            }}
          >
            {productionAsk ? 'Switch to Production' : 'Leave Production'}
          </Button>
          <Button onClick={() => setProductionAsk(null)}>Cancel</Button>
        </div>
      </Dialog>
    </ChannelSection>
  );
}
