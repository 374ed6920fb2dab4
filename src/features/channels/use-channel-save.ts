import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { ApiError, describeError } from '../../api/api-error';
import { channelQueries, saveChannel } from '../../api/channel-api';
import { toChannelUpdate, type Channel, type ChannelUpdate } from '../../api/channel-schema';
import { useSingleSubmit } from '../../components/ui/use-single-submit';

export type SaveProblem =
  | { kind: 'conflict' }
  | { kind: 'incomplete'; missing: string[] }
  | { kind: 'message'; message: string }
  | null;

/**
 * Saving an Update Channel form: If-Match with the version read, server field errors on their
 * fields, the 422 list of what is missing for Active, and the 412 choice when someone else saved.
 */
export function useChannelSave<Values extends ChannelUpdate & FieldValues>(
  channel: Channel,
  form: UseFormReturn<Values>,
) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [problem, setProblem] = useState<SaveProblem>(null);
  const [saved, setSaved] = useState(false);
  const once = useSingleSubmit();
  const versionRef = useRef(channel.version);
  const afterSaveRef = useRef<string | null>(null);
  /** True while leaving on purpose after a save, so the unsaved-changes guard stays quiet. */
  const leavingRef = useRef(false);

  // A change made elsewhere (a provider login, a refetch) becomes the base of an untouched form.
  const isDirty = form.formState.isDirty;
  useEffect(() => {
    if (channel.version > versionRef.current && !isDirty) {
      versionRef.current = channel.version;
      form.reset(toChannelUpdate(channel) as Values);
    }
  }, [channel, isDirty, form]);

  const mutation = useMutation({
    mutationFn: (values: Values) => saveChannel(channel.id, versionRef.current, values),
    meta: { errorsShownByForm: true },
    onSuccess: async (next) => {
      versionRef.current = next.version;
      queryClient.setQueryData(channelQueries.detail(channel.id).queryKey, next);
      await queryClient.invalidateQueries({ queryKey: channelQueries.lists() });
      form.reset(toChannelUpdate(next) as Values);
      setProblem(null);
      setSaved(true);
      const destination = afterSaveRef.current;
      if (destination) {
        leavingRef.current = true;
        await navigate(destination);
      }
    },
    onError: (error) => {
      setSaved(false);
      if (!(error instanceof ApiError)) {
        setProblem({ kind: 'message', message: describeError(error) });
      } else if (error.status === 412) {
        setProblem({ kind: 'conflict' });
      } else if (error.status === 422 && error.code === 'incomplete') {
        setProblem({ kind: 'incomplete', missing: error.details });
      } else {
        const entries = Object.entries(error.fieldErrors);
        for (const [path, message] of entries) {
          form.setError(path as Path<Values>, { type: 'server', message });
        }
        setProblem(entries.length > 0 ? null : { kind: 'message', message: error.message });
      }
    },
  });

  async function fetchLatest() {
    const latest = await queryClient.fetchQuery({
      ...channelQueries.detail(channel.id),
      staleTime: 0,
    });
    versionRef.current = latest.version;
    return latest;
  }

  return {
    problem,
    saved,
    saving: mutation.isPending,
    /** Offline: the save waits and is sent when the connection is back. */
    waitingForNetwork: mutation.isPaused,
    leavingRef,
    /** Lets the next navigation through without the unsaved-changes question. */
    leaveOnPurpose: () => {
      leavingRef.current = true;
    },
    /** Validates and saves; `then` is where to go after a successful save. */
    submit: (then?: string) =>
      form.handleSubmit((values) => {
        afterSaveRef.current = then ?? null;
        setSaved(false);
        void once(() => mutation.mutateAsync(values));
      }),
    /** 412: drop my changes and show what the other person saved. */
    reloadTheirs: async () => {
      const latest = await fetchLatest();
      form.reset(toChannelUpdate(latest) as Values);
      setProblem(null);
    },
    /** 412: save my values over theirs. */
    overwrite: async () => {
      await fetchLatest();
      mutation.mutate(form.getValues());
    },
  };
}
