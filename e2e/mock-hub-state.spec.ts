import { expect, test } from './fixtures';

test('window.mockHub exports the state and imports a checked fixture', async ({
  page,
  signInAs,
}) => {
  await page.goto('/signin');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  const refusal = await page.evaluate(() => {
    try {
      window.mockHub!.importState({ stateVersion: 1, users: 7 });
      return 'accepted';
    } catch (error) {
      return String(error);
    }
  });
  expect(refusal).toMatch(/^TypeError: The fixture is not valid: .*users/);
  expect(await page.evaluate(() => window.mockHub!.exportState().accounts.length)).toBe(1);

  await page.evaluate(() => {
    const state = window.mockHub!.exportState();
    const service = state.channels.find(
      (stored) => stored.channel.name === '@DemoCorp - Twitter Service',
    );
    service!.channel.name = '@Imported - Twitter Service';
    window.mockHub!.importState(state);
  });
  await signInAs('Admin');
  await expect(page.getByRole('link', { name: '@Imported - Twitter Service' })).toBeVisible();
  await expect(page.getByRole('link', { name: '@DemoCorp - Twitter Service' })).toHaveCount(0);
});
