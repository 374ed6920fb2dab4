import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useEffectEvent, useState } from 'react';
import { useForm, type Path } from 'react-hook-form';
import { channelQueries, saveChannel } from '../../api/channel-api';
import { diffSettings } from '../../api/channel-config';
import {
  applyChannelConfig,
  importProblems,
  importWarnings,
  type ChannelConfig,
} from '../../api/channel-config-import';
import { toChannelUpdate, type Channel, type ChannelUpdate } from '../../api/channel-schema';
import { useVersionedSave } from '../../api/use-versioned-save';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { Dialog } from '../../components/ui/dialog';
import { ConfigDiff } from './config-diff';
import { useImportContext } from './use-import-context';
import styles from './channels.module.css';

type ImportConfigDialogProps = {
  /** The channel as the Hub last gave it: the import is compared with this version. */
  channel: Channel;
  fileName: string;
  config: ChannelConfig;
  /** The page has changes of its own that applying the file would replace. */
  pageDirty: boolean;
  onClose: () => void;
  onApplied: (saved: Channel) => void;
};

/** A configuration file onto this channel: what it changes first, then Apply (If-Match). */
export function ImportConfigDialog(props: ImportConfigDialogProps) {
  const { channel, config, onClose } = props;
  const outbound = channel.type === 'Facebook:Service' ? channel.outboundChannelId : null;
  const checks = useImportContext(config.type, outbound);
  return (
    <Dialog open title="Import configuration" onDismiss={onClose}>
      <div className={styles.form}>
        <p>
          From <strong>{props.fileName}</strong>: the settings of ‘{config.name}’. This channel
          keeps its name, description, status and production mode
          {channel.type === 'Facebook:Service' ? ', and its Outbound Channel' : ''}.
        </p>
        {checks.failure ? (
          <>
            <Alert tone="error">{checks.failure}</Alert>
            <div className={styles.actions}>
              <Button onClick={checks.retry}>Try again</Button>
              <Button onClick={onClose}>Cancel</Button>
            </div>
          </>
        ) : checks.ready ? (
          <ImportReview {...props} context={checks} />
        ) : (
          <p role="status">Comparing with the channel…</p>
        )}
      </div>
    </Dialog>
  );
}

function ImportReview({
  channel,
  config,
  pageDirty,
  onClose,
  onApplied,
  context,
}: ImportConfigDialogProps & { context: ReturnType<typeof useImportContext> }) {
  const queryClient = useQueryClient();
  const granted = context.context.grantedPageIds;
  const toValues = useCallback(
    (item: Channel) => applyChannelConfig(item, config, granted),
    [config, granted],
  );
  // The version the review started from: a newer one means someone saved meanwhile.
  const [openedVersion] = useState(channel.version);
  // The Hub checks the values again; the file was checked by the same rules when it was read.
  const form = useForm<ChannelUpdate>({ defaultValues: toValues(channel) });
  const save = useVersionedSave({
    item: channel,
    form,
    save: (version, values) => saveChannel(channel.id, version, values),
    readLatest: () =>
      queryClient.fetchQuery({ ...channelQueries.detail(channel.id), staleTime: 0 }),
    toValues,
    // No field of the channel is shown here: everything the Hub says goes in one message.
    isField: (_path: string): _path is Path<ChannelUpdate> => false,
    onSaved: async (saved) => {
      queryClient.setQueryData(channelQueries.detail(channel.id).queryKey, saved);
      await queryClient.invalidateQueries({ queryKey: channelQueries.lists() });
      onApplied(saved);
    },
  });
  // Someone saved first (412): read their version and compare the file with it, instead of
  // offering to overwrite what the admin has not seen.
  const compareWithTheirs = useEffectEvent(() => void save.reloadTheirs());
  useEffect(() => {
    if (save.conflict) compareWithTheirs();
  }, [save.conflict]);

  const problems = importProblems(config, channel);
  const changes = diffSettings(toChannelUpdate(channel), toValues(channel));
  const warnings = importWarnings(config, context.context);
  return (
    <>
      {channel.version !== openedVersion ? (
        <Alert tone="warning" title="Someone else saved this channel meanwhile">
          The changes below are now compared with their version. Apply saves the file’s settings
          over it.
        </Alert>
      ) : null}
      {pageDirty ? (
        <Alert tone="info">
          The page has unsaved changes. Applying the file replaces them with the saved result.
        </Alert>
      ) : null}
      <ConfigDiff
        title="Changes to this channel"
        noChanges="The file’s settings are the same as this channel’s."
        changes={changes}
        problems={problems}
        warnings={warnings}
        names={context.names}
      />
      {save.formMessage ? <Alert tone="error">{save.formMessage}</Alert> : null}
      <div className={styles.actions}>
        <Button
          variant="primary"
          pending={save.pending}
          disabled={problems.length > 0 || changes.length === 0}
          onClick={() => void save.submit()}
        >
          Apply
        </Button>
        <Button onClick={onClose}>Cancel</Button>
      </div>
    </>
  );
}
