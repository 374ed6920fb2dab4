import type { Browser } from '@playwright/test';
import { expect, test } from './fixtures';
import { watchPageProblems } from './page-problems';

/** The sign-in page in a context of its own, which the fixture does not watch. */
async function watchedSignInPage(browser: Browser, baseURL: string | undefined) {
  const context = await browser.newContext({ baseURL });
  const watcher = await watchPageProblems(context);
  const page = await context.newPage();
  await page.goto('/signin');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  return { context, page, watcher };
}

// The check every test runs must be able to fail: each test here breaks the policy or throws on
// purpose and expects the check to report it.
test.describe('the check for policy violations and page errors', () => {
  test('reports an inline script the policy blocks', async ({ browser, baseURL }) => {
    const { context, page, watcher } = await watchedSignInPage(browser, baseURL);
    expect(() => watcher.expectNone()).not.toThrow();
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'document.title = "injected"';
      document.head.append(script);
    });
    await expect.poll(() => watcher.problems.join('\n')).toContain('script-src');
    expect(() => watcher.expectNone()).toThrow(/Content Security Policy/);
    await expect(page).not.toHaveTitle('injected');
    await context.close();
  });

  test('reports an inline style attribute the policy blocks', async ({ browser, baseURL }) => {
    const { context, page, watcher } = await watchedSignInPage(browser, baseURL);
    await page.evaluate(() =>
      document.body.insertAdjacentHTML('beforeend', '<p style="color: red">injected</p>'),
    );
    await expect.poll(() => watcher.problems.join('\n')).toContain('style-src');
    expect(() => watcher.expectNone()).toThrow(/Content Security Policy/);
    await context.close();
  });

  test('reports an error nothing caught', async ({ browser, baseURL }) => {
    const { context, page, watcher } = await watchedSignInPage(browser, baseURL);
    await page.evaluate(() =>
      setTimeout(() => {
        throw new RangeError('nobody caught this');
      }),
    );
    await expect.poll(() => watcher.problems.join('\n')).toContain('nobody caught this');
    expect(() => watcher.expectNone()).toThrow(/uncaught RangeError: nobody caught this/);
    await context.close();
  });

  test('fails the test that breaks the policy', async ({ page }) => {
    // Passes only when the fixture fails it after the body ran.
    test.fail();
    await page.goto('/signin');
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    const violation = page.waitForEvent('console', (message) =>
      message.text().includes('Content Security Policy'),
    );
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'void 0';
      document.head.append(script);
    });
    await violation;
  });
});
