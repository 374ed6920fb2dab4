import type { Page } from '@playwright/test';
import { callHub, expect, SEED_CHANNELS, test } from './fixtures';

const SEED = SEED_CHANNELS;

const readChannel = async (page: Page, id: string) =>
  (await callHub(page, 'GET', `/channels/${id}`)).body;
const hubStatus = async (...args: Parameters<typeof callHub>) => (await callHub(...args)).status;

async function addChannel(page: Page, type: string, name?: string) {
  await page.getByRole('button', { name: '+Add Channel' }).click();
  const dialog = page.getByRole('dialog', { name: 'New Channel' });
  await dialog.getByLabel('Channel Type').selectOption(type);
  if (name !== undefined) await dialog.getByLabel('Channel Name').fill(name);
  await dialog.getByRole('button', { name: 'Save and Proceed' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: /^Update ‘.*’ Channel$/ }),
  ).toBeVisible();
}

/** Turns Production mode on or off through its confirmation. */
async function setProduction(page: Page, on: boolean) {
  await page.getByRole('switch', { name: 'Production mode' }).click();
  const confirm = page.getByRole('dialog', {
    name: on ? 'Switch to Production mode?' : 'Leave Production mode?',
  });
  await confirm
    .getByRole('button', { name: on ? 'Switch to Production' : 'Leave Production' })
    .click();
  await expect(page.getByRole('switch', { name: 'Production mode' })).toBeChecked({ checked: on });
}

