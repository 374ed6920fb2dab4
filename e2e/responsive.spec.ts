import type { Page } from '@playwright/test';
import { appRoutes } from '../src/app/route-manifest';
import { expect, SEED_CHANNELS, test } from './fixtures';

/** The widths every screen is checked at: small and common phones, a tablet, two desktops. */
const WIDTHS = [320, 390, 768, 1366, 1920];

/** The URLs of a route: each channel type's page where the route takes a channel. */
function urlsOf(path: string): string[] {
  if (!path.includes(':channelId')) return [path];
  const channels = path.endsWith('/connect')
    ? [SEED_CHANNELS.twitterService, SEED_CHANNELS.facebookService]
    : Object.values(SEED_CHANNELS);
  return channels.map((id) => path.replace(':channelId', id));
}

const publicUrls = appRoutes
  .filter((route) => !route.signedIn)
  .flatMap((route) => urlsOf(route.path));
const signedInUrls = [
  ...appRoutes.filter((route) => route.signedIn).flatMap((route) => urlsOf(route.path)),
  '/no-such-page',
];

/**
 * What keeps the page from working at this width: a page wider than the screen, and every
 * button and link that, once focused and scrolled into view, is covered by something else. With
 * a modal dialog open, the page behind it is inert: the dialog's own actions are checked, and the
 * dialog must not scroll sideways either.
 */
async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const { scrollWidth } = document.documentElement;
    if (scrollWidth > window.innerWidth)
      problems.push(`the page is ${scrollWidth} px wide on a ${window.innerWidth} px screen`);
    const modal = document.querySelector<HTMLDialogElement>('dialog:modal');
    if (modal && modal.scrollWidth > modal.clientWidth)
      problems.push(`the dialog is ${modal.scrollWidth} px wide in ${modal.clientWidth} px`);
    const actions = (modal ?? document).querySelectorAll<HTMLElement>(
      'a[href], button, [role="button"], [role="link"], [role="menuitem"], summary',
    );
    for (const action of actions) {
      // Shown only when focused, as the skip link: focus it as a keyboard user would.
      action.focus({ preventScroll: true });
      const shown = action.getBoundingClientRect();
      if (shown.width === 0 || shown.height === 0) continue;
      action.scrollIntoView({ block: 'center', inline: 'center' });
      // A link that wraps over two lines is clicked on one of its lines, not between them.
      const box = action.getClientRects()[0] ?? action.getBoundingClientRect();
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      if (!hit || !action.contains(hit)) {
        const name = (action.getAttribute('aria-label') ?? action.textContent ?? '').trim();
        const cover = hit
          ? `${hit.tagName.toLowerCase()} "${(hit.textContent ?? '').trim().slice(0, 40)}"`
          : 'nothing';
        problems.push(`"${name.slice(0, 60)}" is covered by ${cover}`);
      }
      action.blur();
    }
    window.scrollTo(0, 0);
    return problems;
  });
}

async function openAndCheck(page: Page, url: string): Promise<string[]> {
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Everything the page loads is shown: no "Loading …" status is left.
  await expect(page.getByRole('status').filter({ hasText: /^Loading/ })).toHaveCount(0);
  const problems = await layoutProblems(page);
  // On a phone the navigation sits behind the menu button: check it open too.
  const menu = page.getByRole('button', { name: 'Menu' });
  if (await menu.isVisible()) {
    await menu.click();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    problems.push(...(await layoutProblems(page)).map((problem) => `menu open: ${problem}`));
  }
  return problems.map((problem) => `${url}: ${problem}`);
}

test.describe('every screen fits the width it is shown at', () => {
  for (const width of WIDTHS) {
    test(`at ${width} px no page scrolls sideways and every action can be reached`, async ({
      page,
      signInAs,
    }) => {
      test.setTimeout(120_000);
      await page.setViewportSize({ width, height: 800 });
      const problems: string[] = [];
      for (const url of publicUrls) problems.push(...(await openAndCheck(page, url)));
      await signInAs('Admin');
      for (const url of signedInUrls) problems.push(...(await openAndCheck(page, url)));
      expect(problems).toEqual([]);
    });
  }
});

