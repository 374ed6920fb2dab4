import type { Page } from '@playwright/test';
import { FAILED_ATTEMPTS_WINDOW_MS, MAX_FAILED_ATTEMPTS } from '../src/api/hub-route';
import { DEMO, expect, test } from './fixtures';

const PASSWORD = 'correct horse battery 42';

async function fillSignup(
  page: Page,
  person: { account: string; firstName: string; lastName: string; email: string },
) {
  await page.getByLabel('Company/organization name').fill(person.account);
  await page.getByLabel('First Name').fill(person.firstName);
  await page.getByLabel('Last Name').fill(person.lastName);
  await page.getByLabel('Work email').fill(person.email);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByLabel('Confirm password').fill(PASSWORD);
}

test.describe('sign-up and sign-in', () => {
  test('a new admin signs up, copies the API key, signs out and signs in again', async ({
    page,
    context,
    expectNoAxeViolations,
  }) => {
    // Three password hashes of 600,000 PBKDF2 iterations in the page (a sign-up, two sign-ins),
    // besides five accessibility checks: more than the default minute on a busy machine.
    test.setTimeout(120_000);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/signup');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Setup your Social Engagement Software' }),
    ).toBeVisible();
    await expectNoAxeViolations('sign-up');

    await fillSignup(page, {
      account: '  XYZ Corp  ',
      firstName: 'Grace',
      lastName: 'Hopper',
      email: 'grace@xyz.example',
    });
    await page.getByRole('button', { name: 'Read the Legal Terms' }).click();
    const terms = page.getByRole('dialog', { name: 'Legal Terms for Social Engagement' });
    await expect(terms).toBeVisible();
    await expectNoAxeViolations('Legal Terms dialog');
    await terms.getByRole('button', { name: 'Accept' }).click();
    await expect(page.getByLabel(/I have read and accept the Legal Terms/)).toBeChecked();
    await page.getByRole('button', { name: 'Create account' }).click();

    await expect(page.getByText('Your account is ready')).toBeVisible();
    await expectNoAxeViolations('sign-up result');
    const apiKey = await page
      .locator('dd', { hasText: 'Copy API key' })
      .locator('code')
      .innerText();
    expect(apiKey).toMatch(/^[0-9a-f]{32}$/);
    await expect(page.locator('dd code').first()).toHaveText('XYZ Corp');
    await page.getByRole('button', { name: 'Copy API key' }).click();
    await expect(page.getByText('Copied')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(apiKey);

    await page.getByRole('button', { name: 'Continue to My Channels' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'My Channels' })).toBeVisible();
    const banner = page.getByRole('banner');
    await expect(banner).toContainText('XYZ Corp');
    await expect(banner).toContainText('Grace Hopper · Admin');
    await expectNoAxeViolations('the shell');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    expect(await page.evaluate(() => sessionStorage.getItem('hub-console.session'))).toBeNull();
    await page.goto('/channels');
    await expect(page).toHaveURL(/\/signin\?next=%2Fchannels/);

    await page.getByLabel('Account name').fill('xyz corp');
    await page.getByLabel('Email').fill('grace@xyz.example');
    await page.getByLabel('Password', { exact: true }).fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert')).toHaveText(
      'The account, email or password is not right.',
    );
    await expectNoAxeViolations('sign-in with an error');

    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'My Channels' })).toBeVisible();
    await expect(page).toHaveURL(/\/channels$/);
  });

  test('after too many wrong passwords, sign-in counts down the wait, then lets the right one in', async ({
    page,
    expectNoAxeViolations,
  }) => {
    test.setTimeout(90_000);
    await page.goto('/signin');
    await page.getByLabel('Account name').fill(DEMO.account);
    await page.getByLabel('Email').fill(DEMO.users.Viewer);
    await page.getByLabel('Password', { exact: true }).fill('not the password');
    const signIn = page.getByRole('button', { name: 'Sign in' });
    const firstFailureAt = Date.now();
    for (let attempt = 0; attempt < MAX_FAILED_ATTEMPTS; attempt += 1) {
      await signIn.click();
      await expect(page.getByRole('alert')).toHaveText(
        'The account, email or password is not right.',
      );
    }
    // Move the Hub's clock to about 20 seconds before the lock ends, so the wait is short.
    const advance = FAILED_ATTEMPTS_WINDOW_MS - (Date.now() - firstFailureAt) - 20_000;
    await page.evaluate((milliseconds) => window.mockHub!.advanceClock(milliseconds), advance);
    await signIn.click();
    const timer = page.getByRole('alert').getByRole('timer');
    await expect(timer).toHaveText(/^Too many attempts; try again in \d+ seconds\.$/);
    const secondsShown = async () => Number(/\d+/.exec((await timer.textContent()) ?? '')?.[0]);
    const first = await secondsShown();
    expect(first).toBeGreaterThan(5);
    expect(first).toBeLessThanOrEqual(25);
    await expect(signIn).toBeDisabled();
    await expectNoAxeViolations('sign-in counting down');
    await expect.poll(secondsShown).toBeLessThan(first);
    await expect(timer).toBeHidden({ timeout: 30_000 });
    await expect(signIn).toBeEnabled();
    await expect(page.getByLabel('Email')).toHaveValue(DEMO.users.Viewer);
    await expect(page.getByLabel('Password', { exact: true })).toHaveValue('not the password');

    await page.getByLabel('Password', { exact: true }).fill(DEMO.password);
    await signIn.click();
    await expect(page.getByRole('heading', { level: 1, name: 'My Channels' })).toBeVisible();
  });

  test('a taken account name is refused on its field, whatever its case', async ({ page }) => {
    await page.goto('/signup');
    await fillSignup(page, {
      account: 'DEMO corp',
      firstName: 'Alan',
      lastName: 'Turing',
      email: 'alan@example.com',
    });
    await page.getByLabel(/I have read and accept the Legal Terms/).check();
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect(page.getByLabel('Company/organization name')).toHaveAccessibleDescription(
      /This account name is already taken; choose another\./,
    );
    await expect(page.getByLabel('Company/organization name')).toHaveAttribute(
      'aria-invalid',
      'true',
    );
  });

  test('each demo user of the mock Hub is one click away', async ({
    page,
    expectNoAxeViolations,
  }) => {
    await page.goto('/signin');
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    await expectNoAxeViolations('sign-in');
    await page.getByRole('button', { name: 'Use demo Support' }).click();
    await expect(page.getByLabel('Account name')).toHaveValue(DEMO.account);
    await expect(page.getByLabel('Email')).toHaveValue(DEMO.users.Support);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('banner')).toContainText('Sam Support · Support');
  });

  test('the build is served with a strict Content Security Policy', async ({ page }) => {
    const response = await page.goto('/signin');
    const policy = response?.headers()['content-security-policy'] ?? '';
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
    ]) {
      expect(policy).toContain(directive);
    }
    // The page works under it: the fixture fails any test that logs a policy violation.
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  });

  test('the session token stays out of localStorage and the URL', async ({ page, signInAs }) => {
    await signInAs('Admin');
    const token = await page.evaluate(
      () => JSON.parse(sessionStorage.getItem('hub-console.session') ?? '{}').token as string,
    );
    expect(token).toMatch(/^[0-9a-f]{64}$/);
    const local = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((key) => key !== 'hub-console.mock-hub')
        .map((key) => localStorage.getItem(key))
        .join('\n'),
    );
    expect(local).not.toContain(token);
    expect(page.url()).not.toContain(token);
  });

  test('sign-out leaves no account data behind, even through the back button', async ({
    page,
    signInAs,
  }) => {
    await signInAs('Admin');
    await page.getByRole('link', { name: 'Account', exact: true }).click();
    await expect(page.getByRole('main')).toContainText('Demo Corp');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    await expect(page.getByText('Demo Corp', { exact: true })).toHaveCount(0);
    // Sign-out replaced the Account entry; going back lands on the page before it, signed out.
    await expect(page).toHaveURL(/\/signin\?next=%2Fchannels/);
  });

  test('an unknown address gets a page that says so', async ({ page, expectNoAxeViolations }) => {
    await page.goto('/no/such/page');
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expectNoAxeViolations('not found');
    await page.getByRole('link', { name: 'My Channels' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  });
});