test.describe('My Channels', () => {
  test('steps 2 and 3: a Twitter:Account logs in, a Twitter:Service listens, both go Active', async ({
    page,
    signInAs,
    expectNoAxeViolations,
  }) => {
    await signInAs('Admin');
    await expect(page.getByRole('link', { name: '@DemoCorp - Twitter Service' })).toBeVisible();
    await expectNoAxeViolations('My Channels');

    await page.getByRole('button', { name: '+Add Channel' }).click();
    const dialog = page.getByRole('dialog', { name: 'New Channel' });
    await dialog.getByLabel('Channel Type').selectOption('Twitter:Account');
    await expect(dialog.getByLabel('Channel Name')).toHaveValue('@DemoCorp - Twitter Account');
    await expectNoAxeViolations('New Channel');
    await dialog.getByLabel('Channel Name').fill('@AcmeCare - Twitter Account');
    await dialog.getByRole('button', { name: 'Save and Proceed' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Update ‘@AcmeCare - Twitter Account’ Channel' }),
    ).toBeVisible();
    await expect(page.getByRole('switch', { name: 'Channel status' })).not.toBeChecked();
    await expect(page.getByRole('switch', { name: 'Production mode' })).not.toBeChecked();
    const accountId = page.url().split('/').pop()!;
    expect(accountId).toMatch(/^[0-9a-f]{24}$/);
    await expectNoAxeViolations('Twitter:Account page');

    const popupPromise = page.waitForEvent('popup');
    await page.getByRole('button', { name: 'Login to Twitter' }).click();
    const popup = await popupPromise;
    await popup.getByLabel('Username or email').fill('AcmeCare');
    await popup.getByLabel('Password').fill('secret');
    await popup.getByLabel('Remember me').check();
    await popup.getByRole('button', { name: 'Authorize app' }).click();
    await expect(
      popup.getByRole('heading', { name: 'Access_token successfully saved' }),
    ).toBeVisible();
    await expect(page.getByText('The Twitter login is saved for this channel.')).toBeVisible();
    await expect(page.getByText('Authorized handle: @AcmeCare')).toBeVisible();
    await popup.close();

    await page.getByRole('switch', { name: 'Channel status' }).check();
    await setProduction(page, true);
    await page.getByRole('button', { name: 'Update', exact: true }).click();
    await expect(page.getByText('Saved.')).toBeVisible();
    expect(await readChannel(page, accountId)).toMatchObject({
      status: 'Active',
      production: true,
      authorization: { handle: '@AcmeCare' },
    });

    await page.getByRole('link', { name: 'My Channels' }).first().click();
    await addChannel(page, 'Twitter:Service', '@AcmeCare - Twitter Service');
    const serviceId = page.url().split('/').pop()!;
    const languages = page.getByRole('combobox', { name: 'Languages' });
    await languages.fill('fren');
    await page.getByRole('option', { name: 'French (fr)' }).click();
    await languages.fill('en');
    await page.getByRole('option', { name: 'English (en)' }).click();
    await languages.press('Escape');
    await expect(page.getByRole('button', { name: 'Remove French (fr)' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Remove English (en)' })).toBeVisible();
    const keywords = page.getByLabel('Keywords', { exact: true });
    await keywords.fill('AcmeCare');
    await keywords.press('Enter');
    await keywords.fill('#AcmeHelp');
    await keywords.press('Tab');
    await expect(page.getByRole('button', { name: 'Remove #AcmeHelp' })).toBeVisible();
    const handles = page.getByLabel('Twitter Handle(s)', { exact: true });
    await handles.fill('AcmeCare');
    await handles.press('Enter');
    await handles.fill('@NoSuchAccount');
    await handles.press('Enter');
    await expect(page.getByText('No authorized Twitter:Account channel')).toHaveCount(1);
    await page.getByLabel('Default reply handle').selectOption('@AcmeCare');
    await page.getByLabel('RPC cache timeout').fill('0');
    await page.getByRole('switch', { name: 'Channel status' }).check();
    await expectNoAxeViolations('Twitter:Service page');
    await page.getByRole('button', { name: 'Update and Proceed' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Connect DMS' })).toBeVisible();
    expect(await readChannel(page, serviceId)).toMatchObject({
      status: 'Active',
      languages: ['fr', 'en'],
      keywords: ['AcmeCare', '#AcmeHelp'],
      handles: ['@AcmeCare', '@NoSuchAccount'],
      defaultReplyHandle: '@AcmeCare',
      rpcCacheTimeout: 0,
      skipRetweets: true,
      useHandlesAsKeywords: true,
    });
  });

  test('steps 4 and 5: Facebook login with pages and permissions, then a Facebook:Service', async ({
    page,
    signInAs,
    expectNoAxeViolations,
  }) => {
    await signInAs('Admin');
    await page.getByRole('button', { name: '+Add Channel' }).click();
    const dialog = page.getByRole('dialog', { name: 'New Channel' });
    await dialog.getByLabel('Channel Type').selectOption('Facebook:Account');
    // The convention's name is taken by the seeded channel, in another case too.
    await dialog.getByLabel('Channel Name').fill('DEMO CORP - facebook account');
    await dialog.getByRole('button', { name: 'Save and Proceed' }).click();
    await expect(dialog.getByLabel('Channel Name')).toHaveAccessibleDescription(
      /Another channel of this account has this name/,
    );
    await dialog.getByLabel('Channel Name').fill('Acme - Facebook Account');
    await dialog.getByRole('button', { name: 'Save and Proceed' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Update ‘Acme - Facebook Account’ Channel' }),
    ).toBeVisible();
    const accountId = page.url().split('/').pop()!;

    const popupPromise = page.waitForEvent('popup');
    await page.getByRole('button', { name: 'Login to Facebook' }).click();
    const popup = await popupPromise;
    await popup.getByLabel('Email or phone').fill('pat@acme.example');
    await popup.getByLabel('Password').fill('secret');
    await popup.getByRole('button', { name: 'Log in' }).click();
    await popup.getByRole('checkbox', { name: 'Demo Corp Careers' }).uncheck();
    await popup.getByRole('button', { name: 'Continue' }).click();
    await popup.getByRole('checkbox', { name: 'pages_manage_engagement' }).uncheck();
    await expect(popup.getByRole('alert')).toContainText('may not work');
    await popup.getByRole('button', { name: 'Done' }).click();
    await expect(
      popup.getByRole('heading', { name: 'access_token successfully saved, close window.' }),
    ).toBeVisible();
    await expect(page.getByText('Granted pages: Demo Corp, Demo Corp Help')).toBeVisible();
    await expect(page.getByText(/^Permissions: .*pages_read_engagement$/)).toBeVisible();
    await popup.close();
    await page.getByRole('switch', { name: 'Channel status' }).check();
    await setProduction(page, true);
    await page.getByRole('button', { name: 'Update', exact: true }).click();
    await expect(page.getByText('Saved.')).toBeVisible();

    await page.getByRole('link', { name: 'My Channels' }).first().click();
    await addChannel(page, 'Facebook:Service', 'Acme - Facebook Service');
    const serviceId = page.url().split('/').pop()!;
    await expect(page.getByText('Days data will be stored in the Hub: 28')).toBeVisible();
    await expect(page.getByLabel('Queue history window')).toHaveAccessibleDescription(
      /Now: 7 days/,
    );
    await page.getByLabel('Outbound Channel').selectOption({ label: 'Acme - Facebook Account' });
    const picker = page.getByRole('combobox', { name: 'Facebook Pages' });
    await picker.click();
    // Only the pages the chosen account granted are offered.
    await expect(page.getByRole('option')).toHaveText(['Demo Corp', 'Demo Corp Help']);
    await page.getByRole('option', { name: 'Demo Corp Help' }).click();
    await picker.press('Escape');
    await expect(page.getByRole('button', { name: 'Remove Demo Corp Help' })).toBeVisible();
    await page.getByLabel('Queue history window').fill('86400');
    await expect(page.getByLabel('Queue history window')).toHaveAccessibleDescription(
      /Now: 1 day\./,
    );
    await page.getByRole('checkbox', { name: 'Ads Interactions' }).check();
    await page.getByRole('switch', { name: 'Channel status' }).check();
    await expectNoAxeViolations('Facebook:Service page');
    await page.getByRole('button', { name: 'Update', exact: true }).click();
    await expect(page.getByText('Saved.')).toBeVisible();
    expect(await readChannel(page, serviceId)).toMatchObject({
      status: 'Active',
      outboundChannelId: accountId,
      pageIds: ['104729185532018'],
      queueHistoryWindow: 86400,
      dataRecovery: true,
      messageTypes: { private: true, public: true, adsInteractions: true },
    });

    await page.getByRole('link', { name: 'My Channels' }).first().click();
    await page.getByLabel('Type', { exact: true }).selectOption('Facebook:Service');
    await page.getByLabel('Production').selectOption('false');
    await expect(page).toHaveURL(/type=Facebook%3AService/);
    await page.reload();
    await expect(page.getByLabel('Type', { exact: true })).toHaveValue('Facebook:Service');
    await expect(page.getByRole('row')).toHaveCount(3);
    await expect(page.getByRole('link', { name: 'Acme - Facebook Service' })).toBeVisible();
  });

  test('Active is refused for an incomplete channel, with what is missing', async ({
    page,
    signInAs,
  }) => {
    await signInAs('Admin');
    await addChannel(page, 'Twitter:Service', 'Empty - Twitter Service');
    await expect(page.getByText('Before this channel can be Active')).toBeVisible();
    await page.getByRole('switch', { name: 'Allow any language' }).check();
    await page.getByRole('switch', { name: 'Channel status' }).check();
    await page.getByRole('button', { name: 'Update and Proceed' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'The channel cannot be Active yet' });
    await expect(alert).toContainText('At least one keyword or Twitter handle to listen to');
    await expect(page.getByLabel('Channel Name')).toHaveValue('Empty - Twitter Service');
    expect(await readChannel(page, page.url().split('/').pop()!)).toMatchObject({
      status: 'Suspended',
      allowAnyLanguage: false,
    });
  });

  test('bad input gets clear messages and names stay plain text', async ({ page, signInAs }) => {
    await signInAs('Admin');
    await page.getByRole('button', { name: '+Add Channel' }).click();
    const dialog = page.getByRole('dialog', { name: 'New Channel' });
    await dialog.getByRole('button', { name: 'Save and Proceed' }).click();
    await expect(dialog.getByText('Choose the Channel Type')).toBeVisible();
    await dialog.getByLabel('Channel Type').selectOption('Twitter:Service');
    await dialog.getByLabel('Channel Name').fill('   ');
    await dialog.getByRole('button', { name: 'Save and Proceed' }).click();
    await expect(dialog.getByLabel('Channel Name')).toHaveAccessibleDescription(
      /Enter channel name/,
    );
    await dialog.getByLabel('Channel Name').fill('x'.repeat(10_000));
    await dialog.getByLabel('Description').fill('d'.repeat(501));
    await dialog.getByRole('button', { name: 'Save and Proceed' }).click();
    await expect(dialog.getByLabel('Channel Name')).toHaveAccessibleDescription(/at most 100/);
    await expect(dialog.getByLabel('Description')).toHaveAccessibleDescription(/at most 500/);
    const payload = '<img src=x onerror=alert(1)> مرحبا 🚀';
    await dialog.getByLabel('Channel Name').fill(payload);
    await dialog.getByLabel('Description').fill('');
    await dialog.getByRole('button', { name: 'Save and Proceed' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: `Update ‘${payload}’ Channel` }),
    ).toBeVisible();

    const rpc = page.getByLabel('RPC cache timeout');
    for (const [value, message] of [
      ['-1', /cannot be negative/],
      ['1.5', /whole number of seconds/],
      ['99999', /at most 3,600 seconds/],
      ['', /whole number of seconds/],
    ] as const) {
      await rpc.fill(value);
      await page.getByRole('button', { name: 'Update and Proceed' }).click();
      await expect(rpc).toHaveAccessibleDescription(message);
    }
    await rpc.fill('90');
    const keywords = page.getByLabel('Keywords', { exact: true });
    await keywords.fill('k'.repeat(61));
    await keywords.press('Enter');
    await expect(keywords).toHaveAccessibleDescription(/more than 60 characters/);
    await page.getByRole('checkbox', { name: 'Private' }).uncheck();
    await page.getByRole('checkbox', { name: 'Public' }).uncheck();
    await page.getByRole('checkbox', { name: 'Compliance Events' }).uncheck();
    await expect(page.getByText('X requires Compliance Events')).toBeVisible();
    await page.getByRole('button', { name: 'Update and Proceed' }).click();
    await expect(page.getByText('Choose Private, Public or both')).toBeVisible();
    await expect(page.getByText('Choose at least one language')).toBeVisible();

    await page.getByRole('link', { name: 'My Channels' }).first().click();
    await page
      .getByRole('dialog', { name: 'Leave without saving?' })
      .getByRole('button', { name: 'Leave without saving' })
      .click();
    await expect(page.getByRole('link', { name: payload })).toBeVisible();
    await expect(page.locator('img')).toHaveCount(0);
  });

  test('a concurrent save is caught: reload theirs, or overwrite with mine', async ({
    page,
    signInAs,
  }) => {
    await signInAs('Admin');
    await page.goto(`/channels/${SEED.facebookService}`);
    await expect(page.getByLabel('Channel Name')).toHaveValue('Demo Corp - Facebook Service');
    const theirs = await readChannel(page, SEED.facebookService);
    const { id: _id, version, createdAt: _c, updatedAt: _u, ...body } = theirs;
    expect(
      await hubStatus(
        page,
        'PUT',
        `/channels/${SEED.facebookService}`,
        { ...body, description: 'Theirs' },
        version as number,
      ),
    ).toBe(200);

    await page.getByLabel('Description').fill('Mine');
    await page.getByRole('button', { name: 'Update', exact: true }).click();
    const conflict = page.getByRole('alert').filter({ hasText: 'Someone else saved this channel' });
    await expect(conflict).toBeVisible();
    await expect(page.getByLabel('Description')).toHaveValue('Mine');
    await conflict.getByRole('button', { name: 'Reload their version' }).click();
    await expect(page.getByLabel('Description')).toHaveValue('Theirs');

    expect(
      await hubStatus(
        page,
        'PUT',
        `/channels/${SEED.facebookService}`,
        { ...body, description: 'Theirs again' },
        (version as number) + 1,
      ),
    ).toBe(200);
    await page.getByLabel('Description').fill('Mine after all');
    await page.getByRole('button', { name: 'Update', exact: true }).click();
    await conflict.getByRole('button', { name: 'Overwrite with mine' }).click();
    await expect(page.getByText('Saved.')).toBeVisible();
    expect(await readChannel(page, SEED.facebookService)).toMatchObject({
      description: 'Mine after all',
      version: (version as number) + 3,
    });
    expect(await hubStatus(page, 'PUT', `/channels/${SEED.facebookService}`, body)).toBe(428);
  });

  test('leaving with unsaved changes asks first', async ({ page, signInAs }) => {
    await signInAs('Admin');
    await page.getByRole('link', { name: '@DemoCorp - Twitter Account' }).click();
    await page.getByLabel('Channel Name').fill('@DemoCorp - renamed');
    await page.getByRole('link', { name: 'Users' }).click();
    const ask = page.getByRole('dialog', { name: 'Leave without saving?' });
    await expect(ask).toBeVisible();
    await ask.getByRole('button', { name: 'Stay on this page' }).click();
    await expect(page.getByLabel('Channel Name')).toHaveValue('@DemoCorp - renamed');
    await page.goBack();
    await expect(ask).toBeVisible();
    await ask.getByRole('button', { name: 'Leave without saving' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'My Channels' })).toBeVisible();
    await expect(page.getByRole('link', { name: '@DemoCorp - Twitter Account' })).toBeVisible();
  });

  test('a provider login window closed early says so and changes nothing', async ({
    page,
    signInAs,
  }) => {
    await signInAs('Admin');
    await addChannel(page, 'Twitter:Account', '@Later - Twitter Account');
    const popupPromise = page.waitForEvent('popup');
    await page.getByRole('button', { name: 'Login to Twitter' }).click();
    const popup = await popupPromise;
    await Promise.all([
      popup.waitForEvent('close'),
      popup
        .getByRole('button', { name: 'Cancel' })
        .click({ noWaitAfter: true })
        .catch(() => {}),
    ]);
    await expect(
      page.getByText('The Twitter window was closed before the login finished.'),
    ).toBeVisible();
    await expect(page.getByText('Not logged in yet')).toBeVisible();
  });

  test('deleting an Account channel names the Service channels it breaks', async ({
    page,
    signInAs,
  }) => {
    await signInAs('Admin');
    await page.goto(`/channels/${SEED.facebookAccount}`);
    await page.getByRole('button', { name: 'Delete channel' }).click();
    const dialog = page.getByRole('dialog', {
      name: 'Delete the “Demo Corp - Facebook Account” channel?',
    });
    await expect(dialog.getByRole('alert')).toContainText('Demo Corp - Facebook Service');
    const confirm = dialog.getByRole('button', { name: 'Delete channel' });
    await expect(confirm).toBeDisabled();
    await dialog.getByLabel('Type the channel name to confirm').fill('Demo Corp - Facebook');
    await expect(confirm).toBeDisabled();
    await dialog
      .getByLabel('Type the channel name to confirm')
      .fill('Demo Corp - Facebook Account');
    await confirm.click();
    await expect(page.getByRole('heading', { level: 1, name: 'My Channels' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Demo Corp - Facebook Account' })).toHaveCount(0);
    expect(await readChannel(page, SEED.facebookService)).toMatchObject({
      outboundChannelId: null,
    });
  });

  test('the list sorts by its headers, copies a whole ID from its icon and deletes from a row menu', async ({
    page,
    context,
    signInAs,
    expectNoAxeViolations,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await signInAs('Admin');
    const names = () => page.getByRole('row').locator('th[scope="row"]').allInnerTexts();
    const header = (name: string) => page.getByRole('columnheader', { name });
    await expect(header('Channel Name')).toHaveAttribute('aria-sort', 'ascending');
    await expect(header('Last updated')).not.toHaveAttribute('aria-sort');

    await header('Channel Name').getByRole('button').click();
    await expect(page).toHaveURL(/[?&]sort=-name\b/);
    await expect(header('Channel Name')).toHaveAttribute('aria-sort', 'descending');
    await expect(page.getByLabel('Sort')).toHaveValue('-name');
    await expect.poll(names).toEqual([...(await names())].sort((a, b) => b.localeCompare(a)));
    expect((await names()).length).toBeGreaterThan(1);

    await header('Last updated').getByRole('button').click();
    await expect(header('Last updated')).toHaveAttribute('aria-sort', 'descending');
    await expect(header('Channel Name')).not.toHaveAttribute('aria-sort');
    await header('Last updated').getByRole('button').click();
    await expect(page).toHaveURL(/[?&]sort=updatedAt\b/);
    await expect(header('Last updated')).toHaveAttribute('aria-sort', 'ascending');
    await page.reload();
    await expect(header('Last updated')).toHaveAttribute('aria-sort', 'ascending');

    // The ID shows shortened; its copy icon's tooltip names the button and shows the whole ID,
    // on hover and on focus, and the copy is the whole ID.
    const row = page.getByRole('row', { name: /Demo Corp - Facebook Account/ });
    const id = SEED.facebookAccount;
    await expect(row.locator('code')).toHaveText(`${id.slice(0, 6)}…${id.slice(-4)}`);
    const copy = row.getByRole('button', {
      name: 'Copy Channel ID of Demo Corp - Facebook Account',
    });
    await copy.hover();
    const tooltip = page.getByText(id, { exact: true });
    await expect(tooltip).toBeVisible();
    await expectNoAxeViolations('copy tooltip');
    await page.mouse.move(0, 0);
    await expect(tooltip).toBeHidden();
    await copy.focus();
    await expect(tooltip).toBeVisible();
    await copy.click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(id);

    await row.getByRole('button', { name: 'Actions for Demo Corp - Facebook Account' }).click();
    await expect(page.getByRole('menuitem')).toHaveText(['Duplicate', 'Delete']);
    await page.getByRole('menuitem', { name: 'Delete' }).click();
    const dialog = page.getByRole('dialog', {
      name: 'Delete the “Demo Corp - Facebook Account” channel?',
    });
    await dialog
      .getByLabel('Type the channel name to confirm')
      .fill('Demo Corp - Facebook Account');
    await dialog.getByRole('button', { name: 'Delete channel' }).click();
    await expect(row).toHaveCount(0);
    expect(await hubStatus(page, 'GET', `/channels/${id}`)).toBe(404);
  });

  test('Viewer and Support read channels; the Hub refuses their changes', async ({
    page,
    signInAs,
  }) => {
    for (const role of ['Viewer', 'Support'] as const) {
      await signInAs(role);
      await expect(page.getByRole('button', { name: '+Add Channel' })).toHaveCount(0);
      await expect(page.getByText(`Your role, ${role}, can read channels.`)).toBeVisible();
      await page.getByRole('link', { name: '@DemoCorp - Twitter Service' }).click();
      await expect(page.getByText('Your role can read this channel.')).toBeVisible();
      await expect(page.getByRole('button', { name: /Update/ })).toHaveCount(0);
      await expect(page.getByRole('button', { name: 'Delete channel' })).toHaveCount(0);
      await expect(page.getByRole('switch', { name: 'Production mode' })).toBeDisabled();
      const channel = await readChannel(page, SEED.twitterService);
      const {
        id: _id,
        version,
        createdAt: _c,
        updatedAt: _u,
        blockedKeywords: _b,
        ...body
      } = channel;
      expect(
        await hubStatus(
          page,
          'PUT',
          `/channels/${SEED.twitterService}`,
          { ...body, production: false },
          version as number,
        ),
      ).toBe(403);
      expect(
        await hubStatus(page, 'POST', '/channels', { type: 'Twitter:Account', name: 'x' }),
      ).toBe(403);
      expect(await hubStatus(page, 'DELETE', `/channels/${SEED.twitterService}`)).toBe(403);
      expect(await hubStatus(page, 'POST', `/channels/${SEED.twitterAccount}/authorization`)).toBe(
        403,
      );
      await page.getByRole('button', { name: 'Sign out' }).click();
    }
  });

  test('axe finds nothing on the Facebook:Account page and the channel dialogs', async ({
    page,
    signInAs,
    expectNoAxeViolations,
  }) => {
    await signInAs('Admin');
    await page.getByRole('link', { name: 'Demo Corp - Facebook Account' }).click();
    await expect(page.getByText('Facebook user: Ada Admin')).toBeVisible();
    await expectNoAxeViolations('Facebook:Account page');
    await page.getByRole('switch', { name: 'Production mode' }).click();
    await expect(page.getByRole('dialog', { name: 'Leave Production mode?' })).toBeVisible();
    await expectNoAxeViolations('Production mode dialog');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('switch', { name: 'Production mode' })).toBeChecked();
    await page.getByRole('button', { name: 'Delete channel' }).click();
    await expect(page.getByRole('dialog', { name: /^Delete the/ })).toBeVisible();
    await expectNoAxeViolations('Delete channel dialog');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByLabel('Description').fill('changed');
    await page.getByRole('link', { name: 'Account', exact: true }).click();
    await expect(page.getByRole('dialog', { name: 'Leave without saving?' })).toBeVisible();
    await expectNoAxeViolations('Leave without saving dialog');
  });
});

test.describe('Channel forms', () => {
  test('choosing a Channel Type fills in the name and clears the earlier "Enter channel name"', async ({
    page,
    signInAs,
  }) => {
    await signInAs('Admin');
    await page.getByRole('button', { name: '+Add Channel' }).click();
    const dialog = page.getByRole('dialog', { name: 'New Channel' });
    await dialog.getByRole('button', { name: 'Save and Proceed' }).click();
    const name = dialog.getByLabel('Channel Name');
    await expect(name).toHaveAccessibleDescription(/Enter channel name/);
    await dialog.getByLabel('Channel Type').selectOption('Twitter:Service');
    await expect(name).toHaveValue('@DemoCorp - Twitter Service');
    await expect(name).not.toHaveAccessibleDescription(/Enter channel name/);
    await expect(dialog.getByText('Enter channel name')).toBeHidden();
    await expect(name).not.toHaveAttribute('aria-invalid', 'true');
  });

  test('a second handle keeps the existing Default reply handle', async ({ page, signInAs }) => {
    await signInAs('Admin');
    await page.getByRole('link', { name: '@DemoCorp - Twitter Service' }).click();
    const handles = page.getByLabel('Twitter Handle(s)', { exact: true });
    await handles.fill('@DemoHelp');
    await handles.press('Enter');
    const defaultHandle = page.getByLabel('Default reply handle');
    await expect(defaultHandle).toHaveValue('@DemoCorp');
    await expect(defaultHandle.getByRole('option', { selected: true })).toHaveText('@DemoCorp');
    await page.getByRole('button', { name: 'Update', exact: true }).click();
    await expect(page.getByText('Saved.')).toBeVisible();
    expect(await readChannel(page, SEED.twitterService)).toMatchObject({
      handles: ['@DemoCorp', '@DemoHelp'],
      defaultReplyHandle: '@DemoCorp',
    });
    // A count of one takes the singular.
    await page.getByRole('button', { name: 'Remove @DemoHelp' }).click();
    await expect(page.getByRole('list', { name: 'Twitter Handle(s): 1 entry' })).toBeVisible();
  });

  test('Twitter:Service offers "Update" to save and stay beside "Update and Proceed"', async ({
    page,
    signInAs,
  }) => {
    await signInAs('Admin');
    await page.getByRole('link', { name: '@DemoCorp - Twitter Service' }).click();
    await expect(
      page.getByRole('button', { name: 'Update and Proceed', exact: true }),
    ).toBeVisible();
    await page.getByLabel('Description').fill('Saved without leaving');
    await page.getByRole('button', { name: 'Update', exact: true }).click();
    await expect(page.getByText('Saved.')).toBeVisible();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Update ‘@DemoCorp - Twitter Service’ Channel' }),
    ).toBeVisible();
    expect(await readChannel(page, SEED.twitterService)).toMatchObject({
      description: 'Saved without leaving',
    });
    await page.getByRole('button', { name: 'Update and Proceed', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Connect DMS' })).toBeVisible();
  });

  test('Queue history window says its size in days only for a value the Hub takes', async ({
    page,
    signInAs,
  }) => {
    await signInAs('Admin');
    await page.getByRole('link', { name: 'Demo Corp - Facebook Service' }).click();
    const historyWindow = page.getByLabel('Queue history window');
    await historyWindow.fill('604800');
    await expect(historyWindow).toHaveAccessibleDescription(/Now: 7 days\./);
    await historyWindow.fill('-5');
    await expect(historyWindow).not.toHaveAccessibleDescription(/Now:/);
    await historyWindow.fill('2419201');
    await expect(historyWindow).not.toHaveAccessibleDescription(/Now:/);
    await historyWindow.fill('99999999999999999999');
    await page.getByRole('button', { name: 'Update', exact: true }).click();
    await expect(historyWindow).toHaveAccessibleDescription(/at most 2,419,200 seconds/);
    const timeout = page.getByLabel('RPC cache timeout');
    await timeout.fill('99999999999999999999');
    await page.getByRole('button', { name: 'Update', exact: true }).click();
    await expect(timeout).toHaveAccessibleDescription(/at most 3,600 seconds/);
    await expect(timeout).not.toHaveAccessibleDescription(/whole number/);
  });
});

test('"Login to Twitter" again while the saved window is open starts a fresh login', async ({
  page,
  signInAs,
}) => {
  await signInAs('Admin');
  await page.getByRole('link', { name: '@DemoCorp - Twitter Account' }).click();
  const firstPopup = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'Login to Twitter' }).click();
  const first = await firstPopup;
  await first.getByLabel('Username or email').fill('DemoCorp');
  await first.getByLabel('Password').fill('secret');
  await first.getByRole('button', { name: 'Authorize app' }).click();
  await expect(
    first.getByRole('heading', { name: 'Access_token successfully saved' }),
  ).toBeVisible();
  await expect(page.getByText('The Twitter login is saved for this channel.')).toBeVisible();

  const secondPopup = page.waitForEvent('popup', { timeout: 10_000 });
  await page.getByRole('button', { name: 'Login to Twitter' }).click();
  const second = await secondPopup;
  await expect(second.getByLabel('Username or email')).toBeVisible();
  await expect(page.getByText('A new Twitter login window is open')).toBeVisible();
  await expect.poll(() => first.isClosed()).toBe(true);
});
