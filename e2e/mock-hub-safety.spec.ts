import { expect, test } from './fixtures';

test('corrupt mock Hub data is reported and replaced only after the user agrees', async ({
  page,
}) => {
  await page.goto('/signin');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await page.evaluate(() =>
    localStorage.setItem('hub-console.mock-hub', '{"stateVersion": 1, "users": 7}'),
  );
  await page.reload();
  const opener = page.getByRole('button', { name: /^Mock Hub/ });
  await opener.click();
  const drawer = page.getByRole('dialog', { name: 'Mock Hub' });
  const problem = drawer.getByRole('alert');
  await expect(problem).toContainText('does not fit this version of the console');
  // The drawer is modal: Escape closes it and gives focus back to its button.
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  await expect(opener).toBeFocused();
  // The console still works on the demo data, and the stored data is untouched.
  await page.getByRole('button', { name: 'Use demo Viewer' }).click();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My Channels' })).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('hub-console.mock-hub'))).toBe(
    '{"stateVersion": 1, "users": 7}',
  );

  await opener.click();
  page.once('dialog', (dialog) => void dialog.dismiss());
  await problem.getByRole('button', { name: 'Replace stored data with the demo data' }).click();
  expect(await page.evaluate(() => localStorage.getItem('hub-console.mock-hub'))).toBe(
    '{"stateVersion": 1, "users": 7}',
  );
  page.once('dialog', (dialog) => void dialog.accept());
  await problem.getByRole('button', { name: 'Replace stored data with the demo data' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  const stored = await page.evaluate(() =>
    JSON.parse(localStorage.getItem('hub-console.mock-hub')!),
  );
  expect(stored.accounts[0].name).toBe('Demo Corp');
});

test('a mock worker being removed while a page starts leaves no error, and the next load still mocks', async ({
  page,
}) => {
  await page.goto('/signin');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  // What a page meets when the last tab closed just before it started: the worker unregistered
  // itself, and the mock library's start asks the registration to update without awaiting it.
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration?.unregister();
    void registration?.update();
  });
  await expect
    .poll(() => page.evaluate(async () => Boolean(await navigator.serviceWorker.getRegistration())))
    .toBe(true);
  await page.reload();
  await page.getByRole('button', { name: 'Use demo Viewer' }).click();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My Channels' })).toBeVisible();
});

test('every page in mock mode says that it runs on demo data', async ({ page, signInAs }) => {
  await page.goto('/signin');
  const marker = page.getByRole('button', { name: /^Mock Hub: demo data/ });
  await expect(marker).toBeVisible();
  await signInAs('Admin');
  await expect(marker).toBeVisible();
  await page.goto('/users');
  await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
  await expect(marker).toBeInViewport();
});

test('on a phone the Mock Hub bar takes its own room above the page and covers nothing', async ({
  page,
  signInAs,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAs('Admin');
  const marker = page.getByRole('button', { name: /^Mock Hub: demo data/ });
  const [markerBox, headerBox] = await Promise.all([
    marker.boundingBox(),
    page.getByRole('banner').boundingBox(),
  ]);
  expect(markerBox!.y + markerBox!.height).toBeLessThanOrEqual(headerBox!.y);
  await page.getByRole('link', { name: '@DemoCorp - Twitter Service', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Twitter Service/ })).toBeVisible();
  // It scrolls away with the page instead of lying over it.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect(marker).not.toBeInViewport();
});
