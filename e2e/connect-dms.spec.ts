import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { callHub, DEMO, DEMO_API_KEY, expect, mockHub, SEED_CHANNELS, test } from './fixtures';
import { SITE_PORT } from './ports';

const TWITTER_SERVICE = SEED_CHANNELS.twitterService;
const FACEBOOK_SERVICE = SEED_CHANNELS.facebookService;

function optionValue(page: Page, option: string) {
  return page
    .getByRole('row', { name: new RegExp(`^${option}`) })
    .getByRole('cell')
    .locator('code');
}

async function verify(page: Page, password: string) {
  await page.getByLabel(/^Password of/).fill(password);
  await page.getByRole('button', { name: 'Verify' }).click();
  return page.getByRole('list', { name: 'Verify results' });
}

test.describe('Connect DMS', () => {
  test('step 7 for Twitter: every value, copied, downloaded as .cfg, and verified', async ({
    page,
    context,
    signInAs,
    expectNoAxeViolations,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await signInAs('Admin');
    await page.getByRole('link', { name: '@DemoCorp - Twitter Service' }).click();
    await page.getByRole('link', { name: 'Connect DMS' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Connect DMS' })).toBeVisible();
    await expect(
      page.getByRole('main').locator('p code', { hasText: '[channel-twitter]' }),
    ).toBeVisible();
    await expect(optionValue(page, 'gsa-account-name')).toHaveText('Demo Corp');
    // Masked until revealed, as on the Account page.
    await expect(optionValue(page, 'gsa-api-key')).toHaveText(`${'•'.repeat(28)}9c2e`);
    await expect(page.getByText(DEMO_API_KEY)).toHaveCount(0);
    await page.getByRole('button', { name: 'Reveal API key' }).click();
    await expect(optionValue(page, 'gsa-api-key')).toHaveText(DEMO_API_KEY);
    await page.getByRole('button', { name: 'Hide API key' }).click();
    await expect(page.getByText(DEMO_API_KEY)).toHaveCount(0);
    await expect(optionValue(page, 'gsa-channel-id')).toHaveText(TWITTER_SERVICE);
    await expect(optionValue(page, 'gsa-channel-name')).toHaveText('@DemoCorp - Twitter Service');
    await expect(optionValue(page, 'gsa-url-base')).toHaveText(`localhost:${SITE_PORT}/api/v2.0`);
    await expect(page.getByLabel('gsa-user-name')).toHaveValue(DEMO.users.Admin);
    await expect(page.getByRole('row', { name: /^password/ })).toContainText('Not shown');
    await expectNoAxeViolations('Connect DMS');

    await page.getByRole('button', { name: 'Copy gsa-channel-id' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(TWITTER_SERVICE);

    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download .cfg' }).click();
    const file = await downloadPromise;
    expect(file.suggestedFilename()).toBe(`channel-twitter-${TWITTER_SERVICE}.cfg`);
    const text = await readFile((await file.path())!, 'utf8');
    expect(text.split('\r\n').slice(2)).toEqual([
      '[channel-twitter]',
      'gsa-account-name=Demo Corp',
      `gsa-api-key=${DEMO_API_KEY}`,
      `gsa-channel-id=${TWITTER_SERVICE}`,
      'gsa-channel-name=@DemoCorp - Twitter Service',
      `gsa-url-base=localhost:${SITE_PORT}/api/v2.0`,
      `gsa-user-name=${DEMO.users.Admin}`,
      'password=',
      '',
    ]);

    const wrong = await verify(page, 'not the password');
    await expect(wrong.getByRole('listitem').nth(0)).toContainText('Fail');
    await expect(wrong.getByRole('listitem').nth(0)).toContainText('refused the password');
    await expect(wrong.getByRole('listitem').nth(2)).toContainText('Not run');

    const right = await verify(page, DEMO.password);
    await expect(right.getByRole('listitem')).toHaveText([
      /^Pass: Get a token/,
      /^Pass: The user is an Admin/,
      /^Pass: Read the channel with that token\. Read “@DemoCorp - Twitter Service”/,
    ]);
    await expectNoAxeViolations('Connect DMS with results');

    // The breadcrumbs lead back to the channel.
    const trail = page.getByRole('navigation', { name: 'Breadcrumb' });
    await expect(trail.getByRole('listitem')).toHaveText([
      'My Channels',
      '@DemoCorp - Twitter Service',
      'Connect DMS',
    ]);
    await trail.getByRole('link', { name: '@DemoCorp - Twitter Service' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Update ‘@DemoCorp - Twitter Service’ Channel' }),
    ).toBeVisible();
  });

  test('Facebook: Verify fails for a user who is not Admin, a deleted channel, and no Hub', async ({
    page,
    signInAs,
  }) => {
    await signInAs('Admin');
    const created = await callHub(page, 'POST', '/users', {
      firstName: 'Genesys1',
      lastName: 'admin',
      email: 'dms@demo-corp.example',
      roles: ['Admin'],
    });
    expect(created.status).toBe(201);
    const dmsPassword = 'dms password 2026';
    expect(
      (await callHub(page, 'POST', `/users/${created.body.id}/password`, { password: dmsPassword }))
        .status,
    ).toBe(204);

    await page.goto(`/channels/${FACEBOOK_SERVICE}/connect`);
    await expect(
      page.getByRole('main').locator('p code', { hasText: '[channel-facebook]' }),
    ).toBeVisible();
    await expect(optionValue(page, 'gsa-channel-id')).toHaveText(FACEBOOK_SERVICE);
    await expect(optionValue(page, 'gsa-channel-name')).toHaveText('Demo Corp - Facebook Service');
    await page.getByRole('button', { name: 'Reveal API key' }).click();
    await expect(optionValue(page, 'gsa-api-key')).toHaveText(DEMO_API_KEY);
    await page.getByLabel('gsa-user-name').selectOption('dms@demo-corp.example');
    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download .cfg' }).click();
    const text = await readFile((await (await downloadPromise).path())!, 'utf8');
    expect(text).toContain(
      `[channel-facebook]\r\ngsa-account-name=Demo Corp\r\ngsa-api-key=${DEMO_API_KEY}\r\ngsa-channel-id=${FACEBOOK_SERVICE}\r\ngsa-channel-name=Demo Corp - Facebook Service\r\n`,
    );
    expect(text).toContain('\r\ngsa-user-name=dms@demo-corp.example\r\npassword=\r\n');
    expect(
      (
        await callHub(
          page,
          'PUT',
          `/users/${created.body.id}`,
          { firstName: 'Genesys1', lastName: 'admin', roles: ['Viewer'] },
          2,
        )
      ).status,
    ).toBe(200);
    const notAdmin = await verify(page, dmsPassword);
    await expect(notAdmin.getByRole('listitem').nth(0)).toContainText('Pass');
    await expect(notAdmin.getByRole('listitem').nth(1)).toContainText(
      'dms@demo-corp.example is Viewer; DMS must sign in as an Admin user.',
    );

    await page.getByLabel('gsa-user-name').selectOption(DEMO.users.Admin);
    expect((await callHub(page, 'DELETE', `/channels/${FACEBOOK_SERVICE}`)).status).toBe(204);
    const deleted = await verify(page, DEMO.password);
    await expect(deleted.getByRole('listitem').nth(2)).toContainText(
      'Fail: Read the channel with that token. The channel no longer exists at the Hub: it was deleted.',
    );

    await mockHub(page).failNextRequest('network');
    const unreachable = await verify(page, DEMO.password);
    await expect(unreachable.getByRole('listitem').nth(0)).toContainText(
      'The Hub could not be reached',
    );
  });

  test('Support sees the values with the API key masked, and cannot download or verify', async ({
    page,
    signInAs,
  }) => {
    await signInAs('Support');
    await page.goto(`/channels/${TWITTER_SERVICE}/connect`);
    await expect(optionValue(page, 'gsa-channel-id')).toHaveText(TWITTER_SERVICE);
    await expect(optionValue(page, 'gsa-api-key')).toHaveText(`${'•'.repeat(28)}9c2e`);
    await expect(page.getByText('Only an Admin can see the API key.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Download .cfg' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Verify' })).toHaveCount(0);
  });
});
