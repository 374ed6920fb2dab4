import { useInfiniteQuery } from '@tanstack/react-query';
import { activityQueries, type ActivityFilters } from '../../api/activity-api';
import { describeError } from '../../api/api-error';
import { ActivityList } from './activity-list';
import { Button } from './button';
import { LoadFailed } from './list-page';
import styles from './activity-list.module.css';

/**
 * A resource's history, newest first, a page at a time: "Show more" reads the next page.
 * `asOf` is the resource's version: after a change the history is read again.
 */
export function ActivityFeed({
  filters,
  asOf,
  label,
  empty,
}: {
  filters: ActivityFilters;
  asOf?: number;
  label: string;
  empty: string;
}) {
  const feed = useInfiniteQuery(activityQueries.feed(filters, asOf));
  if (feed.isPending) return <p role="status">Loading the history…</p>;
  if (feed.isError) {
    return (
      <LoadFailed
        title="The history could not be loaded"
        message={describeError(feed.error)}
        onRetry={() => void feed.refetch()}
      />
    );
  }
  const events = feed.data.pages.flatMap((page) => page.items);
  if (events.length === 0) return <p className={styles.muted}>{empty}</p>;
  return (
    <>
      <ActivityList events={events} label={label} />
      {feed.hasNextPage ? (
        <p>
          <Button pending={feed.isFetchingNextPage} onClick={() => void feed.fetchNextPage()}>
            Show more
          </Button>
        </p>
      ) : null}
    </>
  );
}
