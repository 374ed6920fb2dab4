import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { describeError } from '../../api/api-error';
import { accountQueries, meQueries } from '../../api/account-api';
import { can, describeWhoMay } from '../../api/permissions';
import { LoadFailed } from '../../components/ui/list-page';
import { CopyButton } from '../../components/ui/copy-button';
import { SecretValue } from '../../components/ui/secret-value';
import { formatCount } from '../../lib/format';
import { KeyRotatedNotice, RotateApiKey, useKeyRotation } from './api-key-rotation';
import { networkAllowlist } from './network-allowlist';
import styles from './account-page.module.css';

/** Account name, API key, Hub API base URL, retention and the network allowlist. */
export function AccountPage() {
  const { data: me } = useQuery(meQueries.current());
  const account = useQuery(accountQueries.detail({ reveal: false }));
  const [revealed, setRevealed] = useState(false);
  const revealedAccount = useQuery({
    ...accountQueries.detail({ reveal: true }),
    enabled: revealed,
  });
  const mayReveal = can(me?.user, 'account:reveal-key');
  const rotation = useKeyRotation(account.data, revealedAccount.data);

  if (account.isPending) return <p role="status">Loading the account…</p>;
  if (account.isError) {
    return (
      <>
        <h1>Account</h1>
        <LoadFailed
          title="The account could not be loaded"
          message={describeError(account.error)}
          onRetry={() => void account.refetch()}
        />
      </>
    );
  }
  const { name, apiKey, retentionDays, urlBase } = account.data;

  return (
    <>
      <h1>Account</h1>
      <p className={styles.lead}>The values DMS and your firewall team need from the Hub.</p>
      {rotation.rotatedSince ? <KeyRotatedNotice rotatedAt={rotation.rotatedSince} /> : null}
      {me && !mayReveal ? (
        <p className={styles.note}>
          Your role, {me.role}, can read this page. {describeWhoMay('account:reveal-key')} can
          reveal and copy the API key.
        </p>
      ) : null}
      <dl className={styles.values}>
        <dt>Account name</dt>
        <dd>
          <code>{name}</code>
          <CopyButton value={name} what="account name" />
        </dd>
        <dt>API key</dt>
        <dd>
          <SecretValue
            what="API key"
            masked={apiKey}
            clear={revealedAccount.data?.apiKey}
            revealed={revealed}
            onRevealedChange={setRevealed}
            canReveal={mayReveal}
            notAllowed="Only an Admin can reveal and copy the API key."
            error={revealedAccount.isError ? describeError(revealedAccount.error) : null}
          />
          {can(me?.user, 'account:rotate-key') ? (
            <RotateApiKey onRotated={(rotated) => rotation.acknowledge(rotated.apiKeyRotatedAt)} />
          ) : null}
        </dd>
        <dt>Hub API base URL</dt>
        <dd>
          <code>{urlBase}</code>
          <CopyButton value={urlBase} what="Hub API base URL" />
        </dd>
        <dt>Data retention</dt>
        <dd>{formatCount(retentionDays, { one: 'day', other: 'days' })}</dd>
      </dl>

      <section aria-labelledby="allowlist-heading" className={styles.allowlist}>
        <h2 id="allowlist-heading">Network allowlist</h2>
        <p>
          For attachments to reach DMS, your firewall must allow these hosts. Hand the lists to your
          network team.
        </p>
        {networkAllowlist.map((group) => (
          <div key={group.title} className={styles.group}>
            <h3>{group.title}</h3>
            <pre>{group.hosts.join('\n')}</pre>
            <CopyButton value={group.hosts.join('\n')} what={`${group.title} hosts`} />
          </div>
        ))}
      </section>
    </>
  );
}
