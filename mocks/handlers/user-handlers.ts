import { http, HttpResponse } from 'msw';
import { z } from 'zod/mini';
import { roleSchema, userInputSchema, userUpdateSchema } from '../../src/api/user-schema';
import { checkPassword } from '../../src/lib/password-policy';
import {
  authenticate,
  checkVersion,
  createOnce,
  errorResponse,
  HUB,
  readBody,
  requireAdmin,
  toApiUser,
  uniqueKey,
  type Caller,
} from '../hub-http';
import type { StoredUser } from '../hub-state';
import type { MockHub } from '../mock-hub';
import { hashPassword, randomHex } from '../password-hash';

const byText = new Intl.Collator('en').compare;

const listParamsSchema = z.object({
  q: z.optional(z.string()),
  role: z.optional(roleSchema),
  page: z._default(z.coerce.number().check(z.int(), z.minimum(1)), 1),
  pageSize: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100)), 25),
});

export function createUserHandlers(hub: MockHub) {
  function findUser(caller: Caller, id: unknown) {
    const user = hub.state.users.find(
      (candidate) => candidate.id === id && candidate.accountId === caller.account.id,
    );
    if (!user) throw errorResponse(404, 'not-found', 'This user no longer exists.');
    return user;
  }

  function adminCount(accountId: string) {
    return hub.state.users.filter(
      (user) => user.accountId === accountId && user.roles.includes('Admin'),
    ).length;
  }

  return [
    http.get(`${HUB}/users`, ({ request }) => {
      const caller = authenticate(hub, request);
      const parsed = listParamsSchema.safeParse(
        Object.fromEntries(new URL(request.url).searchParams),
      );
      if (!parsed.success)
        return errorResponse(400, 'invalid', 'The list parameters are not valid.');
      const { q, role, page, pageSize } = parsed.data;
      const needle = q ? uniqueKey(q.trim()) : '';
      const items = hub.state.users
        .filter((user) => user.accountId === caller.account.id)
        .filter((user) => !role || user.roles.includes(role))
        .filter(
          (user) =>
            !needle ||
            uniqueKey(`${user.firstName} ${user.lastName}`).includes(needle) ||
            uniqueKey(user.email).includes(needle),
        )
        .sort((a, b) => byText(a.lastName, b.lastName) || byText(a.firstName, b.firstName));
      return HttpResponse.json({
        items: items.slice((page - 1) * pageSize, page * pageSize).map(toApiUser),
        total: items.length,
      });
    }),

    http.get(`${HUB}/users/:id`, ({ request, params }) => {
      const caller = authenticate(hub, request);
      return HttpResponse.json(toApiUser(findUser(caller, params.id)));
    }),

    http.post(`${HUB}/users`, ({ request }) =>
      createOnce(hub, request, async () => {
        const caller = authenticate(hub, request);
        requireAdmin(caller, 'add users');
        const input = await readBody(request, userInputSchema);
        const taken = hub.state.users.some(
          (user) =>
            user.accountId === caller.account.id &&
            uniqueKey(user.email) === uniqueKey(input.email),
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
        hub.commit();
        return HttpResponse.json(toApiUser(user), { status: 201 });
      }),
    ),

    http.put(`${HUB}/users/:id`, async ({ request, params }) => {
      const caller = authenticate(hub, request);
      requireAdmin(caller, 'edit users');
      const user = findUser(caller, params.id);
      checkVersion(request, user.version);
      const input = await readBody(request, userUpdateSchema);
      if (
        user.roles.includes('Admin') &&
        !input.roles.includes('Admin') &&
        adminCount(caller.account.id) === 1
      ) {
        return errorResponse(
          422,
          'last-admin',
          'The last Admin of the account keeps the Admin role.',
          {
            roles: 'The account needs at least one Admin; this is the last one.',
          },
        );
      }
      Object.assign(user, input, { version: user.version + 1 });
      hub.commit();
      return HttpResponse.json(toApiUser(user));
    }),

    http.delete(`${HUB}/users/:id`, ({ request, params }) => {
      const caller = authenticate(hub, request);
      requireAdmin(caller, 'delete users');
      const user = findUser(caller, params.id);
      if (user.id === caller.user.id) {
        return errorResponse(422, 'self-delete', 'You cannot delete yourself.');
      }
      if (user.roles.includes('Admin') && adminCount(caller.account.id) === 1) {
        return errorResponse(422, 'last-admin', 'The last Admin of the account cannot be deleted.');
      }
      hub.state.users = hub.state.users.filter((candidate) => candidate !== user);
      hub.state.sessions = hub.state.sessions.filter((session) => session.userId !== user.id);
      hub.commit();
      return new HttpResponse(null, { status: 204 });
    }),

    http.post(`${HUB}/users/:id/password`, async ({ request, params }) => {
      const caller = authenticate(hub, request);
      const user = findUser(caller, params.id);
      const mayReset =
        caller.role === 'Admin' || (caller.role === 'Support' && !user.roles.includes('Admin'));
      if (!mayReset) {
        return errorResponse(
          403,
          'forbidden',
          caller.role === 'Support'
            ? 'Support can reset the passwords of non-Admin users only.'
            : 'Only an Admin or Support can reset passwords.',
        );
      }
      const { password } = await readBody(request, z.object({ password: z.string() }));
      const policy = checkPassword(password, user.email);
      if (!policy.ok) {
        return errorResponse(400, 'invalid', 'The password does not meet the policy.', {
          password: policy.reason,
        });
      }
      user.passwordHash = await hashPassword(password);
      user.version += 1;
      hub.commit();
      return new HttpResponse(null, { status: 204 });
    }),
  ];
}
