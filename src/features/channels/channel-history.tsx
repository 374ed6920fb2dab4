import { useQuery } from '@tanstack/react-query';
import { meQueries } from '../../api/account-api';
import { RETENTION_DAYS } from '../../api/account-schema';
import type { Channel } from '../../api/channel-schema';
import { can } from '../../api/permissions';
import { ActivityFeed } from '../../components/ui/activity-feed';
import styles from './channels.module.css';

/** "History": who changed this channel and what, newest first (SPEC §10). */
export function ChannelHistory({ channel }: { channel: Channel }) {
  const { data: me } = useQuery(meQueries.current());
  if (!can(me?.user, 'activity:read-channels')) return null;
  return (
    <section className={styles.section} aria-labelledby="channel-history-heading">
      <h2 id="channel-history-heading">History</h2>
      <ActivityFeed
        filters={{ resource: 'channel', resourceId: channel.id }}
        asOf={channel.version}
        label={`History of ${channel.name}`}
        empty={`No changes recorded in the last ${RETENTION_DAYS} days.`}
      />
    </section>
  );
}
