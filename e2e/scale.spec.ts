import { DEMO, expect, mockHub, test } from './fixtures';

test.describe('at scale', () => {
  test('the panel loads the large data set; the lists page and search it at the Hub', async ({
    page,
    signInAs,
    expectNoAxeViolations,
  }) => {
    await signInAs('Admin');
    await page.getByRole('button', { name: /^Mock Hub/ }).click();
    await page.getByRole('button', { name: 'Load large data set' }).click();
    await expect(page.getByRole('navigation', { name: 'Pages of channels' })).toContainText(
      'Page 1 of 80 · 2,000 channels',
    );
    await expect(page.locator('main tbody tr')).toHaveCount(25);
    await page.getByRole('button', { name: 'Next page' }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(page.getByRole('navigation', { name: 'Pages of channels' })).toContainText(
      'Page 2 of 80',
    );

    await page.getByRole('link', { name: 'Users', exact: true }).click();
    const pages = page.getByRole('navigation', { name: 'Pages of users' });
    await expect(pages).toContainText('Page 1 of 200 · 5,000 users');
    const search = page.getByLabel('Search users');
    await search.fill('Bergström');
    await expect(pages).toContainText('users');
    await expect(page.locator('main tbody tr').first()).toContainText('Bergström');
    const rows = await page.locator('main tbody th').allTextContents();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((name) => name.includes('Bergström'))).toBe(true);
    // The URL follows once typing pauses, with the page reset to the first.
    await expect(page).toHaveURL(/q=Bergstr%C3%B6m/);
    await expectNoAxeViolations('Users with 5,000 users');

    // Leaving and coming back restores the search from the URL into the box.
    await page.getByRole('link', { name: 'My Channels' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'My Channels' })).toBeVisible();
    await page.goBack();
    await expect(search).toHaveValue('Bergström');
    await expect(page.locator('main tbody tr').first()).toContainText('Bergström');
    await search.fill('');
    await expect(pages).toContainText('5,000 users');
    await expect(page).not.toHaveURL(/q=/);
  });

  for (const list of [
    { path: '/channels?page=9999&sort=name', noun: 'channels', empty: 'No channels yet', last: 80 },
    { path: '/users?page=9999', noun: 'users', empty: 'No users match', last: 200 },
  ]) {
    test(`a page past the end of the ${list.noun} leads to the last page, not to the empty list’s message`, async ({
      page,
      signInAs,
    }) => {
      await signInAs('Admin');
      await page.getByRole('button', { name: /^Mock Hub/ }).click();
      await page.getByRole('button', { name: 'Load large data set' }).click();
      await expect(page.getByRole('navigation', { name: 'Pages of channels' })).toContainText(
        'Page 1 of 80',
      );
      await page.goto(list.path);
      await expect(page.getByText(`No ${list.noun} on this page`)).toBeVisible();
      await expect(page.getByText(list.empty)).toBeHidden();
      await page.getByRole('link', { name: `Go to the last page, page ${list.last}` }).click();
      await expect(page).toHaveURL(new RegExp(`page=${list.last}`));
      await expect(page.getByRole('navigation', { name: `Pages of ${list.noun}` })).toContainText(
        `Page ${list.last} of ${list.last}`,
      );
    });
  }

  test('a count of one takes the singular', async ({ page, signInAs }) => {
    await signInAs('Admin');
    await page.getByRole('link', { name: 'Users', exact: true }).click();
    await page.getByLabel('Search users').fill('Ada Admin');
    await expect(page.getByRole('navigation', { name: 'Pages of users' })).toContainText(
      'Page 1 of 1 · 1 user',
    );
    await expect(page.getByRole('navigation', { name: 'Pages of users' })).not.toContainText(
      '1 users',
    );
  });

  test('hovering a link loads the next page’s data before the click', async ({
    page,
    signInAs,
  }) => {
    await signInAs('Admin');
    const usersRequest = page.waitForRequest(
      (request) => /\/api\/v2\.0\/users\?/.test(request.url()),
      { timeout: 5_000 },
    );
    await page.getByRole('link', { name: 'Users', exact: true }).hover();
    await usersRequest;
    await expect(page.getByRole('heading', { level: 1, name: 'My Channels' })).toBeVisible();

    const channelRequest = page.waitForRequest(
      (request) => request.url().endsWith('/api/v2.0/channels/5af17ad89a7957002123dc2c'),
      { timeout: 5_000 },
    );
    await page.getByRole('link', { name: '@DemoCorp - Twitter Service' }).focus();
    await channelRequest;
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Update ‘@DemoCorp - Twitter Service’ Channel' }),
    ).toBeVisible();
  });

  test('hovering with an ended session stays quiet; the visit asks to sign in', async ({
    page,
    signInAs,
  }) => {
    await signInAs('Admin');
    await mockHub(page).expireSession();
    const refused = page.waitForResponse(
      (response) => /\/api\/v2\.0\/users\?/.test(response.url()) && response.status() === 401,
      { timeout: 5_000 },
    );
    await page.getByRole('link', { name: 'Users', exact: true }).hover();
    await refused;
    const signIn = page.getByRole('dialog', { name: 'Your session has ended' });
    await expect(signIn).toBeHidden();
    await page.getByRole('link', { name: 'Users', exact: true }).click();
    await signIn.getByLabel('Password', { exact: true }).fill(DEMO.password);
    await signIn.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
    await expect(page.getByRole('row', { name: /Ada Admin/ })).toBeVisible();
  });
});
