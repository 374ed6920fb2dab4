import type { Role } from './user-schema';

/**
 * What a signed-in user may do (SPEC §3). The one place that knows which role allows what: pages
 * ask it what to show, and the Hub asks it what to refuse. A user's permissions are the union of
 * their roles'.
 */
export const actions = [
  'channel:read',
  'channel:create',
  'channel:update',
  'channel:delete',
  'user:read',
  'user:create',
  'user:update',
  'user:delete',
  'user:reset-password',
  'account:read',
  'account:reveal-key',
  'account:rotate-key',
  // The change history (SPEC §10): channel events, and the rest (users, the account).
  'activity:read-channels',
  'activity:read-all',
  // DMS signs in as a user of the account to drive a channel (SPEC §7).
  'dms:connect',
] as const;
export type Action = (typeof actions)[number];

/** Who asks: a user with their roles (the signed-in user, or the caller the Hub has authenticated). */
export type Subject = { readonly roles: readonly Role[] };
/** What the action is on, where the rule depends on it: the user whose password is reset. */
export type Target = { readonly roles: readonly Role[] };

type Grant = true | ((target: Target | undefined) => boolean);

const everything = Object.fromEntries(actions.map((action) => [action, true])) as Record<
  Action,
  Grant
>;
const readOnly: Partial<Record<Action, Grant>> = {
  'channel:read': true,
  'user:read': true,
  'account:read': true,
  'activity:read-channels': true,
};

const grants: Record<Role, Partial<Record<Action, Grant>>> = {
  Admin: everything,
  Support: {
    ...readOnly,
    'activity:read-all': true,
    // Support resets passwords, but never an Admin's.
    'user:reset-password': (target) => !!target && !target.roles.includes('Admin'),
  },
  Viewer: readOnly,
};

export function can(subject: Subject | null | undefined, action: Action, target?: Target): boolean {
  if (!subject) return false;
  return subject.roles.some((role) => {
    const grant = grants[role][action];
    return grant === true || (typeof grant === 'function' && grant(target));
  });
}

/**
 * The roles that may do an action on anything it applies to, for the notes that tell a reader
 * who may change what their own role only reads, e.g. "Admin users can change this channel."
 */
export function rolesAllowedTo(action: Action): string[] {
  // The grants' own keys, in their order: the roles' schema would weigh on every first visit.
  return Object.entries(grants).flatMap(([role, granted]) =>
    granted[action] === true ? [role] : [],
  );
}

/** "Admin users", "Admin or Support users": who may do an action, for the page's copy. */
export function describeWhoMay(action: Action): string {
  const allowed = rolesAllowedTo(action);
  return `${new Intl.ListFormat('en', { type: 'disjunction' }).format(allowed)} users`;
}
