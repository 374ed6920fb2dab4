import { HttpResponse } from 'msw';
import { accountRoutes } from '../../src/api/account-routes';
import type { SignupInput } from '../../src/api/account-schema';
import { sessionRoutes } from '../../src/api/session-routes';
import { entryKey } from '../../src/lib/entry';
import { checkPassword } from '../../src/lib/password-policy';
import {
  authenticate,
  authorize,
  bearerToken,
  errorResponse,
  on,
  readBody,
  SESSION_HOURS,
  toApiAccount,
  toApiUser,
} from '../hub-http';
import type { StoredUser } from '../hub-state';
import type { MockHub } from '../mock-hub';
import { hashPassword, randomHex, verifyPassword } from '../password-hash';

const WRONG_CREDENTIALS = 'The account, email or password is not right.';

export function createAuthHandlers(hub: MockHub) {
  // Names of sign-ups under way, by comparison key: a name is taken from the moment it is
  // checked, not only once the account is stored after the password hash.
  const namesBeingSignedUp = new Set<string>();

  function openSession(user: StoredUser) {
    const now = hub.now();
    const session = {
      token: randomHex(32),
      userId: user.id,
      accountId: user.accountId,
      expiresAt: new Date(now.getTime() + SESSION_HOURS * 3_600_000).toISOString(),
    };
    // Sessions past their time are dropped as new ones open, so the store does not grow forever.
    hub.state.sessions = [
      ...hub.state.sessions.filter((open) => Date.parse(open.expiresAt) > now.getTime()),
      session,
    ];
    user.lastSignInAt = now.toISOString();
    return { token: session.token, expiresAt: session.expiresAt };
  }

  async function createAccount(input: SignupInput, request: Request) {
    const now = hub.now().toISOString();
    const account = {
      id: randomHex(12),
      name: input.account,
      apiKey: randomHex(16),
      createdAt: now,
    };
    const user: StoredUser = {
      id: randomHex(12),
      accountId: account.id,
      firstName: input.firstName,
      lastName: input.lastName,
      email: input.email,
      roles: ['Admin'],
      lastSignInAt: null,
      passwordHash: await hashPassword(input.password),
      version: 1,
    };
    hub.state.accounts.push(account);
    hub.state.users.push(user);
    const session = openSession(user);
    hub.commit();
    return HttpResponse.json(
      { account: toApiAccount(account, request, true), user: toApiUser(user), session },
      { status: 201 },
    );
  }

  return [
    on(accountRoutes.signUp, async ({ request }) => {
      const input = await readBody(request, accountRoutes.signUp.body);
      const policy = checkPassword(input.password, input.email);
      if (!policy.ok) {
        return errorResponse(400, 'invalid', 'Some values are not valid.', {
          password: policy.reason,
        });
      }
      const nameKey = entryKey(input.account);
      const taken =
        namesBeingSignedUp.has(nameKey) ||
        hub.state.accounts.some((account) => entryKey(account.name) === nameKey);
      if (taken) {
        return errorResponse(409, 'account-name-taken', 'This account name is already taken.', {
          account: 'This account name is already taken; choose another.',
        });
      }
      namesBeingSignedUp.add(nameKey);
      try {
        return await createAccount(input, request);
      } finally {
        namesBeingSignedUp.delete(nameKey);
      }
    }),

    on(sessionRoutes.createToken, async ({ request }) => {
      const credentials = await readBody(request, sessionRoutes.createToken.body);
      const account = hub.state.accounts.find((candidate) =>
        'apiKey' in credentials
          ? candidate.apiKey === credentials.apiKey
          : entryKey(candidate.name) === entryKey(credentials.account),
      );
      const user = hub.state.users.find(
        (candidate) =>
          candidate.accountId === account?.id &&
          entryKey(candidate.email) === entryKey(credentials.email),
      );
      const valid = user?.passwordHash
        ? await verifyPassword(credentials.password, user.passwordHash)
        : false;
      if (!user || !valid) return errorResponse(401, 'wrong-credentials', WRONG_CREDENTIALS);
      const session = openSession(user);
      hub.commit();
      return HttpResponse.json(session, { status: 201 });
    }),

    on(sessionRoutes.deleteToken, ({ request }) => {
      const token = bearerToken(request);
      hub.state.sessions = hub.state.sessions.filter((session) => session.token !== token);
      hub.commit();
      return new HttpResponse(null, { status: 204 });
    }),

    on(accountRoutes.readMe, ({ request }) => {
      const caller = authenticate(hub, request);
      return HttpResponse.json({
        user: toApiUser(caller.user),
        role: caller.role,
        accountName: caller.account.name,
      });
    }),

    on(accountRoutes.readAccount, ({ request }) => {
      const caller = authenticate(hub, request);
      authorize(caller, 'account:read');
      const reveal = new URL(request.url).searchParams.get('reveal') === 'apiKey';
      if (reveal) authorize(caller, 'account:reveal-key');
      return HttpResponse.json(toApiAccount(caller.account, request, reveal));
    }),
  ];
}
