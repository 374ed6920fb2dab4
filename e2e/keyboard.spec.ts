import type { Locator, Page } from '@playwright/test';
import { DEMO, expect, test } from './fixtures';

/** Presses Tab until the target has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, limit = 60, key = 'Tab') {
  for (let presses = 0; presses < limit; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`Tab never reached ${target}`);
}

test('keyboard only: sign in, create and configure a Twitter:Service, reset a password', async ({
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

  await tabTo(page, page.getByRole('button', { name: '+Add Channel' }));
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'New Channel' });
  await expect(dialog.getByLabel('Channel Type')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(dialog.getByLabel('Channel Type')).toHaveValue('Twitter:Service');
  await page.keyboard.press('Tab');
  await expect(dialog.getByLabel('Channel Name')).toBeFocused();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('@Keys - Twitter Service');
  await tabTo(page, dialog.getByRole('button', { name: 'Save and Proceed' }));
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Update ‘@Keys - Twitter Service’ Channel' }),
  ).toBeVisible();
  const allowAny = page.getByRole('switch', { name: 'Allow any language' });
  await tabTo(page, allowAny);
  await page.keyboard.press('Space');
  await expect(allowAny).toBeChecked();
  const keywords = page.getByLabel('Keywords', { exact: true });
  await tabTo(page, keywords);
  await page.keyboard.type('keyboard only');
  await page.keyboard.press('Enter');
  await page.keyboard.type('tabbed');
  await page.keyboard.press('Tab');
  await expect(keywords).toBeFocused();
  await page.keyboard.press('Backspace');
  await expect(page.getByRole('button', { name: 'Remove tabbed' })).toHaveCount(0);
  const status = page.getByRole('switch', { name: 'Channel status' });
  await tabTo(page, status, 80, 'Shift+Tab');
  await page.keyboard.press('Space');
  await tabTo(page, page.getByRole('button', { name: 'Update and Proceed' }), 120);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Connect DMS' })).toBeVisible();

  const skip = page.getByRole('link', { name: 'Skip to content' });
  await tabTo(page, skip);
  await expect(skip).toBeVisible();
  await tabTo(
    page,
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users' }),
  );
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();

  // The row's menu: Enter opens it on its first item, Escape closes it where it opened,
  // type-ahead finds an item, Home goes back to the first, and Enter opens that item's dialog.
  const opener = page.getByRole('button', { name: 'Actions for Val Viewer' });
  await tabTo(page, opener);
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu');
  await expect(menu.getByRole('menuitem').first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(opener).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.type('d');
  await expect(menu.getByRole('menuitem', { name: 'Delete' })).toBeFocused();
  await page.keyboard.press('Home');
  await expect(menu.getByRole('menuitem', { name: 'Reset Password' })).toBeFocused();
  await page.keyboard.press('Enter');
  const reset = page.getByRole('dialog', { name: 'Reset Password of Val Viewer' });
  await expect(reset.getByLabel('New password', { exact: true })).toBeFocused();
  await tabTo(page, reset.getByRole('button', { name: 'Generate' }));
  await page.keyboard.press('Enter');
  await tabTo(page, reset.getByRole('button', { name: 'Reset Password' }));
  await page.keyboard.press('Enter');
  await expect(reset.getByText('The new password is set')).toBeVisible();
  await tabTo(page, reset.getByRole('button', { name: 'Done' }));
  await page.keyboard.press('Enter');
  await expect(reset).toBeHidden();
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
