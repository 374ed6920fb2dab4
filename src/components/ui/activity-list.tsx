import type { ActivityChange, ActivityEvent, ActivityType } from '../../api/activity-schema';
import { formatDateTime } from '../../lib/format';
import styles from './activity-list.module.css';
import chipStyles from './change-chips.module.css';

/** What each kind of event is called, in the history and in the Activity page's filter. */
export const activityTypeLabels: Record<ActivityType, string> = {
  'channel.created': 'Channel created',
  'channel.updated': 'Channel updated',
  'channel.deleted': 'Channel deleted',
  'channel.production-switched': 'Production mode switched',
  'channel.keyword-blocked': 'Keyword blocked after a traffic spike',
  'channel.keyword-unblocked': 'Keyword unblocked',
  'user.created': 'User created',
  'user.updated': 'User updated',
  'user.roles-changed': 'Roles changed',
  'user.deleted': 'User deleted',
  'user.password-reset': 'Password reset',
  'user.signed-in': 'Signed in',
  'user.sign-in-failed': 'Failed sign-in',
  'user.locked-out': 'Locked out after failed sign-ins',
  'account.created': 'Account created',
  'account.api-key-revealed': 'API key revealed',
  'account.api-key-rotated': 'API key rotated',
};

// The guide's labels for the fields admins know by them; any other field shows its own name.
const fieldLabels: Record<string, string> = {
  name: 'Channel Name',
  description: 'Description',
  status: 'Channel status',
  production: 'Production mode',
  keywords: 'Keywords',
  exclusions: 'Exclusions',
  blockedKeywords: 'Blocked keywords',
  handles: 'Twitter Handle(s)',
  languages: 'Languages',
  allowAnyLanguage: 'Allow any language',
  pageIds: 'Facebook Pages',
  outboundChannelId: 'Outbound Channel',
  firstName: 'First Name',
  lastName: 'Last Name',
  email: 'Email',
  roles: 'Roles',
  password: 'Password',
  apiKey: 'API key',
};

const labelOf = (field: string) => fieldLabels[field] ?? field;

function showValue(value: unknown) {
  if (value === undefined || value === null || value === '') return '(none)';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

function Change({ change }: { change: ActivityChange }) {
  if ('changed' in change) {
    return (
      <li>
        {labelOf(change.field)} changed <span className={styles.muted}>(not shown)</span>
      </li>
    );
  }
  if ('added' in change) {
    return (
      <li className={styles.listChange}>
        <span>{labelOf(change.field)}:</span>
        <ul className={chipStyles.chips} aria-label={`Changes to ${labelOf(change.field)}`}>
          {change.added.map((entry) => (
            <li key={`+${entry}`} className={`${chipStyles.chip} ${chipStyles.added}`}>
              <span aria-hidden="true">+</span>
              <span className="visually-hidden">added </span>
              {entry}
            </li>
          ))}
          {change.removed.map((entry) => (
            <li key={`-${entry}`} className={`${chipStyles.chip} ${chipStyles.removed}`}>
              <span aria-hidden="true">−</span>
              <span className="visually-hidden">removed </span>
              {entry}
            </li>
          ))}
        </ul>
      </li>
    );
  }
  return (
    <li>
      {labelOf(change.field)}: {showValue(change.before)} → {showValue(change.after)}
    </li>
  );
}

/**
 * Events of the change history, as given (newest first): what happened, to what, by whom and
 * when, and what changed, lists as + and − chips. `showResource` names the resource of each.
 */
export function ActivityList({
  events,
  showResource = false,
  label,
}: {
  events: readonly ActivityEvent[];
  showResource?: boolean;
  label: string;
}) {
  return (
    <ol className={styles.events} aria-label={label}>
      {events.map((event) => (
        <li key={event.id} className={styles.event}>
          <p className={styles.summary}>
            <strong>{activityTypeLabels[event.type]}</strong>
            {showResource ? <span className={styles.resource}>{event.resourceName}</span> : null}
          </p>
          <p className={styles.meta}>
            by <span className={styles.actor}>{event.actor.name}</span> ·{' '}
            <time dateTime={event.at}>{formatDateTime(event.at)}</time>
          </p>
          {event.changes.length > 0 ? (
            <ul className={styles.changes}>
              {event.changes.map((change) => (
                <Change key={change.field} change={change} />
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
