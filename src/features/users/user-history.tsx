import { useQuery } from '@tanstack/react-query';
import { meQueries } from '../../api/account-api';
import { RETENTION_DAYS } from '../../api/account-schema';
import { can } from '../../api/permissions';
import type { User } from '../../api/user-schema';
import { ActivityFeed } from '../../components/ui/activity-feed';
import styles from './user-history.module.css';

/** A user's history in their Edit view, folded so the form stays first (SPEC §10). */
export function UserHistory({ user }: { user: User }) {
  const { data: me } = useQuery(meQueries.current());
  if (!can(me?.user, 'activity:read-all')) return null;
  return (
    <details className={styles.history}>
      <summary>History</summary>
      <ActivityFeed
        filters={{ resource: 'user', resourceId: user.id }}
        asOf={user.version}
        label={`History of ${user.firstName} ${user.lastName}`}
        empty={`No changes or sign-ins recorded in the last ${RETENTION_DAYS} days.`}
      />
    </details>
  );
}
