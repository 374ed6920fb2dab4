import type { Locator, Page } from '@playwright/test';
import { DEMO, expect, test } from './fixtures';

/** Presses Tab until the target has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, limit = 60) {
  for (let presses = 0; presses < limit; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

test('keyboard only: sign in, open Users, reset a password, and focus comes back', async ({
  page,
}) => {
  await page.goto('/signin');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await tabTo(page, page.getByLabel('Account name'));
  await page.keyboard.type(DEMO.account);
  await page.keyboard.press('Tab');
  await page.keyboard.type(DEMO.users.Admin);
  await page.keyboard.press('Tab');
  await page.keyboard.type(DEMO.password);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'My Channels' })).toBeVisible();

  const skip = page.getByRole('link', { name: 'Skip to content' });
  await tabTo(page, skip);
  await expect(skip).toBeVisible();
  await tabTo(page, page.getByRole('link', { name: 'Users' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();

  const opener = page.getByRole('button', { name: 'Reset Password of Val Viewer' });
  await tabTo(page, opener);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Reset Password of Val Viewer' });
  await expect(dialog.getByLabel('New password', { exact: true })).toBeFocused();
  await tabTo(page, dialog.getByRole('button', { name: 'Generate' }));
  await page.keyboard.press('Enter');
  await tabTo(page, dialog.getByRole('button', { name: 'Reset Password' }));
  await page.keyboard.press('Enter');
  await expect(dialog.getByText('The new password is set')).toBeVisible();
  await tabTo(page, dialog.getByRole('button', { name: 'Done' }));
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
});

test('focus is always visible on the controls a keyboard reaches', async ({ page, signInAs }) => {
  await signInAs('Admin');
  await page.getByRole('link', { name: '@DemoCorp - Twitter Service' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Twitter Service/ })).toBeVisible();
  for (let presses = 0; presses < 25; presses += 1) {
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return 'none-needed';
      const style = getComputedStyle(element);
      return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2
        ? 'visible'
        : `${element.tagName} ${element.getAttribute('aria-label') ?? element.textContent?.slice(0, 30)}`;
    });
    expect(['visible', 'none-needed']).toContain(outline);
  }
});
