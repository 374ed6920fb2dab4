import type { Locator, Page } from '@playwright/test';
import { callHub, expect, SEED_CHANNELS, test } from './fixtures';

const SERVICE = '@DemoCorp - Twitter Service';

async function openService(page: Page) {
  await page.getByRole('link', { name: SERVICE, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(SERVICE) })).toBeVisible();
}

/** Where the focused control sits against the save bar's top edge and the view's. */
function focusedAgainstBar(bar: Locator) {
  return bar.evaluate((barElement) => {
    const focused = document.activeElement;
    if (!(focused instanceof HTMLElement) || barElement.contains(focused)) return null;
    const box = focused.getBoundingClientRect();
    const name = focused.getAttribute('aria-label') || focused.id || focused.textContent;
    return {
      name: `${focused.tagName.toLowerCase()} ${name ?? ''}`.slice(0, 60),
      top: box.top,
      bottom: box.bottom,
      barTop: barElement.getBoundingClientRect().top,
    };
  });
}

/**
 * Tabs from the focused control down to the save bar; every control on the way that the bar
 * (or the top of the view) hides, even in part.
 */
async function tabToBar(page: Page, bar: Locator) {
  const covered: string[] = [];
  for (let presses = 0; presses < 200; presses += 1) {
    await page.keyboard.press('Tab');
    const seen = await focusedAgainstBar(bar);
    if (seen === null) return { reachedBar: true, covered };
    if (seen.bottom > seen.barTop + 0.5 || seen.top < 0) {
      covered.push(`${seen.name}: ${seen.top}–${seen.bottom}, bar at ${seen.barTop}`);
    }
  }
  return { reachedBar: false, covered };
}

for (const viewport of [
  { width: 390, height: 844 },
  { width: 1366, height: 900 },
]) {
  test(`at ${viewport.width} px the save bar never covers the field a Tab reaches`, async ({
    page,
    signInAs,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize(viewport);
    await signInAs('Admin');
    await openService(page);
    const name = page.getByLabel('Channel Name');
    // Changed, so that the bar shows its unsaved state too (on a phone, a line of its own).
    await name.fill(`${SERVICE} `);
    const bar = page.getByRole('region', { name: 'Save changes' });
    await expect(bar).toContainText('Unsaved changes');
    const { reachedBar, covered } = await tabToBar(page, bar);
    expect(reachedBar).toBe(true);
    expect(covered).toEqual([]);
    await expect(page.getByRole('button', { name: 'Update and Proceed' })).toBeFocused();
    // The last control before the bar is the Danger zone's, fully above the bar.
    await page.keyboard.press('Shift+Tab');
    const last = page.getByRole('button', { name: 'Delete channel' });
    await expect(last).toBeFocused();
    const [lastBox, barBox] = await Promise.all([last.boundingBox(), bar.boundingBox()]);
    expect(lastBox!.y + lastBox!.height).toBeLessThanOrEqual(barBox!.y);
  });
}

test('a refused save leads to the first field in error, however far up the page', async ({
  page,
  signInAs,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAs('Admin');
  await openService(page);
  const before = await callHub(page, 'GET', `/channels/${SEED_CHANNELS.twitterService}`);
  const name = page.getByLabel('Channel Name');
  await name.fill('');
  const timeout = page.getByLabel('RPC cache timeout');
  await timeout.fill('99999');
  // Saved from the bottom of the page, far below the first problem.
  await page.getByRole('button', { name: 'Delete channel' }).scrollIntoViewIfNeeded();
  await expect(name).not.toBeInViewport();
  await page.getByRole('button', { name: 'Update', exact: true }).click();
  await expect(name).toBeFocused();
  await expect(name).toBeInViewport({ ratio: 1 });
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(timeout).toHaveAttribute('aria-invalid', 'true');
  // Nothing went to the Hub.
  const after = await callHub(page, 'GET', `/channels/${SEED_CHANNELS.twitterService}`);
  expect(after.body.version).toBe(before.body.version);

  // With the name put right, the next save leads to the next problem.
  await name.fill(SERVICE);
  await page.getByRole('button', { name: 'Update', exact: true }).click();
  await expect(timeout).toBeFocused();
  await expect(timeout).toBeInViewport({ ratio: 1 });
});

test('the section navigation lists every section and moves to the one chosen', async ({
  page,
  signInAs,
}) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await signInAs('Admin');
  await openService(page);
  const sections = page.getByRole('navigation', { name: 'Sections of this page' });
  const headings = await page.locator('main section > h2').allTextContents();
  await expect(sections.getByRole('link')).toHaveText(headings);
  expect(headings.slice(0, 5)).toEqual([
    'General',
    'Listening rules',
    'Handles',
    'Delivery and privacy',
    'Test a post',
  ]);
  expect(headings.at(-1)).toBe('Danger zone');
  await sections.getByRole('link', { name: 'Delivery and privacy' }).click();
  const delivery = page.getByRole('heading', { level: 2, name: 'Delivery and privacy' });
  await expect(delivery).toBeFocused();
  await expect(delivery).toBeInViewport();
  await expect(sections.getByRole('link', { name: 'Delivery and privacy' })).toHaveAttribute(
    'aria-current',
    'location',
  );
  // On a phone the list gives way to the page.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(sections).toBeHidden();
});

test('a reader sees no save bar and no Danger zone, and who may change the channel', async ({
  page,
  signInAs,
}) => {
  await signInAs('Viewer');
  await openService(page);
  await expect(
    page.getByText('Your role can read this channel. Admin users can change it.'),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: /Update/ })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Danger zone' })).toHaveCount(0);
  await expect(page.getByText('Unsaved changes')).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'Keywords' })).toBeDisabled();
});