/** Each dialog, opened from its page as an admin would. */
const dialogs: { url: string; title: string | RegExp; open: (page: Page) => Promise<void> }[] = [
  {
    url: '/channels',
    title: 'New Channel',
    open: (page) => page.getByRole('button', { name: '+Add Channel' }).click(),
  },
  ...['Duplicate', 'Delete'].map((item) => ({
    url: '/channels',
    title: item === 'Duplicate' ? 'New Channel' : /^Delete the/,
    open: async (page: Page) => {
      await page.getByRole('button', { name: 'Actions for @DemoCorp - Twitter Service' }).click();
      await page.getByRole('menuitem', { name: item }).click();
    },
  })),
  {
    url: `/channels/${SEED_CHANNELS.twitterService}`,
    title: /Production mode\?$/,
    open: (page) => page.getByRole('switch', { name: 'Production mode' }).click(),
  },
  {
    url: `/channels/${SEED_CHANNELS.twitterService}`,
    title: /^Delete the/,
    open: (page) => page.getByRole('button', { name: 'Delete channel' }).click(),
  },
  {
    url: '/users',
    title: 'New User',
    open: (page) => page.getByRole('button', { name: '+Add User' }).click(),
  },
  {
    url: '/users',
    title: 'Edit Val Viewer',
    open: (page) => page.getByRole('button', { name: 'Edit Val Viewer' }).click(),
  },
  ...[
    ['Reset Password', 'Reset Password of Val Viewer'],
    ['Delete', 'Delete Val Viewer?'],
  ].map(([item = '', title = '']) => ({
    url: '/users',
    title,
    open: async (page: Page) => {
      await page.getByRole('button', { name: 'Actions for Val Viewer' }).click();
      await page.getByRole('menuitem', { name: item }).click();
    },
  })),
  {
    url: '/account',
    title: 'Rotate the API key?',
    open: (page) => page.getByRole('button', { name: 'Rotate API key' }).click(),
  },
  {
    url: '/account',
    title: 'Mock Hub',
    open: (page) => page.getByRole('button', { name: /^Mock Hub: demo data/ }).click(),
  },
];

test.describe('every dialog fits the width it is shown at', () => {
  for (const width of WIDTHS) {
    test(`at ${width} px no dialog scrolls sideways and every action in it can be reached`, async ({
      page,
      signInAs,
    }) => {
      test.setTimeout(120_000);
      await page.setViewportSize({ width, height: 800 });
      const problems: string[] = [];
      const check = async (title: string | RegExp) => {
        await expect(page.getByRole('dialog', { name: title })).toBeVisible();
        const found = await layoutProblems(page);
        problems.push(...found.map((problem) => `${page.url()} “${String(title)}”: ${problem}`));
      };
      await page.goto('/signup');
      await page.getByRole('button', { name: 'Read the Legal Terms' }).click();
      await check('Legal Terms for Social Engagement');
      await signInAs('Admin');
      for (const { url, title, open } of dialogs) {
        await page.goto(url);
        await expect(page.getByRole('status').filter({ hasText: /^Loading/ })).toHaveCount(0);
        await open(page);
        await check(title);
      }
      expect(problems).toEqual([]);
    });
  }
});

test('the theme switch changes the colours at once and is remembered', async ({
  page,
  signInAs,
}) => {
  await signInAs('Admin');
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await background();
  await page.getByLabel('Theme').selectOption('Dark');
  await expect.poll(background).not.toBe(light);
  const dark = await background();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'My Channels' })).toBeVisible();
  await expect(page.getByLabel('Theme')).toHaveValue('dark');
  expect(await background()).toBe(dark);
  await page.getByLabel('Theme').selectOption('System');
  await expect.poll(background).toBe(light);
});

test('with the Mock Hub bar above the console, a short page fills the screen and does not scroll', async ({
  page,
  signInAs,
}) => {
  await page.setViewportSize({ width: 1366, height: 800 });
  const overflow = () =>
    page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
  await page.goto('/signin');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  expect(await overflow()).toBe(0);
  await signInAs('Admin');
  await page.goto('/users');
  await expect(page.getByRole('row', { name: /Val Viewer/ })).toBeVisible();
  expect(await overflow()).toBe(0);
  // The side bar reaches the bottom of the screen.
  const sideBar = await page.getByRole('button', { name: 'Sign out' }).evaluate((button) => {
    const bar = button.closest('header, aside, nav') ?? button;
    return bar.getBoundingClientRect().bottom - window.innerHeight;
  });
  expect(sideBar).toBe(0);
});
