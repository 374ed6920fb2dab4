import { expect, test } from '../fixtures';
import { HUB_PORT } from '../ports';

const PASSWORD = 'live smoke password 1';

test.describe('live mode against npm run hub', () => {
  test('sign up, sign in, configure both Service channels, add a DMS user and verify', async ({
    page,
  }) => {
    const hubCalls: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/v2.0/')) hubCalls.push(new URL(request.url()).origin);
    });
    await page.goto('/signup');
    await page.getByLabel('Company/organization name').fill('Live Corp');
    await page.getByLabel('First Name').fill('Lee');
    await page.getByLabel('Last Name').fill('Live');
    await page.getByLabel('Work email').fill('lee@live.example');
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByLabel('Confirm password').fill(PASSWORD);
    await page.getByLabel(/I have read and accept the Legal Terms/).check();
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect(page.getByText('Your account is ready')).toBeVisible();
    // No mock Hub in live mode: no demo-data bar, no service worker.
    await expect(page.getByRole('button', { name: /^Mock Hub/ })).toHaveCount(0);
    await page.getByRole('button', { name: 'Continue to My Channels' }).click();
    await page.getByRole('button', { name: 'Sign out' }).click();

    await page.getByLabel('Account name').fill('live corp');
    await page.getByLabel('Email').fill('lee@live.example');
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByText('No channels yet')).toBeVisible();

    await page.getByRole('button', { name: '+Add Channel' }).click();
    let dialog = page.getByRole('dialog', { name: 'New Channel' });
    await dialog.getByLabel('Channel Type').selectOption('Twitter:Service');
    await expect(dialog.getByLabel('Channel Name')).toHaveValue('@LiveCorp - Twitter Service');
    await dialog.getByRole('button', { name: 'Save and Proceed' }).click();
    await page.getByRole('switch', { name: 'Allow any language' }).check();
    await page.getByLabel('Keywords', { exact: true }).fill('Live Corp help');
    await page.getByLabel('Keywords', { exact: true }).press('Enter');
    await page.getByRole('switch', { name: 'Channel status' }).check();
    await page.getByRole('button', { name: 'Update and Proceed' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Connect DMS' })).toBeVisible();
    const twitterUrl = page.url();

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'My Channels' })
      .click();
    await page.getByRole('button', { name: '+Add Channel' }).click();
    dialog = page.getByRole('dialog', { name: 'New Channel' });
    await dialog.getByLabel('Channel Type').selectOption('Facebook:Service');
    await dialog.getByRole('button', { name: 'Save and Proceed' }).click();
    await page.getByLabel('RPC cache timeout').fill('30');
    await page.getByLabel('Queue history window').fill('172800');
    await page.getByRole('button', { name: 'Update', exact: true }).click();
    await expect(page.getByText('Saved.')).toBeVisible();

    await page.getByRole('link', { name: 'Users' }).click();
    await page.getByRole('button', { name: '+Add User' }).click();
    const newUser = page.getByRole('dialog', { name: 'New User' });
    await newUser.getByLabel('First Name').fill('Genesys1');
    await newUser.getByLabel('Last Name').fill('admin');
    await newUser.getByLabel('Email').fill('dms@live.example');
    await newUser.getByRole('checkbox', { name: 'Admin' }).check();
    await newUser.getByRole('button', { name: 'Create' }).click();
    // An Admin's row keeps Edit as its button; Reset Password is in the row's menu.
    await page.getByRole('button', { name: 'Actions for Genesys1 admin' }).click();
    await page.getByRole('menuitem', { name: 'Reset Password' }).click();
    const reset = page.getByRole('dialog', { name: 'Reset Password of Genesys1 admin' });
    await reset.getByRole('button', { name: 'Generate' }).click();
    const dmsPassword = await reset.getByLabel('New password', { exact: true }).inputValue();
    await reset.getByRole('button', { name: 'Reset Password' }).click();
    await expect(reset.getByText('The new password is set')).toBeVisible();
    await reset.getByRole('button', { name: 'Done' }).click();

    await page.goto(twitterUrl);
    await expect(page.getByRole('row', { name: /^gsa-url-base/ })).toContainText(
      `localhost:${HUB_PORT}/api/v2.0`,
    );
    await page.getByLabel('gsa-user-name').selectOption('dms@live.example');
    await page.getByLabel(/^Password of/).fill(dmsPassword);
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect(
      page.getByRole('list', { name: 'Verify results' }).getByRole('listitem'),
    ).toHaveText([/^Pass/, /^Pass/, /^Pass/]);
    expect(new Set(hubCalls)).toEqual(new Set([`http://localhost:${HUB_PORT}`]));
  });

  test('a Hub answer that breaks the contract shows a clear error, not a crash', async ({
    page,
  }) => {
    await page.route('**/api/v2.0/auth/token', (route) =>
      route.fulfill({ status: 201, contentType: 'application/json', body: '{"token": 42}' }),
    );
    await page.goto('/signin');
    await page.getByLabel('Account name').fill('Live Corp');
    await page.getByLabel('Email').fill('lee@live.example');
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert')).toContainText(
      'The Hub sent an answer the console does not understand',
    );
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  });
});
