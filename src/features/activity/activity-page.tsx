import { useQuery } from '@tanstack/react-query';
import { useDeferredValue } from 'react';
import { Link, useSearchParams } from 'react-router';
import { meQueries } from '../../api/account-api';
import { RETENTION_DAYS } from '../../api/account-schema';
import { activityQueries } from '../../api/activity-api';
import { activityResources, activityTypes, HUB_ACTOR } from '../../api/activity-schema';
import { describeError } from '../../api/api-error';
import { MAX_PAGE_SIZE } from '../../api/page-schema';
import { can } from '../../api/permissions';
import { userQueries } from '../../api/user-api';
import { ActivityList, activityTypeLabels } from '../../components/ui/activity-list';
import { ListHeading, ListToolbar } from '../../components/ui/list-page';
import { PagedResults, UrlDateField, UrlSelect } from '../../components/ui/url-list-controls';
import { hasFilters, readActivityParams } from './activity-params';
import styles from './activity-page.module.css';

const eventNoun = { one: 'event', other: 'events' };

const resourceLabels = { channel: 'Channels', user: 'Users', account: 'Account' } as const;

/** "Activity": the account's change history, filtered and paged in the URL (SPEC §10). */
export function ActivityPage() {
  const [search] = useSearchParams();
  const params = readActivityParams(search);
  const { data: me } = useQuery(meQueries.current());
  const readsAll = can(me?.user, 'activity:read-all');
  const events = useQuery(activityQueries.list(params));
  // The first date formatter loads ICU data: the rows render in the background (decision 0008).
  const page = useDeferredValue(events.data, null);
  const people = useQuery(userQueries.list({ page: 1, pageSize: MAX_PAGE_SIZE }));

  const resources = readsAll ? activityResources : (['channel'] as const);
  const types = activityTypes.filter(
    (type) =>
      (readsAll || type.startsWith('channel.')) &&
      (!params.resource || type.startsWith(`${params.resource}.`)),
  );
  const actors = [
    { value: HUB_ACTOR.id, label: HUB_ACTOR.name },
    ...(people.data?.items ?? []).map((user) => ({
      value: user.id,
      label: `${user.firstName} ${user.lastName}`,
    })),
  ];
  if (params.actor && !actors.some((actor) => actor.value === params.actor)) {
    actors.push({ value: params.actor, label: 'The user in the link' });
  }
  const filtered = hasFilters(params);

  return (
    <>
      <ListHeading title="Activity" />
      <p className={styles.note}>
        Who changed what, and when: changes, sign-ins and the Hub&apos;s own actions of the last{' '}
        {RETENTION_DAYS} days, newest first.
        {readsAll ? null : ' Your role, Viewer, reads the history of channels only.'}
      </p>
      <ListToolbar>
        {readsAll ? (
          <UrlSelect
            label="Resource"
            name="resource"
            emptyLabel="All resources"
            options={resources.map((resource) => ({
              value: resource,
              label: resourceLabels[resource],
            }))}
          />
        ) : null}
        <UrlSelect
          label="Event"
          name="type"
          emptyLabel="All events"
          options={types.map((type) => ({ value: type, label: activityTypeLabels[type] }))}
        />
        <UrlSelect label="Who" name="actor" emptyLabel="Anyone" options={actors} />
        <UrlDateField label="From" name="from" />
        <UrlDateField label="To" name="to" />
      </ListToolbar>
      {filtered ? (
        <p>
          <Link to="/activity">Clear filters</Link>
        </p>
      ) : null}

      <PagedResults
        page={page}
        pageNumber={params.page}
        noun={eventNoun}
        failure={
          events.isError
            ? { message: describeError(events.error), onRetry: () => void events.refetch() }
            : null
        }
        empty={
          filtered
            ? {
                title: 'No events match these filters',
                message: 'Change or clear the filters to see more of the history.',
              }
            : {
                title: 'No activity yet',
                message: `Changes to channels${readsAll ? ', users and the account' : ''} appear here as they are made, and stay for ${RETENTION_DAYS} days.`,
              }
        }
      >
        {({ items }) => <ActivityList events={items} showResource label="Events" />}
      </PagedResults>
    </>
  );
}
