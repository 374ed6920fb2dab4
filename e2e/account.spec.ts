import { DEMO_API_KEY, expect, test } from './fixtures';
import { SITE_PORT } from './ports';

test.describe('Account', () => {
  test('an Admin reveals and copies the API key and reads every value', async ({
    page,
    context,
    signInAs,
    expectNoAxeViolations,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await signInAs('Admin');
    await page.getByRole('link', { name: 'Account', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Account' })).toBeVisible();
    await expect(page.getByText(DEMO_API_KEY)).toHaveCount(0);
    await expect(page.getByText(`${'•'.repeat(28)}9c2e`)).toBeVisible();
    await expect(page.getByText(`localhost:${SITE_PORT}/api/v2.0`)).toBeVisible();
    await expect(page.getByText('28 days')).toBeVisible();
    await expectNoAxeViolations('Account');

    await page.getByRole('button', { name: 'Reveal API key' }).click();
    await expect(page.getByText(DEMO_API_KEY)).toBeVisible();
    await page.getByRole('button', { name: 'Copy API key' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(DEMO_API_KEY);
    await page.getByRole('button', { name: 'Hide API key' }).click();
    await expect(page.getByText(DEMO_API_KEY)).toHaveCount(0);

    await page.getByRole('button', { name: 'Copy Facebook hosts' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('*.fbcdn.net');
    expect(page.url()).not.toContain(DEMO_API_KEY);
  });

  for (const role of ['Support', 'Viewer'] as const) {
    test(`${role} never receives the API key, in the page or from the Hub`, async ({
      page,
      signInAs,
    }) => {
      const bodies: string[] = [];
      page.on('response', async (response) => {
        if (response.url().includes('/api/v2.0/'))
          bodies.push(await response.text().catch(() => ''));
      });
      await signInAs(role);
      await page.getByRole('link', { name: 'Account', exact: true }).click();
      await expect(page.getByText('Only an Admin can reveal and copy the API key.')).toBeVisible();
      await expect(page.getByRole('button', { name: /Reveal/ })).toHaveCount(0);
      await expect(page.getByRole('main').locator('dd code').first()).toHaveText('Demo Corp');
      expect(bodies.join('\n')).not.toContain(DEMO_API_KEY);
      const status = await page.evaluate(async () => {
        const token = JSON.parse(sessionStorage.getItem('hub-console.session') ?? '{}').token;
        return (
          await fetch('/api/v2.0/account?reveal=apiKey', {
            headers: { Authorization: `Bearer ${token}` },
          })
        ).status;
      });
      expect(status).toBe(403);
    });
  }
});
