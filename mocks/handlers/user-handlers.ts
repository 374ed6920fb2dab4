import { HttpResponse } from 'msw';
import { userRoutes } from '../../src/api/user-routes';
import { entryKey } from '../../src/lib/entry';
import { checkPassword } from '../../src/lib/password-policy';
import {
  authenticate,
  authorize,
  checkVersion,
  createOnce,
  errorResponse,
  on,
  readBody,
  readQuery,
  toApiUser,
  type Caller,
} from '../hub-http';
import { diffSettings } from '../../src/api/channel-config';
import { actorOf, requestIdOf, type NewEvent } from '../hub-events';
import type { UserListParams } from '../../src/api/user-schema';
import type { StoredUser } from '../hub-state';
import type { MockHub } from '../mock-hub';
import { hashPassword, randomHex } from '../password-hash';

const byText = new Intl.Collator('en').compare;
const byName = (a: StoredUser, b: StoredUser) =>
  byText(a.lastName, b.lastName) || byText(a.firstName, b.firstName) || byText(a.email, b.email);

/** The order of GET /users; users the key ranks equal stay in name order. */
function compareUsers(sort: UserListParams['sort']) {
  const direction = sort.startsWith('-') ? -1 : 1;
  const byKey = {
    name: byName,
    email: (a: StoredUser, b: StoredUser) => byText(a.email, b.email),
    // ISO timestamps sort as plain strings; never signed in is the oldest.
    lastSignInAt: (a: StoredUser, b: StoredUser) => {
      const [first, second] = [a.lastSignInAt ?? '', b.lastSignInAt ?? ''];
      return first < second ? -1 : first > second ? 1 : 0;
    },
  }[sort.replace(/^-/, '')];
  return (a: StoredUser, b: StoredUser) => direction * (byKey?.(a, b) ?? 0) || byName(a, b);
}

