import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type BaseSyntheticEvent } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { channelQueries, saveChannel } from '../../api/channel-api';
import { toChannelUpdate, type Channel, type ChannelUpdate } from '../../api/channel-schema';
import { useVersionedSave } from '../../api/use-versioned-save';

/**
 * Saving an Update Channel form: the versioned save (If-Match, the 412 choice, field errors),
 * plus the 422 list of what is missing for Active and where to go once saved.
 */
export function useChannelSave<Values extends ChannelUpdate & FieldValues>(
  channel: Channel,
  form: UseFormReturn<Values>,
) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [missing, setMissing] = useState<string[] | null>(null);
  const [saved, setSaved] = useState(false);
  const afterSaveRef = useRef<string | null>(null);
  /** True while leaving on purpose after a save, so the unsaved-changes guard stays quiet. */
  const leavingRef = useRef(false);

  const save = useVersionedSave({
    item: channel,
    form,
    save: (version, values) => saveChannel(channel.id, version, values),
    readLatest: () =>
      queryClient.fetchQuery({ ...channelQueries.detail(channel.id), staleTime: 0 }),
    toValues: (item) => toChannelUpdate(item) as Values,
    isField: (path): path is Path<Values> => Object.hasOwn(form.getValues(), path),
    onSaved: async (next) => {
      queryClient.setQueryData(channelQueries.detail(channel.id).queryKey, next);
      await queryClient.invalidateQueries({ queryKey: channelQueries.lists() });
      setMissing(null);
      setSaved(true);
      const destination = afterSaveRef.current;
      if (destination) {
        leavingRef.current = true;
        await navigate(destination);
      }
    },
    showOwnWay: (error) => {
      setSaved(false);
      if (error.status !== 422 || error.code !== 'incomplete') return false;
      setMissing(error.details);
      return true;
    },
  });

  return {
    ...save,
    /** What the Hub says Active still lacks, after a refused save. */
    missing,
    saved,
    leavingRef,
    /** Lets the next navigation through without the unsaved-changes question. */
    leaveOnPurpose: () => {
      leavingRef.current = true;
    },
    /** Validates and saves; `then` is where to go after a successful save. */
    submit: (then?: string) => (event?: BaseSyntheticEvent) => {
      afterSaveRef.current = then ?? null;
      setSaved(false);
      setMissing(null);
      return save.submit(event);
    },
    reloadTheirs: async () => {
      setMissing(null);
      await save.reloadTheirs();
    },
  };
}
