import { useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useId, useRef, useState, type ChangeEvent } from 'react';
import { useFormContext } from 'react-hook-form';
import { meQueries } from '../../api/account-api';
import { describeError } from '../../api/api-error';
import { channelQueries } from '../../api/channel-api';
import { channelConfigFileName, hasChannelConfig, toChannelConfig } from '../../api/channel-config';
import type { ChannelConfig } from '../../api/channel-config-import';
import { toChannelUpdate, type Channel, type ChannelUpdate } from '../../api/channel-schema';
import { can } from '../../api/permissions';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { downloadText } from '../../components/ui/download';
import { useDuplicateChannel } from './duplicate-channel';
import styles from './channels.module.css';

// Reading a file, comparing and applying it load when "Import configuration" is pointed at,
// focused or pressed: the page itself carries only these buttons.
const loadImportDialog = () => import('./import-config-dialog');
const loadImportRules = () => import('../../api/channel-config-import');
const ImportConfigDialog = lazy(async () => ({
  default: (await loadImportDialog()).ImportConfigDialog,
}));
const prepareImport = () => {
  void loadImportDialog();
  void loadImportRules();
};

/**
 * The Update Channel page's configuration actions: export the saved configuration (anyone who
 * reads the channel), import a file onto it (who may change it), duplicate it (who may create).
 */
export function ChannelConfigActions({ channel }: { channel: Channel }) {
  const headingId = useId();
  const queryClient = useQueryClient();
  const { data: me } = useQuery(meQueries.current());
  const form = useFormContext<ChannelUpdate>();
  const dirty = form.formState.isDirty;
  const portable = hasChannelConfig(channel);
  const mayExport = portable && can(me?.user, 'channel:read');
  const mayImport = portable && can(me?.user, 'channel:update');
  const mayDuplicate = can(me?.user, 'channel:create');
  const duplicate = useDuplicateChannel();
  const fileInput = useRef<HTMLInputElement>(null);
  const [refused, setRefused] = useState<{ fileName: string; errors: string[] } | null>(null);
  const [importing, setImporting] = useState<{ fileName: string; config: ChannelConfig } | null>(
    null,
  );
  const [applied, setApplied] = useState(false);

  if (!mayExport && !mayDuplicate) return null;

  async function chooseFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    // The same file can be chosen again after it is fixed.
    event.target.value = '';
    if (!file) return;
    setApplied(false);
    setRefused(null);
    const rules = await loadImportRules();
    const read = await rules.readChannelConfigFile(file);
    if (!read.ok) {
      setRefused({ fileName: file.name, errors: read.errors });
      return;
    }
    // Checked against the channel as saved now (a keyword may have been blocked since the page
    // loaded); the comparison then starts from this version.
    let errors: string[];
    try {
      const latest = await queryClient.fetchQuery({
        ...channelQueries.detail(channel.id),
        staleTime: 0,
      });
      errors = rules.importProblems(read.config, latest);
    } catch (error) {
      errors = [describeError(error)];
    }
    if (errors.length > 0) setRefused({ fileName: file.name, errors });
    else setImporting({ fileName: file.name, config: read.config });
  }

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId}>Configuration</h2>
      <p className={styles.help}>
        {portable
          ? 'Move this channel’s listening rules and settings between channels and accounts as a file, or start a new channel from this one.'
          : 'Start a new channel from this one. The provider login is not copied.'}
      </p>
      <div className={styles.actions}>
        {mayExport ? (
          <Button
            onClick={() =>
              downloadText(
                channelConfigFileName(channel.name),
                `${JSON.stringify(toChannelConfig(channel), null, 2)}\n`,
                'application/json',
              )
            }
          >
            Export configuration
          </Button>
        ) : null}
        {mayImport ? (
          <>
            <Button
              onClick={() => fileInput.current?.click()}
              onPointerEnter={prepareImport}
              onFocus={prepareImport}
            >
              Import configuration
            </Button>
            <input
              ref={fileInput}
              type="file"
              accept=".json,application/json"
              hidden
              tabIndex={-1}
              onChange={(event) => void chooseFile(event)}
            />
          </>
        ) : null}
        {mayDuplicate ? (
          <Button
            onClick={() => duplicate.duplicate(channel)}
            onPointerEnter={duplicate.prepare}
            onFocus={duplicate.prepare}
          >
            Duplicate
          </Button>
        ) : null}
      </div>
      {mayExport && dirty ? (
        <p className={styles.help}>
          The export holds the saved configuration; your unsaved changes are not in it.
        </p>
      ) : null}
      {refused ? (
        <Alert tone="error" title={`${refused.fileName} cannot be imported. Nothing was changed.`}>
          <ul>
            {refused.errors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
      {applied ? (
        <Alert tone="success">Imported: the channel now has the file’s settings.</Alert>
      ) : null}
      {importing ? (
        <Suspense fallback={null}>
          <ImportConfigDialog
            channel={channel}
            fileName={importing.fileName}
            config={importing.config}
            pageDirty={dirty}
            onClose={() => setImporting(null)}
            onApplied={(saved) => {
              setImporting(null);
              form.reset(toChannelUpdate(saved));
              setApplied(true);
            }}
          />
        </Suspense>
      ) : null}
      {duplicate.dialog}
    </section>
  );
}
