import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { meQueries } from '../../api/account-api';
import { RETENTION_DAYS } from '../../api/account-schema';
import type { Channel } from '../../api/channel-schema';
import { can } from '../../api/permissions';
import styles from './channels.module.css';

// The history sits below the form and loads after it: its code is no part of the page's first
// visit, nor of every signed-in page's shared chunk.
const ActivityFeed = lazy(async () => ({
  default: (await import('../../components/ui/activity-feed')).ActivityFeed,
}));

/** "History": who changed this channel and what, newest first (SPEC §10). */
export function ChannelHistory({ channel }: { channel: Channel }) {
  const { data: me } = useQuery(meQueries.current());
  if (!can(me?.user, 'activity:read-channels')) return null;
  return (
    <section className={styles.section} aria-labelledby="channel-history-heading">
      <h2 id="channel-history-heading">History</h2>
      <Suspense fallback={<p role="status">Loading the history…</p>}>
        <ActivityFeed
          filters={{ resource: 'channel', resourceId: channel.id }}
          asOf={channel.version}
          label={`History of ${channel.name}`}
          empty={`No changes recorded in the last ${RETENTION_DAYS} days.`}
        />
      </Suspense>
    </section>
  );
}
