import { expect, test } from '../fixtures';
import { HUB_PORT } from '../ports';
import { createHubClient } from '../support/hub-client';

// What a QA team's test looks like: the Hub starts from a fixture (playwright.config.ts runs
// `npm run hub -- --seed e2e/hub-fixture.json`), the test sets up its data through the API, drives
// the console, and checks what the Hub stored in its exported state.
const hub = createHubClient(`http://localhost:${HUB_PORT}`);
const QA_ADMIN = {
  account: 'Seeded Corp',
  email: 'qa@seeded.example',
  password: 'seeded fixture password 1',
};

test('a Hub seeded from a fixture, set up through the API, checked by its exported state', async ({
  page,
}) => {
  const { token } = await hub.signIn(QA_ADMIN);
  const channel = await hub.createChannel(token, {
    type: 'Twitter:Service',
    name: '@SeededCorp - Twitter Service',
  });
  const dmsUser = await hub.createUser(token, {
    firstName: 'Genesys',
    lastName: 'DMS',
    email: 'dms@seeded.example',
    roles: ['Admin'],
  });
  await hub.setUserPassword(token, dmsUser.id, 'seeded dms password 1');

  await page.goto('/signin');
  await page.getByLabel('Account name').fill(QA_ADMIN.account);
  await page.getByLabel('Email').fill(QA_ADMIN.email);
  await page.getByLabel('Password', { exact: true }).fill(QA_ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // The fixture's channel and the one the API created.
  await expect(page.getByRole('link', { name: '@SeededCorp - Twitter Account' })).toBeVisible();
  await page.getByRole('link', { name: '@SeededCorp - Twitter Service' }).click();
  await page.getByRole('switch', { name: 'Allow any language' }).check();
  await page.getByLabel('Keywords', { exact: true }).fill('Seeded Corp help');
  await page.getByLabel('Keywords', { exact: true }).press('Enter');
  await page.getByRole('switch', { name: 'Channel status' }).check();
  await page.getByRole('button', { name: 'Update and Proceed' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Connect DMS' })).toBeVisible();
  await expect(page.getByLabel('gsa-user-name')).toContainText('dms@seeded.example');

  const state = await hub.exportState();
  const stored = state.channels.find((entry) => entry.channel.id === channel.id);
  expect(stored?.channel).toMatchObject({
    status: 'Active',
    allowAnyLanguage: true,
    keywords: ['Seeded Corp help'],
  });
  const account = state.accounts.find((candidate) => candidate.name === QA_ADMIN.account);
  expect(stored?.accountId).toBe(account?.id);
  expect(
    state.users.filter((user) => user.accountId === account?.id).map((user) => user.email),
  ).toEqual([QA_ADMIN.email, 'dms@seeded.example']);
});
