import type { Page } from '@playwright/test';
import { DEMO, DEMO_API_KEY, expect, test } from './fixtures';

/** What DMS does with a key: ask the Hub for a token, without the console. */
function tokenWithKey(page: Page, apiKey: string) {
  return page.evaluate(
    async ({ apiKey, email, password }) =>
      (
        await fetch('/api/v2.0/auth/token', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ apiKey, email, password }),
        })
      ).status,
    { apiKey, email: DEMO.users.Admin, password: DEMO.password },
  );
}

test.describe('API key rotation', () => {
  test('an Admin rotates the key: the old one is refused, and another tab says so', async ({
    page,
    context,
    signInAs,
    expectNoAxeViolations,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await signInAs('Admin');
    expect(await tokenWithKey(page, DEMO_API_KEY)).toBe(201);

    // A second tab, signed in on its own, showing the Account page with the old key.
    const other = await context.newPage();
    await other.goto('/signin');
    await other.getByRole('button', { name: 'Use demo Admin' }).click();
    await other.getByRole('button', { name: 'Sign in' }).click();
    await other.getByRole('link', { name: 'Account', exact: true }).click();
    await expect(other.getByText(`${'•'.repeat(28)}9c2e`)).toBeVisible();

    await page.getByRole('link', { name: 'Account', exact: true }).click();
    await page.getByRole('button', { name: 'Rotate API key' }).click();
    const confirm = page.getByRole('dialog', { name: 'Rotate the API key?' });
    await expect(confirm).toContainText(
      'Every DMS that uses the current key stops working at once',
    );
    await expect(confirm).toContainText('gsa-api-key');
    await expect(
      confirm.getByRole('listitem').filter({ hasText: '@DemoCorp - Twitter Service' }),
    ).toBeVisible();
    await expectNoAxeViolations('Rotate API key confirmation');
    await confirm.getByRole('button', { name: 'Rotate API key' }).click();

    const shown = page.getByRole('dialog', { name: 'The new API key' });
    const newKey = (await shown.locator('code').textContent()) ?? '';
    expect(newKey).toMatch(/^[0-9a-f]{32}$/);
    await shown.getByRole('button', { name: 'Copy new API key' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(newKey);
    await expectNoAxeViolations('The new API key');
    await shown.getByRole('button', { name: 'Done' }).click();
    await expect(page.getByText(newKey)).toHaveCount(0);
    await expect(page.getByText(`${'•'.repeat(28)}${newKey.slice(-4)}`)).toBeVisible();
    await expect(page.getByText('The API key was rotated')).toHaveCount(0);

    expect(await tokenWithKey(page, DEMO_API_KEY)).toBe(401);
    expect(await tokenWithKey(page, newKey)).toBe(201);

    // The other tab learns of it when its reader comes back to it.
    await other.bringToFront();
    await other.evaluate(() => window.dispatchEvent(new Event('visibilitychange')));
    await expect(other.getByText('The API key was rotated')).toBeVisible();
    await expect(other.getByText(`${'•'.repeat(28)}${newKey.slice(-4)}`)).toBeVisible();

    await page.getByRole('link', { name: 'Activity', exact: true }).click();
    const rotation = page
      .getByRole('list', { name: 'Events' })
      .getByRole('listitem')
      .filter({ hasText: 'API key rotated' });
    await expect(rotation).toContainText('by Ada Admin');
    await expect(rotation).toContainText('API key changed (not shown)');
    await expect(page.getByText(newKey)).toHaveCount(0);
    await other.close();
  });

  test('only an Admin is offered the rotation', async ({ page, signInAs }) => {
    await signInAs('Support');
    await page.getByRole('link', { name: 'Account', exact: true }).click();
    await expect(page.getByText('Only an Admin can reveal and copy the API key.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Rotate API key' })).toHaveCount(0);
  });
});
