import { expect, test } from '../fixtures';
import { HUB_PORT } from '../ports';
import { watchPageProblems } from '../page-problems';

test.describe('a live deploy', () => {
  test('carries the Hub in its policy, as a header and as a <meta> for plain static hosts', async ({
    page,
  }) => {
    const response = await page.goto('/signin');
    const hubOrigin = `http://localhost:${HUB_PORT}`;
    const header = response?.headers()['content-security-policy'] ?? '';
    expect(header).toContain(`connect-src 'self' ${hubOrigin};`);
    expect(header).toContain("frame-ancestors 'none'");
    const meta = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(meta).toContain(`connect-src 'self' ${hubOrigin};`);
    // Browsers ignore frame-ancestors in a <meta> policy, and warn when it is there.
    expect(meta).not.toContain('frame-ancestors');
    // No mock Hub, and nothing that says there is one.
    await expect(page.getByText('Mock Hub: demo data')).toHaveCount(0);
    await expect(page.getByRole('button', { name: /Use demo/ })).toHaveCount(0);
  });

  test('says why a Hub the policy leaves out cannot be reached', async ({ browser, baseURL }) => {
    // A context of its own: the policy's refusal is this test's subject, not a failure.
    const context = await browser.newContext({ baseURL });
    const watcher = await watchPageProblems(context);
    const page = await context.newPage();
    // config.json names a Hub that the served policy does not name (an edit that missed it).
    await page.route('**/config.json', (route) =>
      route.fulfill({ json: { mode: 'live', hubBaseUrl: 'http://127.0.0.1:9/api/v2.0' } }),
    );
    await page.goto('/signin');
    await page.getByLabel('Account name').fill('Demo Corp');
    await page.getByLabel('Email').fill('admin@demo-corp.example');
    await page.getByLabel('Password', { exact: true }).fill('any password at all');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert')).toContainText(
      "The console's Content Security Policy does not allow calls to http://127.0.0.1:9. Add it to connect-src",
    );
    expect(watcher.problems.join('\n')).toContain('connect-src blocked http://127.0.0.1:9');
    await context.close();
  });
});
