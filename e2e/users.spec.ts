import { callHub, DEMO, expect, mockHub, test } from './fixtures';
import type { Page } from '@playwright/test';

/** Opens "New User" from "+Add User" on the Users page. */
/** The Hub's answer status to the signed-in user, bypassing the UI (If-Match "1"). */
const hubStatus = async (page: Page, method: string, path: string, body?: unknown) =>
  (await callHub(page, method, path, body, 1)).status;

async function openNewUser(page: Page) {
  await page.getByRole('button', { name: '+Add User' }).click();
  return page.getByRole('dialog', { name: 'New User' });
}

async function openUsers(page: Page) {
  await page.getByRole('link', { name: 'Users' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Ada Admin/ })).toBeVisible();
}

test.describe('users', () => {
  test('guide step 6: add an Admin for DMS, reset its password, and sign in with it', async ({
    page,
    context,
    signInAs,
    expectNoAxeViolations,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await signInAs('Admin');
    await openUsers(page);
    await expectNoAxeViolations('Users');

    const dialog = await openNewUser(page);
    await expect(dialog.getByLabel('First Name')).toBeFocused();
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect(dialog.getByLabel('First Name')).toHaveAccessibleDescription('Enter first name');
    await expect(dialog.getByText('Choose at least one role')).toBeVisible();
    await expectNoAxeViolations('New User with errors');

    await dialog.getByLabel('First Name').fill('Genesys1');
    await dialog.getByLabel('Last Name').fill('admin');
    await dialog.getByLabel('Email').fill('dms@demo-corp.example');
    await dialog.getByRole('checkbox', { name: 'Admin' }).check();
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect(dialog).toBeHidden();
    const row = page.getByRole('row', { name: /Genesys1 admin/ });
    await expect(row).toContainText('dms@demo-corp.example');
    await expect(row).toContainText('No password yet');

    await chooseRowAction(page, 'Genesys1 admin', 'Reset Password');
    const reset = page.getByRole('dialog', { name: 'Reset Password of Genesys1 admin' });
    await reset.getByLabel('New password', { exact: true }).fill('short');
    await expect(reset.getByLabel('New password', { exact: true })).toHaveAccessibleDescription(
      /Use at least 12 characters \(7 more\)/,
    );
    await reset.getByRole('button', { name: 'Generate' }).click();
    const password = await reset.getByLabel('New password', { exact: true }).inputValue();
    expect(password).toHaveLength(20);
    await expect(reset.getByLabel('Confirm new password')).toHaveValue(password);
    await reset.getByRole('button', { name: 'Copy new password' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(password);
    await expectNoAxeViolations('Reset Password');
    await reset.getByRole('button', { name: 'Reset Password' }).click();
    await expect(reset.getByText('The new password is set')).toBeVisible();
    await expect(reset.getByText(/is signed out and must sign in again/)).toBeVisible();
    await expect(reset).toContainText('password option');
    await reset.getByRole('button', { name: 'Done' }).click();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('Account name').fill(DEMO.account);
    await page.getByLabel('Email').fill('DMS@demo-corp.example');
    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('banner')).toContainText('Genesys1 admin · Admin');
  });

  test('bad input on New User gets clear messages and names show as text', async ({
    page,
    signInAs,
  }) => {
    await signInAs('Admin');
    await openUsers(page);
    const dialog = await openNewUser(page);
    await dialog.getByLabel('First Name').fill('   ');
    await dialog.getByLabel('Last Name').fill('x'.repeat(10_000));
    await dialog.getByLabel('Email').fill('not an email');
    await dialog.getByRole('checkbox', { name: 'Viewer' }).check();
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect(dialog.getByLabel('First Name')).toHaveAccessibleDescription('Enter first name');
    await expect(dialog.getByLabel('Last Name')).toHaveAccessibleDescription(
      'Last Name can have at most 100 characters',
    );
    await expect(dialog.getByLabel('Email')).toHaveAccessibleDescription(/Enter a valid email/);

    await dialog.getByLabel('First Name').fill('<b>Bold</b><script>alert(1)</script>');
    await dialog.getByLabel('Last Name').fill('שלום 🙂');
    await dialog.getByLabel('Email').fill('SUPPORT@Demo-Corp.example');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect(dialog.getByLabel('Email')).toHaveAccessibleDescription(
      'A user of this account already has this email.',
    );
    await dialog.getByLabel('Email').fill('new.viewer@demo-corp.example');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect(dialog).toBeHidden();
    await expect(
      page.getByRole('rowheader', { name: '<b>Bold</b><script>alert(1)</script> שלום 🙂' }),
    ).toBeVisible();
  });

  test('roles: Support resets non-Admin passwords only, Viewer only reads, the Hub enforces it', async ({
    page,
    signInAs,
  }) => {
    const adminId = 'ab0000000000000000000001';
    const viewerId = 'ab0000000000000000000003';

    await signInAs('Viewer');
    await openUsers(page);
    await expect(page.getByText('Your role, Viewer, can read users only.')).toBeVisible();
    await expect(page.getByRole('button', { name: /Reset Password/ })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Actions for/ })).toHaveCount(0);
    expect(
      await hubStatus(page, 'POST', `/users/${viewerId}/password`, {
        password: 'long enough pass 1',
      }),
    ).toBe(403);
    expect(
      await hubStatus(page, 'PUT', `/users/${viewerId}`, {
        firstName: 'A',
        lastName: 'B',
        roles: ['Admin'],
      }),
    ).toBe(403);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await signInAs('Support');
    await openUsers(page);
    await expect(page.getByText('Your role, Support, can read users')).toBeVisible();
    await expect(page.getByRole('button', { name: '+Add User' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Edit/ })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Delete/ })).toHaveCount(0);
    // Support's one action, Reset Password, is the row's button: no row has a menu.
    await expect(page.getByRole('button', { name: /^Actions for/ })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Reset Password of Ada Admin' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Reset Password of Val Viewer' })).toBeVisible();
    expect(
      await hubStatus(page, 'POST', `/users/${adminId}/password`, {
        password: 'long enough pass 1',
      }),
    ).toBe(403);
    expect(
      await hubStatus(page, 'POST', `/users/${viewerId}/password`, {
        password: 'long enough pass 1',
      }),
    ).toBe(204);
    expect(
      await hubStatus(page, 'POST', '/users', {
        firstName: 'A',
        lastName: 'B',
        email: 'a@b.example',
        roles: ['Viewer'],
      }),
    ).toBe(403);
    expect(await hubStatus(page, 'DELETE', `/users/${viewerId}`)).toBe(403);
    expect(await hubStatus(page, 'GET', '/account?reveal=apiKey')).toBe(403);
    // A 403 never signs the user out.
    expect(await hubStatus(page, 'GET', '/me')).toBe(200);
  });

  test('an Admin deletes another user after confirming', async ({
    page,
    signInAs,
    expectNoAxeViolations,
  }) => {
    await signInAs('Admin');
    await openUsers(page);
    await chooseRowAction(page, 'Val Viewer', 'Delete');
    const dialog = page.getByRole('dialog', { name: 'Delete Val Viewer?' });
    await expect(dialog).toContainText('viewer@demo-corp.example');
    await expectNoAxeViolations('Delete user');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('row', { name: /Val Viewer/ })).toBeVisible();
    await chooseRowAction(page, 'Val Viewer', 'Delete');
    await dialog.getByRole('button', { name: 'Delete user' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('row', { name: /Val Viewer/ })).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole('row', { name: /Sam Support/ })).toBeVisible();
    await expect(page.getByRole('row', { name: /Val Viewer/ })).toHaveCount(0);
  });

  test('the last Admin cannot demote or delete itself', async ({
    page,
    signInAs,
    expectNoAxeViolations,
  }) => {
    await signInAs('Admin');
    await openUsers(page);
    await page.getByRole('button', { name: 'Actions for Ada Admin' }).click();
    await expect(page.getByRole('menuitem', { name: 'Reset Password' })).toBeVisible();
    await expect(page.getByRole('menuitem', { name: 'Delete' })).toHaveCount(0);
    await expectNoAxeViolations('row menu');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: 'Actions for Ada Admin' })).toBeFocused();
    expect(await hubStatus(page, 'DELETE', '/users/ab0000000000000000000001')).toBe(422);
    await page.getByRole('button', { name: 'Edit Ada Admin' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit Ada Admin' });
    await dialog.getByRole('checkbox', { name: 'Admin' }).uncheck();
    await dialog.getByRole('checkbox', { name: 'Viewer' }).check();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(
      dialog.getByText('The account needs at least one Admin; this is the last one.'),
    ).toBeVisible();
    await expectNoAxeViolations('Edit user with a Hub error');
  });

  test('search and role filter live in the URL and survive a reload', async ({
    page,
    signInAs,
  }) => {
    await signInAs('Admin');
    await openUsers(page);
    await page.getByLabel('Role').selectOption('Support');
    await expect(page).toHaveURL(/role=Support/);
    await expect(page.getByRole('row', { name: /Sam Support/ })).toBeVisible();
    await expect(page.getByRole('row', { name: /Ada Admin/ })).toHaveCount(0);
    await page.getByLabel('Role').selectOption('');
    await page.getByLabel('Search users').fill('VIEWER@');
    await expect(page).toHaveURL(/q=VIEWER%40/);
    await page.reload();
    await expect(page.getByLabel('Search users')).toHaveValue('VIEWER@');
    await expect(page.getByRole('row', { name: /Val Viewer/ })).toBeVisible();
    await expect(page.getByRole('row', { name: /Ada Admin/ })).toHaveCount(0);
    await page.getByLabel('Search users').fill('nobody at all');
    await expect(page.getByText('No users match')).toBeVisible();
  });

  test('the list sorts by its headers, kept in the URL', async ({ page, signInAs }) => {
    await signInAs('Admin');
    await openUsers(page);
    const names = () => page.getByRole('row').locator('th[scope="row"]').allInnerTexts();
    const header = (name: string) => page.getByRole('columnheader', { name });
    await expect(header('Name')).toHaveAttribute('aria-sort', 'ascending');
    await expect.poll(names).toEqual(['Ada Admin', 'Sam Support', 'Val Viewer']);

    await header('Email').getByRole('button').click();
    await expect(header('Email')).toHaveAttribute('aria-sort', 'ascending');
    await header('Email').getByRole('button').click();
    await expect(page).toHaveURL(/[?&]sort=-email\b/);
    await expect(header('Email')).toHaveAttribute('aria-sort', 'descending');
    await expect(header('Name')).not.toHaveAttribute('aria-sort');
    await expect.poll(names).toEqual(['Val Viewer', 'Sam Support', 'Ada Admin']);

    // Last sign-in sorts the most recent first; only the Admin has signed in.
    await header('Last sign-in').getByRole('button').click();
    await expect(page).toHaveURL(/[?&]sort=-lastSignInAt\b/);
    await page.reload();
    await expect(header('Last sign-in')).toHaveAttribute('aria-sort', 'descending');
    await expect.poll(names).toEqual(['Ada Admin', 'Sam Support', 'Val Viewer']);
    await header('Last sign-in').getByRole('button').click();
    await expect(header('Last sign-in')).toHaveAttribute('aria-sort', 'ascending');
    await expect.poll(names).toEqual(['Sam Support', 'Val Viewer', 'Ada Admin']);
  });

  test('an expired session mid-form opens sign-in over the page and keeps the typing', async ({
    page,
    signInAs,
    expectNoAxeViolations,
  }) => {
    await signInAs('Admin');
    await openUsers(page);
    const form = await openNewUser(page);
    await form.getByLabel('First Name').fill('Grace');
    await mockHub(page).expireSession();
    await form.getByLabel('Last Name').fill('Hopper');
    await form.getByLabel('Email').fill('grace@demo-corp.example');
    await form.getByRole('checkbox', { name: 'Support' }).check();
    await form.getByRole('button', { name: 'Create' }).click();

    const signIn = page.getByRole('dialog', { name: 'Your session has ended' });
    await expect(signIn).toBeVisible();
    await expect(signIn.getByLabel('Password', { exact: true })).toBeFocused();
    await expectNoAxeViolations('re-authentication dialog');
    await signIn.getByLabel('Password', { exact: true }).fill('wrong password 1');
    await signIn.getByRole('button', { name: 'Sign in' }).click();
    await expect(signIn.getByRole('alert')).toHaveText('The password is not right.');
    await expect(form.getByLabel('Last Name')).toHaveValue('Hopper');

    await signIn.getByLabel('Password', { exact: true }).fill(DEMO.password);
    await signIn.getByRole('button', { name: 'Sign in' }).click();
    await expect(signIn).toBeHidden();
    // The failed Create was retried after sign-in: the user exists once.
    await expect(form).toBeHidden();
    await expect(page.getByRole('row', { name: /Grace Hopper/ })).toHaveCount(1);
  });

  test('a transient 500 on load is retried and the list appears without a reload', async ({
    page,
    signInAs,
  }) => {
    await signInAs('Admin');
    await mockHub(page).failNextRequest('server-error');
    await page.getByRole('link', { name: 'Users' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
    await expect(page.getByRole('row', { name: /Ada Admin/ })).toBeVisible();
    expect(await page.evaluate(() => window.mockHub!.status().nextFault)).toBeNull();
  });

  test('a load that keeps failing says so and recovers with Try again', async ({
    page,
    signInAs,
  }) => {
    await signInAs('Admin');
    await page.evaluate(() => {
      // Fail every answer until told otherwise: arm a fault again after each request.
      const hub = window.mockHub!;
      hub.failNextRequest('network');
      const timer = setInterval(() => {
        if (!hub.status().nextFault) hub.failNextRequest('network');
      }, 5);
      (window as unknown as { stopFaults: () => void }).stopFaults = () => {
        clearInterval(timer);
        hub.failNextRequest(null);
      };
    });
    await page.getByRole('link', { name: 'Users' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'The users could not be loaded' });
    await expect(alert).toContainText('The Hub could not be reached. Check your connection');
    await page.evaluate(() => (window as unknown as { stopFaults: () => void }).stopFaults());
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('row', { name: /Ada Admin/ })).toBeVisible();
  });

  test('a concurrent edit of a user is caught: reload theirs, or overwrite with mine', async ({
    page,
    signInAs,
  }) => {
    const supportId = 'ab0000000000000000000002';
    await signInAs('Admin');
    await openUsers(page);
    await page.getByRole('button', { name: 'Edit Sam Support' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit Sam Support' });
    const rename = { firstName: 'Samuel', lastName: 'Support', roles: ['Support'] };
    expect(await hubStatus(page, 'PUT', `/users/${supportId}`, rename)).toBe(200);
    await dialog.getByLabel('First Name').fill('Sammy');
    await dialog.getByRole('button', { name: 'Save' }).click();
    const conflict = dialog.getByRole('alert').filter({ hasText: 'Someone else saved this user' });
    await expect(conflict).toBeVisible();
    await expect(dialog.getByLabel('First Name')).toHaveValue('Sammy');
    await conflict.getByRole('button', { name: 'Reload their version' }).click();
    await expect(dialog.getByLabel('First Name')).toHaveValue('Samuel');

    await dialog.getByLabel('Last Name').fill('Supporter');
    await dialog.getByRole('checkbox', { name: 'Viewer' }).check();
    await page.evaluate(async (id) => {
      const token = JSON.parse(sessionStorage.getItem('hub-console.session') ?? '{}').token;
      await fetch(`/api/v2.0/users/${id}`, {
        method: 'PUT',
        headers: {
          Authorization: `Bearer ${token}`,
          'Content-Type': 'application/json',
          'If-Match': '"2"',
        },
        body: JSON.stringify({ firstName: 'Other', lastName: 'Edit', roles: ['Support'] }),
      });
    }, supportId);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await conflict.getByRole('button', { name: 'Overwrite with mine' }).click();
    await expect(dialog).toBeHidden();
    const row = page.getByRole('row', { name: /Samuel Supporter/ });
    await expect(row).toContainText('Support, Viewer');
  });
});

/** Opens a row's "Actions for <name>" menu and chooses an action in it. */
async function chooseRowAction(page: Page, name: string, action: string) {
  await page.getByRole('button', { name: `Actions for ${name}` }).click();
  await page.getByRole('menuitem', { name: action }).click();
}
