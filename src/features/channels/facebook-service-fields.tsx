import { useQuery } from '@tanstack/react-query';
import { Controller, useFormContext, useWatch } from 'react-hook-form';
import { describeError } from '../../api/api-error';
import { channelQueries } from '../../api/channel-api';
import { RETENTION_DAYS } from '../../api/account-schema';
import {
  facebookServiceSettingsSchema,
  QUEUE_HISTORY_WINDOW_MAX,
  RPC_CACHE_TIMEOUT_MAX,
  type FacebookServiceUpdate,
} from '../../api/channel-schema';
import { Alert } from '../../components/ui/alert';
import { TextField } from '../../components/ui/field';
import { MultiCombobox } from '../../components/ui/multi-combobox';
import { Switch } from '../../components/ui/switch';
import { formatCount, formatNumber } from '../../lib/format';
import { ChannelSection } from './channel-section';
import { MessageTypes } from './twitter-service-fields';
import styles from './channels.module.css';

const SECONDS_PER_DAY = 86_400;
const dayNoun = { one: 'day', other: 'days' };

/** The window in days, e.g. "7 days"; nothing for a value the Hub would refuse. */
function windowInDays(seconds: number) {
  if (!facebookServiceSettingsSchema.shape.queueHistoryWindow.safeParse(seconds).success) return '';
  return formatCount(seconds / SECONDS_PER_DAY, dayNoun);
}

/** Outbound Channel, Facebook Pages, timeouts, Data Recovery and message types. */
export function FacebookServiceFields({ readOnly }: { readOnly: boolean }) {
  const {
    control,
    register,
    setValue,
    formState: { errors },
  } = useFormContext<FacebookServiceUpdate>();
  const [outboundChannelId, queueHistoryWindow] = useWatch({
    control,
    name: ['outboundChannelId', 'queueHistoryWindow'],
  });
  const windowNow = windowInDays(queueHistoryWindow);
  const accounts = useQuery(channelQueries.ofType('Facebook:Account'));
  const pages = useQuery({
    ...channelQueries.facebookPages(outboundChannelId ?? ''),
    enabled: Boolean(outboundChannelId),
  });

  return (
    <>
      <ChannelSection id="facebook-pages" title="Facebook pages" disabled={readOnly}>
        <Alert tone="info">
          The Facebook:Account channel used as Outbound Channel must be in Production mode.
        </Alert>
        <label className={styles.form}>
          <strong>Outbound Channel</strong>
          <select
            disabled={readOnly}
            aria-invalid={errors.outboundChannelId ? true : undefined}
            {...register('outboundChannelId', {
              setValueAs: (value: string | null) => (value ? value : null),
              onChange: () => setValue('pageIds', [], { shouldDirty: true }),
            })}
          >
            <option value="">Choose a Facebook:Account channel</option>
            {(accounts.data?.items ?? []).map((channel) => (
              <option key={channel.id} value={channel.id}>
                {channel.name}
              </option>
            ))}
          </select>
          {errors.outboundChannelId ? (
            <span className={styles.error}>{errors.outboundChannelId.message}</span>
          ) : null}
        </label>
        {outboundChannelId && pages.data && pages.data.items.length > 0 ? (
          <Controller
            control={control}
            name="pageIds"
            render={({ field }) => (
              <MultiCombobox
                label="Facebook Pages"
                options={pages.data.items.map((page) => ({ value: page.id, label: page.name }))}
                value={field.value}
                onChange={field.onChange}
                placeholder="Find a page by name"
                emptyText="No granted page by that name."
                disabled={readOnly}
              />
            )}
          />
        ) : (
          <div className={styles.pagesStatus} role="group" aria-labelledby="facebook-pages-label">
            <p id="facebook-pages-label" className={styles.groupLabel}>
              Facebook Pages
            </p>
            {!outboundChannelId ? (
              <p className={styles.help}>Choose the Outbound Channel to list its pages.</p>
            ) : pages.isError ? (
              <p className={styles.error}>{describeError(pages.error)}</p>
            ) : pages.isPending ? (
              <p role="status">Loading pages…</p>
            ) : (
              <p className={styles.help}>
                That account channel has granted no pages: log in to Facebook there first.
              </p>
            )}
          </div>
        )}
      </ChannelSection>
      <ChannelSection id="delivery-and-privacy" title="Delivery and privacy" disabled={readOnly}>
        <TextField
          label="RPC cache timeout"
          type="number"
          min={0}
          max={RPC_CACHE_TIMEOUT_MAX}
          step={1}
          className={styles.number}
          readOnly={readOnly}
          description={`Whole seconds, 0 to ${formatNumber(RPC_CACHE_TIMEOUT_MAX)}; 0 turns the cache off.`}
          error={errors.rpcCacheTimeout?.message}
          {...register('rpcCacheTimeout', { valueAsNumber: true })}
        />
        <TextField
          label="Queue history window"
          type="number"
          min={0}
          max={QUEUE_HISTORY_WINDOW_MAX}
          step={1}
          className={styles.number}
          readOnly={readOnly}
          description={`Seconds, 0 to ${formatNumber(QUEUE_HISTORY_WINDOW_MAX)} (${windowInDays(QUEUE_HISTORY_WINDOW_MAX)}).${windowNow ? ` Now: ${windowNow}.` : ''}`}
          error={errors.queueHistoryWindow?.message}
          {...register('queueHistoryWindow', { valueAsNumber: true })}
        />
        <Switch label="Data Recovery" disabled={readOnly} {...register('dataRecovery')} />
        <Switch
          label="Do not store personal data"
          disabled={readOnly}
          {...register('doNotStorePersonalData')}
        />
        <p>
          <strong>Days data will be stored in the Hub</strong>: {RETENTION_DAYS}
        </p>
        <MessageTypes
          readOnly={readOnly}
          third={{ name: 'adsInteractions', label: 'Ads Interactions' }}
        />
      </ChannelSection>
    </>
  );
}
