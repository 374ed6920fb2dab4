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
import { actorOf, requestIdOf } from '../hub-events';
import type { StoredAccount, StoredUser } from '../hub-state';
import type { MockHub } from '../mock-hub';
import { clientAddress } from '../attempt-limits';
import {
  dummyPasswordHash,
  hashPassword,
  hashSessionToken,
  randomHex,
  verifyPassword,
} from '../password-hash';

const WRONG_CREDENTIALS = 'The account, email or password is not right.';

function tooManyAttempts(seconds: number, message: string) {
  return errorResponse(429, 'too-many-attempts', message, undefined, {
    'Retry-After': String(seconds),
  });
}

export function createAuthHandlers(hub: MockHub) {
  // Names of sign-ups under way, by comparison key: a name is taken from the moment it is
  // checked, not only once the account is stored after the password hash.
  const namesBeingSignedUp = new Set<string>();
  const limits = hub.attemptLimits;

  /** 429 when the caller's address is over its limit; otherwise the attempt is counted. */
  function refuseBusyAddress(request: Request) {
    const wait = limits.admitAttempt(clientAddress(request), hub.now().getTime());
    return wait === null ? null : tooManyAttempts(wait, 'Too many attempts from this address.');
  }

  /** 429 when the account and email have failed too often lately. */
  function refuseLockedOut(key: string) {
    const wait = limits.lockedFor(key, hub.now().getTime());
    return wait === null
      ? null
      : tooManyAttempts(wait, 'Too many failed attempts for this account and email.');
  }

  function openSession(user: StoredUser, byApiKey = false) {
    const now = hub.now();
    const token = randomHex(32);
    const session = {
      tokenHash: hashSessionToken(token),
      userId: user.id,
      accountId: user.accountId,
      expiresAt: new Date(now.getTime() + SESSION_HOURS * 3_600_000).toISOString(),
      ...(byApiKey ? { byApiKey: true as const } : {}),
    };
    // Sessions past their time are dropped as new ones open, so the store does not grow forever.
    hub.state.sessions = [
      ...hub.state.sessions.filter((open) => Date.parse(open.expiresAt) > now.getTime()),
      session,
    ];
    user.lastSignInAt = now.toISOString();
    return { token, expiresAt: session.expiresAt };
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
    hub.events.record({
      accountId: account.id,
      actor: actorOf(user),
      type: 'account.created',
      resource: 'account',
      resourceId: account.id,
      resourceName: account.name,
      requestId: requestIdOf(request),
      changes: [],
    });
    hub.commit();
    return HttpResponse.json(
      { account: toApiAccount(account, request, true), user: toApiUser(user), session },
      { status: 201 },
    );
  }

  /**
   * A sign-in, a failed one or a lockout, in the history of the user tried; of the account when no
   * user has the email given. The password is never recorded.
   */
  function recordSignInEvent(
    request: Request,
    account: StoredAccount,
    user: StoredUser | undefined,
    type: 'user.signed-in' | 'user.sign-in-failed' | 'user.locked-out',
  ) {
    hub.events.record({
      accountId: account.id,
      actor: user ? actorOf(user) : { id: 'unknown', name: 'Unknown user' },
      type,
      ...(user
        ? { resource: 'user', resourceId: user.id, resourceName: actorOf(user).name }
        : { resource: 'account', resourceId: account.id, resourceName: account.name }),
      requestId: requestIdOf(request),
      changes: [],
    });
  }

  return [
    on(accountRoutes.signUp, async ({ request }) => {
      const busy = refuseBusyAddress(request);
      if (busy) return busy;
      const input = await readBody(request, accountRoutes.signUp.body);
      const attemptKey = JSON.stringify([
        'sign-up',
        entryKey(input.account),
        entryKey(input.email),
      ]);
      const lockedOut = refuseLockedOut(attemptKey);
      if (lockedOut) return lockedOut;
      const policy = checkPassword(input.password, input.email);
      if (!policy.ok) {
        limits.recordFailure(attemptKey, hub.now().getTime());
        return errorResponse(400, 'invalid', 'Some values are not valid.', {
          password: policy.reason,
        });
      }
      const nameKey = entryKey(input.account);
      const taken =
        namesBeingSignedUp.has(nameKey) ||
        hub.state.accounts.some((account) => entryKey(account.name) === nameKey);
      if (taken) {
        limits.recordFailure(attemptKey, hub.now().getTime());
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
      const busy = refuseBusyAddress(request);
      if (busy) return busy;
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
      // By account when it exists (by name and by API key alike), else by what was sent.
      const attemptKey = JSON.stringify([
        account?.id ??
          ('apiKey' in credentials ? credentials.apiKey : entryKey(credentials.account)),
        entryKey(credentials.email),
      ]);
      const lockedOut = refuseLockedOut(attemptKey);
      if (lockedOut) return lockedOut;
      // One hash run whoever asks: an unknown account or user takes as long as a wrong password.
      const valid = await verifyPassword(
        credentials.password,
        user?.passwordHash ?? dummyPasswordHash(),
      );
      if (!user?.passwordHash || !valid) {
        limits.recordFailure(attemptKey, hub.now().getTime());
        if (account) {
          const lockedOut = limits.lockedFor(attemptKey, hub.now().getTime()) !== null;
          recordSignInEvent(request, account, user, 'user.sign-in-failed');
          // The failure that starts a lockout: the attempts after it get 429 until it ends.
          if (lockedOut) recordSignInEvent(request, account, user, 'user.locked-out');
        }
        return errorResponse(401, 'wrong-credentials', WRONG_CREDENTIALS);
      }
      limits.recordSuccess(attemptKey);
      const session = openSession(user, 'apiKey' in credentials);
      if (account) recordSignInEvent(request, account, user, 'user.signed-in');
      hub.commit();
      return HttpResponse.json(session, { status: 201 });
    }),

    on(sessionRoutes.deleteToken, ({ request }) => {
      const tokenHash = hashSessionToken(bearerToken(request));
      hub.state.sessions = hub.state.sessions.filter((session) => session.tokenHash !== tokenHash);
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
      if (reveal) {
        authorize(caller, 'account:reveal-key');
        // Every way the key leaves the Hub in clear is an Admin's explicit Reveal (Copy, the
        // .cfg download and Verify all ask for it here): that is what the history records.
        hub.events.record({
          accountId: caller.account.id,
          actor: actorOf(caller.user),
          type: 'account.api-key-revealed',
          resource: 'account',
          resourceId: caller.account.id,
          resourceName: caller.account.name,
          requestId: requestIdOf(request),
          changes: [],
        });
      }
      return HttpResponse.json(toApiAccount(caller.account, request, reveal));
    }),

    on(accountRoutes.rotateApiKey, ({ request }) => {
      const caller = authenticate(hub, request);
      authorize(caller, 'account:rotate-key');
      const account = caller.account;
      account.apiKey = randomHex(16);
      account.apiKeyRotatedAt = hub.now().toISOString();
      // The old key stops at once: whoever signed in with it (a DMS) signs in again with the new.
      hub.state.sessions = hub.state.sessions.filter(
        (session) => !(session.accountId === account.id && session.byApiKey),
      );
      hub.events.record({
        accountId: account.id,
        actor: actorOf(caller.user),
        type: 'account.api-key-rotated',
        resource: 'account',
        resourceId: account.id,
        resourceName: account.name,
        requestId: requestIdOf(request),
        changes: [{ field: 'apiKey', changed: true }],
      });
      hub.commit();
      return HttpResponse.json(toApiAccount(account, request, true));
    }),
  ];
}