export function createUserHandlers(hub: MockHub) {
  function findUser(caller: Caller, id: unknown) {
    const user = hub.state.users.find(
      (candidate) => candidate.id === id && candidate.accountId === caller.account.id,
    );
    if (!user) throw errorResponse(404, 'not-found', 'This user no longer exists.');
    return user;
  }

  // SPEC §3: the account always keeps an Admin. A rule of the account, not a permission: it
  // holds whoever asks.
  const isAdmin = (user: Pick<StoredUser, 'roles'>) => user.roles.includes('Admin');
  function isLastAdmin(user: StoredUser) {
    return (
      isAdmin(user) &&
      hub.state.users.filter((other) => other.accountId === user.accountId && isAdmin(other))
        .length === 1
    );
  }

  /** An event about `user`, done by the caller in this request. */
  function userEvent(
    request: Request,
    caller: Caller,
    user: StoredUser,
    type: NewEvent['type'],
    changes: NewEvent['changes'] = [],
  ): NewEvent {
    return {
      accountId: caller.account.id,
      actor: actorOf(caller.user),
      type,
      resource: 'user',
      resourceId: user.id,
      resourceName: actorOf(user).name,
      requestId: requestIdOf(request),
      changes,
    };
  }

  return [
    on(userRoutes.listUsers, ({ request }) => {
      const caller = authenticate(hub, request);
      authorize(caller, 'user:read');
      const { q, role, sort, page, pageSize } = readQuery(request, userRoutes.listUsers.query);
      const needle = q ? entryKey(q) : '';
      const items = hub.state.users
        .filter((user) => user.accountId === caller.account.id)
        .filter((user) => !role || user.roles.includes(role))
        .filter(
          (user) =>
            !needle ||
            entryKey(`${user.firstName} ${user.lastName}`).includes(needle) ||
            entryKey(user.email).includes(needle),
        )
        .sort(compareUsers(sort));
      return HttpResponse.json({
        items: items.slice((page - 1) * pageSize, page * pageSize).map(toApiUser),
        total: items.length,
      });
    }),

    on(userRoutes.getUser, ({ request, params }) => {
      const caller = authenticate(hub, request);
      authorize(caller, 'user:read');
      return HttpResponse.json(toApiUser(findUser(caller, params.id)));
    }),

    on(userRoutes.createUser, ({ request }) => {
      const caller = authenticate(hub, request);
      authorize(caller, 'user:create');
      return createOnce(hub, request, caller, async () => {
        const input = await readBody(request, userRoutes.createUser.body);
        const taken = hub.state.users.some(
          (user) =>
            user.accountId === caller.account.id && entryKey(user.email) === entryKey(input.email),
        );
        if (taken) {
          return errorResponse(409, 'email-taken', 'A user with this email already exists.', {
            email: 'A user of this account already has this email.',
          });
        }
        const user: StoredUser = {
          id: randomHex(12),
          accountId: caller.account.id,
          ...input,
          lastSignInAt: null,
          passwordHash: null,
          version: 1,
        };
        hub.state.users.push(user);
        const { firstName, lastName, email, roles } = user;
        hub.events.record(
          userEvent(
            request,
            caller,
            user,
            'user.created',
            diffSettings(
              { firstName: null, lastName: null, email: null, roles: [] },
              {
                firstName,
                lastName,
                email,
                roles,
              },
            ),
          ),
        );
        hub.commit();
        return HttpResponse.json(toApiUser(user), { status: 201 });
      });
    }),

    on(userRoutes.updateUser, async ({ request, params }) => {
      const caller = authenticate(hub, request);
      authorize(caller, 'user:update');
      const user = findUser(caller, params.id);
      checkVersion(request, user.version);
      const input = await readBody(request, userRoutes.updateUser.body);
      if (isLastAdmin(user) && !isAdmin(input)) {
        return errorResponse(
          422,
          'last-admin',
          'The last Admin of the account keeps the Admin role.',
          {
            roles: 'The account needs at least one Admin; this is the last one.',
          },
        );
      }
      const before = { firstName: user.firstName, lastName: user.lastName, roles: user.roles };
      Object.assign(user, input, { version: user.version + 1 });
      const changes = diffSettings(before, {
        firstName: user.firstName,
        lastName: user.lastName,
        roles: user.roles,
      });
      const roleChanges = changes.filter((change) => change.field === 'roles');
      const nameChanges = changes.filter((change) => change.field !== 'roles');
      hub.events.record(
        ...(nameChanges.length > 0
          ? [userEvent(request, caller, user, 'user.updated', nameChanges)]
          : []),
        ...(roleChanges.length > 0
          ? [userEvent(request, caller, user, 'user.roles-changed', roleChanges)]
          : []),
      );
      hub.commit();
      return HttpResponse.json(toApiUser(user));
    }),

    on(userRoutes.deleteUser, ({ request, params }) => {
      const caller = authenticate(hub, request);
      authorize(caller, 'user:delete');
      const user = findUser(caller, params.id);
      // SPEC §3: nobody deletes themselves, whatever their role.
      if (user.id === caller.user.id) {
        return errorResponse(422, 'self-delete', 'You cannot delete yourself.');
      }
      // Only an Admin deletes, and not themselves: the user is never the last Admin here. The
      // check stays so the account keeps an Admin even if who may delete changes.
      // Stryker disable next-line ConditionalExpression,BlockStatement: unreachable today, see above
      if (isLastAdmin(user)) {
        return errorResponse(422, 'last-admin', 'The last Admin of the account cannot be deleted.');
      }
      hub.state.users = hub.state.users.filter((candidate) => candidate !== user);
      hub.state.sessions = hub.state.sessions.filter((session) => session.userId !== user.id);
      hub.events.record(userEvent(request, caller, user, 'user.deleted'));
      hub.commit();
      return new HttpResponse(null, { status: 204 });
    }),

    on(userRoutes.setUserPassword, async ({ request, params }) => {
      const caller = authenticate(hub, request);
      const user = findUser(caller, params.id);
      authorize(caller, 'user:reset-password', user);
      const { password } = await readBody(request, userRoutes.setUserPassword.body);
      const policy = checkPassword(password, user.email);
      if (!policy.ok) {
        return errorResponse(400, 'invalid', 'The password does not meet the policy.', {
          password: policy.reason,
        });
      }
      user.passwordHash = await hashPassword(password);
      user.version += 1;
      // Whoever signed in with the old password, a DMS included, signs in again.
      hub.state.sessions = hub.state.sessions.filter((session) => session.userId !== user.id);
      hub.events.record(
        userEvent(request, caller, user, 'user.password-reset', [
          { field: 'password', changed: true },
        ]),
      );
      hub.commit();
      return new HttpResponse(null, { status: 204 });
    }),
  ];
}
