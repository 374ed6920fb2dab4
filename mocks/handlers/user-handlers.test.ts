// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { User } from '../../src/api/user-schema';
import { setUpTestHub } from '../hub-test-client';
import { hashSessionToken } from '../password-hash';
import { DEMO_PASSWORD } from '../seed';

// The account rules of the users part of the mock Hub, where a second account could blur them.
const { call, signIn, hub } = setUpTestHub();
const ADMIN = 'admin@demo-corp.example';
const VIEWER = 'viewer@demo-corp.example';
const ADMIN_ID = 'ab0000000000000000000001';
const VIEWER_ID = 'ab0000000000000000000003';
const ACME_EMAIL = 'ada@acme.example';

/** A second account, whose only user is its Admin. */
async function signUpAcme() {
  const created = await call('POST', '/signup', {
    body: {
      account: 'Acme',
      firstName: 'Ada',
      lastName: 'Lovelace',
      email: ACME_EMAIL,
      password: 'analytical engine 1843',
      acceptLegalTerms: true,
    },
  });
  expect(created.status).toBe(201);
  return created.body.session.token as string;
}

async function readUser(token: string, id: string) {
  const result = await call('GET', `/users/${id}`, { token });
  expect(result.status).toBe(200);
  return result.body as User;
}

function putUser(token: string, user: User, changes: Partial<User> = {}) {
  const { firstName, lastName, roles } = { ...user, ...changes };
  return call('PUT', `/users/${user.id}`, {
    token,
    headers: { 'If-Match': `"${user.version}"` },
    body: { firstName, lastName, roles },
  });
}

describe('the mock Hub user deletion', () => {
  it('ends every session of the deleted user and only theirs', async () => {
    const admin = await signIn(ADMIN);
    await signIn(VIEWER);
    await signIn(VIEWER);
    const support = await signIn('support@demo-corp.example');
    const sessionsOf = (userId: string) =>
      hub().state.sessions.filter((session) => session.userId === userId);
    expect(sessionsOf(VIEWER_ID)).toHaveLength(2);
    const deleted = await call('DELETE', `/users/${VIEWER_ID}`, { token: admin });
    expect(deleted.status).toBe(204);
    expect(sessionsOf(VIEWER_ID)).toEqual([]);
    expect(
      hub()
        .state.sessions.map((session) => session.tokenHash)
        .sort(),
    ).toEqual([admin, support].map(hashSessionToken).sort());
    expect((await call('GET', `/users/${VIEWER_ID}`, { token: support })).status).toBe(404);
  });
});

describe('the mock Hub users of two accounts', () => {
  it('takes an email that a user of another account has', async () => {
    await signUpAcme();
    const admin = await signIn(ADMIN);
    const created = await call('POST', '/users', {
      token: admin,
      body: { firstName: 'Ada', lastName: 'Twin', email: ACME_EMAIL, roles: ['Support'] },
    });
    expect(created.status).toBe(201);
    expect(await readUser(admin, created.body.id)).toEqual({
      id: created.body.id,
      firstName: 'Ada',
      lastName: 'Twin',
      email: ACME_EMAIL,
      roles: ['Support'],
      lastSignInAt: null,
      hasPassword: false,
      version: 1,
    });
  });

  it('counts only the account’s own Admins when it keeps the last one', async () => {
    // Acme's Admin is an Admin too, of another account: the demo Admin is still the last one.
    await signUpAcme();
    const admin = await signIn(ADMIN);
    const ada = await readUser(admin, ADMIN_ID);
    const refused = await putUser(admin, ada, { roles: ['Support'] });
    expect(refused.status).toBe(422);
    expect(refused.body.error).toEqual({
      code: 'last-admin',
      message: 'The last Admin of the account keeps the Admin role.',
      fieldErrors: { roles: 'The account needs at least one Admin; this is the last one.' },
    });
    expect(await readUser(admin, ADMIN_ID)).toEqual(ada);
  });

  it('lets the last Admin change their names while keeping the Admin role', async () => {
    const admin = await signIn(ADMIN);
    const ada = await readUser(admin, ADMIN_ID);
    const saved = await putUser(admin, ada, { firstName: 'Adele', roles: ['Support', 'Admin'] });
    expect(saved.status).toBe(200);
    const expected = { ...ada, firstName: 'Adele', roles: ['Support', 'Admin'], version: 2 };
    expect(saved.body).toEqual(expected);
    expect(await readUser(admin, ADMIN_ID)).toEqual(expected);
  });

  it('answers 404 for a user of another account, whatever the call', async () => {
    const acme = await signUpAcme();
    const admin = await signIn(ADMIN);
    const viewer = await readUser(admin, VIEWER_ID);
    const calls = [
      call('GET', `/users/${VIEWER_ID}`, { token: acme }),
      putUser(acme, viewer, { firstName: 'Taken' }),
      call('DELETE', `/users/${VIEWER_ID}`, { token: acme }),
      call('POST', `/users/${VIEWER_ID}/password`, {
        token: acme,
        body: { password: 'a brand new password 7' },
      }),
    ];
    for (const result of await Promise.all(calls)) {
      expect(result.status).toBe(404);
      expect(result.body.error).toEqual({
        code: 'not-found',
        message: 'This user no longer exists.',
      });
    }
    // Nothing changed: the user, their password.
    expect(await readUser(admin, VIEWER_ID)).toEqual(viewer);
    await signIn(VIEWER, DEMO_PASSWORD);
  });

  it('refuses a password that is the user’s own email, on the password field', async () => {
    const admin = await signIn(ADMIN);
    const result = await call('POST', `/users/${VIEWER_ID}/password`, {
      token: admin,
      body: { password: VIEWER.toUpperCase() },
    });
    expect(result.status).toBe(400);
    expect(result.body.error).toEqual({
      code: 'invalid',
      message: 'The password does not meet the policy.',
      fieldErrors: { password: 'The password cannot be the email address' },
    });
    expect(await readUser(admin, VIEWER_ID)).toMatchObject({ version: 1, hasPassword: true });
  });
});
