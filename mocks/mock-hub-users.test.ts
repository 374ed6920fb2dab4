// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { setUpTestHub } from './hub-test-client';
import { DEMO_PASSWORD } from './seed';

// The Users part of the mock Hub over HTTP, as the console and any other client see it.
const ADMIN = 'admin@demo-corp.example';
const SUPPORT = 'support@demo-corp.example';
const VIEWER = 'viewer@demo-corp.example';
const ADMIN_ID = 'ab0000000000000000000001';
const SUPPORT_ID = 'ab0000000000000000000002';
const VIEWER_ID = 'ab0000000000000000000003';
const { call, signIn, hub } = setUpTestHub();

async function listEmails(token: string, query = '') {
  const result = await call('GET', `/users${query}`, { token });
  expect(result.status).toBe(200);
  return (result.body.items as { email: string }[]).map((user) => user.email);
}

const newUser = {
  firstName: 'Grace',
  lastName: 'Hopper',
  email: 'grace@demo-corp.example',
  roles: ['Viewer'],
};

describe('the mock Hub users', () => {
  it('lists the account’s users by last name, filtered by role and by name or email', async () => {
    const viewer = await signIn(VIEWER);
    expect(await listEmails(viewer)).toEqual([ADMIN, SUPPORT, VIEWER]);
    expect(await listEmails(viewer, '?role=Support')).toEqual([SUPPORT]);
    expect(await listEmails(viewer, '?q=%20VAL%20VIEW%20')).toEqual([VIEWER]);
    expect(await listEmails(viewer, '?q=support@demo')).toEqual([SUPPORT]);
    expect(await listEmails(viewer, '?q=nobody')).toEqual([]);
    const page = await call('GET', '/users?page=2&pageSize=2', { token: viewer });
    expect(page.body.total).toBe(3);
    expect(page.body.items.map((user: { email: string }) => user.email)).toEqual([VIEWER]);
  });

  it('sorts by first name within the same last name', async () => {
    const admin = await signIn(ADMIN);
    for (const firstName of ['Zoe', 'Abe']) {
      const created = await call('POST', '/users', {
        token: admin,
        body: {
          ...newUser,
          firstName,
          lastName: 'Support',
          email: `${firstName}@demo-corp.example`,
        },
      });
      expect(created.status).toBe(201);
    }
    expect(await listEmails(admin, '?q=support')).toEqual([
      'Abe@demo-corp.example',
      SUPPORT,
      'Zoe@demo-corp.example',
    ]);
  });

  it('sorts by name, email or last sign-in either way, never signed in counting as oldest', async () => {
    const viewer = await signIn(VIEWER);
    hub().advanceClock(60_000);
    const admin = await signIn(ADMIN);
    const zed = 'zed@demo-corp.example';
    const created = await call('POST', '/users', {
      token: admin,
      body: { ...newUser, firstName: 'Zed', lastName: 'Aardvark', email: zed },
    });
    expect(created.status).toBe(201);
    expect(await listEmails(viewer, '?sort=name')).toEqual([zed, ADMIN, SUPPORT, VIEWER]);
    expect(await listEmails(viewer, '?sort=-name')).toEqual([VIEWER, SUPPORT, ADMIN, zed]);
    expect(await listEmails(viewer, '?sort=email')).toEqual([ADMIN, SUPPORT, VIEWER, zed]);
    expect(await listEmails(viewer, '?sort=-email')).toEqual([zed, VIEWER, SUPPORT, ADMIN]);
    // Who never signed in ties, in name order.
    expect(await listEmails(viewer, '?sort=-lastSignInAt')).toEqual([ADMIN, VIEWER, zed, SUPPORT]);
    expect(await listEmails(viewer, '?sort=lastSignInAt')).toEqual([zed, SUPPORT, VIEWER, ADMIN]);
  });

  it.each([
    '?sort=role',
    '?page=0',
    '?page=abc',
    '?pageSize=',
    '?pageSize=101',
    '?pageSize=0',
    '?page=1.5',
    '?role=Owner',
  ])('refuses the list parameters %s', async (query) => {
    const result = await call('GET', `/users${query}`, { token: await signIn(VIEWER) });
    expect(result.status).toBe(400);
    expect(result.body.error.code).toBe('invalid');
  });

  it('accepts a page size of 100', async () => {
    const result = await call('GET', '/users?pageSize=100', { token: await signIn(VIEWER) });
    expect(result.status).toBe(200);
    expect(result.body.items).toHaveLength(3);
  });

  it('needs a session for every users call', async () => {
    expect((await call('GET', '/users')).status).toBe(401);
    expect((await call('POST', '/users', { body: newUser })).status).toBe(401);
  });

  it('lets an Admin add a user, once per email in any case', async () => {
    const admin = await signIn(ADMIN);
    const created = await call('POST', '/users', { token: admin, body: newUser });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      ...newUser,
      lastSignInAt: null,
      hasPassword: false,
      version: 1,
    });
    expect(created.body.id).toMatch(/^[0-9a-f]{24}$/);
    expect(await listEmails(admin, '?q=grace')).toEqual([newUser.email]);

    const again = await call('POST', '/users', {
      token: admin,
      body: { ...newUser, email: 'GRACE@Demo-Corp.example' },
    });
    expect(again.status).toBe(409);
    expect(again.body.error.fieldErrors).toEqual({
      email: 'A user of this account already has this email.',
    });
  });

  it('answers a repeated create with the same Idempotency-Key with the first user', async () => {
    const admin = await signIn(ADMIN);
    const headers = { 'Idempotency-Key': 'add-grace-1' };
    const first = await call('POST', '/users', { token: admin, body: newUser, headers });
    const second = await call('POST', '/users', { token: admin, body: newUser, headers });
    expect(second).toEqual(first);
    expect(await listEmails(admin, '?q=grace')).toHaveLength(1);
  });

  it('refuses invalid users with field errors', async () => {
    const result = await call('POST', '/users', {
      token: await signIn(ADMIN),
      body: { ...newUser, email: 'grace@', roles: [] },
    });
    expect(result.status).toBe(400);
    expect(Object.keys(result.body.error.fieldErrors).sort()).toEqual(['email', 'roles']);
  });

  it.each([SUPPORT, VIEWER])(
    'lets only an Admin add, edit or delete users, not %s',
    async (email) => {
      const token = await signIn(email);
      const add = await call('POST', '/users', { token, body: newUser });
      expect(add.status).toBe(403);
      expect(add.body.error.message).toBe('Your role does not allow you to add users.');
      const edit = await call('PUT', `/users/${VIEWER_ID}`, {
        token,
        body: { firstName: 'V', lastName: 'V', roles: ['Admin'] },
        headers: { 'If-Match': '"1"' },
      });
      expect(edit.status).toBe(403);
      const remove = await call('DELETE', `/users/${VIEWER_ID}`, { token });
      expect(remove.status).toBe(403);
      expect(await listEmails(token)).toEqual([ADMIN, SUPPORT, VIEWER]);
    },
  );

  it('edits a user at the version the client read, and counts the version up', async () => {
    const admin = await signIn(ADMIN);
    const update = { firstName: 'Valerie', lastName: 'Viewer', roles: ['Support'] };
    const missing = await call('PUT', `/users/${VIEWER_ID}`, { token: admin, body: update });
    expect(missing.status).toBe(428);
    const stale = await call('PUT', `/users/${VIEWER_ID}`, {
      token: admin,
      body: update,
      headers: { 'If-Match': '"2"' },
    });
    expect(stale.status).toBe(412);
    const saved = await call('PUT', `/users/${VIEWER_ID}`, {
      token: admin,
      body: update,
      headers: { 'If-Match': '"1"' },
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ ...update, email: VIEWER, version: 2 });
    expect(await listEmails(admin, '?role=Support')).toEqual([SUPPORT, VIEWER]);
  });

  it('answers 404 for a user of no account or of another one', async () => {
    const admin = await signIn(ADMIN);
    const unknown = await call('DELETE', '/users/ffffffffffffffffffffffff', { token: admin });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toBe('This user no longer exists.');
  });

  it('keeps the last Admin an Admin, and lets a second Admin step down', async () => {
    const admin = await signIn(ADMIN);
    const demote = { firstName: 'Ada', lastName: 'Admin', roles: ['Viewer'] };
    const refused = await call('PUT', `/users/${ADMIN_ID}`, {
      token: admin,
      body: demote,
      headers: { 'If-Match': '"1"' },
    });
    expect(refused.status).toBe(422);
    expect(refused.body.error.fieldErrors).toEqual({
      roles: 'The account needs at least one Admin; this is the last one.',
    });

    const promoted = await call('PUT', `/users/${SUPPORT_ID}`, {
      token: admin,
      body: { firstName: 'Sam', lastName: 'Support', roles: ['Support', 'Admin'] },
      headers: { 'If-Match': '"1"' },
    });
    expect(promoted.status).toBe(200);
    const steppedDown = await call('PUT', `/users/${ADMIN_ID}`, {
      token: admin,
      body: demote,
      headers: { 'If-Match': '"1"' },
    });
    expect(steppedDown.status).toBe(200);
    expect(await listEmails(admin, '?role=Admin')).toEqual([SUPPORT]);
  });

  it('deletes a user and ends their sessions, but never oneself or the last Admin', async () => {
    const admin = await signIn(ADMIN);
    const viewer = await signIn(VIEWER);
    const self = await call('DELETE', `/users/${ADMIN_ID}`, { token: admin });
    expect(self.status).toBe(422);
    expect(self.body.error.code).toBe('self-delete');

    const deleted = await call('DELETE', `/users/${VIEWER_ID}`, { token: admin });
    expect(deleted.status).toBe(204);
    expect(await listEmails(admin)).toEqual([ADMIN, SUPPORT]);
    expect((await call('GET', '/users', { token: viewer })).status).toBe(401);

    // A second Admin may delete the first, but not the one left after that.
    await call('PUT', `/users/${SUPPORT_ID}`, {
      token: admin,
      body: { firstName: 'Sam', lastName: 'Support', roles: ['Admin'] },
      headers: { 'If-Match': '"1"' },
    });
    const second = await signIn(SUPPORT);
    const firstAdmin = await call('DELETE', `/users/${ADMIN_ID}`, { token: second });
    expect(firstAdmin.status).toBe(204);
    expect(await listEmails(second)).toEqual([SUPPORT]);
  });

  describe('password resets', () => {
    const password = 'a brand new password 7';

    it('lets an Admin set anyone’s password, which then signs in', async () => {
      const admin = await signIn(ADMIN);
      const result = await call('POST', `/users/${SUPPORT_ID}/password`, {
        token: admin,
        body: { password },
      });
      expect(result.status).toBe(204);
      await signIn(SUPPORT, password);
      const wrong = await call('POST', '/auth/token', {
        body: { account: 'Demo Corp', email: SUPPORT, password: DEMO_PASSWORD },
      });
      expect(wrong.status).toBe(401);
    });

    it('counts the user’s version up and marks that they have a password', async () => {
      const admin = await signIn(ADMIN);
      const created = await call('POST', '/users', { token: admin, body: newUser });
      await call('POST', `/users/${created.body.id}/password`, {
        token: admin,
        body: { password },
      });
      const listed = await call('GET', '/users?q=grace', { token: admin });
      expect(listed.body.items[0]).toMatchObject({ hasPassword: true, version: 2 });
    });

    it('lets Support reset non-Admins only', async () => {
      const support = await signIn(SUPPORT);
      const viewer = await call('POST', `/users/${VIEWER_ID}/password`, {
        token: support,
        body: { password },
      });
      expect(viewer.status).toBe(204);
      const admin = await call('POST', `/users/${ADMIN_ID}/password`, {
        token: support,
        body: { password },
      });
      expect(admin.status).toBe(403);
      expect(admin.body.error.message).toBe(
        "Your role does not allow you to reset this user's password.",
      );
      await signIn(ADMIN);
    });

    it('refuses a Viewer', async () => {
      const result = await call('POST', `/users/${SUPPORT_ID}/password`, {
        token: await signIn(VIEWER),
        body: { password },
      });
      expect(result.status).toBe(403);
      expect(result.body.error.message).toBe(
        "Your role does not allow you to reset this user's password.",
      );
      await signIn(SUPPORT);
    });

    it('refuses a password the policy refuses, and says why on the field', async () => {
      const result = await call('POST', `/users/${VIEWER_ID}/password`, {
        token: await signIn(ADMIN),
        body: { password: 'short' },
      });
      expect(result.status).toBe(400);
      expect(result.body.error.fieldErrors.password).toMatch(/12 characters/);
      await signIn(VIEWER);
    });
  });
});

describe('a password reset', () => {
  it("ends that user's sessions and no one else's", async () => {
    const admin = await signIn(ADMIN);
    const viewer = await signIn(VIEWER);
    const users = await call('GET', '/users?q=viewer', { token: admin });
    const viewerId = users.body.items[0].id as string;
    const reset = await call('POST', `/users/${viewerId}/password`, {
      token: admin,
      body: { password: 'a brand new password 2026' },
    });
    expect(reset.status).toBe(204);
    expect((await call('GET', '/me', { token: viewer })).status).toBe(401);
    expect((await call('GET', '/me', { token: admin })).status).toBe(200);
    expect(
      (await call('GET', '/me', { token: await signIn(VIEWER, 'a brand new password 2026') }))
        .status,
    ).toBe(200);
  });
});
