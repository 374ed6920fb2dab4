import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { accountQueries, rotateApiKey } from '../../api/account-api';
import type { Account } from '../../api/account-schema';
import { channelQueries } from '../../api/channel-api';
import { useFormMutation } from '../../api/use-form-mutation';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { CopyButton } from '../../components/ui/copy-button';
import { Dialog } from '../../components/ui/dialog';
import { formatDateTime } from '../../lib/format';
import styles from './account-page.module.css';

/**
 * When the key was last rotated, as this page first read it, and whether a later read says it was
 * rotated since (in another tab, or by another Admin): the key shown before no longer works.
 */
export function useKeyRotation(...reads: (Account | undefined)[]) {
  const [seen, setSeen] = useState<string | null | undefined>(undefined);
  const stamps = reads.flatMap((read) => (read ? [read.apiKeyRotatedAt] : []));
  const first = stamps[0];
  if (seen === undefined && first !== undefined) setSeen(first);
  const rotatedAt =
    seen === undefined ? undefined : stamps.find((stamp) => stamp !== null && stamp !== seen);
  return { rotatedSince: rotatedAt ?? null, acknowledge: setSeen };
}

/** What a tab still showing the old key says once it learns of the rotation. */
export function KeyRotatedNotice({ rotatedAt }: { rotatedAt: string }) {
  return (
    <Alert tone="warning" title="The API key was rotated">
      <p>
        It was rotated on {formatDateTime(rotatedAt)}, in another window or by another Admin. The
        key this page showed before no longer works: every DMS needs the new key in its gsa-api-key
        option.
      </p>
    </Alert>
  );
}

/** The Service channels whose DMS use the key: the ones with Connect DMS values. */
function useServiceChannels() {
  const twitter = useQuery(channelQueries.ofType('Twitter:Service'));
  const facebook = useQuery(channelQueries.ofType('Facebook:Service'));
  return [...(twitter.data?.items ?? []), ...(facebook.data?.items ?? [])];
}

/** "Rotate API key" (Admin): confirmed with what breaks, then the new key shown once. */
export function RotateApiKey({ onRotated }: { onRotated: (account: Account) => void }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="danger" onClick={() => setOpen(true)}>
        Rotate API key
      </Button>
      {open ? <RotateApiKeyDialog onRotated={onRotated} onDone={() => setOpen(false)} /> : null}
    </>
  );
}

function RotateApiKeyDialog({
  onRotated,
  onDone,
}: {
  onRotated: (account: Account) => void;
  onDone: () => void;
}) {
  const queryClient = useQueryClient();
  const services = useServiceChannels();
  const [newKey, setNewKey] = useState<string | null>(null);
  const rotate = useFormMutation({
    mutationFn: () => rotateApiKey(),
    onSuccess: async (account) => {
      setNewKey(account.apiKey);
      onRotated(account);
      // The clear key is kept in this dialog only: the cache gets the masked one again.
      queryClient.removeQueries({ queryKey: accountQueries.detail({ reveal: true }).queryKey });
      await queryClient.invalidateQueries({ queryKey: accountQueries.all() });
    },
  });

  if (newKey) {
    return (
      <Dialog open title="The new API key" onDismiss={onDone}>
        <div className={styles.dialog}>
          <p>
            The old key no longer works. Put this one in the gsa-api-key option of every DMS now: it
            is shown here once.
          </p>
          <p className={styles.newKey}>
            <code>{newKey}</code>
            <CopyButton value={newKey} what="new API key" />
          </p>
          <div className={styles.actions}>
            <Button variant="primary" onClick={onDone}>
              Done
            </Button>
          </div>
        </div>
      </Dialog>
    );
  }

  return (
    <Dialog open title="Rotate the API key?" onDismiss={onDone}>
      <form
        className={styles.dialog}
        onSubmit={(event) => {
          event.preventDefault();
          void rotate.submit(undefined);
        }}
      >
        <Alert tone="warning" title="Every DMS that uses the current key stops working at once">
          <p>
            The Hub refuses the old key from the moment it is rotated, and ends the sessions DMS
            opened with it. Each DMS works again once its gsa-api-key option has the new key.
          </p>
        </Alert>
        <p>
          The Connect DMS value that changes is <strong>gsa-api-key</strong>, in the
          [channel-twitter] and [channel-facebook] sections, and in every .cfg file downloaded
          before.
          {services.length > 0 ? ' The DMS of these channels use it:' : null}
        </p>
        {services.length > 0 ? (
          <ul className={styles.channels}>
            {services.map((service) => (
              <li key={service.id}>{service.name}</li>
            ))}
          </ul>
        ) : null}
        {rotate.formMessage ? <Alert tone="error">{rotate.formMessage}</Alert> : null}
        <div className={styles.actions}>
          <Button type="submit" variant="danger" pending={rotate.pending}>
            Rotate API key
          </Button>
          <Button onClick={onDone}>Cancel</Button>
        </div>
      </form>
    </Dialog>
  );
}
