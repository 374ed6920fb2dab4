import { lazy, useRef, useState, type ChangeEvent } from 'react';
import type { ChannelConfig } from '../../api/channel-config-import';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { loadNewChannelFromConfig } from './duplicate-channel';
import styles from './channels.module.css';

const loadImportRules = () => import('../../api/channel-config-import');
const prepare = () => {
  void loadImportRules();
  void loadNewChannelFromConfig();
};

/** New Channel prefilled from a file, loaded with its checks when "Import from file" is used. */
export const NewChannelFromConfig = lazy(async () => ({
  default: (await loadNewChannelFromConfig()).NewChannelFromConfig,
}));

/** "Import from file" in New Channel: a configuration file read whole, or refused with why. */
export function ImportFromFile({
  onRead,
}: {
  onRead: (file: { fileName: string; config: ChannelConfig }) => void;
}) {
  const fileInput = useRef<HTMLInputElement>(null);
  const [refused, setRefused] = useState<{ fileName: string; errors: string[] } | null>(null);

  async function chooseFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setRefused(null);
    const read = await (await loadImportRules()).readChannelConfigFile(file);
    if (read.ok) onRead({ fileName: file.name, config: read.config });
    else setRefused({ fileName: file.name, errors: read.errors });
  }

  return (
    <div className={styles.form}>
      <div className={styles.actions}>
        <Button
          onClick={() => fileInput.current?.click()}
          onPointerEnter={prepare}
          onFocus={prepare}
        >
          Import from file
        </Button>
        <span className={styles.help}>
          Or start from a configuration exported from a Service channel
        </span>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          hidden
          tabIndex={-1}
          onChange={(event) => void chooseFile(event)}
        />
      </div>
      {refused ? (
        <Alert tone="error" title={`${refused.fileName} cannot be imported. Nothing was created.`}>
          <ul>
            {refused.errors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
    </div>
  );
}
